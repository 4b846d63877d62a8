/**
 * What counts as "in an area" — one definition for the area list (areas), the 地域カルテ (areaReport) and the
 * members of a council counted in an area. An area counts what is in it and in every area within it:
 * - people known: people located in it who exist for the viewer (restricted people only for whom policy.ts says);
 * - hubs: hubs located in it and open on the date (`$asOf`: not yet closed, not opened later);
 * - organizations: organizations located in it or serving it and open on the date, each once however many of its areas it reaches
 *   (a town-wide agency serving a 中学校区 counts there, though its office is elsewhere).
 */
import { existsFor } from '../auth/policy.js';
import { isOpenCypher } from '../vocabulary/tiePredicates.js';

/** Cypher: binds `p` to each person living in `area` who exists for the viewer (params: restrictedParams). */
export function peopleLivingIn(area: string, p = 'p'): string {
  return `MATCH (${p}:Person)-[:LOCATED_IN]->(${area}) WHERE ${existsFor(p)}`;
}

/** Cypher: binds `h` to each hub located in `area` and open on `$asOf`. */
export function hubsIn(area: string, h = 'h'): string {
  return `MATCH (${h}:Hub)-[:LOCATED_IN]->(${area}) WHERE ${isOpenCypher(h)}`;
}

/** Cypher: binds `o` to each organization located in or serving `area` and open on `$asOf` (once per area it reaches). */
export function organizationsWorkingIn(area: string, o = 'o'): string {
  return `MATCH (${o}:Organization)-[:LOCATED_IN|SERVES]->(${area}) WHERE ${isOpenCypher(o)}`;
}

/** An organization and the areas it is located in or serves (from organizationsWorkingIn). */
export interface OrganizationAreas {
  id: string;
  areaIds: readonly string[];
}

/** Whether the organization counts in an area: some area it works in lies in it (`inArea`). */
export function worksIn(organization: OrganizationAreas, inArea: (areaId: string) => boolean): boolean {
  return organization.areaIds.some(inArea);
}
