/**
 * Imports an HSDS tabular package into an area, all or nothing: the package is read and checked (every broken
 * reference and missing value located at file:line:column), mapped (plan.ts), checked against the write policy
 * (ADMIN, or a coordinator whose areas hold every place and served area it touches) and written in one
 * transaction with its change record (auditedWrite: every organization and hub before → after). Each node keeps
 * the HSDS id and the package it came from, so a second import of the package updates what the first made.
 */
import { auditedWrite } from '../../audit/changes.js';
import { assertAreaAccess, assertMayEdit, assertMayWrite, type Touched } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import { BundleInvalidError, type BundleProblem, IdTakenError, NotFoundError } from '../../shared/errors.js';
import { hsdsIdOf } from '../ids.js';
import * as q from './import.queries.js';
import { type ImportPlan, planImport } from './plan.js';
import { readHsdsFolder } from './read.js';
import { checkReferences } from './references.js';
import { checkRequiredValues } from './requiredValues.js';

export interface HsdsImportCounts {
  organizations: { created: number; updated: number };
  hubs: { created: number; updated: number };
  /** RUNS ties made (an organization delivering a hub's service) */
  runs: number;
}

/** Our node for each HSDS id: one an import made (its kept id), or one an export wrote (its name-based UUID). */
async function knownNodes(graph: Graph): Promise<Map<string, q.CandidateRow>> {
  const known = new Map<string, q.CandidateRow>();
  for (const row of await graph.read<q.CandidateRow>(q.candidates)) {
    known.set(hsdsIdOf(row.label === 'Hub' ? 'hub-location' : 'organization', row.id), row);
    if (row.hsdsId) known.set(row.hsdsId, row);
  }
  return known;
}

async function snapshotsOf(tx: { run: Graph['read'] }, ids: string[]): Promise<Record<string, unknown>> {
  const rows = await tx.run<q.SnapshotRow>(q.snapshots, { ids, asOf: today() });
  return Object.fromEntries(rows.sort((a, b) => (a.id < b.id ? -1 : 1)).map((row) => [row.id, row.snapshot]));
}

/** File, then line, then column: the order a reader fixes them in. */
function byPlace(a: BundleProblem, b: BundleProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export async function importHsdsFolder(
  graph: Graph,
  viewer: Viewer,
  folder: string,
  areaId: string,
): Promise<HsdsImportCounts> {
  assertMayEdit(viewer);
  assertAreaAccess(viewer, areaId);
  const [scopeRow] = await graph.read<q.ScopeRow>(q.areaScope, { areaId });
  if (!scopeRow) throw new NotFoundError('Area', areaId);
  const read = await readHsdsFolder(folder);
  const problems = [...read.problems, ...checkReferences(read.tables), ...checkRequiredValues(read.tables)];
  if (problems.length > 0) throw new BundleInvalidError(problems.sort(byPlace));
  const scope = {
    areaId,
    municipality: new Map(scopeRow.municipality.map((a) => [a.id, a.name])),
  };
  const { plan, problems: planProblems } = planImport(read.tables, scope);
  if (planProblems.length > 0) throw new BundleInvalidError(planProblems);
  return write(graph, viewer, plan, read.source, areaId);
}

async function write(
  graph: Graph,
  viewer: Viewer,
  plan: ImportPlan,
  source: string,
  areaId: string,
): Promise<HsdsImportCounts> {
  const known = await knownNodes(graph);
  // a new node's own id is its HSDS id under a prefix of its own: a package naming a resident's id as an
  // organization's cannot learn from the answer whether that resident exists (an attacker's review)
  const idOf = (hsdsId: string) => known.get(hsdsId)?.id ?? `hsds-${hsdsId}`;
  const fresh = [...plan.organizations, ...plan.hubs].filter((n) => !known.has(n.hsdsId)).map((n) => idOf(n.hsdsId));
  const [taken] = await graph.read<{ id: string }>(q.takenIds, { ids: fresh });
  if (taken) throw new IdTakenError(taken.id, 'id');
  // a new organization the package places nowhere lies in the import's area
  const organizations = plan.organizations.map((o) => {
    const id = idOf(o.hsdsId);
    return { ...o, id, areaId: o.areaId ?? (known.has(o.hsdsId) ? null : areaId) };
  });
  const hubs = plan.hubs.map((h) => ({ ...h, id: idOf(h.hsdsId) }));
  const ids = [...organizations.map((o) => o.id), ...hubs.map((h) => h.id)];
  const before = await graph.transaction((tx) => snapshotsOf(tx, ids), 'READ');
  const areasBefore = (id: string) => {
    const snapshot = before[id] as { area?: string | null; serves?: string[] } | undefined;
    return [snapshot?.area, ...(snapshot?.serves ?? [])].filter((a): a is string => typeof a === 'string');
  };
  const touched: Touched[] = [
    ...organizations.map((o) => ({
      what: `the organization "${o.name}"`,
      areas: [...new Set([o.areaId, ...(o.serves ?? []), ...areasBefore(o.id)].filter((a) => a !== null))],
    })),
    ...hubs.map((h) => ({ what: `the hub "${h.name}"`, areas: [...new Set([h.areaId, ...areasBefore(h.id)])] })),
  ];
  assertMayWrite(viewer, touched);
  const runs = hubs.flatMap((h) => h.operators.map((o) => ({ organizationId: idOf(o), hubId: h.id })));
  const asOf = today();
  const record = { action: 'importHsds', entity: 'HsdsPackage', entityId: source };
  let made = 0;
  await auditedWrite(graph, viewer, record, before, async (tx) => {
    await tx.run(q.saveOrganizations, { rows: organizations, source, asOf });
    await tx.run(q.saveHubs, { rows: hubs, source, asOf });
    const [row] = await tx.run<{ created: number }>(q.saveRuns, { rows: runs, asOf });
    made = row?.created ?? 0;
    return snapshotsOf(tx, ids);
  });
  const count = (list: { id: string }[]) => ({
    created: list.filter((n) => !(n.id in before)).length,
    updated: list.filter((n) => n.id in before).length,
  });
  return { organizations: count(organizations), hubs: count(hubs), runs: made };
}
