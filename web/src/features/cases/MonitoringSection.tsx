/** モニタリング: the records newest first, and the form of a new one (after closing: the 終結後の確認). */
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { CaseFieldsFragment } from '../../gql/graphql';
import { recordMonitoringMutation } from './cases.graphql';

interface Props {
  record: CaseFieldsFragment;
  editable: boolean;
  today: string;
}

export function MonitoringSection({ record, editable, today }: Props) {
  const { t } = useI18n();
  const [writing, setWriting] = useState(false);
  // a record looked at the items of the plan of its day, which a later version replaced: every version's items
  const itemWhat = new Map(record.plans.flatMap((plan) => plan.items.map((item) => [item.id, item.what] as const)));
  const closed = record.status === 'CLOSED';
  return (
    <section className="case-section" aria-labelledby="case-monitoring">
      <h2 id="case-monitoring" className="panel-title">
        {t('case.monitoring')}
      </h2>
      {editable && !writing && (
        <button type="button" className="button button--small no-print" onClick={() => setWriting(true)}>
          {closed ? t('case.recordFollowUp') : t('case.recordMonitoring')}
        </button>
      )}
      {writing && <MonitoringForm record={record} today={today} onDone={() => setWriting(false)} />}
      {record.monitoring.length === 0 ? (
        <p className="hint">{t('case.noMonitoring')}</p>
      ) : (
        <ol className="case-timeline" data-testid="case-monitoring">
          {record.monitoring.map((entry) => (
            <li key={entry.id}>
              <p className="case-timeline__head">
                <strong>{entry.on}</strong> {entry.who}
                {entry.followUp && <span className="pill">{t('case.followUpMark')}</span>}
              </p>
              <p>{entry.seen}</p>
              {entry.outcomes.length > 0 && (
                <ul>
                  {entry.outcomes.map((o) => (
                    <li key={o.itemId}>
                      {t('case.outcome', { what: itemWhat.get(o.itemId) ?? '—' })}：{o.outcome}
                    </li>
                  ))}
                </ul>
              )}
              {entry.nextReviewOn && (
                <p className="hint">
                  {t('case.nextReview')}：{entry.nextReviewOn}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function MonitoringForm({ record, today, onDone }: { record: CaseFieldsFragment; today: string; onDone(): void }) {
  const { t } = useI18n();
  const closed = record.status === 'CLOSED';
  const [on, setOn] = useState(today);
  const [who, setWho] = useState('');
  const [seen, setSeen] = useState('');
  const [next, setNext] = useState('');
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [record_, { loading, error }] = useMutation(recordMonitoringMutation);

  async function save() {
    try {
      await record_({
        variables: {
          caseId: record.id,
          input: {
            on,
            who,
            seen,
            ...(next ? { nextReviewOn: next } : {}),
            outcomes: Object.entries(outcomes)
              .filter(([, outcome]) => outcome.trim())
              .map(([itemId, outcome]) => ({ itemId, outcome })),
          },
        },
      });
      onDone();
    } catch {
      // shown below
    }
  }

  return (
    <div className="monitoring-form no-print" data-testid="monitoring-form">
      <label className="field">
        <span className="field__label">{t('case.monitoredOn')}</span>
        <input type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('case.monitoredBy')}</span>
        <input value={who} onChange={(e) => setWho(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('case.seen')}</span>
        <textarea rows={3} value={seen} onChange={(e) => setSeen(e.target.value)} />
      </label>
      {!closed &&
        record.plan?.items.map((item) => (
          <label key={item.id} className="field">
            <span className="field__label">{t('case.outcome', { what: item.what })}</span>
            <input
              value={outcomes[item.id] ?? ''}
              onChange={(e) => setOutcomes((all) => ({ ...all, [item.id]: e.target.value }))}
            />
          </label>
        ))}
      {!closed && (
        <label className="field">
          <span className="field__label">{t('case.nextReview')}</span>
          <input type="date" value={next} onChange={(e) => setNext(e.target.value)} />
        </label>
      )}
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void save()}>
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
