/** Ties: validated against the tie rules, and guarded by the policy when a person is at either end. */
import { randomUUID } from 'node:crypto';
import { assertPersonDetails, audit } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { type KindRow, requireKind } from '../graph/lookup.js';
import { getPersonFacts } from '../people/personFacts.js';
import { today } from '../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { readCode, strengths } from '../vocabulary/codes.js';
import { entityKinds, readTieType, tieEndsProblem, tieTypes } from '../vocabulary/ties.js';
import type { TieInput, TieUpdate } from './tie.input.js';
import * as q from './tie.queries.js';
import type { Tie } from './tie.type.js';

const tieEnds = entityKinds.filter((kind) => kind !== 'Area');

function readStrength(value: string | null | undefined): string {
  if (!value) return 'NORMAL';
  const code = readCode(strengths, value);
  if (!code) throw new BadInputError(`strength "${value}" is not STRONG, NORMAL, WEAK or STRAINED`, { field: 'strength' });
  return code;
}

function checkPeriod(since: string | null, until: string | null) {
  if (since && until && until < since) {
    throw new BadInputError(`until (${until}) comes before since (${since})`, { field: 'until' });
  }
}

/** A viewer touches a tie only if they may see the details of every person at its ends. */
async function guardEnds(graph: Graph, viewer: Viewer, ends: { id: string; label: string }[]) {
  for (const end of ends) {
    if (end.label !== 'Person') continue;
    const facts = await getPersonFacts(graph, end.id);
    if (facts) assertPersonDetails(viewer, facts, end.id);
  }
}

async function loadTie(graph: Graph, viewer: Viewer, id: string): Promise<q.TieRow> {
  const [row] = await graph.read<q.TieRow>(q.getTie, { id });
  if (!row) throw new NotFoundError('Tie', id);
  const [source, target] = await Promise.all([requireKind(graph, row.sourceId, tieEnds, 'sourceId'), requireKind(graph, row.targetId, tieEnds, 'targetId')]);
  await guardEnds(graph, viewer, [{ id: row.sourceId, label: source.label }, { id: row.targetId, label: target.label }]);
  return row;
}

export async function tiesOf(graph: Graph, viewer: Viewer, id: string): Promise<Tie[]> {
  const node: KindRow = await requireKind(graph, id, tieEnds, 'id');
  await guardEnds(graph, viewer, [{ id, label: node.label }]);
  const rows = await graph.read<q.TieRow>(q.tiesOf(node.label), { id });
  if (node.label === 'Person') await audit(graph, viewer, 'ties', [id]);
  const date = today();
  return rows.map((row) => q.toTie(row, date));
}

export async function createTie(graph: Graph, viewer: Viewer, input: TieInput): Promise<Tie> {
  const type = readTieType(input.type);
  if (!type) throw new BadInputError(`"${input.type}" is not a tie type; use one of ${tieTypes.join(', ')}`, { field: 'type' });
  const source = await requireKind(graph, input.sourceId, tieEnds, 'sourceId');
  const target = await requireKind(graph, input.targetId, tieEnds, 'targetId');
  const problem = tieEndsProblem(type, source.label, target.label);
  if (problem) throw new BadInputError(problem, { field: 'type' });
  if (input.sourceId === input.targetId) throw new BadInputError('a tie joins two different entities', { field: 'targetId' });
  await guardEnds(graph, viewer, [{ id: input.sourceId, label: source.label }, { id: input.targetId, label: target.label }]);
  const since = optionalDate('since', input.since);
  const until = optionalDate('until', input.until);
  checkPeriod(since, until);
  const params = { sourceId: input.sourceId, targetId: input.targetId, since };
  const [same] = await graph.read(q.sameTie(type, source.label, target.label), params);
  if (same) throw new ConflictError(`this ${type} tie exists already (same ends and since)`);
  const id = randomUUID();
  await graph.write(q.createTie(type, source.label, target.label), {
    ...params,
    id,
    until,
    strength: readStrength(input.strength),
    note: input.note?.trim() || null,
  });
  return q.toTie((await graph.read<q.TieRow>(q.getTie, { id }))[0], today());
}

export async function updateTie(graph: Graph, viewer: Viewer, id: string, input: TieUpdate): Promise<Tie> {
  const row = await loadTie(graph, viewer, id);
  const properties: Record<string, unknown> = {};
  if (input.since != null) properties.since = optionalDate('since', input.since);
  if (input.until != null) properties.until = optionalDate('until', input.until);
  if (input.strength != null) properties.strength = readStrength(input.strength);
  if (input.note != null) properties.note = input.note.trim() || null;
  checkPeriod(
    (properties.since !== undefined ? properties.since : row.since) as string | null,
    (properties.until !== undefined ? properties.until : row.until) as string | null,
  );
  await graph.write(q.updateTie(row.type), { id, properties });
  return q.toTie((await graph.read<q.TieRow>(q.getTie, { id }))[0], today());
}

/** Deletes a tie recorded by mistake; a tie that ended is ended with `until`, not deleted. */
export async function deleteTie(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  const row = await loadTie(graph, viewer, id);
  await graph.write(q.deleteTie(row.type), { id });
  return true;
}
