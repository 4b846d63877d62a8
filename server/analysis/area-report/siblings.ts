/**
 * The sibling comparison of the 地域カルテ: the area beside the other areas under the same parent, without asking
 * for the parent's report (a coordinator of a 中学校区 may not read the town's).
 *
 * Who is offered which sibling (policy.ts):
 * - an area inside the viewer's areas: as in its own report;
 * - ADMIN: every sibling, exact;
 * - COORDINATOR, a sibling outside their areas in their municipality: aggregates only, small counts masked as for a
 *   PLANNER. personAccess already shows a coordinator every person of the municipality at least as a stand-in, so
 *   figures over a sibling tell no more than the map; masking keeps those areas, where they see only the consenting
 *   people in detail, at the level of aggregates;
 * - PLANNER and COUNCIL_MEMBER: no sibling outside their areas (every read of theirs is confined to their areas,
 *   assertAreaAccess); they are counted in `withheld`, so the screen can say why they are missing.
 */
import { inScope, isAdmin } from '../../auth/policy.js';
import { UserRole, type Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { toAreaReport } from './areaReport.mask.js';
import { areaReport } from './areaReport.service.js';
import { SiblingReports } from './areaReport.type.js';

const parentOf = `
MATCH (a:Area {id: $areaId})
OPTIONAL MATCH (a)-[:WITHIN]->(parent:Area)
OPTIONAL MATCH (parent)-[:WITHIN*0..]->(top:Area) WHERE NOT (top)-[:WITHIN]->()
RETURN parent.id AS parentId, top.id AS municipalityId`;

/** Whether the viewer is offered a sibling's figures, and whether exactly (see above). */
function offer(viewer: Viewer, areaId: string, municipalityId: string | null): 'own' | 'aggregate' | 'none' {
  if (isAdmin(viewer) || inScope(viewer, areaId)) return 'own';
  const inMunicipality = municipalityId !== null && viewer.municipalityIds.includes(municipalityId);
  return viewer.role === UserRole.COORDINATOR && inMunicipality ? 'aggregate' : 'none';
}

/** The area's siblings as the viewer may compare them; the caller has checked the viewer may read the area. */
export async function siblingReports(graph: Graph, viewer: Viewer, areaId: string, asOf: string) {
  const [row] = await graph.read<{ parentId: string | null; municipalityId: string | null }>(parentOf, { areaId });
  const result = Object.assign(new SiblingReports(), { parentId: row?.parentId ?? null, areas: [], withheld: 0 });
  if (!row?.parentId) return result;
  const parent = await areaReport(graph, { areaId: row.parentId, asOf, viewer });
  for (const sibling of parent.children) {
    const how = offer(viewer, sibling.areaId, row.municipalityId);
    if (how === 'none') result.withheld += 1;
    else result.areas.push(toAreaReport(viewer, sibling, how === 'own' ? undefined : false));
  }
  return result;
}
