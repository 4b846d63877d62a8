/**
 * 今日の仕事 for one coordinator (or ADMIN): reviews due this week and overdue, 終結後の確認 due, cases without a
 * キーパーソン, the 参加支援 follow-ups due, the meetings of the week to prepare for, and the findings of their areas
 * that are new since their last visit (the visit is remembered).
 * Everything goes through the same policy as the case and finding queries, and is recorded as they are.
 */
import { findingKey } from '../analysis/dismissals/dismissal.queries.js';
import { findingsSeenBy, shownFindings } from '../analysis/missing-links/missingLinks.service.js';
import type { Viewer } from '../auth/viewer.js';
import { readCases } from '../cases/case.service.js';
import type { Graph } from '../graph/graph.js';
import { cachedReads } from '../graph/readCache.js';
import { readMatches } from '../matches/match.service.js';
import { meetingsByIds } from '../meetings/meeting.service.js';
import { addDays, today } from '../shared/dates.js';
import * as q from './workList.queries.js';
import type { WorkList } from './workList.type.js';

/** How far ahead the list looks. */
const lookAheadDays = 7;

export async function workList(townGraph: Graph, viewer: Viewer): Promise<WorkList> {
  // the cases and findings depend on the data and their parameters only (the viewer's among them), so they are kept
  // while the data version stands (readCache.ts): the findings of a 中学校区 are what cost
  const graph = await cachedReads(townGraph);
  const now = today();
  const until = addDays(now, lookAheadDays);
  const params = { until, all: viewer.scope === undefined, scope: [...(viewer.scope ?? [])] };
  const [reviews, followUps, keyless, meetings, matchFollowUps] = await Promise.all([
    graph.read<{ id: string; date: string }>(q.reviewsBy, params),
    graph.read<{ id: string; date: string }>(q.followUpsBy, params),
    graph.read<{ id: string; date: string }>(q.withoutKeyPerson, params),
    graph.read<{ id: string }>(q.meetingsDue, { today: now, until }),
    graph.read<{ id: string; date: string }>(q.matchFollowUpsBy, params),
  ]);
  const ids = [...new Set([...reviews, ...followUps, ...keyless].map((row) => row.id))];
  const cases = new Map((await readCases(graph, viewer, ids, 'workList')).map((c) => [c.id, c]));
  const pick = (rows: { id: string }[]) => rows.flatMap((row) => cases.get(row.id) ?? []);

  const areaIds =
    viewer.scope === undefined ? (await graph.read<{ id: string }>(q.roots)).map((r) => r.id) : viewer.areaIds;
  // every finding the viewer may see is compared with the last visit; only the new ones are shown, so only they
  // are recorded as disclosed and named
  const findings = (
    await Promise.all(areaIds.map((areaId) => findingsSeenBy(graph, viewer, { areaId, asOf: now })))
  ).flat();
  // the last visit is a record of use, which raises no data version: read afresh, never kept
  const [visit] = await townGraph.read<{ at: string; findingKeys: string[] }>(q.lastVisit, {
    username: viewer.username,
  });
  const seenBefore = new Set(visit?.findingKeys ?? []);
  const keys = [...new Set(findings.map(findingKey))];
  // a record of use (when this viewer last looked), not the town's data: it leaves the data version as it is
  await townGraph.record(q.recordVisit, { username: viewer.username, at: new Date().toISOString(), findingKeys: keys });
  return {
    today: now,
    until,
    reviewsDue: pick(reviews.filter((row) => row.date >= now)),
    reviewsOverdue: pick(reviews.filter((row) => row.date < now)),
    followUpsDue: pick(followUps),
    withoutKeyPerson: pick(keyless),
    matchFollowUpsDue: await readMatches(
      graph,
      viewer,
      matchFollowUps.map((row) => row.id),
      'workList',
    ),
    meetingsThisWeek: await meetingsByIds(
      graph,
      viewer,
      meetings.map((row) => row.id),
    ),
    newFindings: await shownFindings(
      graph,
      viewer,
      findings.filter((finding) => !seenBefore.has(findingKey(finding))),
    ),
    lastVisitAt: visit?.at ?? null,
  };
}
