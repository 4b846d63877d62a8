/** Asks before deleting, saying what goes with the entity: its ties, a household's members left without one. */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../app/messages';
import type { EntityKind } from '../../models/entityForms';
import { kindLabels } from '../../models/vocabulary';
import { Dialog } from '../../ui/Dialog';
import { Progress } from '../../ui/Progress';
import { tiesQuery } from '../map/map.graphql';
import { householdToEditQuery } from './editing.graphql';
import { deleteEntity } from './entityOperations';

export interface DeleteTarget {
  kind: EntityKind;
  id: string;
  name: string;
}

interface Props {
  target: DeleteTarget | undefined;
  onClose(): void;
  onDeleted(): void;
}

const consequence: Record<EntityKind, MessageKey> = {
  Person: 'delete.person',
  Household: 'delete.household',
  Organization: 'delete.organization',
  Council: 'delete.council',
  Hub: 'delete.hub',
};

export function DeleteDialog({ target, onClose, onDeleted }: Props) {
  const { t, l } = useI18n();
  const title = target ? t('delete.title', { kind: l(kindLabels[target.kind]), name: target.name }) : '';
  return (
    <Dialog title={title} open={Boolean(target)} onClose={onClose} closeLabel={t('common.close')}>
      {target && <Confirm target={target} onClose={onClose} onDeleted={onDeleted} />}
    </Dialog>
  );
}

function Confirm({ target, onClose, onDeleted }: { target: DeleteTarget; onClose(): void; onDeleted(): void }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const ties = useQuery(tiesQuery, { variables: { nodeId: target.id }, fetchPolicy: 'network-only' });
  const household = useQuery(householdToEditQuery, {
    variables: { id: target.id },
    skip: target.kind !== 'Household',
    fetchPolicy: 'network-only',
  });
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>();
  const ready = ties.data && (target.kind !== 'Household' || household.data);

  async function confirm() {
    setDeleting(true);
    setError(undefined);
    try {
      await deleteEntity(client, target.kind, target.id);
      onDeleted();
    } catch (thrown) {
      setError(thrown);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <div className="entity-delete" data-testid="delete-confirm">
      <p>{t('delete.lead', { name: target.name })}</p>
      {!ready && !ties.error && <Progress inline label={t('common.loading')} />}
      {ties.error && <ErrorNotice error={ties.error} />}
      {ready && (
        <p className="notice notice--warn">
          {t(consequence[target.kind], {
            ties: String(ties.data?.ties.length ?? 0),
            members: String(household.data?.household.memberCount ?? 0),
          })}
        </p>
      )}
      {error !== undefined && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={!ready || deleting} onClick={confirm}>
          {deleting ? t('delete.deleting') : t('delete.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
