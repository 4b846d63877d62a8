/**
 * Meetings: read by ADMIN, coordinators and council members who may see the council (a PLANNER sees none);
 * recorded by ADMIN or a coordinator whose areas the council covers, the agenda's cases being ones they see. What
 * a meeting shows of a case is what its basis allows (meeting.basis.ts) — or what the viewer sees anyway — and
 * opening a case there is recorded as a disclosure of that meeting (`meetingCase:<id>`).
 */
import { randomUUID } from 'node:crypto';
import { auditedWrite } from '../audit/changes.js';
import { Disclosure } from '../auth/disclosure.js';
import { assertMayEdit, assertMayWrite } from '../auth/policy.js';
import { UserRole, type Viewer } from '../auth/viewer.js';
import { CaseParties, idsOf } from '../cases/case.access.js';
import * as cases from '../cases/case.queries.js';
import { peopleOf, readCases } from '../cases/case.service.js';
import { requireParties } from '../cases/case.write.js';
import type { Graph } from '../graph/graph.js';
import { today } from '../shared/dates.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { optionalDate } from '../shared/validate.js';
import { TieEnds } from '../ties/tie.access.js';
import { inRevisionOrder } from '../vocabulary/caseCodes.js';
import { councilsSatOn } from './meeting.access.js';
import { basisWithholds } from './meeting.basis.js';
import type { MeetingInput } from './meeting.input.js';
import * as q from './meeting.queries.js';
import type { CaseMeeting, Meeting, MeetingCase } from './meeting.type.js';

/** A planner works with figures: no meeting's record is theirs. */
export function assertSeesMeetings(viewer: Viewer): Viewer {
  if (viewer.role === UserRole.PLANNER) throw new ForbiddenError('your role sees no meeting records, only figures');
  return viewer;
}

/** The council, when the viewer may see it (a case conference only with its household); else NOT_FOUND. */
async function councilFor(graph: Graph, viewer: Viewer, councilId: string, action: string): Promise<TieEnds> {
  const ends = await TieEnds.of(graph, viewer, [councilId], action);
  if (ends.row(councilId)?.label !== 'Council' || ends.accessOf(councilId) !== 'DETAILS') {
    throw new NotFoundError('Council', councilId);
  }
  return ends;
}

function toMeeting(row: q.MeetingRow, parties: CaseParties): Meeting {
  return {
    id: row.id,
    councilId: row.councilId,
    councilName: row.councilName,
    on: row.on,
    basis: row.basis,
    attendees: row.attendees.flatMap((a) => parties.show(a) ?? []),
    agenda: [...row.agenda]
      .sort((a, b) => a.position - b.position)
      .map((item) => {
        const shared = !basisWithholds(row.basis, item.consents) || parties.seesSubject(item.subjectId);
        return {
          caseId: shared ? item.caseId : null,
          withheld: !shared,
          decision: shared ? item.decision : null,
          revised: shared ? inRevisionOrder(item.revised ?? []) : [],
        };
      }),
    minutes: row.minutes ?? null,
    nextOn: row.nextOn ?? null,
    recordedBy: row.recordedBy,
  };
}

async function shown(graph: Graph, viewer: Viewer, rows: q.MeetingRow[], action: string): Promise<Meeting[]> {
  const ids = rows.flatMap((row) => [...row.attendees.map((a) => a.id), ...row.agenda.map((i) => i.subjectId)]);
  const parties = await CaseParties.of(graph, viewer, ids, action);
  const meetings = rows.map((row) => toMeeting(row, parties));
  await parties.record(graph, []);
  return meetings;
}

export async function listMeetings(
  graph: Graph,
  viewer: Viewer,
  councilId: string,
  from: string | null,
  to: string | null,
): Promise<Meeting[]> {
  await councilFor(graph, viewer, councilId, 'meetings');
  const rows = await graph.read<q.MeetingRow>(q.meetingsOf, {
    councilId,
    from: optionalDate('from', from),
    to: optionalDate('to', to),
  });
  return shown(graph, viewer, rows, 'meetings');
}

async function getMeeting(graph: Graph, viewer: Viewer, id: string): Promise<Meeting> {
  const [row] = await graph.read<q.MeetingRow>(q.meetingById, { id });
  if (!row) throw new NotFoundError('Meeting', id);
  await councilFor(graph, viewer, row.councilId, 'meeting');
  return (await shown(graph, viewer, [row], 'meeting'))[0];
}

/** These meetings as the viewer may see them: those of councils the viewer sits on (meeting.access.ts). */
export async function meetingsByIds(graph: Graph, viewer: Viewer, ids: string[]): Promise<Meeting[]> {
  const rows = (await Promise.all(ids.map((id) => graph.read<q.MeetingRow>(q.meetingById, { id })))).flat();
  const satOn = await councilsSatOn(
    graph,
    viewer,
    rows.map((row) => row.councilId),
    'workList',
  );
  return shown(
    graph,
    viewer,
    rows.filter((row) => satOn.has(row.councilId)),
    'workList',
  );
}

/**
 * The meetings that discussed a case the viewer sees in detail (the caller has checked), newest first: those of
 * councils the viewer sits on.
 */
export async function caseMeetings(graph: Graph, viewer: Viewer, caseId: string): Promise<CaseMeeting[]> {
  const rows = await graph.read<q.CaseMeetingRow>(q.meetingsOfCase, { caseId });
  const satOn = await councilsSatOn(
    graph,
    viewer,
    rows.map((row) => row.councilId),
    'case',
  );
  return rows
    .filter((row) => satOn.has(row.councilId))
    .map((row) => ({ ...row, revised: inRevisionOrder(row.revised) }));
}

/** A case opened in a meeting: what the basis allows, recorded as shown there. */
export async function meetingCase(
  graph: Graph,
  viewer: Viewer,
  meetingId: string,
  caseId: string,
): Promise<MeetingCase> {
  const [meeting] = await graph.read<q.MeetingRow>(q.meetingById, { id: meetingId });
  if (!meeting) throw new NotFoundError('Meeting', meetingId);
  await councilFor(graph, viewer, meeting.councilId, 'meetingCase');
  const item = meeting.agenda.find((entry) => entry.caseId === caseId);
  if (!item) throw new NotFoundError('Case', caseId);
  const action = `meetingCase:${meetingId}`;
  const [row] = await graph.read<cases.CaseRow>(cases.casesByIds, { ids: [caseId] });
  const parties = await CaseParties.of(graph, viewer, idsOf(row), action);
  const withheld = basisWithholds(meeting.basis, item.consents);
  if (withheld && !parties.seesSubject(item.subjectId)) throw new ForbiddenError(withheld);
  const subjectPeople = await peopleOf(graph, row.subject.id);
  const disclosure = new Disclosure(viewer, action);
  for (const id of subjectPeople) disclosure.shown(id, 'DETAILS');
  const current = [...row.plans].sort((a, b) => b.version - a.version)[0];
  const keyTerm = row.keyTerms.find((term) => !term.until);
  const result: MeetingCase = {
    meetingId,
    caseId,
    subject: { ...row.subject },
    status: row.props.status,
    direction: row.props.direction ?? null,
    keyPerson: keyTerm ? (parties.show(keyTerm.person) ?? null) : null,
    plan: (current?.items ?? [])
      .sort((a, b) => a.position - b.position)
      .map((it) => {
        const bySubject = it.who.id === row.subject.id;
        return { bySubject, who: bySubject ? null : (parties.show(it.who) ?? null), what: it.what, status: it.status };
      }),
    reviewOn: row.props.reviewOn ?? null,
    decision: item.decision ?? null,
  };
  await disclosure.record(graph);
  await parties.record(graph, []);
  return result;
}

export async function recordMeeting(graph: Graph, viewer: Viewer, input: MeetingInput): Promise<Meeting> {
  assertMayEdit(viewer);
  const ends = await councilFor(graph, viewer, input.councilId, 'recordMeeting');
  // a council outside the viewer's areas is one they do not sit on
  assertMayWrite(viewer, [ends.touched(input.councilId)]);
  const now = today();
  const on = optionalDate('on', input.on);
  if (!on) throw new BadInputError('on: a meeting has a date', 'on');
  if (on > now) throw new BadInputError(`on (${on}) is after today (${now}): a meeting is recorded once held`, 'on');
  const nextOn = optionalDate('nextOn', input.nextOn);
  if (nextOn && nextOn <= on) throw new BadInputError(`nextOn (${nextOn}) is not after the meeting (${on})`, 'nextOn');
  const attendeeIds = [...new Set(input.attendeeIds ?? [])];
  await requireParties(graph, viewer, attendeeIds, 'attendeeIds');
  const agenda = input.agenda ?? [];
  const seen = await readCases(
    graph,
    viewer,
    agenda.map((item) => item.caseId),
    'recordMeeting',
  );
  const missing = agenda.find((item) => !seen.some((c) => c.id === item.caseId));
  if (missing) throw new NotFoundError('Case', missing.caseId);
  const id = `meeting-${randomUUID()}`;
  const personIds = (await Promise.all(seen.map((c) => peopleOf(graph, c.subject.id)))).flat();
  const props = {
    id,
    councilId: input.councilId,
    on,
    basis: input.basis,
    minutes: input.minutes?.trim() || null,
    nextOn,
    recordedBy: viewer.username,
    recordedAt: new Date().toISOString(),
  };
  await auditedWrite(
    graph,
    viewer,
    { action: 'recordMeeting', entity: 'Meeting', entityId: id, personIds },
    null,
    async (tx) => {
      await tx.run(q.createMeeting, { councilId: input.councilId, props });
      await tx.run(q.addAttendees, { id, ids: attendeeIds });
      await tx.run(q.addAgenda, {
        id,
        agenda: agenda.map((item, position) => ({
          caseId: item.caseId,
          decision: item.decision?.trim() || null,
          position,
        })),
      });
      return { ...props, attendeeIds, caseIds: agenda.map((item) => item.caseId) };
    },
  );
  return getMeeting(graph, viewer, id);
}
