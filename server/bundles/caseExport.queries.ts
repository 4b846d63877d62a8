/**
 * The Cypher of exporting the support files: the cases of the subjects in scope with their team, referrer and
 * キーパーソン terms; their plans, items, monitoring; the meetings of the councils in scope with their agendas.
 */
import { revisedOf } from '../meetings/meeting.queries.js';

export interface CaseExportRow {
  id: string;
  subjectId: string;
  props: Record<string, unknown>;
  team: string[];
  referrerId: string | null;
  terms: { personId: string; since: string; until: string | null; by: string | null; meetingId: string | null }[];
}

export const casesInScope = `MATCH (c:Case)-[:CONCERNS]->(s)
WHERE $all OR s.id IN $subjectIds
RETURN c.id AS id, s.id AS subjectId, properties(c) AS props,
       [(c)-[:ON_TEAM]->(x) | x.id] AS team,
       head([(c)-[:REFERRED_BY]->(x) | x.id]) AS referrerId,
       [(c)-[k:KEY_PERSON]->(p:Person) | {personId: p.id, since: k.since, until: k.until, by: k.by,
                                          meetingId: k.decidedAt}] AS terms`;

export interface PlanExportRow {
  id: string;
  caseId: string;
  props: Record<string, unknown>;
  items: { id: string; whoId: string; props: Record<string, unknown> }[];
}

export const plansOf = `UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:HAS_PLAN]->(pl:Plan)
RETURN pl.id AS id, caseId, properties(pl) AS props,
       [(pl)-[:HAS_ITEM]->(it:PlanItem)-[:BY]->(w) | {id: it.id, whoId: w.id, props: properties(it)}] AS items`;

export interface ItemTieRow {
  id: string;
  since: string | null;
  planItemId: string | null;
}

/** The SUPPORTS ties plan items stand on, by id (through the tie id index). */
export const supportsByIds = `UNWIND $ids AS tieId
MATCH ()-[r:SUPPORTS {id: tieId}]->()
RETURN r.id AS id, r.since AS since, r.planItemId AS planItemId`;

export interface MonitoringExportRow {
  id: string;
  caseId: string;
  props: Record<string, unknown>;
}

export const monitoringOf = `UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:HAS_MONITORING]->(m:Monitoring)
RETURN m.id AS id, caseId, properties(m) AS props`;

export interface MeetingExportRow {
  id: string;
  councilId: string;
  props: Record<string, unknown>;
  attendees: string[];
  agenda: { caseId: string; position: number | null; decision: string | null; revised: string[] }[];
}

export const meetingsInScope = `MATCH (m:Meeting)-[:OF]->(c:Council)
WHERE $all OR c.id IN $councilIds
RETURN m.id AS id, c.id AS councilId, properties(m) AS props,
       [(m)-[:ATTENDED_BY]->(x) | x.id] AS attendees,
       [(m)-[d:DISCUSSED]->(k:Case) | {caseId: k.id, position: d.position, decision: d.decision,
                                       revised: ${revisedOf('m', 'd', 'k')}}] AS agenda`;
