/** Recording a meeting that was held: date, basis, the cases discussed with what was decided, minutes, next date. */

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import type { MeetingBasis } from '../../gql/graphql';
import { meetingBasisLabels } from '../../models/cases';
import { CodeSelect } from '../../ui/CodeSelect';
import { agendaChoicesQuery, recordMeetingMutation } from './meetings.graphql';

interface Props {
  councilId: string;
  areaId: string;
  today: string;
  onDone(): void;
}

export function RecordMeetingForm({ councilId, areaId, today, onDone }: Props) {
  const { t, l } = useI18n();
  const { data } = useQuery(agendaChoicesQuery, { variables: { areaId } });
  const [on, setOn] = useState(today);
  const [basis, setBasis] = useState<MeetingBasis>('SUPPORT_MEETING');
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState<string[]>([]);
  const [minutes, setMinutes] = useState('');
  const [nextOn, setNextOn] = useState('');
  const [record, { loading, error }] = useMutation(recordMeetingMutation);
  const open = (data?.cases ?? []).filter((c) => c.status !== 'CLOSED');

  async function save() {
    try {
      await record({
        variables: {
          input: {
            councilId,
            on,
            basis,
            agenda: chosen.map((caseId) => ({ caseId, decision: decisions[caseId]?.trim() || null })),
            minutes: minutes.trim() || null,
            nextOn: nextOn || null,
          },
        },
      });
      onDone();
    } catch {
      // shown below
    }
  }

  return (
    <div className="meeting-form no-print" data-testid="meeting-form">
      <label className="field">
        <span className="field__label">{t('meeting.on')}</span>
        <input type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} />
      </label>
      <CodeSelect
        label={t('meeting.basis')}
        labels={meetingBasisLabels}
        value={basis}
        onChange={setBasis}
        say={l}
        testId="meeting-basis"
      />
      <fieldset>
        <legend>{t('meeting.agenda')}</legend>
        {open.map((c) => (
          <div key={c.id}>
            <label className="check">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                onChange={() =>
                  setChosen((all) => (all.includes(c.id) ? all.filter((x) => x !== c.id) : [...all, c.id]))
                }
              />
              {c.subject.name ?? c.subject.id}
            </label>
            {chosen.includes(c.id) && (
              <input
                aria-label={t('meeting.decision')}
                placeholder={t('meeting.decision')}
                value={decisions[c.id] ?? ''}
                onChange={(e) => setDecisions((all) => ({ ...all, [c.id]: e.target.value }))}
              />
            )}
          </div>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">{t('meeting.minutes')}</span>
        <textarea rows={4} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">{t('meeting.nextOn')}</span>
        <input type="date" value={nextOn} onChange={(e) => setNextOn(e.target.value)} />
      </label>
      {error && <ErrorNotice error={error} />}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void save()}>
          {t('meeting.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
