/** A table of the 地域カルテ with its CSV download: the cells the screen shows are the cells the file holds. */
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/router';
import { useRights } from '../../app/session';
import type { AreaReport } from '../../models/areaReport';
import { mayOpenArea } from '../../models/permissions';
import { type ReportTable, tableCsv, tableFileName } from '../../models/reportTables';
import { downloadBlob } from '../../ui/download';

export function CsvButton({ table, report }: { table: ReportTable; report: AreaReport }) {
  const { t, l, lang } = useI18n();
  return (
    <button
      type="button"
      className="button button--small report__csv no-print"
      aria-label={t('report.csvOf', { title: l(table.title) })}
      onClick={() =>
        downloadBlob(
          new Blob([tableCsv(table, lang)], { type: 'text/csv;charset=utf-8' }),
          tableFileName(table, report),
        )
      }
    >
      {t('report.csv')}
    </button>
  );
}

export function ReportTableView({
  table,
  report,
  currentId,
  caption = true,
  across = false,
  className,
}: {
  table: ReportTable;
  report: AreaReport;
  currentId?: string;
  /** Whether to show the table's title above it (off when the section's heading says it). */
  caption?: boolean;
  /** Laid across: one column per row of a two-column table (the nine fields fit one line of an A4 sheet). */
  across?: boolean;
  /** A class for the table itself (the comparison's, which marks the current area). */
  className?: string;
}) {
  const { l } = useI18n();
  const rights = useRights();
  if (across) return <AcrossTable table={table} report={report} caption={caption} />;
  return (
    <div className="report-table" data-testid={`table-${table.key}`}>
      <div className="report-table__head">
        {caption && <h3>{l(table.title)}</h3>}
        <CsvButton table={table} report={report} />
      </div>
      <div className="table-scroll">
        <table className={className ? `table ${className}` : 'table'}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label.en} scope="col" className={column.numeric ? 'num' : undefined}>
                  {l(column.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => {
              const areaId = table.areaIds?.[i];
              return (
                <tr key={areaId ?? row[0] + i} className={areaId && areaId === currentId ? 'is-current' : undefined}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={table.columns[j].label.en} scope="row">
                        {areaId && mayOpenArea(rights, areaId) ? (
                          <Link to={{ name: 'report', areaId }}>{cell}</Link>
                        ) : (
                          cell
                        )}
                      </th>
                    ) : (
                      <td key={table.columns[j].label.en} className={table.columns[j].numeric ? 'num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A two-column table laid across: its first column as the header row, its second as the row below. */
function AcrossTable({ table, report, caption }: { table: ReportTable; report: AreaReport; caption: boolean }) {
  const { l } = useI18n();
  const [key, value] = table.columns;
  return (
    <div className="report-table" data-testid={`table-${table.key}`}>
      <div className="report-table__head">
        {caption && <h3>{l(table.title)}</h3>}
        <CsvButton table={table} report={report} />
      </div>
      <div className="table-scroll">
        <table className="table table--across">
          <thead>
            <tr>
              <th scope="row">{l(key.label)}</th>
              {table.rows.map((row) => (
                <th key={row[0]} scope="col" className="num">
                  {row[0]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{l(value.label)}</th>
              {table.rows.map((row) => (
                <td key={row[0]} className="num">
                  {row[1]}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
