/**
 * Cypher for meetings: `(m:Meeting)-[:OF]->(:Council)`, `-[:ATTENDED_BY]->(Person|Organization)`,
 * `-[:DISCUSSED {decision, position, revised}]->(:Case)`. The consent of each case's subject is read with the meeting, so
 * that the basis decides what the agenda shows without a second look.
 */

import type { PartyRow } from '../cases/case.queries.js';
import { nodesNamed } from '../graph/lookup.js';
import type { MeetingBasisCode } from '../vocabulary/caseCodes.js';

export interface MeetingRow {
  id: string;
  councilId: string;
  councilName: string;
  on: string;
  basis: MeetingBasisCode;
  minutes: string | null;
  nextOn: string | null;
  recordedBy: string;
  attendees: PartyRow[];
  agenda: {
    caseId: string;
    subjectId: string;
    decision: string | null;
    revised: string[] | null;
    position: number;
    consents: (string | null)[];
  }[];
}

/**
 * What the meeting `m` changed in the case `k` (agenda item `d`): the revisions stored with the item (team, 方針)
 * and those the case's records name the meeting for (a plan version, a キーパーソン term), so that each is kept once.
 */
export function revisedOf(m: string, d: string, k: string): string {
  return `coalesce(${d}.revised, [])
     + CASE WHEN EXISTS { (${k})-[:HAS_PLAN]->(pl:Plan) WHERE pl.decidedAt = ${m}.id } THEN ['PLAN'] ELSE [] END
     + CASE WHEN EXISTS { (${k})-[r:KEY_PERSON]->() WHERE r.decidedAt = ${m}.id } THEN ['KEY_PERSON'] ELSE [] END`;
}

const columns = `m.id AS id, c.id AS councilId, c.name AS councilName, m.on AS on, m.basis AS basis,
  m.minutes AS minutes, m.nextOn AS nextOn, m.recordedBy AS recordedBy,
  [(m)-[:ATTENDED_BY]->(x) | {id: x.id, name: x.name, kind: head([l IN labels(x) WHERE l IN ['Person', 'Organization']])}] AS attendees,
  [(m)-[d:DISCUSSED]->(k:Case)-[:CONCERNS]->(s) | {caseId: k.id, subjectId: s.id, decision: d.decision, revised: ${revisedOf('m', 'd', 'k')}, position: d.position,
     consents: CASE WHEN s:Person THEN [s.consent] ELSE [(s)<-[:MEMBER_OF]-(p:Person) | p.consent] END}] AS agenda`;

export const meetingsOf = `
MATCH (m:Meeting)-[:OF]->(c:Council {id: $councilId})
WHERE ($from IS NULL OR m.on >= $from) AND ($to IS NULL OR m.on <= $to)
RETURN ${columns}
ORDER BY on DESC, id`;

export const meetingById = `
MATCH (m:Meeting {id: $id})-[:OF]->(c:Council)
RETURN ${columns}`;

export const createMeeting = `
MATCH (c:Council {id: $councilId})
CREATE (m:Meeting)-[:OF]->(c)
SET m = $props
RETURN m.id AS id`;

export const addAttendees = `
MATCH (m:Meeting {id: $id})
WITH m
${nodesNamed(['Person', 'Organization'])}
MERGE (m)-[:ATTENDED_BY]->(n)
RETURN count(*) AS attendees`;

export const addAgenda = `
MATCH (m:Meeting {id: $id})
UNWIND $agenda AS item
MATCH (k:Case {id: item.caseId})
CREATE (m)-[:DISCUSSED {decision: item.decision, position: item.position}]->(k)
RETURN count(*) AS items`;

/** The meetings that discussed a case, with their councils. */
export const meetingsOfCase = `
MATCH (m:Meeting)-[d:DISCUSSED]->(k:Case {id: $caseId})
MATCH (m)-[:OF]->(c:Council)
RETURN m.id AS meetingId, c.id AS councilId, c.name AS councilName, m.on AS on, m.basis AS basis,
       d.decision AS decision, ${revisedOf('m', 'd', 'k')} AS revised,
       head([(k)-[:HAS_PLAN]->(pl:Plan) WHERE pl.decidedAt = m.id | pl.version]) AS planVersion
ORDER BY on DESC, meetingId`;

export interface CaseMeetingRow {
  meetingId: string;
  councilId: string;
  councilName: string;
  on: string;
  basis: MeetingBasisCode;
  decision: string | null;
  revised: string[];
  planVersion: number | null;
}

/** A meeting, its council and whether the case was on its agenda (no row: no such meeting). */
export const meetingForDecision = `
MATCH (m:Meeting {id: $meetingId})-[:OF]->(c:Council)
RETURN m.on AS on, c.id AS councilId, EXISTS { (m)-[:DISCUSSED]->(:Case {id: $caseId}) } AS discussed`;

/**
 * Adds to the agenda item what a decision of the meeting changed that no record names the meeting for (the team,
 * the 方針); a plan version and a キーパーソン term carry `decidedAt` themselves.
 */
export const markRevised = `
MATCH (:Meeting {id: $meetingId})-[d:DISCUSSED]->(:Case {id: $caseId})
SET d.revised = [x IN coalesce(d.revised, []) WHERE NOT x IN $revised] + $revised
RETURN count(d) AS marked`;
