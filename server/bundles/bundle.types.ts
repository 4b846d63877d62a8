/**
 * The town bundle as typed records: one interface per file (docs/DESIGN.md "Town bundle"). An optional column's value is
 * `undefined` when the file has no such column (the database keeps what it has) and `null` when the cell is empty.
 */
import type { BundleProblem } from '../shared/errors.js';
import type {
  CaseRouteCode,
  CaseStatusCode,
  CloseReasonCode,
  MeetingBasisCode,
  MeetingRevisionCode,
  PlanItemStatusCode,
} from '../vocabulary/caseCodes.js';
import type { Consent, Field, Role, Strength, Tier } from '../vocabulary/codes.js';
import type { EntityKind, TieType } from '../vocabulary/ties.js';

export type { BundleProblem };

/** The town's files: its places, people, organizations, councils, hubs and the ties between them. */
export const townKeys = ['areas', 'households', 'people', 'organizations', 'councils', 'hubs', 'ties'] as const;
/** The files of the support given (支援の経過): cases with their キーパーソン, plans, monitoring, and meetings. */
export const caseKeys = [
  'cases',
  'key_persons',
  'plans',
  'plan_items',
  'monitoring',
  'monitoring_outcomes',
  'meetings',
  'agenda',
] as const;
export type CaseKey = (typeof caseKeys)[number];
/** The files a bundle may hold, in the order they are validated and imported; every one is optional. */
export const bundleKeys = [...townKeys, ...caseKeys] as const;
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
  /** A municipality's 全国地方公共団体コード (code). */
  code?: string | null;
  /** The 町字ID of the neighbourhoods a smaller area is made of (machiaza_ids). */
  machiazaIds?: string[];
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
  /** 担い手: skill codes they can offer, and when. */
  canOffer?: string[];
  offerTime?: string | null;
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
  since?: string | null;
  until?: string | null;
}

export interface CouncilRecord extends Located {
  id: string;
  name: string;
  kind?: string | null;
  tier: Tier;
  covers: string[];
  /** Opened and closed on (since, until). */
  since?: string | null;
  until?: string | null;
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
  since?: string | null;
  until?: string | null;
  /** 運営形態, 曜日 (codes, Monday first as written), hours, 機能, なんでも相談, the 担い手 skills wanted. */
  operator?: string | null;
  openDays?: string[];
  openHours?: string | null;
  functions?: string[];
  consultationPoint?: boolean | null;
  helpWanted?: string[];
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

/** 支援ケース (cases.csv): about a person or a household; its team and referrer as ids. */
export interface CaseRecord extends Located {
  id: string;
  subjectId: string;
  status: CaseStatusCode;
  openedOn: string;
  openedBy?: string | null;
  route: CaseRouteCode;
  referrerId?: string | null;
  referrerNote?: string | null;
  team?: string[];
  direction?: string | null;
  reviewOn?: string | null;
  closedOn?: string | null;
  closeReason?: CloseReasonCode | null;
  closeNote?: string | null;
  followUpOn?: string | null;
  followUpDoneOn?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

/** One term of a case's キーパーソン (key_persons.csv): the history, the current one without `until`. */
export interface KeyPersonRecord extends Located {
  caseId: string;
  personId: string;
  since: string;
  until?: string | null;
  by?: string | null;
  /** The meeting that decided the change (it had the case on its agenda). */
  meetingId?: string | null;
}

/** One version of a case's 支援プラン (plans.csv); a revision is the next version, the old ones kept. */
export interface PlanRecord extends Located {
  id: string;
  caseId: string;
  version: number;
  madeOn: string;
  madeBy?: string | null;
  note?: string | null;
  /** The meeting that decided this version (it had the case on its agenda). */
  meetingId?: string | null;
}

/** How a plan item stands on a SUPPORTS tie from who does it to the case's subject. */
export type PlanItemTie = 'MADE' | 'FOUND';

/** One line of a plan (plan_items.csv). */
export interface PlanItemRecord extends Located {
  id: string;
  planId: string;
  position?: number | null;
  whoId: string;
  what: string;
  field?: Field | null;
  startOn: string;
  reviewOn?: string | null;
  status?: PlanItemStatusCode | null;
  /** MADE: the item made the tie; FOUND: it stands on one that was there; empty: it connects no one. */
  tie?: PlanItemTie | null;
  /** That tie's `since` (its identity with who, SUPPORTS and the subject); empty for a tie without one. */
  tieSince?: string | null;
}

/** モニタリング (monitoring.csv); after closing, the 終結後の確認. */
export interface MonitoringRecord extends Located {
  id: string;
  caseId: string;
  on: string;
  who: string;
  seen: string;
  nextReviewOn?: string | null;
  followUp?: boolean | null;
  recordedBy?: string | null;
  recordedAt?: string | null;
}

/** What a monitoring saw of one plan item (monitoring_outcomes.csv), in the record's order. */
export interface OutcomeRecord extends Located {
  monitoringId: string;
  itemId: string;
  outcome: string;
}

/** 会議の記録 (meetings.csv): of a council, with its basis for sharing and its attendees as ids. */
export interface MeetingRecord extends Located {
  id: string;
  councilId: string;
  on: string;
  basis: MeetingBasisCode;
  attendees?: string[];
  minutes?: string | null;
  nextOn?: string | null;
  recordedBy?: string | null;
  recordedAt?: string | null;
}

/** A case on a meeting's agenda (agenda.csv), with what was decided. */
export interface AgendaRecord extends Located {
  meetingId: string;
  caseId: string;
  position?: number | null;
  decision?: string | null;
  /** What the meeting's decisions changed; PLAN and KEY_PERSON are read from plans.csv and key_persons.csv. */
  revised?: MeetingRevisionCode[];
}

export interface RecordOf {
  cases: CaseRecord;
  key_persons: KeyPersonRecord;
  plans: PlanRecord;
  plan_items: PlanItemRecord;
  monitoring: MonitoringRecord;
  monitoring_outcomes: OutcomeRecord;
  meetings: MeetingRecord;
  agenda: AgendaRecord;
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
} as const satisfies Record<Exclude<(typeof townKeys)[number], 'ties'>, EntityKind>;
export type NodeKey = keyof typeof labelOf;
export const nodeKeys = Object.keys(labelOf) as NodeKey[];

/** One exported file before it is written: its rows as the CSV cells (lists joined with `;`, codes as codes). */
export interface ExportedTable {
  key: BundleKey;
  lines: string[][];
}

/** Rows per file, as the import and export report them. */
export type BundleCounts = Partial<Record<BundleFile, number>>;

/** The label of the records a case file defines by id (key_persons, outcomes and agenda rows belong to one). */
export const recordLabelOf = {
  cases: 'Case',
  plans: 'Plan',
  plan_items: 'PlanItem',
  monitoring: 'Monitoring',
  meetings: 'Meeting',
} as const satisfies Partial<Record<CaseKey, string>>;
export type RecordKey = keyof typeof recordLabelOf;
export type RecordLabel = (typeof recordLabelOf)[RecordKey];
export const recordKeys = Object.keys(recordLabelOf) as RecordKey[];
