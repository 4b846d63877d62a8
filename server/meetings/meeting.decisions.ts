/**
 * Decisions of a meeting that change a case (a new plan version, the team, the キーパーソン, the 方針): the change
 * names the meeting, which must be one the viewer sees and sits on, with the case on its agenda, held no later than
 * the change is written. The agenda item then lists what it changed, and the plan version which meeting made it.
 */
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import type { MeetingRevisionCode } from '../vocabulary/caseCodes.js';
import { councilsSatOn } from './meeting.access.js';
import * as q from './meeting.queries.js';

/** Checks that `meetingId` may carry a decision about the case; NOT_FOUND for a meeting the viewer may not see. */
export async function requireDecidingMeeting(
  graph: Graph,
  viewer: Viewer,
  meetingId: string,
  caseId: string,
  today: string,
): Promise<void> {
  const [row] = await graph.read<{ on: string; councilId: string; discussed: boolean }>(q.meetingForDecision, {
    meetingId,
    caseId,
  });
  if (!row || !(await councilsSatOn(graph, viewer, [row.councilId], 'meetingDecision')).has(row.councilId)) {
    throw new NotFoundError('Meeting', meetingId);
  }
  if (!row.discussed) {
    throw new BadInputError(
      `meetingId: the meeting of ${row.on} did not discuss the case "${caseId}"; a decision belongs to a meeting that had it on its agenda`,
      'meetingId',
    );
  }
  if (row.on > today) {
    throw new BadInputError(`meetingId: the meeting of ${row.on} has not been held yet`, 'meetingId');
  }
}

/**
 * Inside the change's transaction: the agenda item lists the team and 方針 changes the decision made (a plan
 * version and a キーパーソン term name their meeting in `decidedAt`, and are read from there).
 */
export async function markRevised(
  tx: GraphTx,
  meetingId: string,
  caseId: string,
  revised: MeetingRevisionCode[],
): Promise<void> {
  const stored = revised.filter((code) => code === 'TEAM' || code === 'DIRECTION');
  if (stored.length > 0) await tx.run(q.markRevised, { meetingId, caseId, revised: stored });
}
