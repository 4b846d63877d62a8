/**
 * The map's elements from a `network` (or `ecomap`) answer: one node per area, person, household, organization,
 * council and hub, nested by `parent` so that the tiers draw as boxes inside boxes, and one edge per tie. Classes
 * carry what the stylesheet keys on (kind, tier, tie category, strength, ended, anonymous).
 */
import type { NetworkQuery } from '../gql/graphql';
import { type Lang, type NodeKind, type Strength, standInLabel, type TieCategory } from './vocabulary';

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
  /** Areas: false for a box the server drew closed (or only partly, for what is shown inside). */
  open: boolean;
  /** A box not open: what it holds, as the server counts it for the viewer. */
  summary?: BoxSummary;
  /** A closed box: the size to draw it at (its label holds the counts). */
  boxWidth?: number;
  boxHeight?: number;
  /** The structure layer (structureLayer.ts): a broker's size, its community's tint. */
  structureSize?: number;
  structureTint?: string;
}

/** What a closed box holds (`AreaSummary`): counts of people as the server masks them, counts of the rest. */
export type BoxSummary = NonNullable<MapNode['summary']>;

/** One category of the ties a bundle stands for. */
export interface CategoryCount {
  category: TieCategory;
  count: number;
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
  /** How many ties the edge stands for: 1 for a tie, more for a bundle between boxes. */
  count: number;
  /** A bundle: its ties by category (the filters take out the categories they hide). */
  categories?: CategoryCount[];
  /** What to write on the edge (the count of a bundle). */
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
  if (data.kind === 'Area' && !data.open) classes.push('closed');
  if (data.anonymous) classes.push('anonymous');
  if (data.external) classes.push('external');
  if (data.roles.includes('MINSEI_IIN')) classes.push('role-minsei');
  if (data.roles.some((role) => role === 'COORDINATOR' || role === 'CSW' || role === 'PROFESSIONAL'))
    classes.push('role-professional');
  return classes;
}

function edgeClasses(data: EdgeData): string[] {
  const classes = [`cat-${data.category}`, `strength-${data.strength.toLowerCase()}`];
  if (data.categories) classes.push('bundle');
  if (!data.active) classes.push('ended');
  return classes;
}

/**
 * The elements of an answer. A node whose parent is not in the answer is drawn at the top level; an edge whose
 * ends are not both in the answer is left out (it could not be drawn).
 */
export function toElements(network: Network, lang: Lang = 'ja'): MapElement[] {
  const ids = new Set(network.nodes.map((node) => node.id));
  const elements: MapElement[] = [];
  for (const node of network.nodes) {
    const kind = (kinds.has(node.kind) ? node.kind : 'Person') as NodeKind;
    const data: NodeData = {
      id: node.id,
      // a stand-in is a resident in the viewer's language: the server sends 住民 for every one of them
      label: node.anonymous && kind === 'Person' ? standInLabel[lang] : node.label,
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
      open: node.open ?? true,
      summary: node.summary ?? undefined,
    };
    elements.push({ group: 'nodes', data, classes: nodeClasses(data) });
  }
  for (const edge of network.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    const bundled = edge.type === bundleType ? bundleCategories(edge.categories ?? []) : undefined;
    const category = bundled
      ? dominantCategory(bundled)
      : ((edge.category && categories.has(edge.category) ? edge.category : categoryOfType(edge.type)) as TieCategory);
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
      count: edge.count ?? 1,
      ...(bundled ? { categories: bundled, label: String(edge.count ?? 1) } : {}),
    };
    elements.push({ group: 'edges', data, classes: edgeClasses(data) });
  }
  return elements;
}

/** The type of an edge standing for the ties between two boxes (or a box and a node). */
export const bundleType = 'BUNDLE';

function bundleCategories(list: readonly { category: string; count: number }[]): CategoryCount[] {
  return list
    .filter((item) => categories.has(item.category) && item.count > 0)
    .map((item) => ({ category: item.category as TieCategory, count: item.count }));
}

/** The category a bundle is drawn in: its most frequent one (the filters look at all of them). */
export function dominantCategory(list: readonly CategoryCount[]): TieCategory {
  let best: CategoryCount | undefined;
  for (const item of list) if (!best || item.count > best.count) best = item;
  return best?.category ?? 'formal';
}

/** A box the server drew closed, holding nothing on the map (a partly shown box holds what is shown). */
export function isClosedBox(data: NodeData, parents: ReadonlySet<string>): boolean {
  return data.kind === 'Area' && !data.open && !parents.has(data.id);
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
