/** Cases: read through the case policy (case.access.ts) and recorded; opened, changed and closed audited. */
import { randomUUID } from 'node:crypto';
import { auditedWrite } from '../audit/changes.js';
import { assertAreaAccess, assertMayEdit, assertMayWrite } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { markRevised, requireDecidingMeeting } from '../meetings/meeting.decisions.js';
import { today } from '../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { TieEnds } from '../ties/tie.access.js';
import type { CaseRouteCode, CaseStatusCode, MeetingRevisionCode } from '../vocabulary/caseCodes.js';
import { CaseParties, idsOf } from './case.access.js';
import type { CloseCaseInput, OpenCaseInput, UpdateCaseInput } from './case.input.js';
import * as q from './case.queries.js';
import { moveProblem } from './case.rules.js';
import type { SupportCase } from './case.type.js';
import { toCase } from './case.view.js';
import {
  assertOpen,
  caseDate,
  caseForWrite,
  caseSnapshot,
  happenedOn,
  requireKeyPerson,
  requireParties,
  writeCase,
} from './case.write.js';

/** The cases with these ids that the viewer sees, recorded as shown under `action`. */
export async function readCases(graph: Graph, viewer: Viewer, ids: string[], action: string): Promise<SupportCase[]> {
  if (ids.length === 0) return [];
  const rows = await graph.read<q.CaseRow>(q.casesByIds, { ids });
  const parties = await CaseParties.of(graph, viewer, rows.flatMap(idsOf), action);
  const seen = rows.filter((row) => parties.seesSubject(row.subject.id));
  const cases = seen.map((row) => toCase(row, parties));
  await parties.record(
    graph,
    seen.filter((row) => row.subject.kind === 'Household').map((row) => row.subject.id),
  );
  return cases;
}

export interface CaseFilter {
  areaId: string;
  status: CaseStatusCode | null;
  /** cases not closed whose next review is on or before this date */
  reviewDueBefore: string | null;
  /** only the cases of this subject */
  subjectId?: string | null;
}

export async function listCases(graph: Graph, viewer: Viewer, filter: CaseFilter): Promise<SupportCase[]> {
  assertAreaAccess(viewer, filter.areaId);
  const reviewDueBefore = optionalDate('reviewDueBefore', filter.reviewDueBefore);
  const found = await graph.read<{ id: string }>(q.casesInArea, {
    areaId: filter.areaId,
    status: filter.status ?? null,
    reviewDueBefore,
    subjectId: filter.subjectId ?? null,
  });
  return readCases(
    graph,
    viewer,
    found.map((row) => row.id),
    'cases',
  );
}

export async function getCase(graph: Graph, viewer: Viewer, id: string, action = 'case'): Promise<SupportCase> {
  const [found] = await readCases(graph, viewer, [id], action);
  if (!found) throw new NotFoundError('Case', id);
  return found;
}

/** The people a case's subject is (the person, or the household's members), for the audit. */
export async function peopleOf(graph: Graph | GraphTx, subjectId: string): Promise<string[]> {
  const rows =
    'read' in graph
      ? await graph.read<{ ids: string[] }>(q.peopleOfSubject, { id: subjectId })
      : await graph.run<{ ids: string[] }>(q.peopleOfSubject, { id: subjectId });
  return rows[0]?.ids ?? [];
}

/** A new case's id: opaque, so that nothing in it tells whom the case is about. */
export function newCaseId(): string {
  return `case-${randomUUID()}`;
}

/** Writes a new case inside a transaction: the one way a case begins (openCase, accepting a finding). */
export async function createCaseTx(
  tx: GraphTx,
  fields: {
    id: string;
    subjectId: string;
    route: CaseRouteCode;
    openedOn: string;
    openedBy: string;
    referrerId?: string | null;
    referrerNote?: string | null;
    teamIds: string[];
    keyPersonId?: string | null;
    direction?: string | null;
    reviewOn?: string | null;
  },
): Promise<string> {
  const { id } = fields;
  const props = {
    status: 'INTAKE',
    openedOn: fields.openedOn,
    openedBy: fields.openedBy,
    createdAt: new Date().toISOString(),
    route: fields.route,
    referrerNote: fields.referrerNote ?? null,
    direction: fields.direction ?? null,
    reviewOn: fields.reviewOn ?? null,
  };
  const [made] = await tx.run<{ id: string }>(q.createCase, { id, subjectId: fields.subjectId, props });
  if (!made) throw new NotFoundError(['Person', 'Household'], fields.subjectId);
  await tx.run(q.joinTeam, { id, ids: fields.teamIds });
  if (fields.referrerId) await tx.run(q.setReferrer, { id, ids: [fields.referrerId] });
  if (fields.keyPersonId) {
    await tx.run(q.changeKeyPerson, {
      id,
      keyPersonId: fields.keyPersonId,
      today: fields.openedOn,
      by: fields.openedBy,
      decidedAt: null,
    });
  }
  return id;
}

/** The open case of a subject, if there is one (one open case per subject: the team works on one plan). */
export async function openCaseOf(graph: Graph | GraphTx, subjectId: string): Promise<string | undefined> {
  const rows =
    'read' in graph
      ? await graph.read<{ id: string }>(q.openCasesOf, { subjectId })
      : await graph.run<{ id: string }>(q.openCasesOf, { subjectId });
  return rows[0]?.id;
}

function text(field: string, value: string | null | undefined, max = 2000): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new BadInputError(`${field} is longer than ${max} characters`, field);
  return trimmed || null;
}

export async function openCase(graph: Graph, viewer: Viewer, input: OpenCaseInput): Promise<SupportCase> {
  assertMayEdit(viewer);
  const ends = await TieEnds.of(graph, viewer, [input.subjectId], 'openCase');
  const subject = ends.requireSeen(input.subjectId);
  if (subject.label !== 'Person' && subject.label !== 'Household') {
    throw new BadInputError(`subjectId: a case is about a person or a household, not a ${subject.label}`, 'subjectId');
  }
  assertMayWrite(viewer, [ends.touched(input.subjectId)]);
  const openedOn = happenedOn('openedOn', input.openedOn, null);
  const teamIds = [...new Set(input.teamIds ?? [])];
  await requireParties(graph, viewer, teamIds, 'teamIds');
  if (input.referrerId) await requireParties(graph, viewer, [input.referrerId], 'referrerId');
  if (input.keyPersonId) await requireKeyPerson(graph, viewer, input.keyPersonId);
  const reviewOn = caseDate('reviewOn', input.reviewOn, { notBefore: { date: openedOn, what: 'the case was opened' } });
  const open = await openCaseOf(graph, input.subjectId);
  if (open) throw new ConflictError(`"${input.subjectId}" has an open case already ("${open}")`, 'subjectId');
  const personIds = await peopleOf(graph, input.subjectId);
  const id = newCaseId();
  await auditedWrite(
    graph,
    viewer,
    { action: 'openCase', entity: 'Case', entityId: id, personIds },
    null,
    async (tx) => {
      await createCaseTx(tx, {
        id,
        subjectId: input.subjectId,
        route: input.route,
        openedOn,
        openedBy: viewer.username,
        referrerId: input.referrerId,
        referrerNote: text('referrerNote', input.referrerNote, 200),
        teamIds,
        keyPersonId: input.keyPersonId,
        direction: text('direction', input.direction),
        reviewOn,
      });
      return caseSnapshot(tx, id);
    },
  );
  return getCase(graph, viewer, id, 'openCase');
}

/** What of the case a change alters that a meeting may have decided: the team, the キーパーソン, the 方針. */
function revisionsOf(
  current: q.CaseRow,
  input: UpdateCaseInput,
  newKey: string | null,
  direction: string | undefined,
): MeetingRevisionCode[] {
  const revised: MeetingRevisionCode[] = [];
  const team = (ids: Iterable<string>) => [...new Set(ids)].sort().join();
  if (input.teamIds && team(input.teamIds) !== team(current.team.map((member) => member.id))) revised.push('TEAM');
  if (newKey) revised.push('KEY_PERSON');
  if (direction !== undefined && direction !== (current.props.direction ?? null)) revised.push('DIRECTION');
  return revised;
}

export async function updateCase(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: UpdateCaseInput,
): Promise<SupportCase> {
  const head = await caseForWrite(graph, viewer, id, 'updateCase');
  assertOpen(head, 'a change');
  const [current] = await graph.read<q.CaseRow>(q.casesByIds, { ids: [id] });
  if (input.status) {
    const problem = moveProblem(head.status, input.status, current.plans.length > 0);
    if (problem) throw new BadInputError(problem, 'status');
  }
  if (input.teamIds) await requireParties(graph, viewer, input.teamIds, 'teamIds');
  if (input.referrerId) await requireParties(graph, viewer, [input.referrerId], 'referrerId');
  const currentKey = current.keyTerms.find((t) => !t.until)?.person.id;
  const newKey = input.keyPersonId && input.keyPersonId !== currentKey ? input.keyPersonId : null;
  if (newKey) await requireKeyPerson(graph, viewer, newKey);
  const props: Record<string, unknown> = { updatedAt: new Date().toISOString() };
  if (input.status) props.status = input.status;
  if (input.route) props.route = input.route;
  if (input.direction !== undefined && input.direction !== null) props.direction = text('direction', input.direction);
  const revised = revisionsOf(current, input, newKey, props.direction as string | undefined);
  const meetingId = input.meetingId ?? null;
  if (meetingId) {
    await requireDecidingMeeting(graph, viewer, meetingId, id, today());
    if (revised.length === 0) {
      throw new BadInputError(
        'meetingId: a meeting decides a change of the team, the キーパーソン or the 方針, and none of them changes here',
        'meetingId',
      );
    }
  }
  if (input.referrerNote !== undefined && input.referrerNote !== null)
    props.referrerNote = text('referrerNote', input.referrerNote, 200);
  if (input.reviewOn) {
    props.reviewOn = caseDate('reviewOn', input.reviewOn, {
      notBefore: { date: head.openedOn, what: 'the case was opened' },
    });
  }
  await writeCase(
    graph,
    viewer,
    { action: 'updateCase', entityId: id, personIds: await peopleOf(graph, head.subjectId) },
    async (tx) => {
      await tx.run(q.setCase, { id, props });
      if (input.teamIds) {
        await tx.run(q.clearTeam, { id });
        await tx.run(q.joinTeam, { id, ids: [...new Set(input.teamIds)] });
      }
      if (input.referrerId) {
        await tx.run(q.clearReferrer, { id });
        await tx.run(q.setReferrer, { id, ids: [input.referrerId] });
      }
      if (newKey) {
        const change = { id, keyPersonId: newKey, today: today(), by: viewer.username, decidedAt: meetingId };
        await tx.run(q.changeKeyPerson, change);
      }
      if (meetingId) await markRevised(tx, meetingId, id, revised);
    },
  );
  return getCase(graph, viewer, id, 'updateCase');
}

export async function closeCase(graph: Graph, viewer: Viewer, id: string, input: CloseCaseInput): Promise<SupportCase> {
  const head = await caseForWrite(graph, viewer, id, 'closeCase');
  assertOpen(head, 'closing');
  const closedOn = happenedOn('closedOn', input.closedOn, head.openedOn);
  const followUpOn = caseDate('followUpOn', input.followUpOn, {
    notBefore: { date: closedOn, what: 'the case was closed' },
  });
  const props = {
    status: 'CLOSED',
    closedOn,
    closeReason: input.reason,
    closeNote: text('note', input.note),
    followUpOn,
    reviewOn: null,
    updatedAt: new Date().toISOString(),
  };
  await writeCase(
    graph,
    viewer,
    { action: 'closeCase', entityId: id, personIds: await peopleOf(graph, head.subjectId) },
    async (tx) => {
      await tx.run(q.setCase, { id, props });
    },
  );
  return getCase(graph, viewer, id, 'closeCase');
}
