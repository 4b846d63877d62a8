/**
 * What every write to a case shares: the case as the viewer may change it, the parties it may name, the dates it
 * may carry, and the audited transaction (the case before → after).
 */
import { auditedWrite, type ChangeRecord, type Snapshot } from '../audit/changes.js';
import { assertMayEdit, assertMayWrite } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { today } from '../shared/dates.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { TieEnds } from '../ties/tie.access.js';
import { type CaseStatusCode, keyPersonRoles } from '../vocabulary/caseCodes.js';
import * as q from './case.queries.js';
import { dateProblem } from './case.rules.js';

export interface CaseHead {
  id: string;
  subjectId: string;
  status: CaseStatusCode;
  openedOn: string;
}

/**
 * The case, when the viewer sees its subject in detail and may write where the subject lies; else the answer an
 * unknown case gets (NOT_FOUND) or FORBIDDEN for a visible case outside their areas.
 */
export async function caseForWrite(graph: Graph, viewer: Viewer, id: string, action: string): Promise<CaseHead> {
  assertMayEdit(viewer);
  const [head] = await graph.read<CaseHead>(q.subjectOfCase, { id });
  if (!head) throw new NotFoundError('Case', id);
  const ends = await TieEnds.of(graph, viewer, [head.subjectId], action);
  if (ends.accessOf(head.subjectId) !== 'DETAILS') throw new NotFoundError('Case', id);
  assertMayWrite(viewer, [ends.touched(head.subjectId)]);
  return head;
}

/** Refuses a change to a closed case. */
export function assertOpen(head: CaseHead, what: string): void {
  if (head.status === 'CLOSED') {
    throw new BadInputError(`the case "${head.id}" is closed (終結): ${what} is not written to a closed case`, 'id');
  }
}

/**
 * The ids must name people or organizations (or, `allowed` says so, only people) the viewer sees in detail;
 * NOT_FOUND for one they do not, BAD_USER_INPUT naming `argument` for one of another kind.
 */
export async function requireParties(
  graph: Graph,
  viewer: Viewer,
  ids: readonly string[],
  argument: string,
  allowed: readonly q.PartyLabel[] = ['Person', 'Organization'],
): Promise<TieEnds> {
  const ends = await TieEnds.of(graph, viewer, [...ids], argument);
  for (const id of ids) {
    const row = ends.requireSeen(id);
    if (!(allowed as readonly string[]).includes(row.label)) {
      throw new BadInputError(`${argument}: "${id}" is a ${row.label}; give a ${allowed.join(' or ')}`, argument);
    }
  }
  return ends;
}

/** The キーパーソン holds the case as a professional: a person with the role PROFESSIONAL, CSW or COORDINATOR. */
export async function requireKeyPerson(graph: Graph, viewer: Viewer, id: string): Promise<void> {
  await requireParties(graph, viewer, [id], 'keyPersonId', ['Person']);
  const [row] = await graph.read<{ roles: string[] }>(q.rolesOf, { ids: [id] });
  if (!row?.roles.some((role) => keyPersonRoles.includes(role))) {
    throw new BadInputError(
      `keyPersonId: "${id}" is no professional (PROFESSIONAL, CSW or COORDINATOR); a キーパーソン holds the case as one`,
      'keyPersonId',
    );
  }
}

/** A date the caller gave, checked against the case's limits; null when not given. */
export function caseDate(
  field: string,
  value: string | null | undefined,
  limits: Parameters<typeof dateProblem>[2],
): string | null {
  const date = optionalDate(field, value?.trim());
  if (date === null) return null;
  const problem = dateProblem(field, date, limits);
  if (problem) throw new BadInputError(problem, field);
  return date;
}

/** A date of something that has happened: given or today, never after today, never before the case opened. */
export function happenedOn(field: string, value: string | null | undefined, openedOn: string | null): string {
  const now = today();
  return (
    caseDate(field, value, {
      notAfterToday: now,
      ...(openedOn ? { notBefore: { date: openedOn, what: 'the case was opened' } } : {}),
    }) ?? now
  );
}

/** What the audit log keeps of a case: its own fields, who is on it, its plan version. */
export async function caseSnapshot(tx: GraphTx | Graph, id: string): Promise<Snapshot> {
  const rows =
    'read' in tx
      ? await tx.read<q.CaseRow>(q.casesByIds, { ids: [id] })
      : await tx.run<q.CaseRow>(q.casesByIds, { ids: [id] });
  const row = rows[0];
  if (!row) return null;
  const current = [...row.plans].sort((a, b) => b.version - a.version)[0];
  return {
    ...row.props,
    subjectId: row.subject.id,
    referrerId: row.referrer?.id ?? null,
    teamIds: row.team.map((p) => p.id).sort(),
    keyPersonId: row.keyTerms.find((t) => !t.until)?.person.id ?? null,
    // the meetings that decided the キーパーソン, the plan, the team or the 方針, as they stand
    keyPersonDecidedAt: row.keyTerms.find((t) => !t.until)?.decidedAt ?? null,
    planVersion: Math.max(0, ...row.plans.map((p) => p.version)),
    planDecidedAt: current?.decidedAt ?? null,
    meetingDecisions: row.decisions.flatMap((d) => d.revised.map((code) => `${d.meetingId}:${code}`)).sort(),
    // the ties the current plan stands on (made by it or found already there)
    planTieIds: current?.items.flatMap((item) => (item.tieId ? [item.tieId] : [])).sort() ?? [],
    monitoringCount: row.monitoring.length,
  };
}

/** Runs a change to a case and records it (before → after) in the same transaction. */
export async function writeCase(
  graph: Graph,
  viewer: Viewer,
  record: Omit<ChangeRecord, 'entity'>,
  work: (tx: GraphTx) => Promise<void>,
): Promise<void> {
  const before = await caseSnapshot(graph, record.entityId);
  await auditedWrite(graph, viewer, { ...record, entity: 'Case' }, before, async (tx) => {
    await work(tx);
    return caseSnapshot(tx, record.entityId);
  });
}
