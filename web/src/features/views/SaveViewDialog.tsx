/** Saves the map as it is now under a name (a new saved view); the name is shown to whoever gets the link. */
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { type MapSnapshot, viewInput } from '../../models/savedView';
import { Dialog } from '../../ui/Dialog';
import { savedViewsQuery, saveViewMutation } from './views.graphql';

interface Props {
  open: boolean;
  snapshot: MapSnapshot;
  onClose(): void;
  onSaved(name: string): void;
}

export function SaveViewDialog({ open, snapshot, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [save, { loading, error, reset }] = useMutation(saveViewMutation, { refetchQueries: [savedViewsQuery] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (!name.trim()) return setMissing(true);
    setMissing(false);
    try {
      await save({ variables: { input: viewInput(name, snapshot) } });
      onSaved(name.trim());
      setName('');
    } catch {
      // shown from `error`
    }
  }

  return (
    <Dialog title={t('views.saveTitle')} open={open} onClose={onClose} closeLabel={t('common.close')}>
      <form className="admin-form" onSubmit={submit} noValidate>
        <label className="field">
          <span className="field__label">{t('views.name')}</span>
          <input
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={missing}
            aria-describedby="save-view-hint"
          />
        </label>
        <p id="save-view-hint" className="hint">
          {t('views.saveHint')}
        </p>
        {missing && (
          <p className="notice notice--error" role="alert">
            {t('views.nameMissing')}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={loading}>
            {t('views.saveSubmit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
