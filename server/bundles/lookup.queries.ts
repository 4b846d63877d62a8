/**
 * What the database already holds among the ids a bundle defines or names: each id's label, and an area's tier;
 * the support records with their case; the SUPPORTS ties plan items stand on.
 */
import type { GraphTx } from '../graph/graph.js';
import type { Tier } from '../vocabulary/codes.js';
import { sameSinceCypher } from '../vocabulary/tiePredicates.js';
import { entityKinds } from '../vocabulary/ties.js';
import type { RecordLabel } from './bundle.types.js';
import type { ExistingNode, ExistingRecord } from './rules/rule.types.js';

interface ExistingRow {
  id: string;
  tier: Tier | null;
  roles: string[] | null;
}

/** One statement per label, from the fixed list, so that each lookup uses the label's unique id index. */
const statements = entityKinds.map((label) => ({
  label,
  // answered from the count store, without reading nodes
  any: `MATCH (n:${label}) RETURN count(n) > 0 AS any`,
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n.tier AS tier, n.roles AS roles`,
}));

export async function findExisting(tx: GraphTx, ids: readonly string[]): Promise<Map<string, ExistingNode>> {
  const existing = new Map<string, ExistingNode>();
  if (ids.length === 0) return existing;
  for (const { label, any, cypher } of statements) {
    const [{ any: hasAny }] = await tx.run<{ any: boolean }>(any);
    if (!hasAny) continue; // a first import into an empty database looks nothing up
    for (const row of await tx.run<ExistingRow>(cypher, { ids })) {
      existing.set(row.id, {
        kind: label,
        tier: label === 'Area' ? row.tier : null,
        ...(label === 'Person' ? { roles: row.roles ?? [] } : {}),
      });
    }
  }
  return existing;
}

interface RecordRow {
  id: string;
  caseId: string | null;
  subjectId: string | null;
  openedOn: string | null;
  closedOn: string | null;
}

/** The case of each support record label, bound to `c` (a meeting belongs to none). */
const caseOfRecord: Record<RecordLabel, string> = {
  Case: 'MATCH (r:Case {id: id}) WITH r, r AS c',
  Plan: 'MATCH (c:Case)-[:HAS_PLAN]->(r:Plan {id: id})',
  PlanItem: 'MATCH (c:Case)-[:HAS_PLAN]->(:Plan)-[:HAS_ITEM]->(r:PlanItem {id: id})',
  Monitoring: 'MATCH (c:Case)-[:HAS_MONITORING]->(r:Monitoring {id: id})',
  Meeting: 'MATCH (r:Meeting {id: id}) WITH r, null AS c',
};

const recordStatements = (Object.keys(caseOfRecord) as RecordLabel[]).map((label) => ({
  label,
  any: `MATCH (n:${label}) RETURN count(n) > 0 AS any`,
  cypher: `UNWIND $ids AS id
${caseOfRecord[label]}
RETURN r.id AS id, c.id AS caseId, c.subjectId AS subjectId, c.openedOn AS openedOn, c.closedOn AS closedOn`,
}));

/**
 * The support records (cases, plans, items, monitoring, meetings) the database holds among the ids, each with its
 * case; the case of each is also given as a record of its own, so that its subject and dates are known.
 */
export async function findExistingRecords(tx: GraphTx, ids: readonly string[]): Promise<Map<string, ExistingRecord>> {
  const existing = new Map<string, ExistingRecord>();
  if (ids.length === 0) return existing;
  for (const { label, any, cypher } of recordStatements) {
    const [{ any: hasAny }] = await tx.run<{ any: boolean }>(any);
    if (!hasAny) continue;
    for (const row of await tx.run<RecordRow>(cypher, { ids })) {
      const facts = { subjectId: row.subjectId, openedOn: row.openedOn, closedOn: row.closedOn };
      existing.set(row.id, { label, caseId: row.caseId, ...facts });
      if (row.caseId && !existing.has(row.caseId))
        existing.set(row.caseId, { label: 'Case', caseId: row.caseId, ...facts });
    }
  }
  return existing;
}

/** A SUPPORTS tie a plan item names: from who does it to the case's subject, known by its since. */
export interface SupportRef {
  from: string;
  to: string;
  since: string | null;
}

const supportsHeld = `UNWIND $rows AS row
CALL (row) {
  MATCH (a:Organization {id: row.from}) RETURN a
  UNION
  MATCH (a:Person {id: row.from}) RETURN a
}
MATCH (a)-[r:SUPPORTS]->(b)
WHERE b.id = row.to AND ${sameSinceCypher('r', 'row.since')}
RETURN DISTINCT row.from AS from, row.to AS to, row.since AS since`;

/** Which of the SUPPORTS ties the database holds. */
export async function findExistingSupports(tx: GraphTx, refs: readonly SupportRef[]): Promise<SupportRef[]> {
  if (refs.length === 0) return [];
  return tx.run<SupportRef>(supportsHeld, { rows: refs });
}
