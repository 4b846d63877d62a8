/** Ties: validated against the tie rules, shown through the disclosure step, changed under the write policy, audited. */
import { randomUUID } from 'node:crypto';
import { auditedWrite } from '../audit/changes.js';
import { assertMayWrite } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { today } from '../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { readCode, strengths } from '../vocabulary/codes.js';
import { endsBeforeItBegins } from '../vocabulary/tiePredicates.js';
import { readTieType, tieEndsProblem, tieTypes } from '../vocabulary/ties.js';
import { TieEnds } from './tie.access.js';
import type { TieInput, TieUpdate } from './tie.input.js';
import * as q from './tie.queries.js';
import type { Tie } from './tie.type.js';

function readStrength(value: string | null | undefined): string {
  if (!value) return 'NORMAL';
  const code = readCode(strengths, value);
  if (!code) throw new BadInputError(`strength "${value}" is not STRONG, NORMAL, WEAK or STRAINED`, 'strength');
  return code;
}

function checkPeriod(since: string | null, until: string | null) {
  if (endsBeforeItBegins({ since, until })) {
    throw new BadInputError(`until (${until}) comes before since (${since})`, 'until');
  }
}

/** The people at a tie's ends, for the audit log's "changes to this person". */
function personEnds(ends: TieEnds, row: { sourceId: string; targetId: string }): string[] {
  return [row.sourceId, row.targetId].filter((id) => ends.row(id)?.label === 'Person');
}

function snapshot(row: q.TieRow | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { sourceRoles: _roles, sourceName: _source, targetName: _target, ...rest } = row;
  return rest;
}

/** A tie the viewer may change: it exists, and both its ends are seen in detail and lie inside the viewer's areas. */
async function loadForWrite(graph: Graph, viewer: Viewer, id: string, action: string) {
  const [row] = await graph.read<q.TieRow>(q.getTie, { id });
  if (!row) throw new NotFoundError('Tie', id);
  const ends = await TieEnds.of(graph, viewer, [row.sourceId, row.targetId], action);
  // a tie to someone the viewer may not see is, to them, no tie at all
  if (ends.accessOf(row.sourceId) !== 'DETAILS' || ends.accessOf(row.targetId) !== 'DETAILS')
    throw new NotFoundError('Tie', id);
  assertMayWrite(viewer, [ends.touched(row.sourceId), ends.touched(row.targetId)]);
  return { row, ends };
}

export async function tiesOf(graph: Graph, viewer: Viewer, id: string): Promise<Tie[]> {
  const centre = await TieEnds.of(graph, viewer, [id], 'ties');
  const node = centre.requireSeen(id);
  const rows = await graph.read<q.TieRow>(q.tiesOf(node.label), { id });
  const ends = await TieEnds.of(graph, viewer, [id, ...rows.flatMap((row) => [row.sourceId, row.targetId])], 'ties');
  const date = today();
  const shown = rows.flatMap((row) => ends.show(row, date) ?? []);
  await ends.disclosure.record(graph);
  return shown;
}

export async function createTie(graph: Graph, viewer: Viewer, input: TieInput): Promise<Tie> {
  const type = readTieType(input.type);
  if (!type) throw new BadInputError(`"${input.type}" is not a tie type; use one of ${tieTypes.join(', ')}`, 'type');
  const ends = await TieEnds.of(graph, viewer, [input.sourceId, input.targetId], 'createTie');
  const source = ends.requireSeen(input.sourceId);
  const target = ends.requireSeen(input.targetId);
  const problem = tieEndsProblem(type, source.label, target.label);
  if (problem) throw new BadInputError(problem, 'type');
  if (input.sourceId === input.targetId) throw new BadInputError('a tie joins two different entities', 'targetId');
  assertMayWrite(viewer, [ends.touched(input.sourceId), ends.touched(input.targetId)]);
  const since = optionalDate('since', input.since);
  const until = optionalDate('until', input.until);
  checkPeriod(since, until);
  const params = { sourceId: input.sourceId, targetId: input.targetId, since };
  // a symmetric tie (近所, 友人) is found from either end (tieArrowCypher)
  const [same] = await graph.read(q.sameTie(type, source.label, target.label), params);
  if (same) throw new ConflictError(`this ${type} tie exists already (same ends and since)`);
  const id = randomUUID();
  const record = { action: 'createTie', entity: 'Tie', entityId: id, personIds: personEnds(ends, input) };
  await auditedWrite(graph, viewer, record, null, async (tx) => {
    await tx.run(q.createTie(type, source.label, target.label), {
      ...params,
      id,
      until,
      strength: readStrength(input.strength),
      note: input.note?.trim() || null,
    });
    return snapshot((await tx.run<q.TieRow>(q.getTie, { id }))[0]);
  });
  return q.toTie((await graph.read<q.TieRow>(q.getTie, { id }))[0], today());
}

export async function updateTie(graph: Graph, viewer: Viewer, id: string, input: TieUpdate): Promise<Tie> {
  const { row, ends } = await loadForWrite(graph, viewer, id, 'updateTie');
  const properties: Record<string, unknown> = {};
  if (input.since != null) properties.since = optionalDate('since', input.since);
  if (input.until != null) properties.until = optionalDate('until', input.until);
  if (input.strength != null) properties.strength = readStrength(input.strength);
  if (input.note != null) properties.note = input.note.trim() || null;
  checkPeriod(
    (properties.since !== undefined ? properties.since : row.since) as string | null,
    (properties.until !== undefined ? properties.until : row.until) as string | null,
  );
  const record = { action: 'updateTie', entity: 'Tie', entityId: id, personIds: personEnds(ends, row) };
  await auditedWrite(graph, viewer, record, snapshot(row), async (tx) => {
    await tx.run(q.updateTie(row.type), { id, properties });
    return snapshot((await tx.run<q.TieRow>(q.getTie, { id }))[0]);
  });
  return q.toTie((await graph.read<q.TieRow>(q.getTie, { id }))[0], today());
}

/** Deletes a tie recorded by mistake; a tie that ended is ended with `until`, not deleted. */
export async function deleteTie(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  const { row, ends } = await loadForWrite(graph, viewer, id, 'deleteTie');
  const record = { action: 'deleteTie', entity: 'Tie', entityId: id, personIds: personEnds(ends, row) };
  await auditedWrite(graph, viewer, record, snapshot(row), async (tx) => {
    await tx.run(q.deleteTie(row.type), { id });
    return null;
  });
  return true;
}
