/**
 * The case figures of the 地域カルテ as sheets (支援ケースの数値 and its three breakdowns), for this 年度 up to the
 * report date, masked as the viewer may see them (caseFigures.mask.ts) — the figures of the report screen's case
 * section and its CSV downloads.
 */
import { caseFigureDefs, caseFigureLabel } from '../../../shared/reportFigures.js';
import { caseRoutes, closeReasons } from '../../../vocabulary/caseCodes.js';
import type { SheetTable } from '../../../workbooks/tableSheet.js';
import type { CaseFiguresReport } from '../caseFigures.type.js';
import { figureCell } from './reportWorkbook.figures.js';

export function caseSheets(figures: CaseFiguresReport): SheetTable[] {
  const period = `${figures.fiscalYear}年度（${figures.from}〜${figures.to}）`;
  const community = figures.communityRoutes.map((route) => caseRoutes.labels[route]).join('、');
  return [
    {
      name: '支援ケースの数値',
      header: ['項目', period],
      rows: caseFigureDefs.map((def) => [
        caseFigureLabel(def, 'ja', community),
        figureCell(figures[def.key], def.format),
      ]),
    },
    {
      name: '相談経路別の新規ケース',
      header: ['相談経路', period],
      rows: figures.newCasesByRoute.map((row) => [caseRoutes.labels[row.route], figureCell(row.cases, 'count')]),
    },
    {
      name: '終結理由別のケース',
      header: ['終結理由', period],
      rows: figures.closedByReason.map((row) => [closeReasons.labels[row.reason], figureCell(row.cases, 'count')]),
    },
    {
      name: '協議体・会議の開催回数',
      header: ['協議体・会議', period],
      rows: figures.meetingsByCouncil.map((row) => [row.name ?? row.councilId, figureCell(row.meetings, 'count')]),
    },
  ];
}
