/**
 * The tables of the 地域カルテ, each as the screen shows it and as its CSV download writes it: the same header and
 * the same cells (formatFigure), so the file says what the sheet says — 「5未満」 and 非表示 included.
 */
import { type AreaReport, formatChange, formatFigure, keyFigures, unmetNeedsByFieldRows } from './areaReport';
import { shown } from './counts';
import { toCsv } from './csv';
import { fieldLabels, type Lang, type Localized, labelOf, tierLabels } from './vocabulary';

export interface ReportTable {
  /** Part of the file name: which table. */
  key: string;
  title: Localized;
  columns: { label: Localized; numeric?: boolean }[];
  /** Cells as written, in the viewer's language. */
  rows: string[][];
  /** The area each row is about, when it is one (to link it and mark the current one). */
  areaIds?: string[];
}

const col = (ja: string, en: string, numeric = false) => ({ label: { ja, en }, numeric });

export function keyFiguresTable(report: AreaReport, earlier: AreaReport | undefined, lang: Lang): ReportTable {
  return {
    key: 'key-figures',
    title: { ja: '主な数値', en: 'Key figures' },
    columns: [col('項目', 'Figure'), col('値', 'Value', true), col('1年前との差', 'Change in a year', true)],
    rows: keyFigures(report, earlier).map((figure) => [
      figure.label[lang],
      formatFigure(figure.value, figure.format, lang),
      formatChange(figure.change, figure.format, lang),
    ]),
  };
}

export function hubsByKindTable(report: AreaReport, lang: Lang): ReportTable {
  return {
    key: 'hubs-by-kind',
    title: { ja: '拠点・居場所の種類', en: 'Hubs by kind' },
    columns: [col('種類', 'Kind'), col('拠点数', 'Hubs', true)],
    rows: report.hubsByKind.map((row) => [
      row.kind ?? (lang === 'ja' ? 'その他' : 'Other'),
      formatFigure(row.count, 'count', lang),
    ]),
  };
}

export function organizationsByFieldTable(report: AreaReport, lang: Lang): ReportTable {
  return {
    key: 'organizations-by-field',
    title: { ja: '分野別の支援関係機関', en: 'Organizations by field' },
    columns: [col('分野', 'Field'), col('機関数', 'Organizations', true)],
    rows: report.organizationsByField.map((row) => [
      labelOf(fieldLabels, row.field, lang),
      formatFigure(row.count, 'count', lang),
    ]),
  };
}

export function unmetNeedsTable(report: AreaReport, lang: Lang): ReportTable {
  return {
    key: 'unmet-needs-by-field',
    title: { ja: '分野別の支援の届いていない人（制度の狭間）', en: 'People with unmet needs, by field' },
    columns: [col('分野', 'Field'), col('人数', 'People', true)],
    rows: unmetNeedsByFieldRows(report, lang).map((row) => [row.label, formatFigure(row.people, 'count', lang)]),
  };
}

export function councilsTable(report: AreaReport, lang: Lang): ReportTable {
  return {
    key: 'councils',
    title: { ja: '協議体・会議と構成員数', en: 'Councils and their members' },
    columns: [
      col('名称', 'Name'),
      col('種別', 'Kind'),
      col('層', 'Tier'),
      col('この地域の構成員（機関）', 'Members here: organizations', true),
      col('この地域の構成員（個人）', 'Members here: people', true),
    ],
    rows: report.councils.map((council) => [
      council.name ?? council.id,
      council.kind ?? '',
      council.tier ? tierLabels[council.tier][lang] : '',
      formatFigure(council.organizationMembers, 'count', lang),
      formatFigure(shown(council.personMembers), 'count', lang),
    ]),
  };
}

/** Areas side by side (the children of a report, or its siblings). */
export function compareTable(key: string, title: Localized, areas: readonly AreaReport[], lang: Lang): ReportTable {
  return {
    key,
    title,
    columns: [
      col('地域', 'Area'),
      col('人口', 'Population', true),
      col('高齢者', 'Elderly', true),
      col('把握住民', 'Known residents', true),
      col('孤立率', 'Isolation rate', true),
      col('制度の狭間（人）', 'Unmet needs (people)', true),
      col('拠点', 'Hubs', true),
      col('高齢者千人あたり拠点', 'Hubs per 1,000 elderly', true),
      col('機関', 'Organizations', true),
    ],
    rows: areas.map((area) => [
      area.name ?? area.areaId,
      formatFigure(area.population ?? undefined, 'count', lang),
      formatFigure(area.elderly ?? undefined, 'count', lang),
      formatFigure(shown(area.residentsKnown), 'count', lang),
      formatFigure(shown(area.isolationRate), 'percent', lang),
      formatFigure(shown(area.peopleWithUnmetNeeds), 'count', lang),
      formatFigure(area.hubs, 'count', lang),
      formatFigure(area.hubsPer1000Elderly ?? undefined, 'ratio', lang),
      formatFigure(area.organizations, 'count', lang),
    ]),
    areaIds: areas.map((area) => area.areaId),
  };
}

/** The table as CSV for Excel (BOM, CRLF, formula-like cells neutralised: models/csv.ts). */
export function tableCsv(table: ReportTable, lang: Lang): string {
  return toCsv([table.columns.map((column) => column.label[lang]), ...table.rows]);
}

/** The file name of a table's CSV: the area, the table and the date of the figures. */
export function tableFileName(table: ReportTable, report: AreaReport): string {
  return `chiiki-karte_${fileNamePart(report)}_${table.key}_${report.asOf}.csv`;
}

/** The area's name as a file name may hold it. */
function fileNamePart(report: AreaReport): string {
  return (report.name ?? report.areaId).replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Where the server answers the whole report as a workbook (server/analysis/area-report/workbook/). */
export function reportWorkbookUrl(report: AreaReport): string {
  return `/api/report/workbook?${new URLSearchParams({ areaId: report.areaId, asOf: report.asOf })}`;
}

/** The workbook's file name: the area and the date of the figures, as the CSV files are named. */
export function reportWorkbookName(report: AreaReport): string {
  return `chiiki-karte_${fileNamePart(report)}_${report.asOf}.xlsx`;
}
