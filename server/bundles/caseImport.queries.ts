/**
 * The Cypher of importing the support files, in the graph shape the server writes (cases/case.queries.ts,
 * cases/plan.queries.ts, meetings/meeting.queries.ts): each record merged by id, its edges to the town and to its
 * parent record set to exactly what the bundle gives. Each statement takes a batch of rows: `UNWIND $rows`.
 */
import { sameSinceCypher } from '../vocabulary/tiePredicates.js';

/** Binds `n` to the Person, Household or Organization `row.<field>` names (no row when none does). */
function party(field: string): string {
  return `CALL (row) {
  MATCH (n:Person {id: row.${field}}) RETURN n
  UNION
  MATCH (n:Household {id: row.${field}}) RETURN n
  UNION
  MATCH (n:Organization {id: row.${field}}) RETURN n
}`;
}

/** A case and its subject: `row.props` set (a null removes the property), CONCERNS pointing at the subject alone. */
export const mergeCases = `UNWIND $rows AS row
MERGE (c:Case {id: row.id})
SET c += row.props, c.subjectId = row.subjectId
WITH c, row
CALL (c) {
  MATCH (c)-[old:CONCERNS]->()
  DELETE old
}
WITH c, row
${party('subjectId')}
CREATE (c)-[:CONCERNS]->(n)`;

/** Sets the edges of one type from each case or meeting (`row.id`) to exactly the people and organizations `row.ids`. */
export function replaceLinks(label: 'Case' | 'Meeting', type: 'ON_TEAM' | 'REFERRED_BY' | 'ATTENDED_BY'): string {
  return `UNWIND $rows AS row
MATCH (x:${label} {id: row.id})
CALL (x) {
  MATCH (x)-[old:${type}]->()
  DELETE old
}
WITH x, row
CALL (x, row) {
  UNWIND row.ids AS id
  CALL (id) {
    MATCH (n:Person {id: id}) RETURN n
    UNION
    MATCH (n:Organization {id: id}) RETURN n
  }
  MERGE (x)-[:${type}]->(n)
}`;
}

/** The キーパーソン history of each case (`row.id`): its terms (`row.terms`) and no others. */
export const replaceKeyPersons = `UNWIND $rows AS row
MATCH (c:Case {id: row.id})
CALL (c) {
  MATCH (c)-[old:KEY_PERSON]->()
  DELETE old
}
WITH c, row
UNWIND row.terms AS term
MATCH (p:Person {id: term.personId})
CREATE (c)-[:KEY_PERSON {since: term.since, until: term.until, by: term.by, decidedAt: term.decidedAt}]->(p)`;

/** A plan version, under its case alone. */
export const mergePlans = `UNWIND $rows AS row
MERGE (pl:Plan {id: row.id})
SET pl += row.props
WITH pl, row
CALL (pl) {
  MATCH (:Case)-[old:HAS_PLAN]->(pl)
  DELETE old
}
WITH pl, row
MATCH (c:Case {id: row.caseId})
CREATE (c)-[:HAS_PLAN]->(pl)`;

/** A plan item, in its plan alone, done BY the one it names. */
export const mergePlanItems = `UNWIND $rows AS row
MERGE (it:PlanItem {id: row.id})
SET it += row.props
WITH it, row
CALL (it) {
  MATCH (:Plan)-[old:HAS_ITEM]->(it)
  DELETE old
}
CALL (it) {
  MATCH (it)-[old:BY]->()
  DELETE old
}
WITH it, row
MATCH (pl:Plan {id: row.planId})
CREATE (pl)-[:HAS_ITEM]->(it)
WITH it, row
${party('whoId')}
CREATE (it)-[:BY]->(n)`;

/**
 * The SUPPORTS tie each item stands on (from `row.whoId` to the subject, since `row.since`): its id becomes the
 * item's `tieId`, and a tie the item MADE carries the item and its case, as revisePlan writes them.
 */
export const linkItemTies = `UNWIND $rows AS row
MATCH (it:PlanItem {id: row.id})
CALL (row) {
  MATCH (a:Organization {id: row.whoId}) RETURN a
  UNION
  MATCH (a:Person {id: row.whoId}) RETURN a
}
MATCH (a)-[r:SUPPORTS]->(b)
WHERE b.id = row.subjectId AND ${sameSinceCypher('r', 'row.since')}
WITH it, row, head(collect(r)) AS r
SET it.tieId = r.id
FOREACH (_ IN CASE WHEN row.made THEN [1] ELSE [] END |
  SET r.planItemId = row.id, r.caseId = row.caseId
)`;

/** A monitoring record, under its case alone. */
export const mergeMonitoring = `UNWIND $rows AS row
MERGE (m:Monitoring {id: row.id})
SET m += row.props
WITH m, row
CALL (m) {
  MATCH (:Case)-[old:HAS_MONITORING]->(m)
  DELETE old
}
WITH m, row
MATCH (c:Case {id: row.caseId})
CREATE (c)-[:HAS_MONITORING]->(m)`;

/** The outcomes of monitoring records already held (their own rows set them otherwise). */
export const setOutcomes = `UNWIND $rows AS row
MATCH (m:Monitoring {id: row.id})
SET m.outcomeItemIds = row.itemIds, m.outcomes = row.outcomes`;

/** A meeting of its council alone (`councilId` is also kept on the meeting, as recordMeeting does). */
export const mergeMeetings = `UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m += row.props, m.councilId = row.councilId
WITH m, row
CALL (m) {
  MATCH (m)-[old:OF]->()
  DELETE old
}
WITH m, row
MATCH (c:Council {id: row.councilId})
CREATE (m)-[:OF]->(c)`;

/** The agenda of each meeting (`row.id`): its cases (`row.items`) and no others. */
export const replaceAgenda = `UNWIND $rows AS row
MATCH (m:Meeting {id: row.id})
CALL (m) {
  MATCH (m)-[old:DISCUSSED]->()
  DELETE old
}
WITH m, row
UNWIND row.items AS item
MATCH (k:Case {id: item.caseId})
CREATE (m)-[:DISCUSSED {decision: item.decision, position: item.position, revised: item.revised}]->(k)`;

/** The people the cases are about: a subject person, or the members of a subject household. */
export const peopleOfCases = `UNWIND $caseIds AS caseId
MATCH (:Case {id: caseId})-[:CONCERNS]->(s)
CALL (s) {
  MATCH (s:Person) RETURN s.id AS personId
  UNION
  MATCH (m:Person)-[:MEMBER_OF]->(s:Household) RETURN m.id AS personId
}
RETURN collect(DISTINCT personId) AS ids`;
