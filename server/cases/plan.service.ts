/**
 * Plans and monitoring: a revision writes a new version and keeps the old ones; its items that connect someone
 * become SUPPORTS ties (under the write policy for ties: both ends inside the viewer's areas); a monitoring record
 * notes what was seen and the next review, and after closing it is the 終結後の確認.
 */
import { randomUUID } from 'node:crypto';
import { assertMayWrite } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireDecidingMeeting } from '../meetings/meeting.decisions.js';
import { today } from '../shared/dates.js';
import { BadInputError } from '../shared/errors.js';
import { codes, requireText } from '../shared/validate.js';
import { openItemStatuses, type PlanItemStatusCode } from '../vocabulary/caseCodes.js';
import { fields } from '../vocabulary/codes.js';
import type { MonitoringInput, PlanItemInput } from './case.input.js';
import { type PartyLabel, setCase } from './case.queries.js';
import { nextReview } from './case.rules.js';
import { getCase, peopleOf } from './case.service.js';
import type { SupportCase } from './case.type.js';
import { assertOpen, caseDate, caseForWrite, happenedOn, requireParties, writeCase } from './case.write.js';
import * as q from './plan.queries.js';

interface ItemDraft {
  id: string;
  position: number;
  whoId: string;
  what: string;
  field: string | null;
  startOn: string;
  reviewOn: string | null;
  status: PlanItemStatusCode;
  tieId: string | null;
}

export async function revisePlan(
  graph: Graph,
  viewer: Viewer,
  caseId: string,
  items: PlanItemInput[],
  note: string | null,
  meetingId: string | null = null,
): Promise<SupportCase> {
  const head = await caseForWrite(graph, viewer, caseId, 'revisePlan');
  assertOpen(head, 'a plan');
  if (meetingId) await requireDecidingMeeting(graph, viewer, meetingId, caseId, today());
  if (items.length === 0) throw new BadInputError('a plan has at least one item', 'items');
  if (items.length > 50) throw new BadInputError('a plan has at most 50 items', 'items');
  const ends = await requireParties(
    graph,
    viewer,
    [...new Set(items.map((item) => item.whoId).filter((id) => id !== head.subjectId))],
    'whoId',
  );
  const opened = { date: head.openedOn, what: 'the case was opened' };
  const drafts: ItemDraft[] = items.map((item, position) => {
    const startOn = caseDate('startOn', item.startOn, { notBefore: opened });
    if (!startOn) throw new BadInputError('startOn: every plan item has a start date', 'startOn');
    return {
      id: `item-${randomUUID()}`,
      position,
      whoId: item.whoId,
      what: requireText('what', item.what, 500),
      field: item.field ? codes('field', fields, [item.field])[0] : null,
      startOn,
      reviewOn: caseDate('reviewOn', item.reviewOn, {
        notBefore: startOn > head.openedOn ? { date: startOn, what: 'the item starts' } : opened,
      }),
      status: item.status ?? 'PLANNED',
      tieId: null,
    };
  });
  // the ties this plan makes: someone other than the subject doing an open item
  const subjectEnds = await requireParties(graph, viewer, [head.subjectId], 'id', ['Person', 'Household']);
  const subjectLabel = subjectEnds.row(head.subjectId)!.label as PartyLabel;
  const connecting = drafts.filter((d) => d.whoId !== head.subjectId && openItemStatuses.includes(d.status));
  for (const draft of connecting)
    assertMayWrite(viewer, [subjectEnds.touched(head.subjectId), ends.touched(draft.whoId)]);
  const now = today();
  await writeCase(
    graph,
    viewer,
    { action: 'revisePlan', entityId: caseId, personIds: await peopleOf(graph, head.subjectId) },
    async (tx) => {
      const [current] = await tx.run<q.CurrentPlanRow>(q.currentPlan, { id: caseId });
      for (const draft of connecting) {
        const whoLabel = ends.row(draft.whoId)!.label as PartyLabel;
        const params = { whoId: draft.whoId, subjectId: head.subjectId, today: now };
        const [existing] = await tx.run<{ id: string }>(q.activeSupport(whoLabel, subjectLabel), params);
        if (existing) draft.tieId = existing.id;
        else {
          const [made] = await tx.run<{ id: string }>(q.createSupport(whoLabel, subjectLabel), {
            ...params,
            tieId: randomUUID(),
            since: draft.startOn,
            note: draft.what,
            itemId: draft.id,
            caseId,
          });
          draft.tieId = made.id;
        }
      }
      await tx.run(q.endPlanTies, {
        caseId,
        keptTieIds: connecting.map((d) => d.tieId),
        today: now,
      });
      await tx.run(q.createPlan, {
        caseId,
        planId: `plan-${randomUUID()}`,
        version: (current?.version ?? 0) + 1,
        madeOn: now,
        by: viewer.username,
        note: note?.trim() || null,
        decidedAt: meetingId,
        items: drafts,
      });
      const props: Record<string, unknown> = { reviewOn: nextReview(drafts), updatedAt: new Date().toISOString() };
      // the first plan puts the case into プラン実施中
      if (head.status !== 'ACTIVE') props.status = 'ACTIVE';
      await tx.run(setCase, { id: caseId, props });
    },
  );
  return getCase(graph, viewer, caseId, 'revisePlan');
}

export async function recordMonitoring(
  graph: Graph,
  viewer: Viewer,
  caseId: string,
  input: MonitoringInput,
): Promise<SupportCase> {
  const head = await caseForWrite(graph, viewer, caseId, 'recordMonitoring');
  const closed = head.status === 'CLOSED';
  const on = happenedOn('on', input.on, head.openedOn);
  const nextReviewOn = caseDate('nextReviewOn', input.nextReviewOn, {
    notBefore: { date: on, what: 'the monitoring' },
  });
  if (closed && nextReviewOn) {
    throw new BadInputError(
      'nextReviewOn: a closed case has no review; this record is its 終結後の確認',
      'nextReviewOn',
    );
  }
  const [current] = await graph.read<q.CurrentPlanRow>(q.currentPlan, { id: caseId });
  const itemIds = new Set(current?.items.map((item) => item.id) ?? []);
  const outcomes = input.outcomes ?? [];
  const unknown = outcomes.find((o) => !itemIds.has(o.itemId));
  if (unknown) {
    throw new BadInputError(`itemId "${unknown.itemId}" is no item of the case's current plan`, 'itemId');
  }
  const props = {
    id: `monitoring-${randomUUID()}`,
    on,
    who: requireText('who', input.who, 200),
    seen: requireText('seen', input.seen, 4000),
    outcomeItemIds: outcomes.map((o) => o.itemId),
    outcomes: outcomes.map((o) => requireText('outcome', o.outcome, 1000)),
    nextReviewOn,
    followUp: closed,
    recordedBy: viewer.username,
    recordedAt: new Date().toISOString(),
  };
  await writeCase(
    graph,
    viewer,
    { action: 'recordMonitoring', entityId: caseId, personIds: await peopleOf(graph, head.subjectId) },
    async (tx) => {
      await tx.run(q.createMonitoring, { caseId, props });
      const change: Record<string, unknown> = closed ? { followUpDoneOn: on } : {};
      if (nextReviewOn) change.reviewOn = nextReviewOn;
      if (Object.keys(change).length > 0) await tx.run(setCase, { id: caseId, props: change });
    },
  );
  return getCase(graph, viewer, caseId, 'recordMonitoring');
}
