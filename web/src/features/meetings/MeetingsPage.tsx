/**
 * 会議の記録 of one council: each meeting with its basis, attendees, agenda (a case opens only as far as the basis
 * shares it), decisions, minutes and next date; printable on A4 as agenda sheet and minutes. Recording a meeting is
 * offered to whoever may write where the council covers.
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { useRights } from '../../app/session';
import { mayWriteCase, meetingBasisLabels, meetingRevisionLabels } from '../../models/cases';
import { writes } from '../../models/permissions';
import { formatDay } from '../../models/timeline';
import { Progress } from '../../ui/Progress';
import { MeetingCaseView } from './MeetingCaseView';
import { councilAreasQuery, councilMeetingsQuery } from './meetings.graphql';
import { RecordMeetingForm } from './RecordMeetingForm';
import '../cases/cases.css';

function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function MeetingsPage({ councilId }: { councilId: string }) {
  const { t, l, lang } = useI18n();
  const rights = useRights();
  const allowed = rights.role !== 'PLANNER';
  const { data, loading, error, refetch } = useQuery(councilMeetingsQuery, {
    variables: { councilId },
    skip: !allowed,
  });
  const council = useQuery(councilAreasQuery, { variables: { councilId }, skip: !writes(rights) });
  const [recording, setRecording] = useState(false);
  if (!allowed) {
    return (
      <div className="page page--narrow">
        <p className="notice notice--info">{t('meeting.notForRole')}</p>
      </div>
    );
  }
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Progress label={t('meeting.loading')} />;
  const covers = council.data?.council.covers ?? [];
  const area = covers[0]?.id;
  const mayRecord = Boolean(area) && covers.some((c) => mayWriteCase(rights, c.id));
  const name = council.data?.council.name ?? data.meetings[0]?.councilName ?? councilId;
  return (
    <div className="page case-page" data-testid="meetings-page">
      <header className="case-page__head">
        <h1>{t('meeting.title', { name })}</h1>
        <div className="button-row no-print">
          <button type="button" className="button button--small" onClick={() => window.print()}>
            {t('meeting.print')}
          </button>
          {mayRecord && !recording && (
            <button type="button" className="button button--primary button--small" onClick={() => setRecording(true)}>
              {t('meeting.record')}
            </button>
          )}
        </div>
      </header>
      {recording && area && (
        <RecordMeetingForm
          councilId={councilId}
          areaId={rights.scope === undefined ? area : ([...rights.scope][0] ?? area)}
          today={localToday()}
          onDone={() => {
            setRecording(false);
            void refetch();
          }}
        />
      )}
      {data.meetings.length === 0 && <p className="hint">{t('meeting.none')}</p>}
      {data.meetings.map((meeting) => (
        <section key={meeting.id} className="case-section meeting" data-testid="meeting">
          <h2 className="panel-title">
            {formatDay(meeting.on, lang)} <span className="pill">{l(meetingBasisLabels[meeting.basis])}</span>
          </h2>
          {meeting.attendees.length > 0 && (
            <p>
              {t('meeting.attendees')}：{meeting.attendees.map((a) => a.name ?? '—').join('、')}
            </p>
          )}
          <h3 className="case-subtitle">{t('meeting.agenda')}</h3>
          <ol>
            {meeting.agenda.map((item, index) => (
              <li key={item.caseId ?? `withheld-${index}`}>
                {item.withheld || !item.caseId ? (
                  <span className="hint">{t('meeting.withheld')}</span>
                ) : (
                  <>
                    {t('meeting.caseLabel', { n: index + 1 })}
                    {item.decision && ` ・ ${t('meeting.decision')}：${item.decision}`}
                    {item.revised.length > 0 &&
                      ` ・ ${t('meeting.revised')}：${item.revised.map((code) => l(meetingRevisionLabels[code])).join('、')}`}{' '}
                    <MeetingCaseView meetingId={meeting.id} caseId={item.caseId} />
                  </>
                )}
              </li>
            ))}
          </ol>
          {meeting.minutes && (
            <>
              <h3 className="case-subtitle">{t('meeting.minutes')}</h3>
              <p className="meeting-minutes">{meeting.minutes}</p>
            </>
          )}
          {meeting.nextOn && (
            <p>
              {t('meeting.nextOn')}：{formatDay(meeting.nextOn, lang)}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}
