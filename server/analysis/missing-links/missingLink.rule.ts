/** What every missing-link kind provides: how it finds its findings and how an accepted suggestion is recorded. */
import type { Viewer } from '../../auth/viewer.js';
import type { Graph, GraphTx } from '../../graph/graph.js';
import type { MissingLinkKind } from './missingLink.type.js';

/** Where and when to look. */
export type Scope = {
  areaId: string;
  /** YYYY-MM-DD, already checked. */
  asOf: string;
  /**
   * Whom the findings are for, for the kinds that count people (SINGLE_POINT): whom the viewer may not know of
   * (restricted people) is neither counted nor a tie. The disclosure step still decides what is shown.
   */
  viewer?: Viewer;
};

/** One finding as a kind produces it. */
export interface Finding {
  kind: MissingLinkKind;
  subjectIds: string[];
  suggestedIds: string[];
  field: string | null;
  explanation: string;
  score: number;
  /** The people whose details the finding shows (names, needs), for the audit. */
  personIds: string[];
}

/** A suggestion the viewer accepted: the subject, the chosen suggested ids, and for UNMET_NEED its field. */
export interface Suggestion {
  subjectIds: string[];
  suggestedIds: string[];
  field: string | null;
  note: string | null;
}

/** Who accepted, when, and how a kind checks that the viewer may change the subject's area. */
export interface Stamp {
  username: string;
  /** ISO date-time of the acceptance. */
  at: string;
  /** YYYY-MM-DD: the ties made begin on this day. */
  today: string;
  /** Throws ForbiddenError unless the viewer may change what is located in this area path (an area and those above). */
  assertMayChange(areaPath: string[]): void;
}

/** What a kind recorded. */
export interface Recorded {
  tieIds: string[];
  councilId: string | null;
  /** the support case opened (or joined) for a household */
  caseId?: string | null;
  /** the 参加支援 matches started (HUB_MATCH) */
  matchIds?: string[];
}

export interface MissingLinkRule {
  kind: MissingLinkKind;
  /** Whether its findings name people or households (only viewers who see people get them). */
  aboutPeople: boolean;
  find(graph: Graph, scope: Scope): Promise<Finding[]>;
  /** The subjects accepting makes ties at, for the write policy (default: all of them). */
  writtenSubjects?(subjectIds: string[]): string[];
  accept(tx: GraphTx, suggestion: Suggestion, stamp: Stamp): Promise<Recorded>;
}

/** Properties every tie made by accepting a suggestion carries: the record of who accepted what, and when. */
export function acceptedTieProperties(kind: MissingLinkKind, stamp: Stamp, note: string | null) {
  return {
    since: stamp.today,
    until: null,
    strength: 'NORMAL',
    note,
    suggestedAs: kind,
    acceptedBy: stamp.username,
    acceptedAt: stamp.at,
  };
}

/** min(1, value), rounded to two decimals: scores are compared, not computed with. */
export function score(value: number): number {
  return Math.round(Math.min(1, value) * 100) / 100;
}
