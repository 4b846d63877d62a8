/** 終結: the reason, the day, and when to check on the person again. */

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { CloseReason } from '../../gql/graphql';
import { closeReasonLabels } from '../../models/cases';
import { CodeSelect } from '../../ui/CodeSelect';
import { closeCaseMutation } from './cases.graphql';

export function CloseCaseForm({ caseId, today }: { caseId: string; today: string }) {
  const { t, l } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<CloseReason>('GOAL_MET');
  const [closedOn, setClosedOn] = useState(today);
  const [followUpOn, setFollowUpOn] = useState('');
  const [note, setNote] = useState('');
  const [close, { loading, error }] = useMutation(closeCaseMutation);
  if (!open) {
    return (
      <button type="button" className="button button--small no-print" onClick={() => setOpen(true)}>
        {t('case.close')}
      </button>
    );
  }
  return (
    <div className="close-form no-print">
      <CodeSelect
        label={t('case.closeReason')}
        labels={closeReasonLabels}
        value={reason}
        onChange={setReason}
        say={l}
      />
      <label className="field">
        <span className="field__label">{t('case.closedOn')}</span>
        <input type="date" value={closedOn} max={today} onChange={(e) => setClosedOn(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('case.followUpOn')}</span>
        <input type="date" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('case.closeNote')}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={loading}
          onClick={() =>
            void close({
              variables: {
                id: caseId,
                input: { reason, closedOn, followUpOn: followUpOn || null, note: note || null },
              },
            }).then(
              () => setOpen(false),
              () => undefined,
            )
          }
        >
          {t('case.close')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
