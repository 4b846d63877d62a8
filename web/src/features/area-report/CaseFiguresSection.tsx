/**
 * 支援ケースの数値: the casework of the area this 年度 beside the same span of the last, as four tables with their
 * CSV downloads, and which routes count as through the community said above them.
 */
import { useI18n } from '../../app/i18n';
import type { AreaReport } from '../../models/areaReport';
import {
  type CaseFigures,
  caseSummaryTable,
  casesByRouteTable,
  closedByReasonTable,
  communityRoutesText,
  meetingsTable,
} from '../../models/caseFigures';
import { ReportTableView } from './ReportTableView';

export function CaseFiguresSection({
  figures,
  before,
  report,
}: {
  figures: CaseFigures;
  /** The same span of the last 年度 (from the report a year before), when it has come. */
  before: CaseFigures | undefined;
  report: AreaReport;
}) {
  const { t, lang } = useI18n();
  return (
    <section className="report-section report__cases" aria-labelledby="case-figures" data-testid="case-figures">
      <h2 id="case-figures">{t('report.cases')}</h2>
      <p className="hint">
        {t('report.casesPeriod', { from: figures.from, to: figures.to })}{' '}
        {t('report.casesCommunity', { routes: communityRoutesText(figures, lang) })}
      </p>
      <div className="report__case-tables">
        <ReportTableView table={caseSummaryTable(figures, before, lang)} report={report} />
        <ReportTableView table={casesByRouteTable(figures, before, lang)} report={report} />
        <ReportTableView table={closedByReasonTable(figures, before, lang)} report={report} />
        {figures.meetingsByCouncil.length > 0 ? (
          <ReportTableView table={meetingsTable(figures, before, lang)} report={report} />
        ) : (
          <p className="hint">{t('report.noCouncils')}</p>
        )}
      </div>
    </section>
  );
}
