/**
 * The fixed codes of the model (docs/DESIGN.md "Words") with their Japanese labels. Bundles accept either form;
 * the database and the API hold the code.
 */

/** A code list: code → Japanese label, plus extra Japanese spellings a municipality may write. */
export interface CodeList<Code extends string> {
  readonly name: string;
  readonly labels: Readonly<Record<Code, string>>;
  readonly aliases?: Readonly<Record<string, Code>>;
}

export const fields = {
  name: 'field (分野)',
  labels: {
    ELDERLY: '高齢',
    DISABILITY: '障害',
    CHILD: '子ども・子育て',
    POVERTY: '生活困窮',
    EMPLOYMENT: '就労',
    HOUSING: '住まい',
    HEALTH: '保健医療',
    EDUCATION: '教育',
    COMMUNITY: '地域づくり',
  },
  aliases: {
    子ども: 'CHILD',
    子育て: 'CHILD',
    困窮: 'POVERTY',
    住宅: 'HOUSING',
    保健: 'HEALTH',
    医療: 'HEALTH',
    地域: 'COMMUNITY',
  },
} as const satisfies CodeList<string>;
export type Field = keyof typeof fields.labels;

export const roles = {
  name: 'role',
  labels: {
    RESIDENT: '住民',
    MINSEI_IIN: '民生委員・児童委員',
    VOLUNTEER: 'ボランティア',
    COORDINATOR: '生活支援コーディネーター',
    CSW: 'コミュニティソーシャルワーカー',
    PROFESSIONAL: '専門職',
  },
  aliases: { 民生委員: 'MINSEI_IIN', 児童委員: 'MINSEI_IIN', コーディネーター: 'COORDINATOR' },
} as const satisfies CodeList<string>;
export type Role = keyof typeof roles.labels;

export const consents = {
  name: 'consent',
  // RESTRICTED: 支援措置 (DV, stalking, abuse) — seen only by ADMIN and the coordinators named for the person
  labels: { NONE: '同意なし', PROFESSIONALS: '専門職間で共有', COMMUNITY: '地域で共有', RESTRICTED: '支援措置' },
  aliases: {
    なし: 'NONE',
    専門職: 'PROFESSIONALS',
    地域: 'COMMUNITY',
    閲覧制限: 'RESTRICTED',
    支援措置対象: 'RESTRICTED',
  },
} as const satisfies CodeList<string>;
export type Consent = keyof typeof consents.labels;

export const strengths = {
  name: 'strength',
  labels: { STRONG: '強い', NORMAL: '普通', WEAK: '弱い', STRAINED: 'ストレス' },
  aliases: { 通常: 'NORMAL', 緊張: 'STRAINED', 対立: 'STRAINED' },
} as const satisfies CodeList<string>;
export type Strength = keyof typeof strengths.labels;

export const tiers = { 1: '第1層', 2: '第2層', 3: '第3層' } as const;
export type Tier = 1 | 2 | 3;

/** Reads a code or its Japanese label (case-insensitive for codes); undefined when it is neither. */
export function readCode<Code extends string>(list: CodeList<Code>, raw: string): Code | undefined {
  const text = raw.trim();
  const upper = text.toUpperCase();
  if (upper in list.labels) return upper as Code;
  for (const [code, label] of Object.entries(list.labels) as [Code, string][]) if (label === text) return code;
  return list.aliases?.[text];
}

/** Every accepted spelling, for error messages. */
export function describeCodes<Code extends string>(list: CodeList<Code>): string {
  return Object.entries(list.labels)
    .map(([code, label]) => `${code} (${label})`)
    .join(', ');
}

export function readTier(raw: string): Tier | undefined {
  const text = raw.trim();
  const found = Object.entries(tiers).find(([number, label]) => text === number || text === label);
  return found ? (Number(found[0]) as Tier) : undefined;
}
