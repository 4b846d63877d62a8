/**
 * What the viewer's role may do, so that the screens offer nothing the server would refuse. The server decides
 * (server/auth/); this mirrors its rules, in one place:
 *
 * - writes: ADMIN, or a COORDINATOR whose areas contain every entity the write touches (both ends of a tie);
 * - PLANNER sees aggregates, organizations, hubs and councils, and no person's name;
 * - COUNCIL_MEMBER sees the map of their areas, people by name only with COMMUNITY consent, never their details;
 * - people the viewer may not see in detail come as stand-ins (`anonymous`, labelled 住民);
 * - only ADMIN and COORDINATOR look at another date or at ended ties (the server's own rule, imported).
 */
import { roleMayLookBack } from '../../../server/auth/lookBack';
import type { UserRole } from '../gql/graphql';
import type { FindingItem } from './findings';
import type { NodeData } from './network';

/** A user's role, as the schema names them. */
export type Role = UserRole;

export interface Rights {
  role: Role;
  /** The areas the viewer works in, their subtrees included; undefined: every area (ADMIN). */
  scope: ReadonlySet<string> | undefined;
}

/** The viewer's rights: ADMIN everywhere, everyone else only inside `scope` (nothing when it is not known yet). */
export function rightsOf(role: Role, scope: ReadonlySet<string> | undefined): Rights {
  return { role, scope: role === 'ADMIN' ? undefined : (scope ?? new Set()) };
}

/** Whether the role changes data at all (somewhere). */
export function writes(rights: Rights): boolean {
  return rights.role === 'ADMIN' || rights.role === 'COORDINATOR';
}

/** Whether the role sees people one by one: their details, findings about them, households, ecomaps. */
export function seesPeople(rights: Rights): boolean {
  return rights.role === 'ADMIN' || rights.role === 'COORDINATOR';
}

/**
 * Whether the role is offered the date controls (the map or ecomap as of another day, two dates compared) and
 * ended ties: the server's rule (server/auth/lookBack.ts), so nothing is offered that it would refuse.
 */
export function mayLookBack(rights: Rights): boolean {
  return roleMayLookBack(rights.role);
}

export function administers(rights: Rights): boolean {
  return rights.role === 'ADMIN';
}

/**
 * Whether the viewer may open an area's own report (地域カルテ) or map: inside their areas (the server's
 * assertAreaAccess). The area above theirs is listed, but not theirs to open: no link that is refused.
 */
export function mayOpenArea(rights: Rights, areaId: string): boolean {
  return rights.scope === undefined || rights.scope.has(areaId);
}

/**
 * The area a node of the map is placed in, which a write to it touches: an area is its own; an entity drawn outside
 * the boxes (external, or a council covering more than the map) has none the viewer can be known to hold.
 */
function areaOf(node: NodeData): string | undefined {
  if (node.kind === 'Area') return node.id;
  if (node.external) return undefined;
  return node.parent;
}

/** Whether the viewer may write to this node: ADMIN, or a COORDINATOR when it lies in their areas. */
export function mayEdit(rights: Rights, node: NodeData | undefined): boolean {
  if (!node || !writes(rights)) return false;
  if (rights.scope === undefined) return true;
  // a stand-in is someone the viewer may not see in detail: never in a coordinator's own areas
  if (node.anonymous) return false;
  const area = areaOf(node);
  return area !== undefined && rights.scope.has(area);
}

/** Whether the viewer may add, change or end a tie between these two nodes: both ends in their areas. */
export function mayEditTie(rights: Rights, a: NodeData | undefined, b: NodeData | undefined): boolean {
  if (!a || !b || a.kind === 'Area' || b.kind === 'Area') return false;
  return mayEdit(rights, a) && mayEdit(rights, b);
}

/**
 * Whether the ties of this node can be listed: a person's or household's ties are their details (a council member
 * sees a COMMUNITY-consent person by name only); an organization's, hub's or council's are not.
 */
export function mayListTies(rights: Rights, node: NodeData | undefined): boolean {
  if (!node || node.kind === 'Area' || node.anonymous) return false;
  return seesPeople(rights) || (node.kind !== 'Person' && node.kind !== 'Household');
}

/** Whether the ecomap of this node can be opened: a person or household seen in detail. */
export function mayOpenEcomap(rights: Rights, node: NodeData | undefined): boolean {
  if (!node || !seesPeople(rights) || node.anonymous) return false;
  return node.kind === 'Person' || node.kind === 'Household';
}

/**
 * The suggestions of a finding the viewer may record as made: those in their areas. A case conference
 * (UNCOORDINATED_HOUSEHOLD) brings all its organizations together, so it is all of them or none.
 */
export function acceptableSuggestions(
  rights: Rights,
  item: FindingItem,
  nodeById: ReadonlyMap<string, NodeData>,
): string[] {
  if (!item.acceptable || !writes(rights)) return [];
  if (!item.subjectIds.every((id) => mayEdit(rights, nodeById.get(id)))) return [];
  const mine = item.suggestedIds.filter((id) => mayEdit(rights, nodeById.get(id)));
  if (item.kind === 'UNCOORDINATED_HOUSEHOLD' && mine.length < item.suggestedIds.length) return [];
  return mine;
}

/** Whether the viewer may record a finding's suggestion as made. */
export function mayAccept(rights: Rights, item: FindingItem, nodeById: ReadonlyMap<string, NodeData>): boolean {
  return acceptableSuggestions(rights, item, nodeById).length > 0;
}

/**
 * Whether the viewer may set a finding aside (保留): a missing link (not an isolation finding, which has no kind to
 * set aside) whose subjects are theirs to change.
 */
export function mayDismiss(rights: Rights, item: FindingItem, nodeById: ReadonlyMap<string, NodeData>): boolean {
  if (item.kind === 'ISOLATED' || !writes(rights)) return false;
  return item.subjectIds.every((id) => mayEdit(rights, nodeById.get(id)));
}

/** Whether the viewer may add a person, household, organization or hub located in this area (their areas only). */
export function mayCreateIn(rights: Rights, areaId: string | undefined): boolean {
  if (!areaId || !writes(rights)) return false;
  return rights.scope === undefined || rights.scope.has(areaId);
}

/** The areas the viewer may place an entity in, or list as served or covered: all for ADMIN, else their own. */
export function placeableAreas<A extends { id: string }>(rights: Rights, areas: readonly A[]): A[] {
  return areas.filter((area) => mayCreateIn(rights, area.id));
}

/** Whether the viewer marks a person as restricted (支援措置), lifts it, or names who may see them: ADMIN only. */
export function mayRestrict(rights: Rights): boolean {
  return administers(rights);
}

/** Whether the viewer imports a town bundle or downloads the whole town's export from the browser: ADMIN only. */
export function transfersBundles(rights: Rights): boolean {
  return administers(rights);
}

/** Whether the panel shows a person's 参加支援 matches: the person seen in detail by a role that sees people. */
export function seesMatches(rights: Rights, node: NodeData | undefined): boolean {
  return Boolean(node && node.kind === 'Person' && !node.anonymous && seesPeople(rights));
}

/** Whether the viewer may move a person's match on or follow it up: they may write where the person lives. */
export function mayWriteMatch(rights: Rights, node: NodeData | undefined): boolean {
  return seesMatches(rights, node) && mayEdit(rights, node);
}
