/**
 * The tie types of docs/DESIGN.md "The graph": which ends each may join and its category (a
 * WATCHES_OVER's category also depends on the watcher: server/vocabulary/tiePredicates.ts). Relationship types that
 * must vary in Cypher are taken from this fixed list, never from input.
 */

/** The labels of the model's nodes, each with a unique `id` (ids are unique across them too). */
export const entityKinds = ['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub'] as const;
export type EntityKind = (typeof entityKinds)[number];

export type TieCategory = 'family' | 'informal' | 'formal';

export interface TieRule {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  category: TieCategory;
  label: string;
  /** The same tie read from either end (近所, 友人): its direction says nothing, and it is recorded once per pair. */
  symmetric: boolean;
}

export const tieRules = {
  FAMILY: { from: ['Person'], to: ['Person'], category: 'family', label: '家族', symmetric: true },
  NEIGHBOR: { from: ['Person'], to: ['Person'], category: 'informal', label: '近所', symmetric: true },
  FRIEND: { from: ['Person'], to: ['Person'], category: 'informal', label: '友人', symmetric: true },
  WATCHES_OVER: { from: ['Person'], to: ['Person'], category: 'informal', label: '見守り', symmetric: false },
  PARTICIPATES_IN: {
    from: ['Person'],
    to: ['Hub', 'Organization'],
    category: 'informal',
    label: '参加',
    symmetric: false,
  },
  SUPPORTS: {
    from: ['Organization', 'Person'],
    to: ['Person', 'Household'],
    category: 'formal',
    label: '支援',
    symmetric: false,
  },
  MEMBER_OF: {
    from: ['Person', 'Organization'],
    to: ['Council'],
    category: 'formal',
    label: '構成員',
    symmetric: false,
  },
  RUNS: { from: ['Organization', 'Person'], to: ['Hub'], category: 'formal', label: '運営', symmetric: false },
  COLLABORATES: {
    from: ['Organization'],
    to: ['Organization'],
    category: 'formal',
    label: '連携',
    symmetric: true,
  },
  REFERS: { from: ['Organization'], to: ['Organization'], category: 'formal', label: '紹介', symmetric: false },
} as const satisfies Record<string, TieRule>;

export type TieType = keyof typeof tieRules;
export const tieTypes = Object.keys(tieRules) as TieType[];

/** The kinds of node a tie may start or end at (every kind but Area), in the order of `entityKinds`. */
export const tieEndKinds: readonly EntityKind[] = entityKinds.filter((kind) =>
  tieTypes.some(
    (type) =>
      (tieRules[type].from as readonly string[]).includes(kind) ||
      (tieRules[type].to as readonly string[]).includes(kind),
  ),
);

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

/** Whether a tie of this type may start at kind `from` and end at kind `to`. */
export function tieFits(type: TieType, from: EntityKind, to: EntityKind): boolean {
  return tieEndsProblem(type, from, to) === undefined;
}

/**
 * The ways a tie of this type may join `here` and `there`: from here, towards here, or both (a symmetric tie is
 * recorded from here, its direction saying nothing). Empty when the type does not fit the two ends.
 */
export function tieDirections(type: TieType, here: EntityKind, there: EntityKind): ('fromHere' | 'toHere')[] {
  const ways: ('fromHere' | 'toHere')[] = [];
  if (tieFits(type, here, there)) ways.push('fromHere');
  if (tieFits(type, there, here) && !(tieRules[type].symmetric && ways.length > 0)) ways.push('toHere');
  return ways;
}

/** The tie types that may join these two kinds, one way or the other, in the order of `tieRules`. */
export function fittingTieTypes(here: EntityKind, there: EntityKind): TieType[] {
  return tieTypes.filter((type) => tieDirections(type, here, there).length > 0);
}
