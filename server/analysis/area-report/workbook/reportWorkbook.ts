/**
 * The 地域カルテ as a workbook: the same figures the report screen and its CSV downloads show, taken from the report
 * as the viewer may see it (areaReport.mask.ts), so a small count of people is 「5未満」 and a rate made from one
 * 非表示 here too. Numbers stay numbers (rates as percentages), so the sheets can be summed and charted. The case
 * figures follow (caseSheets.ts).
 */
import { type FigureKey, figureDefs, resourcesChanged } from '../../../shared/reportFigures.js';
import { fields, tiers } from '../../../vocabulary/codes.js';
import { type SheetTable, type SheetValue, tablesWorkbook } from '../../../workbooks/tableSheet.js';
import type { AreaReport } from '../areaReport.type.js';
import { caseSheets } from './caseSheets.js';
import { changeCell, type Figure, figureCell } from './reportWorkbook.figures.js';

const count = (value: Figure) => figureCell(value, 'count');
const fieldLabel = (field: string) => fields.labels[field as keyof typeof fields.labels] ?? field;
const areaName = (report: AreaReport) => report.name ?? report.areaId;

/** A key figure of a report (resources opened and closed are summed from its resource changes). */
function keyFigure(report: AreaReport, key: FigureKey): Figure {
  if (key === 'resourcesOpened') return resourcesChanged(report.resourceChanges, 'Opened') ?? null;
  if (key === 'resourcesClosed') return resourcesChanged(report.resourceChanges, 'Closed') ?? null;
  return report[key] as Figure;
}

function figuresOf(report: AreaReport): SheetValue[] {
  return figureDefs.map((def) => figureCell(keyFigure(report, def.key), def.format));
}

/** `earlier`: the report a year before, for the change of each key figure (as the screen's cards show it). */
export function reportWorkbook(report: AreaReport, earlier?: AreaReport): Promise<Uint8Array> {
  const sheets: SheetTable[] = [];
  const figure = (area: AreaReport, def: (typeof figureDefs)[number]) => keyFigure(area, def.key);
  sheets.push({
    name: '主な数値',
    header: ['項目', `${areaName(report)}（${report.asOf}）`, ...(earlier ? [`1年前（${earlier.asOf}）との差`] : [])],
    rows: figureDefs.map((def) => [
      def.label.ja,
      figureCell(figure(report, def), def.format),
      ...(earlier ? [changeCell(figure(report, def), figure(earlier, def), def.format)] : []),
    ]),
  });
  if (report.children.length > 0) {
    sheets.push({
      name: '地域の比較',
      header: ['地域', ...figureDefs.map((def) => def.label.ja)],
      rows: [report, ...report.children].map((area) => [areaName(area), ...figuresOf(area)]),
    });
  }
  sheets.push({
    name: '拠点・居場所の種類',
    header: ['種類', '拠点数'],
    rows: report.hubsByKind.map((row) => [row.kind ?? 'その他', count(row.count)]),
  });
  sheets.push({
    name: '分野別の支援関係機関',
    header: ['分野', '機関数'],
    rows: report.organizationsByField.map((row) => [fieldLabel(row.field), count(row.count)]),
  });
  sheets.push({
    name: '制度の狭間（分野別）',
    header: ['分野', '人数'],
    rows: report.unmetNeedsByField.map((row) => [fieldLabel(row.field), count(row.people)]),
  });
  sheets.push({
    name: '協議体・会議',
    header: ['名称', '種別', '層', 'この地域の構成員（機関）', 'この地域の構成員（個人）'],
    rows: report.councils.map((council) => [
      council.name ?? council.id,
      council.kind ?? '',
      council.tier ? (tiers[council.tier as keyof typeof tiers] ?? String(council.tier)) : '',
      count(council.organizationMembers),
      count(council.personMembers),
    ]),
  });
  sheets.push(...caseSheets(report.cases));
  return tablesWorkbook(sheets);
}

/** The file name: the area and the date of the figures, as the CSV downloads name theirs. */
export function reportWorkbookName(report: AreaReport): string {
  const safe = areaName(report).replace(/[\\/:*?"<>|\s]+/g, '_');
  return `chiiki-karte_${safe}_${report.asOf}.xlsx`;
}
