/** Areas side by side: charts of the rates that matter most and a table of their figures (downloadable as CSV). */
import { useI18n } from '../../app/i18n';
import { type AreaReport, compareSeries, formatFigure } from '../../models/areaReport';
import { maskedRateLabel } from '../../models/counts';
import { compareTable } from '../../models/reportTables';
import { BarChart } from '../../ui/BarChart';
import { ReportTableView } from './ReportTableView';

export function CompareAreas({
  tableKey,
  title,
  areas,
  currentId,
  report,
  notes = [],
}: {
  tableKey: string;
  title: string;
  areas: readonly AreaReport[];
  currentId?: string;
  /** The report the comparison is part of (for the CSV's file name). */
  report: AreaReport;
  /** What the reader must know about the rows (areas left out, or shown as aggregates only). */
  notes?: readonly string[];
}) {
  const { t, l, lang } = useI18n();
  const percent = (v: number) => formatFigure(v, 'percent', lang);
  const ratio = (v: number) => formatFigure(v, 'ratio', lang);
  return (
    <section className="report-section compare" aria-labelledby={`compare-${tableKey}`}>
      <h2 id={`compare-${tableKey}`}>{title}</h2>
      {notes.map((note) => (
        <p key={note} className="hint compare__note">
          {note}
        </p>
      ))}
      <div className="compare__charts">
        <BarChart
          title={t('report.isolationRate')}
          data={compareSeries(areas, 'isolationRate', currentId)}
          format={percent}
          emptyText={t('report.none')}
          maskedText={l(maskedRateLabel)}
          color="#B42318"
        />
        <BarChart
          title={t('report.hubsPer1000')}
          data={compareSeries(areas, 'hubsPer1000Elderly', currentId)}
          format={ratio}
          emptyText={t('report.none')}
          color="#E69F00"
        />
      </div>
      <ReportTableView
        table={compareTable(tableKey, { ja: title, en: title }, areas, lang)}
        report={report}
        currentId={currentId}
        caption={false}
        className="compare__table"
      />
    </section>
  );
}
