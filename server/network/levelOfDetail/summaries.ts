/**
 * What a box holds, as the viewer may count it. People, isolated and unmet needs are counted by the area report's
 * own queries (one definition per figure: a box and the 地域カルテ of the same area never disagree), per area of the
 * map, then added up for each box; counts of people are masked as smallCounts.ts decides.
 */

import * as report from '../../analysis/area-report/areaReport.queries.js';
import { readInParts } from '../../analysis/common/area.js';
import { findIsolated } from '../../analysis/isolation/isolation.service.js';
import { restrictedParams } from '../../auth/policy.js';
import { maskCount } from '../../auth/smallCounts.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import type { AreaSummary } from '../network.type.js';
import type { Boxes } from './boxes.js';
import { type AreaContentsRow, areaContents } from './lod.queries.js';

interface Totals {
  people: number;
  households: number;
  isolated: number;
  unmetNeeds: number;
  organizations: number;
  hubs: number;
  councils: number;
}

/**
 * The summary of each box. `councilAreas`: the area each council the viewer sees is drawn in (when it is drawn inside
 * the map).
 */
export async function boxSummaries(
  graph: Graph,
  viewer: Viewer,
  boxes: Boxes,
  asOf: string,
  councilAreas: readonly string[],
): Promise<Map<string, AreaSummary>> {
  const ids = boxes.boxes();
  if (ids.length === 0) return new Map();
  // only what lies in closed areas counts toward a box (an open area's contents are drawn, and no box holds it)
  const closed = new Set(boxes.closedAreas());
  const params = { areaId: boxes.rootId, asOf, closedAreas: [...closed], ...restrictedParams(viewer) };
  const [people, isolated, contents] = await Promise.all([
    readInParts<report.PeopleRow>(graph, boxes.rootId, report.people, params, closed),
    findIsolated(graph, { areaId: boxes.rootId, asOf, viewer, maxDegree: 0, onlyAreas: closed }),
    graph.read<AreaContentsRow>(areaContents, params),
  ]);
  const totals = new Map<string, Totals>(
    ids.map((id) => [
      id,
      { people: 0, households: 0, isolated: 0, unmetNeeds: 0, organizations: 0, hubs: 0, councils: 0 },
    ]),
  );
  // each figure of an area counts toward every box holding it
  const add = (areaId: string, figure: keyof Totals, n: number) => {
    for (const at of boxes.chain(areaId)) {
      const box = totals.get(at);
      if (box) box[figure] += n;
    }
  };
  for (const row of people) {
    add(row.areaId, 'people', row.residents);
    add(row.areaId, 'unmetNeeds', row.withUnmetNeeds);
  }
  for (const row of isolated) add(row.areaId, 'isolated', 1);
  for (const row of contents) {
    add(row.areaId, 'households', row.households);
    add(row.areaId, 'organizations', row.organizations);
    add(row.areaId, 'hubs', row.hubs);
  }
  for (const areaId of councilAreas) add(areaId, 'councils', 1);
  const count = (n: number) => maskCount(viewer, n);
  return new Map(
    [...totals].map(([id, t]) => [
      id,
      {
        people: count(t.people),
        households: count(t.households),
        isolated: count(t.isolated),
        unmetNeeds: count(t.unmetNeeds),
        organizations: t.organizations,
        hubs: t.hubs,
        councils: t.councils,
      },
    ]),
  );
}
