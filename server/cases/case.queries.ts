/**
 * Cypher for cases: `(c:Case)-[:CONCERNS]->(subject)`, `-[:ON_TEAM]->`, `-[:REFERRED_BY]->`, `-[:KEY_PERSON {since,
 * until}]->(:Person)`, `-[:HAS_PLAN]->(:Plan)-[:HAS_ITEM]->(:PlanItem)-[:BY]->(who)`, `-[:HAS_MONITORING]->`.
 * A case keeps its subject's id (`subjectId`) so that a subject's cases are found without a scan.
 */
import { nodeNamed, nodesNamed } from '../graph/lookup.js';
import type { CaseRouteCode, CaseStatusCode, CloseReasonCode, PlanItemStatusCode } from '../vocabulary/caseCodes.js';

/** Labels a case's parties may have, from a fixed list. */
export const partyLabels = ['Person', 'Household', 'Organization'] as const;
export type PartyLabel = (typeof partyLabels)[number];

export interface PartyRow {
  id: string;
  kind: PartyLabel;
  name: string | null;
}

export interface PlanItemRow {
  id: string;
  position: number;
  who: PartyRow;
  what: string;
  field: string | null;
  startOn: string;
  reviewOn: string | null;
  status: PlanItemStatusCode;
  tieId: string | null;
}

export interface PlanRow {
  id: string;
  version: number;
  madeOn: string;
  madeBy: string;
  note: string | null;
  decidedAt?: string | null;
  items: PlanItemRow[];
}

export interface MonitoringRow {
  id: string;
  on: string;
  who: string;
  seen: string;
  outcomeItemIds: string[];
  outcomes: string[];
  nextReviewOn: string | null;
  followUp: boolean;
  recordedBy: string;
  recordedAt: string;
}

export interface CaseProps {
  id: string;
  status: CaseStatusCode;
  openedOn: string;
  openedBy: string;
  route: CaseRouteCode;
  referrerNote: string | null;
  direction: string | null;
  reviewOn: string | null;
  closedOn: string | null;
  closeReason: CloseReasonCode | null;
  closeNote: string | null;
  followUpOn: string | null;
  followUpDoneOn: string | null;
}

export interface CaseRow {
  props: CaseProps;
  subject: PartyRow;
  areaId: string | null;
  referrer: PartyRow | null;
  team: PartyRow[];
  /** The team and 方針 changes meetings decided (agenda items' `revised`). */
  decisions: { meetingId: string; revised: string[] }[];
  keyTerms: { person: PartyRow; since: string; until: string | null; decidedAt?: string | null }[];
  plans: PlanRow[];
  monitoring: MonitoringRow[];
}

/** Cypher: the party map of a node bound to `x`. */
const party = (x: string) =>
  `{id: ${x}.id, name: ${x}.name, kind: head([l IN labels(${x}) WHERE l IN ['Person', 'Household', 'Organization']])}`;

/** Whole cases by id, in one read. */
export const casesByIds = `
UNWIND $ids AS id
MATCH (c:Case {id: id})-[:CONCERNS]->(s)
RETURN c {.*} AS props, ${party('s')} AS subject, head([(s)-[:LOCATED_IN]->(a:Area) | a.id]) AS areaId,
       head([(c)-[:REFERRED_BY]->(x) | ${party('x')}]) AS referrer,
       [(c)-[:ON_TEAM]->(x) | ${party('x')}] AS team,
       [(c)-[k:KEY_PERSON]->(x) | {person: ${party('x')}, since: k.since, until: k.until, decidedAt: k.decidedAt}] AS keyTerms,
       [(c)-[:HAS_PLAN]->(pl:Plan) | pl {.*, items: [(pl)-[:HAS_ITEM]->(it:PlanItem)-[:BY]->(x) | it {.*, who: ${party('x')}}]}] AS plans,
       [(c)-[:HAS_MONITORING]->(m:Monitoring) | m {.*}] AS monitoring,
       [(mt:Meeting)-[d:DISCUSSED]->(c) WHERE size(coalesce(d.revised, [])) > 0 | {meetingId: mt.id, revised: d.revised}] AS decisions`;

/** The cases of subjects located in an area's subtree, by status and next review (both optional). */
export const casesInArea = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(s)<-[:CONCERNS]-(c:Case)
WHERE (s:Person OR s:Household)
  AND ($subjectId IS NULL OR c.subjectId = $subjectId)
  AND ($status IS NULL OR c.status = $status)
  AND ($reviewDueBefore IS NULL OR (c.status <> 'CLOSED' AND c.reviewOn IS NOT NULL AND c.reviewOn <= $reviewDueBefore))
RETURN DISTINCT c.id AS id, s.id AS subjectId
ORDER BY id`;

/** The case's subject id, for the policy (no row when there is no such case). */
export const subjectOfCase = `
MATCH (c:Case {id: $id})-[:CONCERNS]->(s)
RETURN c.id AS id, s.id AS subjectId, c.status AS status, c.openedOn AS openedOn`;

/** A subject's cases that are not closed. */
export const openCasesOf = `
MATCH (c:Case {subjectId: $subjectId}) WHERE c.status <> 'CLOSED'
RETURN c.id AS id`;

/** The roles of people, for the キーパーソン check. */
export const rolesOf = 'UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, coalesce(p.roles, []) AS roles';

/** A new case about its subject (bound by id through the label indexes). */
export const createCase = `
${nodeNamed(['Person', 'Household'], '$subjectId')}
CREATE (c:Case {id: $id, subjectId: $subjectId})-[:CONCERNS]->(n)
SET c += $props
RETURN c.id AS id`;

/** Changes a case's own properties. */
export const setCase = 'MATCH (c:Case {id: $id}) SET c += $props RETURN c.id AS id';

/** Adds people or organizations (`$ids`) to the team. */
export const joinTeam = `
MATCH (c:Case {id: $id})
WITH c
${nodesNamed(['Person', 'Organization'])}
MERGE (c)-[:ON_TEAM]->(n)
RETURN count(*) AS members`;

/** Takes everyone off the team (before it is set anew). */
export const clearTeam = 'MATCH (:Case {id: $id})-[t:ON_TEAM]->() DELETE t RETURN count(*) AS removed';

/** Replaces the referrer (`$ids`: none or one person or organization). */
export const clearReferrer = 'MATCH (:Case {id: $id})-[r:REFERRED_BY]->() DELETE r RETURN count(*) AS removed';
export const setReferrer = `
MATCH (c:Case {id: $id})
WITH c
${nodesNamed(['Person', 'Organization'])}
MERGE (c)-[:REFERRED_BY]->(n)
RETURN count(*) AS set`;

/** Ends the current キーパーソン's term on `$today` and begins the new one's. */
export const changeKeyPerson = `
MATCH (c:Case {id: $id}), (k:Person {id: $keyPersonId})
OPTIONAL MATCH (c)-[old:KEY_PERSON]->() WHERE old.until IS NULL
SET old.until = $today
WITH DISTINCT c, k
CREATE (c)-[:KEY_PERSON {since: $today, until: null, by: $by, decidedAt: $decidedAt}]->(k)
RETURN c.id AS id`;

/** The people a subject is: the person, or the members of the household (for the audit's person ids). */
export const peopleOfSubject = `
OPTIONAL MATCH (p:Person {id: $id})
OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(:Household {id: $id})
RETURN [x IN collect(DISTINCT p) + collect(DISTINCT m) | x.id] AS ids`;
