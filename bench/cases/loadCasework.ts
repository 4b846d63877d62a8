/**
 * Loads the generated town's casework (seed/generator/casework.ts) into the database in the shape the server
 * writes (server/cases/case.queries.ts, plan.queries.ts, server/meetings/meeting.queries.ts), in batches of plain
 * UNWIND writes. A bench fixture: the product imports cases through the town bundle once it has files for them.
 * Plan items here make no SUPPORTS ties (the bundle's ties are the town's ties).
 */
import type { CaseRecord, MeetingRecord } from '../../seed/generator/cases.js';
import type { Graph } from '../../server/graph/graph.js';

const batchSize = 1000;

const createCases = `
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Person {id: row.subjectId}) RETURN s
  UNION
  MATCH (s:Household {id: row.subjectId}) RETURN s
}
CREATE (c:Case {id: row.id, subjectId: row.subjectId})-[:CONCERNS]->(s)
SET c += row.props
WITH c, row
CALL (c, row) {
  UNWIND row.teamIds AS teamId
  MATCH (o:Organization {id: teamId})
  MERGE (c)-[:ON_TEAM]->(o)
}
CALL (c, row) {
  MATCH (k:Person {id: row.keyPersonId})
  CREATE (c)-[:KEY_PERSON {since: row.props.openedOn, until: null, by: row.props.openedBy}]->(k)
}
RETURN count(c) AS cases`;

const createPlans = `
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
CREATE (c)-[:HAS_PLAN]->(pl:Plan)
SET pl = row.plan
WITH pl, row
UNWIND row.items AS item
MATCH (o:Organization {id: item.whoId})
CREATE (pl)-[:HAS_ITEM]->(it:PlanItem)-[:BY]->(o)
SET it = item
RETURN count(it) AS items`;

const createMonitoring = `
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
CREATE (c)-[:HAS_MONITORING]->(m:Monitoring)
SET m = row.props
RETURN count(m) AS records`;

const createMeetings = `
UNWIND $rows AS row
MATCH (k:Council {id: row.props.councilId})
CREATE (m:Meeting)-[:OF]->(k)
SET m = row.props
WITH m, row
CALL (m, row) {
  UNWIND row.attendeeIds AS attendeeId
  MATCH (o:Organization {id: attendeeId})
  CREATE (m)-[:ATTENDED_BY]->(o)
}
CALL (m, row) {
  UNWIND row.agenda AS item
  MATCH (c:Case {id: item.caseId})
  CREATE (m)-[:DISCUSSED {decision: item.decision, position: item.position}]->(c)
}
RETURN count(m) AS meetings`;

async function inBatches<T>(graph: Graph, cypher: string, rows: readonly T[]): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    await graph.write(cypher, { rows: rows.slice(start, start + batchSize) });
  }
}

const at = (date: string) => `${date}T09:00:00.000Z`;

export async function loadCasework(
  graph: Graph,
  casework: { cases: readonly CaseRecord[]; meetings: readonly MeetingRecord[] },
): Promise<void> {
  const { cases, meetings } = casework;
  await inBatches(
    graph,
    createCases,
    cases.map((c) => ({
      id: c.id,
      subjectId: c.subjectId,
      teamIds: c.teamIds,
      keyPersonId: c.keyPersonId,
      props: {
        status: c.status,
        openedOn: c.openedOn,
        openedBy: c.openedBy,
        createdAt: at(c.openedOn),
        route: c.route,
        direction: c.direction,
        reviewOn: c.reviewOn,
        closedOn: c.closedOn,
        closeReason: c.closeReason,
        followUpOn: c.followUpOn,
        followUpDoneOn: c.followUpDoneOn,
      },
    })),
  );
  await inBatches(
    graph,
    createPlans,
    cases.flatMap((c) => c.plans.map(({ items, ...plan }) => ({ caseId: c.id, plan: { ...plan, note: null }, items }))),
  );
  await inBatches(
    graph,
    createMonitoring,
    cases.flatMap((c) => c.monitoring.map((m) => ({ caseId: c.id, props: { ...m, recordedAt: at(m.on) } }))),
  );
  await inBatches(
    graph,
    createMeetings,
    meetings.map(({ attendeeIds, agenda, ...props }) => ({
      attendeeIds,
      agenda,
      props: { ...props, recordedAt: at(props.on) },
    })),
  );
}
