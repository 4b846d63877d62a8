/**
 * The area report (地域カルテ, docs/DESIGN.md "Area report") for an area and each of its child areas. Every figure is
 * counted once per area of the subtree in the database, then added up here for the area and for each child.
 */

import { compareAreas } from '../../areas/areaOrder.js';
import { worksIn } from '../../areas/inArea.js';
import { restrictedParams } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { fields as fieldCodes } from '../../vocabulary/codes.js';
import { readInParts, requireArea } from '../common/area.js';
import { findIsolated } from '../isolation/isolation.service.js';
import { type UnaffiliatedRow, unaffiliated } from '../missing-links/unaffiliatedResource.js';
import * as q from './areaReport.queries.js';
import { type CaseFigures, caseFigures, fiscalYearOf } from './caseFigures.js';
import * as cq from './caseFigures.queries.js';
import {
  type ChangedResourceRow,
  changedResources,
  type ResourceChangeFigures,
  resourceChanges,
  yearBefore,
} from './resourceChanges.js';

/**
 * The figures of one area, exact. What a viewer gets is made from them by `toAreaReport` (areaReport.mask.ts),
 * which masks the small counts of people.
 */
export interface AreaFigures {
  areaId: string;
  name: string | null;
  tier: number | null;
  asOf: string;
  population: number | null;
  households: number | null;
  elderly: number | null;
  residentsKnown: number;
  isolated: number;
  /** isolated / residentsKnown, 0 when nobody is known */
  isolationRate: number;
  peopleInNeed: number;
  peopleWithUnmetNeeds: number;
  /** people with an unmet need in each field, every field in the vocabulary's order (one person may count in two) */
  unmetNeedsByField: { field: string; people: number }[];
  /** active watchers of the people in need, summed over them */
  watchersOfInNeed: number;
  watchersPerPersonInNeed: number | null;
  hubs: number;
  hubsByKind: { kind: string | null; count: number }[];
  hubsPer1000Elderly: number | null;
  organizations: number;
  organizationsByField: { field: string; count: number }[];
  /** the members counted in this area: organizations working in it, people living in it (inArea.ts) */
  councils: CouncilFigures[];
  unaffiliatedResources: number;
  /** hubs, organizations and councils opened or closed in the year up to asOf (resourceChanges.ts) */
  resourceChanges: ResourceChangeFigures;
  /** casework in the 年度 of asOf up to asOf (caseFigures.ts) */
  cases: CaseFigures;
  children: AreaFigures[];
}

export interface CouncilFigures {
  id: string;
  name: string | null;
  kind: string | null;
  tier: number | null;
  organizationMembers: number;
  personMembers: number;
}

export interface AreaReportQuery {
  areaId: string;
  /** YYYY-MM-DD, already checked. */
  asOf: string;
  /** Whom the figures are for: people who do not exist for them (restricted) are not counted. */
  viewer?: Viewer;
}

/** Counts by key, most first, then by key. */
function ranked<T>(counts: Map<string | null, number>, make: (key: string | null, count: number) => T): T[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([key, count]) => make(key, count));
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export async function areaReport(graph: Graph, query: AreaReportQuery): Promise<AreaFigures> {
  await requireArea(graph, query.areaId);
  const { from } = fiscalYearOf(query.asOf);
  const params = { areaId: query.areaId, asOf: query.asOf, from, ...restrictedParams(query.viewer) };
  const period = { from: yearBefore(query.asOf), asOf: query.asOf };
  const [areas, people, hubs, organizations, councils, isolated, unaffiliatedRows, caseRows, householdRows, changed] =
    await Promise.all([
      graph.read<q.AreaFactsRow>(q.areas, params),
      readInParts<q.PeopleRow>(graph, query.areaId, q.people, params),
      graph.read<q.HubsRow>(q.hubs, params),
      graph.read<q.OrganizationRow>(q.organizations, params),
      graph.read<q.CouncilRow>(q.councils, params),
      findIsolated(graph, { areaId: query.areaId, asOf: query.asOf, viewer: query.viewer, maxDegree: 0 }),
      graph.read<UnaffiliatedRow>(unaffiliated, params),
      graph.read<cq.CaseCountsRow>(cq.caseCounts, params),
      graph.read<cq.NeedyHouseholdsRow>(cq.multiNeedHouseholds, params),
      graph.read<ChangedResourceRow>(changedResources, { ...params, from: period.from }),
    ]);

  // which report each area of the subtree counts toward, besides the area's own
  const childOf = new Map(areas.map((area) => [area.id, area.childId]));
  const root = areas.find((area) => area.id === query.areaId)!;
  const children = areas.filter((area) => area.childId === area.id).sort(compareAreas);
  const organizationsById = new Map(organizations.map((row) => [row.id, row]));
  // an area of the subtree counts toward the root's report and its child's; anything else (a council member living
  // outside the subtree, or nowhere) toward none
  const within = (reportId: string) => (areaId: string) =>
    childOf.has(areaId) && (reportId === root.id || childOf.get(areaId) === reportId);

  function report(area: q.AreaFactsRow): AreaFigures {
    const counts = within(area.id);
    const mine = people.filter((row) => counts(row.areaId));
    const residentsKnown = mine.reduce((sum, row) => sum + row.residents, 0);
    const inNeed = mine.reduce((sum, row) => sum + row.inNeed, 0);
    const watchers = mine.reduce((sum, row) => sum + row.watchersOfInNeed, 0);
    const isolatedCount = isolated.filter((row) => counts(row.areaId)).length;

    const hubKinds = new Map<string | null, number>();
    for (const row of hubs.filter((row) => counts(row.areaId))) {
      hubKinds.set(row.kind, (hubKinds.get(row.kind) ?? 0) + row.count);
    }
    const hubCount = [...hubKinds.values()].reduce((sum, n) => sum + n, 0);

    const present = organizations.filter((row) => worksIn(row, counts));
    const fields = new Map<string | null, number>();
    for (const row of present) for (const field of new Set(row.fields)) fields.set(field, (fields.get(field) ?? 0) + 1);

    // councils covering this area, an area in it, or an area above it (not a sibling's)
    const above = (row: q.CouncilRow) => row.areaIds.length === 0 || row.areaIds.includes(root.id);
    const workingHere = councils.filter((row) => above(row) || row.areaIds.some(counts));
    const unmetFields = new Map<string, number>();
    for (const list of mine.flatMap((row) => row.unmetFields)) {
      for (const field of new Set(list)) unmetFields.set(field, (unmetFields.get(field) ?? 0) + 1);
    }

    return {
      areaId: area.id,
      name: area.name,
      tier: area.tier,
      asOf: query.asOf,
      population: area.population,
      households: area.households,
      elderly: area.elderly,
      residentsKnown,
      isolated: isolatedCount,
      isolationRate: residentsKnown > 0 ? round(isolatedCount / residentsKnown) : 0,
      peopleInNeed: inNeed,
      peopleWithUnmetNeeds: mine.reduce((sum, row) => sum + row.withUnmetNeeds, 0),
      // every field, in a fixed order: which fields are listed, or their order, must not tell a masked count
      unmetNeedsByField: Object.keys(fieldCodes.labels).map((field) => ({
        field,
        people: unmetFields.get(field) ?? 0,
      })),
      watchersOfInNeed: watchers,
      watchersPerPersonInNeed: inNeed > 0 ? round(watchers / inNeed) : null,
      hubs: hubCount,
      hubsByKind: ranked(hubKinds, (kind, count) => ({ kind, count })),
      hubsPer1000Elderly: area.elderly ? round((hubCount * 1000) / area.elderly, 2) : null,
      organizations: present.length,
      organizationsByField: ranked(fields, (field, count) => ({ field: field!, count })),
      councils: workingHere.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        tier: row.tier,
        organizationMembers: row.organizationMemberIds.filter((id) => {
          const member = organizationsById.get(id);
          return member !== undefined && worksIn(member, counts);
        }).length,
        personMembers: row.personMemberAreas.filter(counts).length,
      })),
      unaffiliatedResources: unaffiliatedRows.filter((row) => counts(row.areaId)).length,
      resourceChanges: resourceChanges(changed, counts, period),
      cases: caseFigures({ cases: caseRows, households: householdRows }, counts, query, workingHere),
      children: [],
    };
  }

  return Object.assign(report(root), { children: children.map(report) });
}
