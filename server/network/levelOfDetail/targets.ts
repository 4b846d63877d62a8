/**
 * The entities a level-of-detail map draws wherever they lie: those named in `show` (real ids, or stand-in ids the
 * viewer was given) and the `focus` with every node tied to it. An id the viewer may not see, or that names nothing,
 * is left out alike: no error, no box drawn on the way to it.
 */
import { type PersonAccess, personAccess } from '../../auth/policy.js';
import { matchStandIns, standInPrefix } from '../../auth/standIns.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { isActive } from '../../vocabulary/tiePredicates.js';
import * as q from '../network.queries.js';
import { peopleFacts, type StandInCandidateRow } from './lod.queries.js';

/** The real ids of the stand-ins among `ids`: those the viewer gets for people located in `areaIds`. */
async function standInsResolved(
  graph: Graph,
  viewer: Viewer,
  ids: readonly string[],
  areaIds: readonly string[],
  areaPath: (areaId: string) => string[],
): Promise<Map<string, string>> {
  const wanted = new Set(ids.filter((id) => id.startsWith(standInPrefix)));
  if (wanted.size === 0) return new Map();
  const people = await graph.read<StandInCandidateRow>(peopleFacts, { areaIds });
  // only people the viewer is given a stand-in for can be behind one
  const standingIn = people.filter((person) => {
    const access = personAccess(viewer, { ...person, areaPath: areaPath(person.areaId) });
    return access === 'STAND_IN' || access === 'NAME';
  });
  return matchStandIns(
    viewer.username,
    standingIn.map((person) => person.id),
    wanted,
  );
}

export interface TargetContext {
  graph: Graph;
  viewer: Viewer;
  /** the map's area and every area inside it */
  insideIds: readonly string[];
  areaPath: (areaId: string) => string[];
  /** the councils drawn inside the map, by id */
  councils: ReadonlyMap<string, q.EntityRow>;
  asOf: string;
  includeEnded: boolean;
}

/** The rows of the entities on the map with these ids (councils as drawn on the map; others by their one area). */
async function rowsInside(context: TargetContext, ids: readonly string[]): Promise<q.EntityRow[]> {
  if (ids.length === 0) return [];
  const inside = new Set(context.insideIds);
  return (await context.graph.read<q.EntityRow>(q.entitiesById, { ids })).flatMap((row) => {
    if (row.label === 'Council') {
      const council = context.councils.get(row.id);
      return council ? [council] : [];
    }
    return row.areaIds.length > 0 && inside.has(row.areaIds[0]) ? [{ ...row, areaIds: [row.areaIds[0]] }] : [];
  });
}

/**
 * The rows of the entities to draw for `show` and `focus`, inside the map only, each one the viewer may see (the
 * caller's `seen`, given the real ids asked for by their real id). The focus's neighbours only when the focus is seen.
 */
export async function targetRows(
  context: TargetContext,
  show: readonly string[],
  focus: string | null,
  seen: (rows: q.EntityRow[], givenIds: ReadonlySet<string>) => Promise<q.EntityRow[]>,
): Promise<q.EntityRow[]> {
  const { graph, viewer, insideIds, areaPath } = context;
  const asked = [...new Set([...show, ...(focus ? [focus] : [])])];
  const standIns = await standInsResolved(graph, viewer, asked, insideIds, areaPath);
  const real = (id: string) => standIns.get(id) ?? (id.startsWith(standInPrefix) ? undefined : id);
  const givenIds = new Set(asked.filter((id) => !id.startsWith(standInPrefix)));
  const ids = [...new Set(asked.map(real).filter((id): id is string => id !== undefined))];
  const rows = await seen(await rowsInside(context, ids), givenIds);
  const focusId = focus ? real(focus) : undefined;
  if (!focusId || !rows.some((row) => row.id === focusId)) return rows;
  const ties = await graph.read<q.EdgeRow>(q.edgesTouching, { ids: [focusId] });
  const neighbours = ties
    .filter((tie) => context.includeEnded || isActive(tie, context.asOf))
    .map((tie) => (tie.source === focusId ? tie.target : tie.source));
  const known = new Set(rows.map((row) => row.id));
  const more = await rowsInside(
    context,
    [...new Set(neighbours)].filter((id) => !known.has(id)),
  );
  return [...rows, ...(await seen(more, new Set()))];
}

/**
 * Whether the viewer sees a target at all: a person not hidden (and in detail when asked for by their real id, which
 * the viewer only has with details), a household or case conference in detail.
 */
export function visibleTarget(
  viewer: Viewer,
  row: q.EntityRow,
  areaPath: (areaId: string) => string[],
  households: ReadonlyMap<string, PersonAccess>,
  givenIds: ReadonlySet<string>,
): boolean {
  if (row.label === 'Person') {
    const access = personAccess(viewer, {
      consent: row.consent,
      restrictedFor: row.restrictedFor,
      areaPath: row.areaIds.flatMap(areaPath),
    });
    if (access === 'HIDDEN') return false;
    return access === 'DETAILS' || !givenIds.has(row.id);
  }
  if (row.label === 'Household') return households.get(row.id) === 'DETAILS';
  if (row.label === 'Council' && row.householdId) return households.get(row.householdId) === 'DETAILS';
  return true;
}
