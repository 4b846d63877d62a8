/**
 * Who may see what — the single place. Resolvers and services ask here; the web app never decides.
 *
 * - ADMIN sees everything.
 * - COORDINATOR sees everything inside their areas, and the details of people elsewhere in their municipality who
 *   consented to sharing among professionals (PROFESSIONALS or COMMUNITY).
 * - PLANNER sees aggregates, organizations, hubs and councils of their areas; never a person's name or needs.
 * - COUNCIL_MEMBER sees the map of their areas; a person appears by name only with COMMUNITY consent, otherwise
 *   as an anonymous node.
 */
import { audit as appendToLog } from '../audit/audit.service.js';
import type { Graph } from '../graph/graph.js';
import { ForbiddenError } from '../shared/errors.js';
import { UserRole, type Viewer, actorOf } from './viewer.js';

/** How much of one person a viewer may see. */
export type PersonAccess = 'DETAILS' | 'NAME' | 'ANONYMOUS';

/** What the policy needs to know of a person. */
export interface PersonFacts {
  consent: string | null | undefined;
  /** The person's area and every ancestor, tier 3 up to tier 1. */
  areaPath: string[];
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN;
}

/** Whether the area lies inside the viewer's areas. */
export function inScope(viewer: Viewer, areaId: string): boolean {
  return viewer.scope === undefined || viewer.scope.has(areaId);
}

/** Refuses an area outside the viewer's areas. */
export function assertAreaAccess(viewer: Viewer, areaId: string): void {
  if (!inScope(viewer, areaId)) throw new ForbiddenError(`the area "${areaId}" is outside your areas`);
}

export function personAccess(viewer: Viewer, person: PersonFacts): PersonAccess {
  const consent = person.consent ?? 'NONE';
  const inOwnAreas = viewer.scope === undefined || person.areaPath.some((id) => viewer.scope!.has(id));
  switch (viewer.role) {
    case UserRole.ADMIN:
      return 'DETAILS';
    case UserRole.COORDINATOR: {
      if (inOwnAreas) return 'DETAILS';
      const sameMunicipality = person.areaPath.some((id) => viewer.municipalityIds.includes(id));
      return sameMunicipality && consent !== 'NONE' ? 'DETAILS' : 'ANONYMOUS';
    }
    case UserRole.COUNCIL_MEMBER:
      return inOwnAreas && consent === 'COMMUNITY' ? 'NAME' : 'ANONYMOUS';
    case UserRole.PLANNER:
      return 'ANONYMOUS';
  }
}

/** Refuses a read of a person's details the viewer may not make. */
export function assertPersonDetails(viewer: Viewer, person: PersonFacts, personId: string): void {
  if (personAccess(viewer, person) !== 'DETAILS') {
    throw new ForbiddenError(`you may not see the details of person "${personId}"`);
  }
}

/** Whether the viewer may see per-person findings (names and needs) at all. */
export function seesPeople(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.COORDINATOR;
}

/** Refuses per-person findings (names, needs, households) to a viewer who sees people only as counts. */
export function assertSeesPeople(viewer: Viewer, what: string): void {
  if (!seesPeople(viewer)) {
    throw new ForbiddenError(`your role sees ${what} only as counts (the area report), not person by person`);
  }
}

/** Whether the viewer may create, change or delete data (in their areas). */
export function mayEdit(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.COORDINATOR;
}

export function assertMayEdit(viewer: Viewer): void {
  if (!mayEdit(viewer)) throw new ForbiddenError('your role may look but not change data');
}

/** Records that the viewer read a person's details, in the chained audit log (server/audit/). */
export async function audit(graph: Graph, viewer: Viewer, action: string, personIds: string[]): Promise<void> {
  await appendToLog(graph, actorOf(viewer), { kind: 'DISCLOSURE', action, personIds, level: 'DETAILS' });
}
