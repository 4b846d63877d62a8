/**
 * The key figures of the 地域カルテ, one definition for the report screen (web/src/models/areaReport.ts) and the
 * report's workbook (server/analysis/area-report/workbook/): which figures, in which order, their labels and how
 * each is written. No imports: the web app imports this file too.
 */

export type FigureKey =
  | 'population'
  | 'elderly'
  | 'households'
  | 'residentsKnown'
  | 'isolated'
  | 'isolationRate'
  | 'peopleInNeed'
  | 'peopleWithUnmetNeeds'
  | 'watchersPerPersonInNeed'
  | 'hubs'
  | 'hubsPer1000Elderly'
  | 'organizations'
  | 'unaffiliatedResources'
  | 'resourcesOpened'
  | 'resourcesClosed';

export interface FigureDef {
  key: FigureKey;
  label: { ja: string; en: string };
  /** How it is written: a count, a percentage, or a ratio with one decimal. */
  format: 'count' | 'percent' | 'ratio';
  /** Whether a rise is good news (more hubs), bad news (more isolated) or neither. */
  better: 'up' | 'down' | 'neither';
}

export const figureDefs: readonly FigureDef[] = [
  { key: 'population', label: { ja: '人口', en: 'Population' }, format: 'count', better: 'neither' },
  { key: 'elderly', label: { ja: '高齢者（65歳以上）', en: 'Elderly (65+)' }, format: 'count', better: 'neither' },
  { key: 'households', label: { ja: '世帯数', en: 'Households' }, format: 'count', better: 'neither' },
  {
    key: 'residentsKnown',
    label: { ja: '把握している住民', en: 'Residents known' },
    format: 'count',
    better: 'neither',
  },
  { key: 'isolated', label: { ja: '社会的孤立', en: 'Isolated' }, format: 'count', better: 'down' },
  { key: 'isolationRate', label: { ja: '孤立率', en: 'Isolation rate' }, format: 'percent', better: 'down' },
  { key: 'peopleInNeed', label: { ja: 'ニーズのある人', en: 'People in need' }, format: 'count', better: 'neither' },
  {
    key: 'peopleWithUnmetNeeds',
    label: { ja: '支援の届いていない人（制度の狭間）', en: 'People with unmet needs' },
    format: 'count',
    better: 'down',
  },
  {
    key: 'watchersPerPersonInNeed',
    label: { ja: 'ニーズのある人1人あたり見守り', en: 'Watchers per person in need' },
    format: 'ratio',
    better: 'up',
  },
  { key: 'hubs', label: { ja: '拠点・居場所', en: 'Hubs' }, format: 'count', better: 'up' },
  {
    key: 'hubsPer1000Elderly',
    label: { ja: '高齢者千人あたり拠点', en: 'Hubs per 1,000 elderly' },
    format: 'ratio',
    better: 'up',
  },
  { key: 'organizations', label: { ja: '支援関係機関', en: 'Organizations' }, format: 'count', better: 'neither' },
  {
    key: 'unaffiliatedResources',
    label: { ja: '協議体につながっていない資源', en: 'Resources outside the councils' },
    format: 'count',
    better: 'down',
  },
  // hubs, organizations and councils opened or closed in the year up to the report's date (resourceChanges)
  {
    key: 'resourcesOpened',
    label: { ja: 'この1年に開設した資源', en: 'Resources opened in the year' },
    format: 'count',
    better: 'up',
  },
  {
    key: 'resourcesClosed',
    label: { ja: 'この1年に廃止・閉所した資源', en: 'Resources closed in the year' },
    format: 'count',
    better: 'down',
  },
];

/** The figures of resources opened and closed: the hubs, organizations and councils of either, together. */
export function resourcesChanged(
  changes: Record<`${'hubs' | 'organizations' | 'councils'}${'Opened' | 'Closed'}`, number> | null | undefined,
  what: 'Opened' | 'Closed',
): number | undefined {
  if (!changes) return undefined;
  return changes[`hubs${what}`] + changes[`organizations${what}`] + changes[`councils${what}`];
}

/** The case figures' summary (支援ケースの数値): its rows in order, each a count or a share made from counts. */
export type CaseFigureKey =
  | 'newCases'
  | 'communityCases'
  | 'communityShare'
  | 'closedCases'
  | 'firstPlans'
  | 'planRevisions'
  | 'multiNeedHouseholds'
  | 'followUpsDue'
  | 'followUpsOnTime'
  | 'followUpOnTimeRate';

export interface CaseFigureDef {
  key: CaseFigureKey;
  /** communityCases: followed by the routes it counts, in brackets (うち地域から（知人・近隣、民生委員・地域）). */
  label: { ja: string; en: string };
  format: 'count' | 'percent';
}

export const caseFigureDefs: readonly CaseFigureDef[] = [
  { key: 'newCases', label: { ja: '新規ケース', en: 'New cases' }, format: 'count' },
  { key: 'communityCases', label: { ja: 'うち地域から', en: 'Through the community' }, format: 'count' },
  { key: 'communityShare', label: { ja: '地域からの割合', en: 'Share through the community' }, format: 'percent' },
  { key: 'closedCases', label: { ja: '終結したケース', en: 'Cases closed' }, format: 'count' },
  { key: 'firstPlans', label: { ja: '支援プランの作成（初回）', en: 'First plans made' }, format: 'count' },
  { key: 'planRevisions', label: { ja: '支援プランの見直し', en: 'Plans revised' }, format: 'count' },
  {
    key: 'multiNeedHouseholds',
    label: { ja: '複数の世帯員にニーズのある世帯', en: 'Households with two or more members in need' },
    format: 'count',
  },
  { key: 'followUpsDue', label: { ja: '終結後の確認：予定日が来たもの', en: 'Follow-ups due' }, format: 'count' },
  {
    key: 'followUpsOnTime',
    label: { ja: '終結後の確認：予定日までに実施', en: 'Follow-ups done on time' },
    format: 'count',
  },
  {
    key: 'followUpOnTimeRate',
    label: { ja: '終結後の確認：期限内の割合', en: 'Share of follow-ups on time' },
    format: 'percent',
  },
];

/** A case figure's label: communityCases names the routes it counts. */
export function caseFigureLabel(def: CaseFigureDef, lang: 'ja' | 'en', communityRoutes: string): string {
  if (def.key !== 'communityCases') return def.label[lang];
  return lang === 'ja' ? `${def.label.ja}（${communityRoutes}）` : `${def.label.en} (${communityRoutes})`;
}

/** How a masked count of people is written (「5未満」); a masked rate is left out, as it would give a count back. */
export const maskedCountLabel = { ja: '5未満', en: 'under 5' } as const;
export const maskedRateLabel = { ja: '非表示', en: 'hidden' } as const;
/** How a change since the year before is written when either year's figure is masked. */
export const maskedChangeLabel = { ja: '差は非表示', en: 'change hidden' } as const;
