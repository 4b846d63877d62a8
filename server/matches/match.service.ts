/**
 * 参加支援 matches: read through the match policy (match.access.ts) and recorded; proposed, moved on through their
 * stages and followed up, audited. The tie to the place is made at 参加開始 and ended at 終結, so that the map and
 * the analyses see the person take part only once they do.
 */
import { randomUUID } from 'node:crypto';
import { assertAreaAccess, assertMayEdit, assertMayWrite, assertSeesPeople } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { addDays } from '../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { requireText } from '../shared/validate.js';
import { TieEnds } from '../ties/tie.access.js';
import { type MatchRoleCode, type MatchStageCode, matchStages } from '../vocabulary/matchCodes.js';
import { MatchPeople } from './match.access.js';
import type { FollowUpInput, MoveMatchInput, ProposeMatchInput } from './match.input.js';
import * as q from './match.queries.js';
import { nextFollowUp, stageProblem } from './match.rules.js';
import type { ParticipationMatch } from './match.type.js';
import { toMatch } from './match.view.js';
import { happenedOn, laterDate, matchForWrite, matchSnapshot, text, writeMatch } from './match.write.js';

/** How long after 参加開始 the first follow-up falls when none is given. */
const firstFollowUpDays = 14;

/** The matches with these ids that the viewer sees, recorded as shown under `action`. */
export async function readMatches(
  graph: Graph,
  viewer: Viewer,
  ids: string[],
  action: string,
): Promise<ParticipationMatch[]> {
  if (ids.length === 0) return [];
  const rows = await graph.read<q.MatchRow>(q.matchesByIds, { ids });
  const people = await MatchPeople.of(
    graph,
    viewer,
    rows.map((row) => row.props.personId),
    action,
  );
  const seen = rows.filter((row) => people.sees(row.props.personId));
  await people.record(graph);
  const order = new Map(ids.map((id, i) => [id, i]));
  return seen.map(toMatch).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

export interface MatchFilter {
  areaId: string;
  stage: MatchStageCode | null;
  personId: string | null;
}

/** The matches of people of an area (and below), newest first; roles that see no person one by one are refused. */
export async function listMatches(graph: Graph, viewer: Viewer, filter: MatchFilter): Promise<ParticipationMatch[]> {
  assertSeesPeople(viewer, '参加支援 matches');
  assertAreaAccess(viewer, filter.areaId);
  const found = await graph.read<{ id: string }>(q.matchesInArea, {
    areaId: filter.areaId,
    stage: filter.stage ?? null,
    personId: filter.personId ?? null,
  });
  return readMatches(
    graph,
    viewer,
    found.map((row) => row.id),
    'matches',
  );
}

export async function getMatch(
  graph: Graph,
  viewer: Viewer,
  id: string,
  action = 'match',
): Promise<ParticipationMatch> {
  const [found] = await readMatches(graph, viewer, [id], action);
  if (!found) throw new NotFoundError('Match', id);
  return found;
}

/** A new match's id: opaque, so that nothing in it tells whom it is about. */
export function newMatchId(): string {
  return `match-${randomUUID()}`;
}

export interface NewMatch {
  id: string;
  personId: string;
  placeId: string;
  role: MatchRoleCode;
  /** PROPOSED, or DISCUSSING when a coordinator takes up a finding with the person at once */
  stage: 'PROPOSED' | 'DISCUSSING';
  on: string;
  by: string;
  suggestedAs: string | null;
  note: string | null;
}

/** Writes a new match inside a transaction: the one way a match begins (proposeMatch, accepting HUB_MATCH). */
export async function createMatchTx(tx: GraphTx, match: NewMatch): Promise<string> {
  const steps: MatchStageCode[] = match.stage === 'PROPOSED' ? ['PROPOSED'] : ['PROPOSED', 'DISCUSSING'];
  const open = await tx.run<{ id: string }>(q.openMatchAt, { personId: match.personId, placeId: match.placeId });
  if (open[0]) {
    throw new ConflictError(
      `"${match.personId}" has a match to "${match.placeId}" going on already ("${open[0].id}")`,
      'placeId',
    );
  }
  const props = {
    personId: match.personId,
    placeId: match.placeId,
    stage: match.stage,
    role: match.role,
    proposedOn: match.on,
    startedOn: null,
    endedOn: null,
    stageCodes: steps,
    stageDates: steps.map(() => match.on),
    stageBys: steps.map(() => match.by),
    plannedFollowUpOn: null,
    nextFollowUpOn: null,
    tieId: null,
    suggestedAs: match.suggestedAs,
    note: match.note,
    createdAt: new Date().toISOString(),
  };
  const [made] = await tx.run<{ id: string }>(q.createMatch, { ...match, props });
  if (!made) throw new NotFoundError(['Person', 'Hub', 'Organization'], `${match.personId}, ${match.placeId}`);
  return match.id;
}

export async function proposeMatch(
  graph: Graph,
  viewer: Viewer,
  input: ProposeMatchInput,
): Promise<ParticipationMatch> {
  const ends = await TieEnds.of(graph, viewer, [input.personId, input.placeId], 'proposeMatch');
  const person = ends.requireSeen(input.personId);
  if (person.label !== 'Person') throw new BadInputError(`personId: "${input.personId}" is no person`, 'personId');
  assertMayEdit(viewer);
  const place = ends.requireSeen(input.placeId);
  if (!(q.placeLabels as readonly string[]).includes(place.label)) {
    throw new BadInputError(
      `placeId: "${input.placeId}" is a ${place.label}; a match is to a Hub or an Organization`,
      'placeId',
    );
  }
  assertMayWrite(viewer, [ends.touched(input.personId)]);
  const on = happenedOn('on', input.on);
  const id = newMatchId();
  await writeMatch(
    graph,
    viewer,
    { action: 'proposeMatch', entityId: id, personIds: [input.personId] },
    null,
    async (tx) => {
      await createMatchTx(tx, {
        id,
        personId: input.personId,
        placeId: input.placeId,
        role: input.role ?? 'PARTICIPANT',
        stage: 'PROPOSED',
        on,
        by: viewer.username,
        suggestedAs: null,
        note: text('note', input.note),
      });
    },
  );
  return getMatch(graph, viewer, id, 'proposeMatch');
}

const named = (stage: MatchStageCode) => `${stage} (${matchStages.labels[stage]})`;

/** Moves a match on one stage; 参加開始 makes (or finds) the tie to the place, 終結 ends the tie it made. */
export async function moveMatch(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: MoveMatchInput,
): Promise<ParticipationMatch> {
  const row = await matchForWrite(graph, viewer, id, 'moveMatch');
  const p = row.props;
  const problem = stageProblem(p.stage, input.stage);
  if (problem) throw new BadInputError(problem, 'stage');
  const lastOn = p.stageDates[p.stageDates.length - 1] ?? p.proposedOn;
  const on = happenedOn('on', input.on, { date: lastOn, what: `the match reached ${named(p.stage)}` });
  const to = input.stage;
  const props: Record<string, unknown> = {
    stage: to,
    stageCodes: [...p.stageCodes, to],
    stageDates: [...p.stageDates, on],
    stageBys: [...p.stageBys, viewer.username],
    updatedAt: new Date().toISOString(),
  };
  if (to === 'STARTED') props.startedOn = on;
  if (to === 'ENDED' || to === 'DECLINED') props.endedOn = on;
  const given = laterDate('nextFollowUpOn', input.nextFollowUpOn, { date: on, what: `the day of ${named(to)}` });
  if (to === 'ENDED' || to === 'DECLINED') {
    if (given) throw new BadInputError(`nextFollowUpOn: a match in ${named(to)} has no follow-up`, 'nextFollowUpOn');
  } else if (given || to === 'STARTED') {
    props.plannedFollowUpOn = given ?? addDays(on, firstFollowUpDays);
  }
  const planned = (props.plannedFollowUpOn as string | undefined) ?? p.plannedFollowUpOn;
  props.nextFollowUpOn = given ?? nextFollowUp(to, planned, to === 'STARTED' ? [] : row.followUps);
  await writeMatch(
    graph,
    viewer,
    { action: 'moveMatch', entityId: id, personIds: [p.personId] },
    await matchSnapshot(graph, id),
    async (tx) => {
      if (to === 'STARTED') {
        const [holding] = await tx.run<{ id: string }>(q.tieHolding, { personId: p.personId, placeId: p.placeId, on });
        const tieId =
          holding?.id ??
          (
            await tx.run<{ id: string }>(q.beginTie, {
              personId: p.personId,
              placeId: p.placeId,
              properties: { since: on, until: null, strength: 'NORMAL', note: null, matchId: id },
            })
          )[0]?.id;
        props.tieId = tieId ?? null;
      }
      if (to === 'ENDED' && p.tieId) {
        await tx.run(q.endTie, { personId: p.personId, tieId: p.tieId, matchId: id, on });
      }
      await tx.run(q.setMatch, { id, props });
    },
  );
  return getMatch(graph, viewer, id, 'moveMatch');
}

/** A follow-up record: never before the match began, never after today, on a match still going on. */
export async function recordFollowUp(
  graph: Graph,
  viewer: Viewer,
  id: string,
  input: FollowUpInput,
): Promise<ParticipationMatch> {
  const row = await matchForWrite(graph, viewer, id, 'recordMatchFollowUp');
  const p = row.props;
  if (p.stage === 'ENDED' || p.stage === 'DECLINED') {
    throw new BadInputError(`the match "${id}" is in ${named(p.stage)}: it is not followed up any more`, 'id');
  }
  const on = happenedOn('on', input.on, { date: p.proposedOn, what: 'the match began' });
  const nextOn = laterDate('nextOn', input.nextOn, { date: on, what: 'this follow-up' });
  const followUp = {
    id: `follow-up-${randomUUID()}`,
    on,
    who: requireText('who', input.who),
    howItGoes: requireText('howItGoes', input.howItGoes, 2000),
    hostConcerns: text('hostConcerns', input.hostConcerns),
    nextOn,
    recordedBy: viewer.username,
    recordedAt: new Date().toISOString(),
  };
  const next = nextFollowUp(p.stage, p.plannedFollowUpOn, [...row.followUps, followUp]);
  await writeMatch(
    graph,
    viewer,
    { action: 'recordMatchFollowUp', entityId: id, personIds: [p.personId] },
    await matchSnapshot(graph, id),
    async (tx) => {
      await tx.run(q.addFollowUp, { id, props: followUp });
      await tx.run(q.setMatch, { id, props: { nextFollowUpOn: next, updatedAt: followUp.recordedAt } });
    },
  );
  return getMatch(graph, viewer, id, 'recordMatchFollowUp');
}
