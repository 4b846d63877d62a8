/**
 * ＋ 追加 on the map: a new person, household, organization, council or hub in the area in view, offered when the
 * viewer may write there (a coordinator's own areas).
 */
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { EntityKind } from '../../models/entityForms';
import { mayCreateIn, type Rights } from '../../models/permissions';
import { entityKinds, kindLabels } from '../../models/vocabulary';
import { EntityDialog } from './EntityDialog';
import './editing.css';

interface Props {
  areaId: string;
  rights: Rights;
  /** After a save: the map is fetched again, and the new node selected. */
  onCreated(id: string): void;
}

export function NewEntityMenu({ areaId, rights, onCreated }: Props) {
  const { t, l } = useI18n();
  const [kind, setKind] = useState<EntityKind>();
  if (!mayCreateIn(rights, areaId)) return null;
  return (
    <>
      <label className="new-entity">
        <span className="visually-hidden">{t('edit.add')}</span>
        <select
          className="button button--small"
          value=""
          aria-label={t('edit.add')}
          onChange={(event) => setKind((event.target.value || undefined) as EntityKind | undefined)}
        >
          <option value="">{t('edit.add')}</option>
          {entityKinds.map((code) => (
            <option key={code} value={code}>
              {t('edit.addKind', { kind: l(kindLabels[code]) })}
            </option>
          ))}
        </select>
      </label>
      <EntityDialog
        target={kind ? { kind, areaId } : undefined}
        rights={rights}
        onClose={() => setKind(undefined)}
        onSaved={(id) => {
          setKind(undefined);
          onCreated(id);
        }}
      />
    </>
  );
}
