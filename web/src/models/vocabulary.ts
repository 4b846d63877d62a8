/**
 * The words of the model (docs/DESIGN.md "Words") as the UI shows them, in Japanese and English. The API holds the
 * codes; a code the UI does not know is shown as it came.
 */

export type Lang = 'ja' | 'en';
export interface Localized {
  ja: string;
  en: string;
}

export type NodeKind = 'Area' | 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';
export const nodeKinds: readonly NodeKind[] = ['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub'];
/** The kinds drawn as entities inside the area boxes (the filters offer these). */
export const entityKinds: readonly NodeKind[] = ['Person', 'Household', 'Organization', 'Council', 'Hub'];

export const kindLabels: Record<NodeKind, Localized> = {
  Area: { ja: '地域', en: 'Area' },
  Person: { ja: '住民', en: 'Person' },
  Household: { ja: '世帯', en: 'Household' },
  Organization: { ja: '支援関係機関', en: 'Organization' },
  Council: { ja: '協議体・会議', en: 'Council' },
  Hub: { ja: '拠点・居場所', en: 'Hub' },
};

/** What a person the viewer sees only as a stand-in is called (the server sends no name for them). */
export const standInLabel: Localized = { ja: '住民', en: 'Resident' };

/** Between the items of a short list: 中黒 in Japanese, a middle dot with spaces in English. */
export const listSeparator: Localized = { ja: '・', en: ' · ' };

/** Tie categories of the map; `household` is membership of a household, drawn apart from the ties. */
export type TieCategory = 'family' | 'informal' | 'formal' | 'household';
export const tieCategories: readonly TieCategory[] = ['family', 'informal', 'formal', 'household'];
export const categoryLabels: Record<TieCategory, Localized> = {
  family: { ja: '家族', en: 'Family' },
  informal: { ja: 'インフォーマル', en: 'Informal' },
  formal: { ja: 'フォーマル', en: 'Formal' },
  household: { ja: '世帯の構成員', en: 'Household member' },
};

export const tieTypeLabels: Record<string, Localized> = {
  FAMILY: { ja: '家族', en: 'family' },
  NEIGHBOR: { ja: '近所', en: 'neighbour' },
  FRIEND: { ja: '友人', en: 'friend' },
  WATCHES_OVER: { ja: '見守り', en: 'watches over' },
  PARTICIPATES_IN: { ja: '参加', en: 'takes part in' },
  SUPPORTS: { ja: '支援', en: 'supports' },
  MEMBER_OF: { ja: '構成員', en: 'member of' },
  RUNS: { ja: '運営', en: 'runs' },
  COLLABORATES: { ja: '連携', en: 'collaborates with' },
  REFERS: { ja: '紹介', en: 'refers to' },
};

/** Tie types as shown: the server sends TIE for a tie to someone the viewer may not see in detail (category only). */
export const shownTieTypeLabels: Record<string, Localized> = {
  ...tieTypeLabels,
  TIE: { ja: 'つながり（詳細は非表示）', en: 'tie (details not shown)' },
};

export type Field =
  | 'ELDERLY'
  | 'DISABILITY'
  | 'CHILD'
  | 'POVERTY'
  | 'EMPLOYMENT'
  | 'HOUSING'
  | 'HEALTH'
  | 'EDUCATION'
  | 'COMMUNITY';
export const fieldLabels: Record<Field, Localized> = {
  ELDERLY: { ja: '高齢', en: 'Elderly' },
  DISABILITY: { ja: '障害', en: 'Disability' },
  CHILD: { ja: '子ども・子育て', en: 'Children' },
  POVERTY: { ja: '生活困窮', en: 'Poverty' },
  EMPLOYMENT: { ja: '就労', en: 'Employment' },
  HOUSING: { ja: '住まい', en: 'Housing' },
  HEALTH: { ja: '保健医療', en: 'Health' },
  EDUCATION: { ja: '教育', en: 'Education' },
  COMMUNITY: { ja: '地域づくり', en: 'Community' },
};
export const fields = Object.keys(fieldLabels) as Field[];

export const roleLabels: Record<string, Localized> = {
  RESIDENT: { ja: '住民', en: 'Resident' },
  MINSEI_IIN: { ja: '民生委員・児童委員', en: 'Welfare commissioner' },
  VOLUNTEER: { ja: 'ボランティア', en: 'Volunteer' },
  COORDINATOR: { ja: '生活支援コーディネーター', en: 'Life-support coordinator' },
  CSW: { ja: 'コミュニティソーシャルワーカー', en: 'Community social worker' },
  PROFESSIONAL: { ja: '専門職', en: 'Professional' },
};

export type Strength = 'STRONG' | 'NORMAL' | 'WEAK' | 'STRAINED';
export const strengths: readonly Strength[] = ['STRONG', 'NORMAL', 'WEAK', 'STRAINED'];
export const strengthLabels: Record<Strength, Localized> = {
  STRONG: { ja: '強い', en: 'Strong' },
  NORMAL: { ja: '普通', en: 'Normal' },
  WEAK: { ja: '弱い', en: 'Weak' },
  STRAINED: { ja: 'ストレス・対立', en: 'Stressful' },
};

export const tierLabels: Record<number, Localized> = {
  1: { ja: '第1層', en: 'Tier 1' },
  2: { ja: '第2層', en: 'Tier 2' },
  3: { ja: '第3層', en: 'Tier 3' },
};

export const consentLabels: Record<string, Localized> = {
  NONE: { ja: '同意なし', en: 'No consent' },
  PROFESSIONALS: { ja: '専門職間で共有', en: 'Shared among professionals' },
  COMMUNITY: { ja: '地域で共有', en: 'Shared with the community' },
  RESTRICTED: { ja: '支援措置（閲覧制限）', en: 'Restricted (protection order)' },
};

export type FindingKind =
  | 'ISOLATED'
  | 'UNMET_NEED'
  | 'UNCOORDINATED_HOUSEHOLD'
  | 'UNAFFILIATED_RESOURCE'
  | 'HUB_MATCH'
  | 'WATCH_GAP'
  | 'SINGLE_POINT'
  | 'NO_CONSULTATION_POINT'
  | 'HELPER_MATCH'
  | 'FORMAL_ONLY';
export const findingKindLabels: Record<FindingKind, Localized> = {
  ISOLATED: { ja: '社会的孤立', en: 'Isolated' },
  UNMET_NEED: { ja: '制度の狭間', en: 'Unmet need' },
  UNCOORDINATED_HOUSEHOLD: { ja: '連携のない世帯支援', en: 'Uncoordinated household' },
  UNAFFILIATED_RESOURCE: { ja: '協議体につながっていない資源', en: 'Resource outside the councils' },
  HUB_MATCH: { ja: '参加支援の候補', en: 'Hub match' },
  WATCH_GAP: { ja: '見守りなし', en: 'Nobody watches over' },
  SINGLE_POINT: { ja: '一つだけのつながり', en: 'Single point of contact' },
  NO_CONSULTATION_POINT: { ja: '相談拠点のない地区', en: 'No consultation point' },
  HELPER_MATCH: { ja: '担い手の候補', en: 'Helper match' },
  FORMAL_ONLY: { ja: '関係性の貧困', en: 'Formal ties only' },
};

/** The label of a code in a list, or the code itself when the list does not know it. */
export function labelOf(list: Record<string, Localized>, code: string, lang: Lang): string {
  return list[code]?.[lang] ?? code;
}
