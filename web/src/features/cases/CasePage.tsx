/**
 * A support case on one page: the team's ecomap at the top, then status, 方針, team and キーパーソン (with history),
 * the plan and its earlier versions, the monitoring timeline, and the meetings that discussed it. Changes are offered to whoever may write where
 * the subject lives; the page prints on A4 without its buttons.
 */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useRights } from '../../app/session';
import { mayWriteCase } from '../../models/cases';
import { seesPeople } from '../../models/permissions';
import { Progress } from '../../ui/Progress';
import { CaseMeetings } from './CaseMeetings';
import { CaseSummary } from './CaseSummary';
import { CloseCaseForm } from './CloseCaseForm';
import { caseQuery } from './cases.graphql';
import { MonitoringSection } from './MonitoringSection';
import { PlanSection } from './PlanSection';
import { TeamEcomap } from './TeamEcomap';
import './cases.css';

/** Today in the viewer's calendar, YYYY-MM-DD (the default of the date fields). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function CasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const rights = useRights();
  const allowed = seesPeople(rights);
  const { data, loading, error, refetch } = useQuery(caseQuery, { variables: { id }, skip: !allowed });
  if (!allowed) {
    return (
      <div className="page page--narrow">
        <p className="notice notice--info" data-testid="case-refused">
          {t('case.notForRole')}
        </p>
      </div>
    );
  }
  if (error) {
    return (
      <div className="page page--narrow">
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (loading || !data) return <Progress label={t('case.loading')} />;
  const record = data.case;
  const editable = mayWriteCase(rights, record.areaId);
  const today = localToday();
  const subjectName = record.subject.name ?? record.subject.id;
  return (
    <div className="page case-page" data-testid="case-page">
      <header className="case-page__head">
        <h1>{t('case.title', { name: subjectName })}</h1>
        <div className="button-row no-print">
          <Link
            className="button button--small"
            to={{
              name: 'ecomap',
              subject: record.subject.kind === 'Household' ? 'household' : 'person',
              id: record.subject.id,
            }}
          >
            {t('case.ecomap')}
          </Link>
          <button type="button" className="button button--small" onClick={() => window.print()}>
            {t('case.print')}
          </button>
          {editable && record.status !== 'CLOSED' && <CloseCaseForm caseId={record.id} today={today} />}
        </div>
      </header>
      <section className="case-section" aria-label={t('case.teamEcomap')}>
        <h2 className="panel-title">{t('case.teamEcomap')}</h2>
        <TeamEcomap subject={record.subject} />
      </section>
      <CaseSummary record={record} editable={editable} />
      <PlanSection record={record} editable={editable} today={today} />
      <MonitoringSection record={record} editable={editable} today={today} />
      <CaseMeetings record={record} />
    </div>
  );
}
