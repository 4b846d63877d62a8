/**
 * What every write to a match shares: the match as the viewer may change it, the dates it may carry, and the
 * audited transaction (the match before → after).
 */
import { auditedWrite, type ChangeRecord, type Snapshot } from '../audit/changes.js';
import { assertMayEdit, assertMayWrite } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { today } from '../shared/dates.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { TieEnds } from '../ties/tie.access.js';
import * as q from './match.queries.js';
import { stepDateProblem } from './match.rules.js';

/**
 * The match, when the viewer sees its person in detail and may write where the person lies; else the answer an
 * unknown match gets (NOT_FOUND), or FORBIDDEN for a match they see outside their areas or a role that only reads.
 */
export async function matchForWrite(graph: Graph, viewer: Viewer, id: string, action: string): Promise<q.MatchRow> {
  const [row] = await graph.read<q.MatchRow>(q.matchesByIds, { ids: [id] });
  if (!row) throw new NotFoundError('Match', id);
  const ends = await TieEnds.of(graph, viewer, [row.props.personId], action);
  if (ends.accessOf(row.props.personId) !== 'DETAILS') throw new NotFoundError('Match', id);
  assertMayEdit(viewer);
  assertMayWrite(viewer, [ends.touched(row.props.personId)]);
  return row;
}

/** A date of something that has happened: given or today, never after today, never before `notBefore`. */
export function happenedOn(
  field: string,
  value: string | null | undefined,
  notBefore?: { date: string; what: string },
): string {
  const now = today();
  const date = optionalDate(field, value?.trim()) ?? now;
  const problem = stepDateProblem(field, date, { today: now, ...(notBefore ? { notBefore } : {}) });
  if (problem) throw new BadInputError(problem, field);
  return date;
}

/** A date to come (a next follow-up): not before `from`. */
export function laterDate(field: string, value: string | null | undefined, from: { date: string; what: string }) {
  const date = optionalDate(field, value?.trim());
  if (date !== null && date < from.date) {
    throw new BadInputError(`${field} (${date}) is before ${from.what} (${from.date})`, field);
  }
  return date;
}

/** Free text of a match, trimmed and bounded. */
export function text(field: string, value: string | null | undefined, max = 2000): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new BadInputError(`${field} is longer than ${max} characters`, field);
  return trimmed || null;
}

/** What the audit log keeps of a match: its own fields and how many follow-ups it has. */
export async function matchSnapshot(tx: GraphTx | Graph, id: string): Promise<Snapshot> {
  const rows =
    'read' in tx
      ? await tx.read<q.MatchRow>(q.matchesByIds, { ids: [id] })
      : await tx.run<q.MatchRow>(q.matchesByIds, { ids: [id] });
  const row = rows[0];
  if (!row) return null;
  return { ...row.props, followUpCount: row.followUps.length };
}

/** Runs a change to a match and records it (before → after) in the same transaction. */
export async function writeMatch(
  graph: Graph,
  viewer: Viewer,
  record: Omit<ChangeRecord, 'entity'>,
  before: Snapshot,
  work: (tx: GraphTx) => Promise<void>,
): Promise<void> {
  await auditedWrite(graph, viewer, { ...record, entity: 'Match' }, before, async (tx) => {
    await work(tx);
    return matchSnapshot(tx, record.entityId);
  });
}
