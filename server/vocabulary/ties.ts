/**
 * The tie types of DESIGN.md "The graph": which ends each may join and its category. Relationship types that
 * must vary in Cypher are taken from this fixed list, never from input.
 */

export type EntityKind = 'Area' | 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';
export type TieCategory = 'family' | 'informal' | 'formal';

export interface TieRule {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  category: TieCategory;
  label: string;
}

export const tieRules = {
  FAMILY: { from: ['Person'], to: ['Person'], category: 'family', label: '家族' },
  NEIGHBOR: { from: ['Person'], to: ['Person'], category: 'informal', label: '近所' },
  FRIEND: { from: ['Person'], to: ['Person'], category: 'informal', label: '友人' },
  WATCHES_OVER: { from: ['Person'], to: ['Person'], category: 'informal', label: '見守り' },
  PARTICIPATES_IN: { from: ['Person'], to: ['Hub'], category: 'informal', label: '参加' },
  SUPPORTS: { from: ['Organization', 'Person'], to: ['Person', 'Household'], category: 'formal', label: '支援' },
  MEMBER_OF: { from: ['Person', 'Organization'], to: ['Council'], category: 'formal', label: '構成員' },
  RUNS: { from: ['Organization', 'Person'], to: ['Hub'], category: 'formal', label: '運営' },
  COLLABORATES: { from: ['Organization'], to: ['Organization'], category: 'formal', label: '連携' },
  REFERS: { from: ['Organization'], to: ['Organization'], category: 'formal', label: '紹介' },
} as const satisfies Record<string, TieRule>;

export type TieType = keyof typeof tieRules;
export const tieTypes = Object.keys(tieRules) as TieType[];

/** Japanese spellings accepted in bundles. */
const tieAliases: Record<string, TieType> = Object.fromEntries(
  Object.entries(tieRules).map(([type, rule]) => [rule.label, type as TieType]),
);

export function readTieType(raw: string): TieType | undefined {
  const upper = raw.trim().toUpperCase();
  if (upper in tieRules) return upper as TieType;
  return tieAliases[raw.trim()];
}

/** Why a tie of this type may not join these ends, or undefined when it may. */
export function tieEndsProblem(type: TieType, from: EntityKind, to: EntityKind): string | undefined {
  const rule: TieRule = tieRules[type];
  if (!rule.from.includes(from) || !rule.to.includes(to)) {
    return `a ${type} tie goes from ${rule.from.join(' or ')} to ${rule.to.join(' or ')}, not from ${from} to ${to}`;
  }
  return undefined;
}

/** A WATCHES_OVER tie is formal when the watcher is a 民生委員. */
export function tieCategory(type: TieType, fromRoles: readonly string[] = []): TieCategory {
  if (type === 'WATCHES_OVER' && fromRoles.includes('MINSEI_IIN')) return 'formal';
  return tieRules[type].category;
}

export const entityKinds: readonly EntityKind[] = ['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub'];
