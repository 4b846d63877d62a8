/**
 * mapSearch: the entities of an area's map whose name contains a text, as the viewer may see them — organizations,
 * hubs and councils; households seen in detail; people seen by name or in detail (a stand-in is never found by
 * name, a restricted person only by who sees them). Each hit carries the areas from the map's area down to where
 * it lies, to open or to draw it with `show`. What is found is recorded as shown (the disclosure step).
 */
import { compareAreas } from '../../areas/areaOrder.js';
import { Disclosure } from '../../auth/disclosure.js';
import { assertAreaAccess, atLeast, restrictedParams } from '../../auth/policy.js';
import { UserRole, type Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { householdAccesses } from '../../households/household.access.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { toHiragana, toKatakana } from '../../shared/kana.js';
import * as q from '../network.queries.js';
import { councilParent } from '../network.service.js';
import { MapSearchHit } from '../network.type.js';
import { type SearchRow, searchMap } from './mapSearch.queries.js';

export const maxSearchText = 100;
export const maxSearchLimit = 50;

/** The text as names are compared: NFKC, lower case. */
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function checked(text: string, limit: number): string {
  const needle = searchForm(text.trim());
  if (needle.length < 1 || needle.length > maxSearchText) {
    throw new BadInputError(`text is 1 to ${maxSearchText} characters, not ${needle.length}`, 'text');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > maxSearchLimit) {
    throw new BadInputError(`limit is a whole number from 1 to ${maxSearchLimit}, not ${limit}`, 'limit');
  }
  return needle;
}

/** Two paths of areas in the municipality's order: the first area where they part decides (a shorter path first). */
function comparePaths(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Best first: the whole name, then names starting with the text; then where they lie, in the municipality's order
 * of areas (`position`: an area's place in it); then the shorter name, then by name and id.
 */
function rank(needle: string, position: ReadonlyMap<string, number>) {
  const wanted = toHiragana(needle);
  const score = (hit: MapSearchHit) => {
    const name = toHiragana(searchForm(hit.label));
    return name === wanted ? 0 : name.startsWith(wanted) ? 1 : 2;
  };
  const where = (hit: MapSearchHit) => hit.path.map((id) => position.get(id) ?? Number.MAX_SAFE_INTEGER);
  return (a: MapSearchHit, b: MapSearchHit) =>
    score(a) - score(b) ||
    comparePaths(where(a), where(b)) ||
    a.label.length - b.label.length ||
    a.label.localeCompare(b.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function mapSearch(
  graph: Graph,
  viewer: Viewer,
  areaId: string,
  text: string,
  limit: number,
): Promise<MapSearchHit[]> {
  const needle = checked(text, limit);
  assertAreaAccess(viewer, areaId);
  const areaRows = await graph.read<q.AreaNodeRow>(q.areasOf, { areaId });
  if (areaRows.length === 0) throw new NotFoundError('Area', areaId);
  const parents = new Map(areaRows.map((a) => [a.id, a.parentId]));
  const pathOf = (id: string) => {
    const path: string[] = [];
    for (let at: string | null | undefined = id; at; at = parents.get(at)) path.push(at);
    return path;
  };
  /** the map's area down to the area, as the client opens them */
  const pathFromMap = (id: string) => {
    const up = pathOf(id);
    return up.slice(0, up.indexOf(areaId) + 1).reverse();
  };

  const rows = await graph.read<SearchRow>(searchMap, {
    areaId,
    needles: [...new Set([needle, toHiragana(needle), toKatakana(needle)])],
    // a planner sees no person: none is looked for
    withPeople: viewer.role !== UserRole.PLANNER,
    ...restrictedParams(viewer),
  });
  const households = await householdAccesses(graph, viewer, [
    ...new Set(
      rows.flatMap((row) => (row.label === 'Household' ? [row.id] : row.householdId ? [row.householdId] : [])),
    ),
  ]);
  // `disclosure` decides and redacts; `record` records only the people among the hits sent (after the limit)
  const disclosure = new Disclosure(viewer, 'mapSearch');
  const hits: MapSearchHit[] = [];
  for (const row of rows) {
    const label = row.name ?? row.id;
    if (row.label === 'Person') {
      const access = disclosure.access(row.id, {
        consent: row.consent,
        restrictedFor: row.restrictedFor,
        areaPath: pathOf(row.areaIds[0]),
      });
      // found by name: only by whom may read the name
      if (!atLeast(access, 'NAME')) continue;
      const full = { id: row.id, kind: row.label, label, path: pathFromMap(row.areaIds[0]) };
      const blank = { id: disclosure.idFor(row.id, access)!, kind: row.label, label, path: [] };
      hits.push(Object.assign(new MapSearchHit(), disclosure.redact('MapSearchHit', row.id, access, full, blank)));
      continue;
    }
    if (row.label === 'Household' && households.get(row.id) !== 'DETAILS') continue;
    if (row.label === 'Council' && row.householdId && households.get(row.householdId) !== 'DETAILS') continue;
    const place = row.label === 'Council' ? (councilParent(row.areaIds, parents) ?? areaId) : row.areaIds[0];
    const inMap = pathOf(place).includes(areaId) ? place : areaId;
    hits.push(Object.assign(new MapSearchHit(), { id: row.id, kind: row.label, label, path: pathFromMap(inMap) }));
  }
  const ordered = [...areaRows].sort((a, b) => a.tier - b.tier || compareAreas(a, b));
  const position = new Map(ordered.map((area, index) => [area.id, index]));
  const found = hits.sort(rank(needle, position)).slice(0, limit);
  const sent = new Set(found.map((hit) => hit.id));
  const record = new Disclosure(viewer, 'mapSearch');
  for (const row of rows) {
    if (row.label !== 'Person') continue;
    const access = disclosure.accessOf(row.id);
    if (sent.has(row.id) || sent.has(disclosure.idFor(row.id, access) ?? '')) record.shown(row.id, access);
  }
  await record.record(graph);
  return found;
}
