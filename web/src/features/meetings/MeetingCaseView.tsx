/** A case opened in a meeting: only what the meeting's basis allows, fetched when asked for (and so recorded). */
import { useLazyQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { caseStatusLabels, planItemStatusLabels } from '../../models/cases';
import { meetingCaseQuery } from './meetings.graphql';

export function MeetingCaseView({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const { t, l } = useI18n();
  const [load, { data, error, loading }] = useLazyQuery(meetingCaseQuery);
  if (!data) {
    return (
      <>
        <button
          type="button"
          className="button button--small no-print"
          disabled={loading}
          onClick={() => void load({ variables: { meetingId, caseId } })}
          data-testid="meeting-open-case"
        >
          {t('meeting.openCase')}
        </button>
        {error && <ErrorNotice error={error} />}
      </>
    );
  }
  const shown = data.meetingCase;
  return (
    <div className="meeting-case" data-testid="meeting-case">
      <p>
        <strong>{shown.subject.name ?? shown.subject.id}</strong>{' '}
        <span className="pill">{l(caseStatusLabels[shown.status])}</span>
        {shown.keyPerson?.name && ` ・ ${t('case.keyPerson')}：${shown.keyPerson.name}`}
      </p>
      {shown.direction && (
        <p>
          {t('case.direction')}：{shown.direction}
        </p>
      )}
      {shown.plan.length > 0 && (
        <ul>
          {shown.plan.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the plan's items in their order, shown once
            <li key={i}>
              {line.bySubject ? t('case.subjectSelf') : (line.who?.name ?? '—')} — {line.what}（
              {l(planItemStatusLabels[line.status])}）
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('meeting.shownHere')}</p>
    </div>
  );
}
