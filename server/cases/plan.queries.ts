/**
 * Cypher for plans and monitoring. A plan item done by someone other than the subject is a SUPPORTS tie from them
 * to the subject, beginning on its start date, so that the map and the analyses see it; a tie a plan made keeps
 * the item's id (`planItemId`). Labels come from the fixed lists of case.queries.ts, never from input.
 */
import type { PartyLabel } from './case.queries.js';

/** The current plan's version and items (none before the first plan). */
export const currentPlan = `
MATCH (c:Case {id: $id})
OPTIONAL MATCH (c)-[:HAS_PLAN]->(pl:Plan)
WITH c, pl ORDER BY pl.version DESC LIMIT 1
RETURN coalesce(pl.version, 0) AS version,
       [(pl)-[:HAS_ITEM]->(it:PlanItem) | {id: it.id, whoId: it.whoId, status: it.status, tieId: it.tieId}] AS items`;

export interface CurrentPlanRow {
  version: number;
  items: { id: string; whoId: string; status: string; tieId: string | null }[];
}

export const createPlan = `
MATCH (c:Case {id: $caseId})
CREATE (c)-[:HAS_PLAN]->(pl:Plan {id: $planId, version: $version, madeOn: $madeOn, madeBy: $by, note: $note,
                               decidedAt: $decidedAt})
WITH pl
UNWIND $items AS item
CALL (item) {
  MATCH (n:Organization {id: item.whoId}) RETURN n
  UNION
  MATCH (n:Person {id: item.whoId}) RETURN n
  UNION
  MATCH (n:Household {id: item.whoId}) RETURN n
}
CREATE (pl)-[:HAS_ITEM]->(it:PlanItem)-[:BY]->(n)
SET it = item
RETURN count(it) AS items`;

/** An active SUPPORTS from `who` to the subject, if there is one (a plan item then needs no new tie). */
export function activeSupport(who: PartyLabel, subject: PartyLabel): string {
  return `
MATCH (:${who} {id: $whoId})-[r:SUPPORTS]->(:${subject} {id: $subjectId})
WHERE (r.until IS NULL OR r.until > $today)
RETURN r.id AS id LIMIT 1`;
}

export function createSupport(who: PartyLabel, subject: PartyLabel): string {
  return `
MATCH (a:${who} {id: $whoId}), (b:${subject} {id: $subjectId})
CREATE (a)-[r:SUPPORTS {id: $tieId, since: $since, until: null, strength: 'NORMAL', note: $note,
                        planItemId: $itemId, caseId: $caseId}]->(b)
RETURN r.id AS id`;
}

/** Ends, on `$today`, the ties plans of this case made that no open item of the new plan carries on. */
export const endPlanTies = `
MATCH (:Case {id: $caseId})-[:HAS_PLAN]->(:Plan)-[:HAS_ITEM]->(it:PlanItem)
WHERE it.tieId IS NOT NULL AND NOT it.tieId IN $keptTieIds
WITH DISTINCT it.tieId AS tieId
MATCH ()-[r:SUPPORTS {id: tieId}]->()
WHERE r.caseId = $caseId AND r.until IS NULL
SET r.until = $today
RETURN collect(r.id) AS ended`;

export const createMonitoring = `
MATCH (c:Case {id: $caseId})
CREATE (c)-[:HAS_MONITORING]->(m:Monitoring)
SET m = $props
RETURN m.id AS id`;
