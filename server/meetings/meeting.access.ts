/** Whose meetings a viewer may see: one rule for the work list, the case page and decisions taken at a meeting. */
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { TieEnds } from '../ties/tie.access.js';

/**
 * Of these councils, those the viewer may see the meetings of: councils they see in detail and, for a coordinator,
 * sit on (a council covering one of their areas or an area containing them).
 */
export async function councilsSatOn(
  graph: Graph,
  viewer: Viewer,
  councilIds: readonly string[],
  action: string,
): Promise<Set<string>> {
  const ends = await TieEnds.of(graph, viewer, [...new Set(councilIds)], action);
  return new Set(
    councilIds.filter(
      (id) =>
        ends.accessOf(id) === 'DETAILS' &&
        (viewer.scope === undefined || (ends.row(id)?.reach ?? []).some((area) => viewer.scope!.has(area))),
    ),
  );
}
