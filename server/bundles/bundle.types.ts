/**
 * The town bundle as typed records: one interface per file (docs/DESIGN.md "Town bundle"). An optional column's value is
 * `undefined` when the file has no such column (the database keeps what it has) and `null` when the cell is empty.
 */
import type { BundleProblem } from '../shared/errors.js';
import type { Consent, Field, Role, Strength, Tier } from '../vocabulary/codes.js';
import type { EntityKind, TieType } from '../vocabulary/ties.js';

export type { BundleProblem };

/** The files a bundle may hold, in the order they are validated and imported. */
export const bundleKeys = ['areas', 'households', 'people', 'organizations', 'councils', 'hubs', 'ties'] as const;
export type BundleKey = (typeof bundleKeys)[number];
export type BundleFile = `${BundleKey}.csv`;

export function fileOf(key: BundleKey): BundleFile {
  return `${key}.csv`;
}

/** Every record knows the line it came from (the header is line 1). */
export interface Located {
  line: number;
}

export interface AreaRecord extends Located {
  id: string;
  name: string;
  tier: Tier;
  parentId: string | null;
  population?: number | null;
  households?: number | null;
  elderly?: number | null;
  /** The area's place in the municipality's order (sort_order; the row's place when left out). */
  sortOrder?: number | null;
}

export interface HouseholdRecord extends Located {
  id: string;
  name: string;
  areaId: string;
  /** The reading of the name (name_kana), kana only. */
  nameKana?: string | null;
}

export interface PersonRecord extends Located {
  id: string;
  name: string;
  areaId: string;
  householdId: string | null;
  ageBand?: string | null;
  roles?: Role[];
  needs?: Field[];
  interests?: string[];
  consent?: Consent;
  restrictedFor?: string[];
  /** The reading of the name (name_kana), kana only. */
  nameKana?: string | null;
}

export interface OrganizationRecord extends Located {
  id: string;
  name: string;
  kind?: string | null;
  fields?: Field[];
  areaId: string;
  serves: string[];
  /** The reading of the name (name_kana), kana only. */
  nameKana?: string | null;
}

export interface CouncilRecord extends Located {
  id: string;
  name: string;
  kind?: string | null;
  tier: Tier;
  covers: string[];
}

export interface HubRecord extends Located {
  id: string;
  name: string;
  kind?: string | null;
  areaId: string;
  tags?: string[];
  /** The reading of the name (name_kana), kana only. */
  nameKana?: string | null;
  /** 対象: whom the hub is for (audience codes); none: anyone. */
  audience?: string[];
}

export interface TieRecord extends Located {
  from: string;
  to: string;
  type: TieType;
  since?: string | null;
  until?: string | null;
  strength?: Strength;
  note?: string | null;
}

export interface RecordOf {
  areas: AreaRecord;
  households: HouseholdRecord;
  people: PersonRecord;
  organizations: OrganizationRecord;
  councils: CouncilRecord;
  hubs: HubRecord;
  ties: TieRecord;
}

/** A record while it is validated: a value that could not be read is `undefined` (its problem is already reported). */
export type Draft<R extends Located> = Located & { [K in Exclude<keyof R, 'line'>]: R[K] | undefined };

/** One file of the bundle after parsing. */
export interface ParsedFile<R> {
  key: BundleKey;
  file: BundleFile;
  /** Header names (trimmed, lower case) in file order. */
  header: string[];
  records: R[];
}

/** The files present in the folder; `Valid` once every rule has passed. */
export type Bundle<Valid extends boolean = true> = {
  [K in BundleKey]?: ParsedFile<Valid extends true ? RecordOf[K] : Draft<RecordOf[K]>>;
};
export type DraftBundle = Bundle<false>;

/** The node label each node file holds; ties.csv holds relationships. */
export const labelOf = {
  areas: 'Area',
  households: 'Household',
  people: 'Person',
  organizations: 'Organization',
  councils: 'Council',
  hubs: 'Hub',
} as const satisfies Record<Exclude<BundleKey, 'ties'>, EntityKind>;
export type NodeKey = keyof typeof labelOf;
export const nodeKeys = Object.keys(labelOf) as NodeKey[];

/** Rows per file, as the import and export report them. */
export type BundleCounts = Partial<Record<BundleFile, number>>;
