/**
 * 今日の仕事: reviews overdue and due this week, 終結後の確認 due, cases without a キーパーソン, the week's meetings, and findings new
 * since the last visit, each a link to the case (or the person's ecomap). Only for roles that see people one by
 * one; prints on A4.
 */
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useRights } from '../../app/session';
import type { WorkListQuery } from '../../gql/graphql';
import { caseStatusLabels } from '../../models/cases';
import { toFindingItems } from '../../models/findings';
import { matchStageLabels } from '../../models/matches';
import { seesPeople } from '../../models/permissions';
import { formatDay } from '../../models/timeline';
import { findingKindLabels } from '../../models/vocabulary';
import { Progress } from '../../ui/Progress';
import { workListQuery } from './worklist.graphql';
import '../cases/cases.css';

type CaseLine = { id: string; subject: { id: string; name?: string | null }; status?: string };

export function WorkListPage() {
  const { t, l, lang } = useI18n();
  const allowed = seesPeople(useRights());
  const { data, loading, error, refetch } = useQuery(workListQuery, { skip: !allowed, fetchPolicy: 'network-only' });
  if (!allowed) {
    return (
      <div className="page page--narrow">
        <p className="notice notice--info" data-testid="work-refused">
          {t('work.notForRole')}
        </p>
      </div>
    );
  }
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Progress label={t('work.loading')} />;
  const list: WorkListQuery['workList'] = data.workList;
  const findings = toFindingItems([], list.newFindings);
  const caseList = (cases: readonly CaseLine[], date: (c: CaseLine) => ReactNode) =>
    cases.length === 0 ? (
      <p className="hint">{t('work.nothing')}</p>
    ) : (
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <Link to={{ name: 'case', id: c.id }}>{c.subject.name ?? c.subject.id}</Link>{' '}
            {c.status && <span className="pill">{l(caseStatusLabels[c.status as keyof typeof caseStatusLabels])}</span>}{' '}
            {date(c)}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="page work-list" data-testid="work-list">
      <div className="case-page__head">
        <h1>{t('work.title', { date: formatDay(list.today, lang) })}</h1>
        <button type="button" className="button button--small no-print" onClick={() => window.print()}>
          {t('work.print')}
        </button>
      </div>
      <p className="hint">
        {list.lastVisitAt
          ? t('work.lastVisit', { at: new Date(list.lastVisitAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB') })
          : t('work.firstVisit')}
      </p>
      <section data-testid="work-overdue">
        <h2 className="panel-title">{t('work.reviewsOverdue')}</h2>
        {caseList(list.reviewsOverdue, (c) => list.reviewsOverdue.find((x) => x.id === c.id)?.reviewOn)}
      </section>
      <section data-testid="work-due">
        <h2 className="panel-title">{t('work.reviewsDue', { until: formatDay(list.until, lang) })}</h2>
        {caseList(list.reviewsDue, (c) => list.reviewsDue.find((x) => x.id === c.id)?.reviewOn)}
      </section>
      <section data-testid="work-follow-ups">
        <h2 className="panel-title">{t('work.followUps')}</h2>
        {caseList(list.followUpsDue, (c) => list.followUpsDue.find((x) => x.id === c.id)?.followUpOn)}
      </section>
      <section data-testid="work-no-key-person">
        <h2 className="panel-title">{t('work.withoutKeyPerson')}</h2>
        {caseList(list.withoutKeyPerson, (c) => list.withoutKeyPerson.find((x) => x.id === c.id)?.openedOn)}
      </section>
      <section data-testid="work-match-follow-ups">
        <h2 className="panel-title">{t('work.matchFollowUps')}</h2>
        {list.matchFollowUpsDue.length === 0 ? (
          <p className="hint">{t('work.nothing')}</p>
        ) : (
          <ul>
            {list.matchFollowUpsDue.map((match) => (
              <li key={match.id}>
                {match.areaId ? (
                  <Link to={{ name: 'map', areaId: match.areaId, nodeId: match.person.id }}>
                    {match.person.name ?? match.person.id}
                  </Link>
                ) : (
                  (match.person.name ?? match.person.id)
                )}{' '}
                {t('work.matchLine', { place: match.place.name ?? '', stage: l(matchStageLabels[match.stage]) })}{' '}
                {match.nextFollowUpOn && formatDay(match.nextFollowUpOn, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="work-meetings">
        <h2 className="panel-title">{t('work.meetings')}</h2>
        {list.meetingsThisWeek.length === 0 ? (
          <p className="hint">{t('work.nothing')}</p>
        ) : (
          <ul>
            {list.meetingsThisWeek.map((meeting) => (
              <li key={meeting.id}>
                <Link to={{ name: 'meetings', councilId: meeting.councilId }}>{meeting.councilName}</Link>{' '}
                {t('work.meetingLine', {
                  date: meeting.nextOn ? formatDay(meeting.nextOn, lang) : '',
                  count: meeting.agenda.length,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="work-findings">
        <h2 className="panel-title">
          {t('work.newFindings')} <span className="pill">{findings.length}</span>
        </h2>
        {findings.length === 0 ? (
          <p className="hint">{t('work.nothing')}</p>
        ) : (
          <ul>
            {findings.map((item) => (
              <li key={item.key}>
                <span className="pill">{l(findingKindLabels[item.kind])}</span> {l(item.sentence)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
