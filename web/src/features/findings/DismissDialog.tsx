/** Setting a finding aside (保留): a reason and the day to look again; it then leaves the list until that day. */

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { DismissReason } from '../../gql/graphql';
import { dismissReasonLabels } from '../../models/cases';
import type { FindingItem, MissingLinkKind } from '../../models/findings';
import { CodeSelect } from '../../ui/CodeSelect';
import { Dialog } from '../../ui/Dialog';
import { dismissFindingMutation } from './findings.graphql';

/** The day three months on, the usual time to look again. */
function inThreeMonths(): string {
  const date = new Date();
  date.setMonth(date.getMonth() + 3);
  return date.toISOString().slice(0, 10);
}

interface Props {
  item: FindingItem | undefined;
  onClose(): void;
  onDismissed(item: FindingItem, revisitOn: string): void;
}

export function DismissDialog({ item, onClose, onDismissed }: Props) {
  const { t } = useI18n();
  return (
    <Dialog title={t('dismiss.title')} open={Boolean(item)} onClose={onClose} closeLabel={t('common.close')}>
      {item && <DismissForm key={item.key} item={item} onClose={onClose} onDismissed={onDismissed} />}
    </Dialog>
  );
}

function DismissForm({ item, onClose, onDismissed }: { item: FindingItem } & Omit<Props, 'item'>) {
  const { t, l } = useI18n();
  const [reason, setReason] = useState<DismissReason>('PERSON_DECLINES');
  const [revisitOn, setRevisitOn] = useState(inThreeMonths);
  const [note, setNote] = useState('');
  const [dismiss, { loading, error }] = useMutation(dismissFindingMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await dismiss({
        variables: {
          kind: item.kind as MissingLinkKind,
          subjectIds: item.subjectIds,
          field: item.field ?? null,
          reason,
          revisitOn,
          note: note.trim() || null,
        },
      });
      onDismissed(item, revisitOn);
    } catch {
      // shown below
    }
  }

  return (
    <form onSubmit={submit} data-testid="dismiss-form">
      <p>{l(item.sentence)}</p>
      <p className="hint">{t('dismiss.lead')}</p>
      <CodeSelect
        label={t('dismiss.reason')}
        labels={dismissReasonLabels}
        value={reason}
        onChange={setReason}
        say={l}
      />
      <label className="field">
        <span className="field__label">{t('dismiss.revisitOn')}</span>
        <input type="date" value={revisitOn} onChange={(e) => setRevisitOn(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('dismiss.note')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {t('dismiss.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
