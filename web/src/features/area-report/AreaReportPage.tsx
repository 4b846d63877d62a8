/**
 * The area report (地域カルテ): key figures with the change since a year before, charts of hubs and
 * organizations, councils, the child areas and the sibling areas side by side. `?print=1` shows it as the A4
 * sheets it prints on.
 */
import { useQuery } from '@apollo/client/react';
import { ErrorNotice } from '../../app/ErrorNotice';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useRights } from '../../app/session';
import {
  hubsByKindSeries,
  keyFigures,
  organizationsByFieldSeries,
  reportFigures,
  yearBefore,
} from '../../models/areaReport';
import { pathTo } from '../../models/areaTree';
import { caseFigureValues } from '../../models/caseFigures';
import { anyMasked, maskedNote } from '../../models/counts';
import { mayOpenArea } from '../../models/permissions';
import {
  councilsTable,
  hubsByKindTable,
  keyFiguresTable,
  organizationsByFieldTable,
  unmetNeedsTable,
} from '../../models/reportTables';
import { tierLabels } from '../../models/vocabulary';
import { BarChart } from '../../ui/BarChart';
import { Progress } from '../../ui/Progress';
import { areasQuery } from '../map/areas.graphql';
import { AboutFigures } from './AboutFigures';
import { CaseFiguresSection } from './CaseFiguresSection';
import { CompareAreas } from './CompareAreas';
import { KeyFigures } from './KeyFigures';
import { CsvButton, ReportTableView } from './ReportTableView';
import { areaReportQuery, areaSiblingsQuery } from './report.graphql';
import { WorkbookButton } from './WorkbookButton';
import './report.css';

export function AreaReportPage({ areaId, print }: { areaId: string; print: boolean }) {
  const { t, l, lang } = useI18n();
  const current = useQuery(areaReportQuery, { variables: { areaId } });
  const report = current.data?.areaReport;
  const before = report ? yearBefore(report.asOf) : undefined;
  const lastYear = useQuery(areaReportQuery, { variables: { areaId, asOf: before }, skip: !before });
  const areas = useQuery(areasQuery);
  const path = pathTo(areas.data?.areas ?? [], areaId);
  // the siblings as the server offers them to this viewer: never the parent's report, which a coordinator may not read
  const siblingAnswer = useQuery(areaSiblingsQuery, { variables: { areaId, asOf: report?.asOf }, skip: !report });
  const siblingReports = siblingAnswer.data?.areaSiblings;
  const siblings = siblingReports?.areas ?? [];
  const lastYearReport = lastYear.data?.areaReport;
  // siblings outside the viewer's areas come as aggregates (a coordinator's neighbours): say so beside them
  const rights = useRights();
  const siblingsOutside = siblings.some((sibling) => !mayOpenArea(rights, sibling.areaId));
  const masked =
    [report, lastYearReport, ...siblings].some((r) => r !== undefined && anyMasked(reportFigures(r))) ||
    [report?.cases, lastYearReport?.cases].some((c) => c !== undefined && anyMasked(caseFigureValues(c)));

  return (
    <div className={print ? 'page report report--print' : 'page report'}>
      <div className="report__tools no-print">
        {print ? (
          <>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <Link to={{ name: 'report', areaId }} className="button">
              {t('report.leavePrint')}
            </Link>
          </>
        ) : (
          <>
            <Link to={{ name: 'report', areaId, print: true }} className="button button--primary">
              {t('report.printView')}
            </Link>
            <Link to={{ name: 'map', areaId }} className="button">
              {t('report.openMap')}
            </Link>
          </>
        )}
      </div>
      <div className="sheet">
        <header className="report__head">
          {path.length > 0 && (
            <p className="report__path">
              {path.map((area, i) => (
                <span key={area.id}>
                  {i > 0 && ' ▸ '}
                  {i < path.length - 1 && mayOpenArea(rights, area.id) ? (
                    <Link to={{ name: 'report', areaId: area.id }}>{area.name}</Link>
                  ) : (
                    area.name
                  )}
                </span>
              ))}
            </p>
          )}
          <h1>
            {report?.tier && (
              <span className={`tier-badge tier-badge--${report.tier}`}>{l(tierLabels[report.tier])}</span>
            )}{' '}
            {t('report.title', { name: report?.name ?? path[path.length - 1]?.name ?? areaId })}
          </h1>
          {report && (
            <p className="lead">
              {t('report.asOf', { date: report.asOf })}
              {before && lastYear.data && ` ・ ${t('report.compareNote', { date: before })}`}
            </p>
          )}
        </header>
        {current.loading && !report && <Progress label={t('report.loading')} />}
        {current.error && <ErrorNotice error={current.error} onRetry={() => void current.refetch()} />}
        {report && (
          <>
            <section className="report-section" aria-labelledby="key-figures">
              <div className="report-table__head">
                <h2 id="key-figures">{t('report.keyFigures')}</h2>
                <span className="button-row">
                  <CsvButton table={keyFiguresTable(report, lastYearReport, lang)} report={report} />
                  <WorkbookButton report={report} />
                </span>
              </div>
              <KeyFigures figures={keyFigures(report, lastYearReport)} />
              {masked && (
                <p className="hint report__masked" data-testid="masked-note">
                  {l(maskedNote)}
                </p>
              )}
            </section>
            <section className="report-section report__charts">
              <div>
                <BarChart
                  title={t('report.hubsByKind')}
                  data={hubsByKindSeries(report, lang)}
                  emptyText={t('report.none')}
                  color="#E69F00"
                />
                <CsvButton table={hubsByKindTable(report, lang)} report={report} />
              </div>
              <div>
                <BarChart
                  title={t('report.orgsByField')}
                  data={organizationsByFieldSeries(report, lang)}
                  emptyText={t('report.none')}
                  color="#009E73"
                />
                <CsvButton table={organizationsByFieldTable(report, lang)} report={report} />
              </div>
            </section>
            <section className="report-section report__unmet" aria-labelledby="unmet-by-field">
              <h2 id="unmet-by-field">{t('report.unmetByField')}</h2>
              <ReportTableView table={unmetNeedsTable(report, lang)} report={report} caption={false} across />
            </section>
            <section className="report-section" aria-labelledby="councils">
              <h2 id="councils">{t('report.councils')}</h2>
              {report.councils.length === 0 ? (
                <p className="hint">{t('report.noCouncils')}</p>
              ) : (
                <ReportTableView table={councilsTable(report, lang)} report={report} caption={false} />
              )}
            </section>
            <CaseFiguresSection figures={report.cases} before={lastYearReport?.cases} report={report} />
            {report.children.length > 0 && (
              <CompareAreas tableKey="children" title={t('report.children')} areas={report.children} report={report} />
            )}
            {siblings.length > 1 && (
              <CompareAreas
                tableKey="siblings"
                title={t('report.siblings')}
                areas={siblings}
                currentId={areaId}
                report={report}
                notes={[
                  ...(siblingsOutside ? [t('report.siblingsAggregate')] : []),
                  ...(siblingReports?.withheld
                    ? [t('report.siblingsWithheld', { count: siblingReports.withheld })]
                    : []),
                ]}
              />
            )}
            {siblingReports?.parentId && siblings.length <= 1 && (
              <p className="hint report__no-siblings" data-testid="no-siblings">
                {t('report.noSiblings', { count: siblingReports.withheld })}
              </p>
            )}
            <AboutFigures />
            <footer className="report__foot">
              <p>{t('report.source', { date: report.asOf })}</p>
              <p>{t('report.planner')}</p>
            </footer>
          </>
        )}
      </div>
    </div>
  );
}
