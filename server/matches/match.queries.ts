/**
 * Cypher for matches: `(m:Match)-[:FOR]->(:Person)`, `-[:AT]->(:Hub|Organization)`, `-[:HAS_FOLLOW_UP]->(:FollowUp)`.
 * A match keeps its person's and place's ids (`personId`, `placeId`) so that they are found without a scan, and
 * the stages it reached as three lists of one length (stage, day, by whom).
 */
import { nodeNamed } from '../graph/lookup.js';
import type { MatchRoleCode, MatchStageCode } from '../vocabulary/matchCodes.js';

/** Labels a match's place may have, from a fixed list. */
export const placeLabels = ['Hub', 'Organization'] as const;

export interface MatchProps {
  id: string;
  personId: string;
  placeId: string;
  stage: MatchStageCode;
  role: MatchRoleCode;
  proposedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  stageCodes: MatchStageCode[];
  stageDates: string[];
  stageBys: string[];
  plannedFollowUpOn: string | null;
  nextFollowUpOn: string | null;
  tieId: string | null;
  suggestedAs: string | null;
  note: string | null;
}

export interface FollowUpRow {
  id: string;
  on: string;
  who: string;
  howItGoes: string;
  hostConcerns: string | null;
  nextOn: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface MatchRow {
  props: MatchProps;
  personName: string | null;
  areaId: string | null;
  place: { id: string; kind: string; name: string | null };
  followUps: FollowUpRow[];
}

/** Whole matches by id, in one read. */
export const matchesByIds = `
UNWIND $ids AS id
MATCH (m:Match {id: id})-[:FOR]->(p:Person), (m)-[:AT]->(x)
RETURN m {.*} AS props, p.name AS personName, head([(p)-[:LOCATED_IN]->(a:Area) | a.id]) AS areaId,
       {id: x.id, name: x.name, kind: head([l IN labels(x) WHERE l IN ['Hub', 'Organization']])} AS place,
       [(m)-[:HAS_FOLLOW_UP]->(f:FollowUp) | f {.*}] AS followUps`;

/** The matches of people located in an area's subtree, by stage and person (both optional). */
export const matchesInArea = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(p:Person)<-[:FOR]-(m:Match)
WHERE ($personId IS NULL OR m.personId = $personId) AND ($stage IS NULL OR m.stage = $stage)
RETURN DISTINCT m.id AS id, m.proposedOn AS proposedOn
ORDER BY proposedOn DESC, id`;

/** A person's matches still going on at a place (one at a time per person and place). */
export const openMatchAt = `
MATCH (m:Match {personId: $personId}) WHERE m.placeId = $placeId AND NOT m.stage IN ['ENDED', 'DECLINED']
RETURN m.id AS id`;

/** A new match of a person to a place. */
export const createMatch = `
MATCH (p:Person {id: $personId})
${nodeNamed(placeLabels, '$placeId')}
WITH p, n AS x
CREATE (m:Match {id: $id})-[:FOR]->(p)
CREATE (m)-[:AT]->(x)
SET m += $props
RETURN m.id AS id`;

/** Changes a match's own properties. */
export const setMatch = 'MATCH (m:Match {id: $id}) SET m += $props RETURN m.id AS id';

/** Adds a follow-up record. */
export const addFollowUp = `
MATCH (m:Match {id: $id})
CREATE (m)-[:HAS_FOLLOW_UP]->(f:FollowUp)
SET f = $props
RETURN f.id AS id`;

/** 参加開始: the person's PARTICIPATES_IN tie to the place that holds on `$on`, if there is one already. */
export const tieHolding = `
MATCH (:Person {id: $personId})-[t:PARTICIPATES_IN]->(x)
WHERE x.id = $placeId AND coalesce(t.since, '0000-01-01') <= $on AND (t.until IS NULL OR t.until > $on)
RETURN t.id AS id LIMIT 1`;

/** 参加開始 with no tie there yet: a new one from `$on` that remembers the match it came from. */
export const beginTie = `
MATCH (p:Person {id: $personId})
${nodeNamed(placeLabels, '$placeId')}
CREATE (p)-[t:PARTICIPATES_IN]->(n)
SET t = $properties, t.id = randomUUID()
RETURN t.id AS id`;

/** 終結: the tie the match made ends on `$on` (a tie found already there is left as it was). */
export const endTie = `
MATCH (:Person {id: $personId})-[t:PARTICIPATES_IN {id: $tieId}]->()
WHERE t.matchId = $matchId
SET t.until = $on
RETURN t.id AS id`;
