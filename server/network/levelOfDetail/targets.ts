/**
 * The entities a level-of-detail map draws wherever they lie: those named in `show` (real ids, or stand-in ids the
 * viewer was given) and the `focus` with every node tied to it. An id the viewer may not see, or that names nothing,
 * is left out alike: no error, no box drawn on the way to it.
 */
import { type PersonAccess, personAccess } from '../../auth/policy.js';
import { standInId } from '../../auth/standIns.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { isActive } from '../../vocabulary/tiePredicates.js';
import * as q from '../network.queries.js';
import { peopleFacts, type StandInCandidateRow } from './lod.queries.js';

const standInPrefix = 'anon-';

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
  const found = new Map<string, string>();
  for (const person of people) {
    const access = personAccess(viewer, { ...person, areaPath: areaPath(person.areaId) });
    if (access !== 'STAND_IN' && access !== 'NAME') continue;
    const standIn = standInId(viewer.username, person.id);
    if (wanted.has(standIn)) found.set(standIn, person.id);
  }
  return found;
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

/**
 * The rows of the entities to draw for `show` and `focus`, before the policy's last word (the caller's `visible`):
 * inside the map only. `givenIds` holds the real ids that were asked for by their real id.
 */
export async function targetRows(
  context: TargetContext,
  show: readonly string[],
  focus: string | null,
): Promise<{ rows: q.EntityRow[]; givenIds: Set<string>; focusId: string | null }> {
  const { graph, viewer, insideIds, areaPath } = context;
  const asked = [...new Set([...show, ...(focus ? [focus] : [])])];
  const standIns = await standInsResolved(graph, viewer, asked, insideIds, areaPath);
  const real = (id: string) => standIns.get(id) ?? (id.startsWith(standInPrefix) ? undefined : id);
  const givenIds = new Set(asked.filter((id) => !id.startsWith(standInPrefix)));
  const focusId = focus ? (real(focus) ?? null) : null;
  const ids = new Set(asked.map(real).filter((id): id is string => id !== undefined));
  if (focusId) {
    const ties = await graph.read<q.EdgeRow>(q.edgesTouching, { ids: [focusId] });
    for (const tie of ties) {
      if (!context.includeEnded && !isActive(tie, context.asOf)) continue;
      ids.add(tie.source === focusId ? tie.target : tie.source);
    }
  }
  if (ids.size === 0) return { rows: [], givenIds, focusId };
  const inside = new Set(insideIds);
  const rows = (await graph.read<q.EntityRow>(q.entitiesById, { ids: [...ids] })).flatMap((row) => {
    if (row.label === 'Council') {
      const council = context.councils.get(row.id);
      return council ? [council] : [];
    }
    // located entities: their one area, which must lie on the map
    return row.areaIds.length > 0 && inside.has(row.areaIds[0]) ? [{ ...row, areaIds: [row.areaIds[0]] }] : [];
  });
  return { rows, givenIds, focusId };
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
