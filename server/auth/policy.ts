/**
 * Who may see and change what — the single place, as pure functions (no database). Resolvers and services ask
 * here through the disclosure step (disclosure.ts); the web app never decides.
 *
 * Reads of a person, per viewer:
 * - a RESTRICTED person (支援措置: DV, stalking, abuse) is seen only by ADMIN and the coordinators named for them;
 *   to everyone else they do not exist, not even as a stand-in;
 * - ADMIN sees everything;
 * - COORDINATOR sees the details of people inside their areas, and of people elsewhere in their municipality who
 *   consented to sharing among professionals (PROFESSIONALS or COMMUNITY); others as stand-ins;
 * - COUNCIL_MEMBER sees by name (and nothing else) the people of their areas with COMMUNITY consent; others as
 *   stand-ins;
 * - PLANNER sees no person at all: planners work with figures (the area report, counts under 5 masked), and a map
 *   of stand-ins would let them count the people of a neighbourhood one by one.
 * Writes: ADMIN, or a COORDINATOR whose areas contain every entity the write touches.
 */
import { ForbiddenError } from '../shared/errors.js';
import { lookBackRefusal, roleMayLookBack } from './lookBack.js';
import { UserRole, type Viewer } from './viewer.js';

/** How much of one person a viewer may see, least to most. */
export type PersonAccess = 'HIDDEN' | 'STAND_IN' | 'NAME' | 'DETAILS';
const order: readonly PersonAccess[] = ['HIDDEN', 'STAND_IN', 'NAME', 'DETAILS'];

/** Whether `access` is at least `needed`. */
export function atLeast(access: PersonAccess, needed: PersonAccess): boolean {
  return order.indexOf(access) >= order.indexOf(needed);
}

/** The lesser of two access levels (a household is seen no better than its least visible member). */
export function least(a: PersonAccess, b: PersonAccess): PersonAccess {
  return order.indexOf(a) <= order.indexOf(b) ? a : b;
}

/** What the policy needs to know of a person. */
export interface PersonFacts {
  consent: string | null | undefined;
  /** The person's area and every ancestor, tier 3 up to tier 1 (empty when located nowhere). */
  areaPath: string[];
  /** RESTRICTED people: the usernames of the coordinators named for them. */
  restrictedFor?: readonly string[] | null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN;
}

/** Whether the area lies inside the viewer's areas. */
export function inScope(viewer: Viewer, areaId: string): boolean {
  return viewer.scope === undefined || viewer.scope.has(areaId);
}

/** Whether any area of the path (an area and those above it) lies inside the viewer's areas. */
function pathInScope(viewer: Viewer, areaPath: readonly string[]): boolean {
  return viewer.scope === undefined || areaPath.some((id) => viewer.scope!.has(id));
}

/** Refuses an area outside the viewer's areas. */
export function assertAreaAccess(viewer: Viewer, areaId: string): void {
  if (!inScope(viewer, areaId)) throw new ForbiddenError(`the area "${areaId}" is outside your areas`);
}

export function isRestricted(person: PersonFacts): boolean {
  return person.consent === 'RESTRICTED';
}

export function personAccess(viewer: Viewer, person: PersonFacts): PersonAccess {
  if (isRestricted(person)) {
    if (isAdmin(viewer)) return 'DETAILS';
    const named = viewer.role === UserRole.COORDINATOR && (person.restrictedFor ?? []).includes(viewer.username);
    return named ? 'DETAILS' : 'HIDDEN';
  }
  const consent = person.consent ?? 'NONE';
  const inOwnAreas = pathInScope(viewer, person.areaPath);
  switch (viewer.role) {
    case UserRole.ADMIN:
      return 'DETAILS';
    case UserRole.COORDINATOR: {
      if (inOwnAreas) return 'DETAILS';
      const sameMunicipality = person.areaPath.some((id) => viewer.municipalityIds.includes(id));
      return sameMunicipality && consent !== 'NONE' ? 'DETAILS' : 'STAND_IN';
    }
    case UserRole.COUNCIL_MEMBER:
      return inOwnAreas && consent === 'COMMUNITY' ? 'NAME' : 'STAND_IN';
    case UserRole.PLANNER:
      return 'HIDDEN';
  }
}

/**
 * The restricted rule of `personAccess` as a Cypher predicate: whether the person bound to `alias` exists at all for
 * the viewer. Analyses and counts shown to a viewer leave out whom it leaves out, so that no figure, degree or
 * difference of figures tells that a restricted person is there. Parameters: `restrictedParams(viewer)`.
 */
export function existsFor(alias: string): string {
  return `(coalesce(${alias}.consent, '') <> 'RESTRICTED' OR $seesAllRestricted OR $viewerName IN coalesce(${alias}.restrictedFor, []))`;
}

/** The same for a household: it exists for the viewer when every member does. */
export function householdExistsFor(alias: string): string {
  return `NOT EXISTS { MATCH (${alias})<-[:MEMBER_OF]-(hidden:Person) WHERE NOT ${existsFor('hidden')} }`;
}

/** The parameters of `existsFor`; without a viewer (the engine's own use) everyone exists. */
export function restrictedParams(viewer: Viewer | undefined): { seesAllRestricted: boolean; viewerName: string } {
  return { seesAllRestricted: viewer === undefined || isAdmin(viewer), viewerName: viewer?.username ?? '' };
}

/** Whether the viewer may see per-person lists (findings, filters by need or role) at all. */
export function seesPeople(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.COORDINATOR;
}

/** Refuses per-person findings (names, needs, households) to a viewer who sees people only as counts. */
export function assertSeesPeople(viewer: Viewer, what: string): void {
  if (!seesPeople(viewer)) {
    throw new ForbiddenError(`your role sees ${what} only as counts (the area report), not person by person`);
  }
}

/**
 * Roles that see no person in detail see the network as it is today: a map or structure at another date, or with
 * ended ties, would tell when a tie to a stand-in began or ended (the rule: lookBack.ts, shared with the web).
 */
export function mayLookBack(viewer: Viewer): boolean {
  return roleMayLookBack(viewer.role);
}

export function assertMayLookBack(viewer: Viewer, asOf: string, today: string, includeEnded = false): void {
  const refusal = lookBackRefusal(viewer.role, asOf, today, includeEnded);
  if (refusal) throw new ForbiddenError(refusal);
}

/** Whether the viewer may create, change or delete anything at all (then only inside their areas). */
export function mayEdit(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.COORDINATOR;
}

export function assertMayEdit(viewer: Viewer): void {
  if (!mayEdit(viewer)) throw new ForbiddenError('your role may look but not change data');
}

/**
 * One entity a write touches, with the areas that place it: a person, household, organization or hub its area
 * (and, for a move, the new one); an organization also every area it serves; a council every area it covers.
 * `reach` entities are tie ends of another kind than a person: an organization, council or hub counts as inside
 * the viewer's areas when it is located in, serves or covers one of them or an area containing them (the city's
 * 生活福祉課 supports residents of every district); `reach` lists those areas and every area inside them.
 */
export interface Touched {
  what: string;
  /** Every one of these areas must lie inside the viewer's areas. */
  areas: readonly string[];
  /** At least one of these must (tie ends that are organizations, councils or hubs). */
  reach?: readonly string[];
}

/** Why the viewer may not make a write touching these entities, or undefined when they may. */
export function writeProblem(viewer: Viewer, touched: readonly Touched[]): string | undefined {
  if (!mayEdit(viewer)) return 'your role may look but not change data';
  if (isAdmin(viewer)) return undefined;
  for (const entity of touched) {
    const outside = entity.areas.find((id) => !inScope(viewer, id));
    if (outside !== undefined) return `${entity.what} lies outside your areas`;
    if (entity.reach && !entity.reach.some((id) => inScope(viewer, id)))
      return `${entity.what} lies outside your areas`;
    if (entity.areas.length === 0 && !entity.reach) return `${entity.what} lies in no area of yours`;
  }
  return undefined;
}

/** Refuses a write the policy does not allow. */
export function assertMayWrite(viewer: Viewer, touched: readonly Touched[]): void {
  const problem = writeProblem(viewer, touched);
  if (problem) throw new ForbiddenError(problem);
}

/** Only ADMIN marks a person RESTRICTED, lifts it, or names their coordinators. */
export function assertMayRestrict(viewer: Viewer): void {
  if (!isAdmin(viewer))
    throw new ForbiddenError('only an administrator marks a person as restricted (支援措置) or lifts it');
}
