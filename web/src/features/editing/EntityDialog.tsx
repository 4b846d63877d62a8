/** The form of one entity in a dialog: a new one in an area, or an existing one loaded from the server first. */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { type EntityKind, emptyValues, type FormValues } from '../../models/entityForms';
import type { Rights } from '../../models/permissions';
import { kindLabels } from '../../models/vocabulary';
import { Dialog } from '../../ui/Dialog';
import { Progress } from '../../ui/Progress';
import { areasQuery } from '../map/areas.graphql';
import { EntityForm } from './EntityForm';
import { loadValues } from './entityOperations';

/** What the dialog edits: a new entity of a kind in an area, or an existing one by id. */
export type EditTarget =
  | { kind: EntityKind; areaId: string; id?: undefined }
  | { kind: EntityKind; id: string; name: string };

interface Props {
  target: EditTarget | undefined;
  rights: Rights;
  onClose(): void;
  onSaved(id: string): void;
}

export function EntityDialog({ target, rights, onClose, onSaved }: Props) {
  const { t, l } = useI18n();
  const client = useApolloClient();
  const areas = useQuery(areasQuery);
  const [loaded, setLoaded] = useState<{ values?: FormValues; error?: unknown }>({});

  // the target is a new object on each render of the caller: what it names decides when to load
  const kind = target?.kind;
  const id = target?.id;
  const areaId = target && target.id === undefined ? target.areaId : undefined;
  useEffect(
    function loadTheEntity() {
      setLoaded({});
      if (!kind) return;
      if (id === undefined) {
        setLoaded({ values: emptyValues(areaId) });
        return;
      }
      let current = true;
      loadValues(client, kind, id).then(
        (values) => current && setLoaded({ values }),
        (error: unknown) => current && setLoaded({ error }),
      );
      return () => {
        current = false;
      };
    },
    [client, kind, id, areaId],
  );

  const kindLabel = target ? l(kindLabels[target.kind]) : '';
  const title = !target
    ? ''
    : target.id === undefined
      ? t('edit.createTitle', { kind: kindLabel })
      : t('edit.editTitle', { kind: kindLabel, name: target.name });
  return (
    <Dialog title={title} open={Boolean(target)} onClose={onClose} closeLabel={t('common.close')}>
      {target && loaded.error !== undefined && <ErrorNotice error={loaded.error} />}
      {target && !loaded.values && loaded.error === undefined && <Progress label={t('common.loading')} />}
      {target && loaded.values && (
        <EntityForm
          kind={target.kind}
          mode={target.id === undefined ? 'create' : 'update'}
          initial={loaded.values}
          rights={rights}
          areas={areas.data?.areas ?? []}
          onSaved={onSaved}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
