/**
 * The case figures of the 地域カルテ as tables, this 年度 beside the same span of the last (the report a year
 * before): what the screen shows and what each CSV download writes (reportTables.ts). A masked count stays 「5未満」
 * and a share made from one 非表示, in every cell.
 */
import { caseFigureDefs, caseFigureLabel } from '../../../server/shared/reportFigures';
import type { CaseFiguresFieldsFragment } from '../gql/graphql';
import { formatFigure } from './areaReport';
import { caseRouteLabels, closeReasonLabels } from './cases';
import { shown } from './counts';
import type { ReportTable } from './reportTables';
import type { Lang, Localized } from './vocabulary';

export type CaseFigures = CaseFiguresFieldsFragment;

const col = (ja: string, en: string, numeric = false) => ({ label: { ja, en }, numeric });

/** The heading of a year's column: its 年度 and the days counted (4/1〜12/2). */
export function periodLabel(figures: CaseFigures): Localized {
  const md = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;
  return {
    ja: `${figures.fiscalYear}年度（${md(figures.from)}〜${md(figures.to)}）`,
    en: `FY${figures.fiscalYear} (${figures.from} to ${figures.to})`,
  };
}

/** The two year columns after the first, the last year's only when there is its report. */
function yearColumns(now: CaseFigures, before: CaseFigures | undefined) {
  return [now, ...(before ? [before] : [])].map((figures) => ({ label: periodLabel(figures), numeric: true }));
}

function cells(now: CaseFigures, before: CaseFigures | undefined, pick: (figures: CaseFigures) => string): string[] {
  return [pick(now), ...(before ? [pick(before)] : [])];
}

/** The routes counted as through the community, in words (知人・近隣、民生委員・地域). */
export function communityRoutesText(figures: CaseFigures, lang: Lang): string {
  return figures.communityRoutes.map((route) => caseRouteLabels[route][lang]).join(lang === 'ja' ? '、' : ', ');
}

export function caseSummaryTable(now: CaseFigures, before: CaseFigures | undefined, lang: Lang): ReportTable {
  const community = communityRoutesText(now, lang);
  return {
    key: 'cases',
    title: { ja: '支援ケースの数値', en: 'Casework in figures' },
    columns: [col('項目', 'Figure'), ...yearColumns(now, before)],
    rows: caseFigureDefs.map((def) => [
      caseFigureLabel(def, lang, community),
      ...cells(now, before, (figures) => formatFigure(shown(figures[def.key]), def.format, lang)),
    ]),
  };
}

export function casesByRouteTable(now: CaseFigures, before: CaseFigures | undefined, lang: Lang): ReportTable {
  const of = (figures: CaseFigures, route: string) =>
    formatFigure(shown(figures.newCasesByRoute.find((row) => row.route === route)?.cases), 'count', lang);
  return {
    key: 'new-cases-by-route',
    title: { ja: '相談経路別の新規ケース', en: 'New cases by route' },
    columns: [col('相談経路', 'Route'), ...yearColumns(now, before)],
    rows: now.newCasesByRoute.map(({ route }) => [
      caseRouteLabels[route][lang],
      ...cells(now, before, (figures) => of(figures, route)),
    ]),
  };
}

export function closedByReasonTable(now: CaseFigures, before: CaseFigures | undefined, lang: Lang): ReportTable {
  const of = (figures: CaseFigures, reason: string) =>
    formatFigure(shown(figures.closedByReason.find((row) => row.reason === reason)?.cases), 'count', lang);
  return {
    key: 'closed-by-reason',
    title: { ja: '終結理由別のケース', en: 'Cases closed, by reason' },
    columns: [col('終結理由', 'Reason'), ...yearColumns(now, before)],
    rows: now.closedByReason.map(({ reason }) => [
      closeReasonLabels[reason][lang],
      ...cells(now, before, (figures) => of(figures, reason)),
    ]),
  };
}

export function meetingsTable(now: CaseFigures, before: CaseFigures | undefined, lang: Lang): ReportTable {
  const of = (figures: CaseFigures, councilId: string) =>
    formatFigure(figures.meetingsByCouncil.find((row) => row.councilId === councilId)?.meetings ?? 0, 'count', lang);
  return {
    key: 'meetings-by-council',
    title: { ja: '協議体・会議の開催回数', en: 'Meetings held, by council' },
    columns: [col('協議体・会議', 'Council'), ...yearColumns(now, before)],
    rows: now.meetingsByCouncil.map((row) => [
      row.name ?? row.councilId,
      ...cells(now, before, (figures) => of(figures, row.councilId)),
    ]),
  };
}

/** Every count and share of the figures, to tell whether any is masked (the note under the report). */
export function caseFigureValues(figures: CaseFigures) {
  return [
    figures.newCases,
    figures.communityCases,
    figures.communityShare,
    figures.closedCases,
    figures.firstPlans,
    figures.planRevisions,
    figures.multiNeedHouseholds,
    figures.followUpsDue,
    figures.followUpsOnTime,
    figures.followUpOnTimeRate,
    ...figures.newCasesByRoute.map((row) => row.cases),
    ...figures.closedByReason.map((row) => row.cases),
  ].map(shown);
}
