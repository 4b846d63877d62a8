/** On the map's toolbar: neutral labels for a screen in a meeting, and saving the map as a view. */
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import type { MapSnapshot } from '../../models/savedView';
import { SaveViewDialog } from './SaveViewDialog';

interface Props {
  neutral: boolean;
  onNeutral(on: boolean): void;
  /** Slides only show: no saving from them. */
  offerSave: boolean;
  snapshot: MapSnapshot;
}

export function ViewTools({ neutral, onNeutral, offerSave, snapshot }: Props) {
  const { t } = useI18n();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string>();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--small"
        aria-pressed={neutral}
        onClick={() => onNeutral(!neutral)}
        title={t('views.neutralHint')}
      >
        {t('views.neutral')}
      </button>
      {offerSave && (
        <button type="button" className="button button--small" onClick={() => setSaving(true)}>
          {t('views.save')}
        </button>
      )}
      {saved && (
        <span className="hint" role="status">
          {t('views.saved', { name: saved })} <Link to={{ name: 'views' }}>{t('views.title')}</Link>
        </span>
      )}
      <SaveViewDialog
        open={saving}
        snapshot={snapshot}
        onClose={() => setSaving(false)}
        onSaved={(name) => {
          setSaving(false);
          setSaved(name);
        }}
      />
    </div>
  );
}
