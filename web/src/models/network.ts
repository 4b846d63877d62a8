/**
 * The map's elements from a `network` (or `ecomap`) answer: one node per area, person, household, organization,
 * council and hub, nested by `parent` so that the tiers draw as boxes inside boxes, and one edge per tie. Classes
 * carry what the stylesheet keys on (kind, tier, tie category, strength, ended, anonymous).
 */
import type { NetworkQuery } from '../gql/graphql';
import type { NodeKind, Strength, TieCategory } from './vocabulary';

type MapNode = NetworkQuery['network']['nodes'][number];
type MapEdge = NetworkQuery['network']['edges'][number];

/**
 * A node as `network` or `ecomap` answers it, its fields typed as generated from the schema: beyond the contract's
 * four they are optional here, since the ecomap asks for fewer (no tier, external or tags).
 */
export type NetworkNode = Pick<MapNode, 'id' | 'kind' | 'label'> & Partial<MapNode>;

/** A tie as `network` and `ecomap` answer it, typed as generated; beyond the contract's four, fields are optional. */
export type NetworkEdge = Pick<MapEdge, 'id' | 'source' | 'target' | 'type'> & Partial<MapEdge>;

export interface Network {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
}

export interface NodeData {
  id: string;
  label: string;
  kind: NodeKind;
  /** The enclosing area (a compound node). */
  parent?: string;
  tier?: number;
  fields: string[];
  roles: string[];
  subKind?: string;
  tags: string[];
  ageBand?: string;
  anonymous: boolean;
  external: boolean;
  /** For a collapsed area: how many entities it holds, and the size to draw it at. */
  count?: number;
  boxWidth?: number;
  boxHeight?: number;
  /** The structure layer (structureLayer.ts): a broker's size, its community's tint. */
  structureSize?: number;
  structureTint?: string;
}

export type EdgeCategory = TieCategory | 'suggested';

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  category: EdgeCategory;
  strength: Strength;
  active: boolean;
  since?: string;
  until?: string;
  /** For an edge that stands for several (a collapsed area's merged edges): how many, and their categories. */
  count?: number;
  categories?: TieCategory[];
  /** What to write on the edge (the count of a merged edge). */
  label?: string;
  /** For a suggested edge: the finding it comes from. */
  findingKey?: string;
}

export interface NodeElement {
  group: 'nodes';
  data: NodeData;
  classes: string[];
}
export interface EdgeElement {
  group: 'edges';
  data: EdgeData;
  classes: string[];
}
export type MapElement = NodeElement | EdgeElement;

const kinds = new Set<string>(['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub']);
const categories = new Set<string>(['family', 'informal', 'formal', 'household']);
const strengthCodes = new Set<string>(['STRONG', 'NORMAL', 'WEAK', 'STRAINED']);

export function isNode(element: MapElement): element is NodeElement {
  return element.group === 'nodes';
}
export function isEdge(element: MapElement): element is EdgeElement {
  return element.group === 'edges';
}

/** Category of a tie when the server did not say (older answers): by its type. */
export function categoryOfType(type: string): TieCategory {
  if (type === 'FAMILY') return 'family';
  if (type === 'NEIGHBOR' || type === 'FRIEND' || type === 'WATCHES_OVER' || type === 'PARTICIPATES_IN')
    return 'informal';
  return 'formal';
}

function nodeClasses(data: NodeData): string[] {
  const classes = [`kind-${data.kind.toLowerCase()}`];
  if (data.kind === 'Area' && data.tier) classes.push(`tier-${data.tier}`);
  if (data.anonymous) classes.push('anonymous');
  if (data.external) classes.push('external');
  if (data.roles.includes('MINSEI_IIN')) classes.push('role-minsei');
  if (data.roles.some((role) => role === 'COORDINATOR' || role === 'CSW' || role === 'PROFESSIONAL'))
    classes.push('role-professional');
  return classes;
}

function edgeClasses(data: EdgeData): string[] {
  const classes = [`cat-${data.category}`, `strength-${data.strength.toLowerCase()}`];
  if (!data.active) classes.push('ended');
  return classes;
}

/**
 * The elements of an answer. A node whose parent is not in the answer is drawn at the top level; an edge whose
 * ends are not both in the answer is left out (it could not be drawn).
 */
export function toElements(network: Network): MapElement[] {
  const ids = new Set(network.nodes.map((node) => node.id));
  const elements: MapElement[] = [];
  for (const node of network.nodes) {
    const kind = (kinds.has(node.kind) ? node.kind : 'Person') as NodeKind;
    const data: NodeData = {
      id: node.id,
      label: node.label,
      kind,
      parent: node.parentId && node.parentId !== node.id && ids.has(node.parentId) ? node.parentId : undefined,
      tier: node.tier ?? undefined,
      fields: node.fields ?? [],
      roles: node.roles ?? [],
      subKind: node.subKind ?? undefined,
      tags: node.tags ?? [],
      ageBand: node.ageBand ?? undefined,
      anonymous: node.anonymous ?? false,
      external: node.external ?? false,
    };
    elements.push({ group: 'nodes', data, classes: nodeClasses(data) });
  }
  for (const edge of network.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    const category = (
      edge.category && categories.has(edge.category) ? edge.category : categoryOfType(edge.type)
    ) as TieCategory;
    const data: EdgeData = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      category,
      strength: (edge.strength && strengthCodes.has(edge.strength) ? edge.strength : 'NORMAL') as Strength,
      active: edge.active ?? true,
      since: edge.since ?? undefined,
      until: edge.until ?? undefined,
    };
    elements.push({ group: 'edges', data, classes: edgeClasses(data) });
  }
  return elements;
}

/** Parent of each node id (only nodes that have one). */
export function parentIndex(elements: readonly MapElement[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const element of elements)
    if (isNode(element) && element.data.parent) parents.set(element.data.id, element.data.parent);
  return parents;
}

/** The ids of the ancestors of `id`, nearest first. */
export function ancestorsOf(id: string, parents: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  const seen = new Set<string>([id]);
  for (let up = parents.get(id); up && !seen.has(up); up = parents.get(up)) {
    found.push(up);
    seen.add(up);
  }
  return found;
}

/** A copy of the element with a class added (or unchanged when it has it). */
export function withClass<E extends MapElement>(element: E, name: string): E {
  return element.classes.includes(name) ? element : { ...element, classes: [...element.classes, name] };
}
