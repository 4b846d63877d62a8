/**
 * The map of an area with level of detail (lod-contract.md): open areas show what lies in them, other areas are
 * boxes with a summary, and ties reaching into a box are bundled per pair of drawn nodes. Only what is drawn is
 * fetched; ties into boxes are counted in the database, grouped by area and by what the policy needs to know, and
 * the policy decides in code, as it does for the full map, which of them the viewer would see.
 */

import { readInParts } from '../../analysis/common/area.js';
import { isAdmin, type PersonAccess, personAccess, restrictedParams, seesPeople } from '../../auth/policy.js';
import { UserRole, type Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { cachedReads } from '../../graph/readCache.js';
import { householdAccess, householdAccesses } from '../../households/household.access.js';
import type { TieCategory } from '../../vocabulary/ties.js';
import { NetworkBuilder } from '../assemble.js';
import * as q from '../network.queries.js';
import type { Network, NetworkEdge } from '../network.type.js';
import { Boxes } from './boxes.js';
import { type TieGroupRow, tieGroups } from './lod.queries.js';
import { boxSummaries } from './summaries.js';
import { targetRows, visibleTarget } from './targets.js';

export interface LevelOfDetail {
  open: readonly string[];
  show: readonly string[];
  focus: string | null;
}

export interface MapFrame {
  areaId: string;
  /** the map's area and every area inside it */
  inside: q.AreaNodeRow[];
  parents: ReadonlyMap<string, string | null>;
  pathOf: (areaId: string) => string[];
  /** where a council sits: the one area it covers, else the nearest area holding all it covers */
  councilParent: (covered: string[]) => string | null;
}

const bundleCategories: readonly TieCategory[] = ['family', 'informal', 'formal'];

/** A bundle between two drawn nodes, its ties counted by category. */
class Bundles {
  private readonly pairs = new Map<string, Map<string, number>>();

  add(a: string, b: string, category: string, n: number) {
    if (a === b || n === 0) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}|${high}`;
    const counts = this.pairs.get(key) ?? new Map<string, number>();
    counts.set(category, (counts.get(category) ?? 0) + n);
    this.pairs.set(key, counts);
  }

  edges(): NetworkEdge[] {
    return [...this.pairs].map(([key, counts]) => {
      const [source, target] = key.split('|');
      const categories = bundleCategories
        .filter((category) => counts.has(category))
        .map((category) => ({ category, count: counts.get(category)! }));
      const count = categories.reduce((sum, c) => sum + c.count, 0);
      // the category most of its ties have, for the line's colour
      const main = categories.reduce((best, c) => (c.count > best.count ? c : best));
      return {
        id: `bundle:${key}`,
        source,
        target,
        type: 'BUNDLE',
        category: main.category,
        strength: 'NORMAL',
        since: null,
        until: null,
        active: true,
        count,
        categories,
      };
    });
  }
}

export async function buildLodNetwork(
  graph: Graph,
  viewer: Viewer,
  frame: MapFrame,
  asOf: string,
  includeEnded: boolean,
  detail: LevelOfDetail,
): Promise<Network> {
  const { areaId, inside, pathOf } = frame;
  const insideIds = inside.map((a) => a.id);
  const insideSet = new Set(insideIds);

  // councils of the map and where each sits (outside the map's areas: at its top, as on the full map)
  const councilRows = await graph.read<q.EntityRow>(q.councilsCovering, { areaIds: insideIds });
  const councilArea = new Map<string, string | null>();
  for (const row of councilRows) {
    const parent = frame.councilParent(row.areaIds);
    councilArea.set(row.id, parent && insideSet.has(parent) ? parent : null);
  }
  const councils = new Map(councilRows.map((row) => [row.id, row]));

  const households = new Map<string, PersonAccess>();
  /** the rows the viewer sees, learning the access to the households they name */
  const seen = async (rows: q.EntityRow[], givenIds: ReadonlySet<string>) => {
    const named = rows.flatMap((row) =>
      row.label === 'Household' ? [row.id] : row.label === 'Council' && row.householdId ? [row.householdId] : [],
    );
    for (const [id, access] of await householdAccesses(graph, viewer, [...new Set(named)])) households.set(id, access);
    return rows.filter((row) => visibleTarget(viewer, row, pathOf, households, givenIds));
  };
  const shown = await targetRows(
    { graph, viewer, insideIds, areaPath: pathOf, councils, asOf, includeEnded },
    detail.show,
    detail.focus,
    seen,
  );
  await seen(councilRows, new Set());
  const placeOf = (row: q.EntityRow) =>
    row.label === 'Council' ? (councilArea.get(row.id) ?? areaId) : row.areaIds[0];
  const boxes = new Boxes(areaId, inside, detail.open, shown.map(placeOf));
  // the counts over whole areas cost most and change only with the data: kept while it does not change
  const data = await cachedReads(graph);
  // the ties into boxes, counted while the rest is fetched
  const counted = readInParts<TieGroupRow>(data, areaId, tieGroups, {
    insideAreas: insideIds,
    asOf,
    includeEnded,
    closedAreas: boxes.closedAreas(),
    boxOf: Object.fromEntries(boxes.closedAreas().map((id) => [id, boxes.containerOf(id)])),
    drawnIds: shown.map((row) => row.id),
    withPeople: viewer.role !== UserRole.PLANNER,
    householdMembers: viewer.role === UserRole.COORDINATOR,
    countPairs: !isAdmin(viewer),
    ...restrictedParams(viewer),
  });
  // awaited below; until then a failure must not count as unhandled (it is rethrown where awaited)
  counted.catch(() => undefined);
  // a council is counted in the box it sits in when the viewer sees it (its household is known from `seen` above)
  const visibleCouncil = (row: q.EntityRow) => !row.householdId || households.get(row.householdId) === 'DETAILS';
  const seenCouncils = councilRows.filter(visibleCouncil);
  // the boxes' summaries, counted while the rest is fetched
  const summarised = boxSummaries(
    data,
    viewer,
    boxes,
    asOf,
    seenCouncils.flatMap((row) => (councilArea.get(row.id) ? [councilArea.get(row.id)!] : [])),
  );
  summarised.catch(() => undefined);

  // what lies in open areas, and the councils sitting in them
  const openIds = insideIds.filter((id) => boxes.isOpen(id));
  // the ties of what lies there, found from the areas (far cheaper than by each entity's id) while the rest is fetched
  const openTies = graph.read<q.EdgeRow>(q.edgesLocatedIn, { areaIds: openIds });
  openTies.catch(() => undefined);
  const located = await graph.read<q.EntityRow>(q.locatedIn, { areaIds: openIds });
  const openHouseholds = await householdAccesses(
    graph,
    viewer,
    located.filter((row) => row.label === 'Household').map((row) => row.id),
  );
  for (const [id, access] of openHouseholds) households.set(id, access);

  const summaries = await summarised;
  const builder = new NetworkBuilder(viewer, 'network', pathOf, households, asOf);
  for (const area of inside) {
    if (!boxes.isDrawn(area.id)) continue;
    builder.addArea(area, area.id === areaId ? null : area.parentId, summaries.get(area.id));
  }
  const drawnCouncils = seenCouncils.filter((row) => boxes.isOpen(councilArea.get(row.id) ?? areaId));
  const entities = new Map<string, q.EntityRow>();
  for (const row of [...located, ...drawnCouncils, ...shown]) entities.set(row.id, row);
  for (const row of entities.values()) {
    const parent = row.label === 'Council' ? councilArea.get(row.id)! : row.areaIds[0];
    builder.addEntity(row, parent);
  }
  // entities located on the map that are drawn by themselves: the ties between them are fetched as ties
  const locatedDrawn = [...entities.values()].filter((row) => row.label !== 'Council').map((row) => row.id);

  const locatedIds = new Set(located.map((row) => row.id));
  const elsewhere = [...entities.keys()].filter((id) => !locatedIds.has(id));
  const [fromAreas, fromIds, groups] = await Promise.all([
    openTies,
    elsewhere.length > 0 ? graph.read<q.EdgeRow>(q.edgesTouching, { ids: elsewhere }) : [],
    counted,
  ]);
  // every tie touching a drawn entity, once (a tie between one located here and one drawn elsewhere is in both)
  const ties = [...new Map([...fromAreas, ...fromIds].map((tie) => [tie.id, tie])).values()];

  // organizations, councils and hubs elsewhere tied to something here are drawn outside the boxes, as on the full map
  const locatedSet = new Set(locatedDrawn);
  const onFullMap = (tie: q.EdgeRow) => locatedSet.has(tie.source) || locatedSet.has(tie.target);
  const outsideIds = new Set<string>();
  const notHere = (id: string) => !builder.has(id) && !councils.has(id);
  for (const tie of ties.filter(onFullMap))
    for (const id of [tie.source, tie.target]) if (notHere(id)) outsideIds.add(id);
  for (const group of groups) {
    if (!group.sourceInBox && notHere(group.source)) outsideIds.add(group.source);
    if (!group.targetInBox && notHere(group.target)) outsideIds.add(group.target);
  }
  if (outsideIds.size > 0) {
    const outside = await graph.read<q.EntityRow>(q.entitiesById, { ids: [...outsideIds] });
    for (const row of outside) {
      if (row.label === 'Person' || row.label === 'Household') continue;
      if (row.areaIds.some((id) => insideSet.has(id))) continue;
      builder.addEntity(row, null, true);
    }
  }

  for (const tie of ties) if (onFullMap(tie)) builder.addEdge(tie, asOf, includeEnded);

  // each end of a group: the drawn node standing for it, and whether the viewer sees it only as a stand-in
  const endOf = (
    key: string,
    inBox: boolean,
    label: string,
    consent: string | null,
    named: boolean,
    members: TieGroupRow['sourceMembers'],
  ): { node: string; self: boolean; undisclosed: boolean } | undefined => {
    if (!inBox) {
      const mapId = builder.mapIdOf(key);
      if (mapId) return { node: mapId, self: true, undisclosed: builder.isUndisclosed(key) };
      const council = councils.get(key);
      const place = councilArea.get(key);
      if (!council || !place || !visibleCouncil(council)) return undefined;
      const box = boxes.containerOf(place);
      return box ? { node: box, self: false, undisclosed: false } : undefined;
    }
    const node = boxes.containerOf(key);
    if (!node) return undefined;
    const facts = (c: string | null, isNamed: boolean, at: string | null) => ({
      consent: c,
      restrictedFor: isNamed ? [viewer.username] : [],
      areaPath: at ? pathOf(at) : [],
    });
    if (label === 'Person') {
      const access = personAccess(viewer, facts(consent, named, key));
      if (access === 'HIDDEN') return undefined;
      return { node, self: false, undisclosed: access !== 'DETAILS' };
    }
    if (label === 'Household') {
      if (!seesPeople(viewer)) return undefined;
      const access = householdAccess(viewer, {
        areaPath: pathOf(key),
        members: (members ?? []).map(([c, isNamed, at], i) => ({ id: String(i), ...facts(c, isNamed, at) })),
      });
      return access === 'DETAILS' ? { node, self: false, undisclosed: false } : undefined;
    }
    return { node, self: false, undisclosed: false };
  };

  const bundles = new Bundles();
  for (const group of groups) {
    const a = endOf(
      group.source,
      group.sourceInBox,
      group.sourceLabel,
      group.sourceConsent,
      group.sourceNamed,
      group.sourceMembers,
    );
    const b = endOf(
      group.target,
      group.targetInBox,
      group.targetLabel,
      group.targetConsent,
      group.targetNamed,
      group.targetMembers,
    );
    // not on the viewer's full map, or drawn as a tie
    if (!a || !b || (a.self && b.self)) continue;
    bundles.add(a.node, b.node, group.category, a.undisclosed || b.undisclosed ? group.pairs : group.ties);
  }
  for (const edge of bundles.edges()) builder.addBundle(edge);
  return builder.finish(graph);
}
