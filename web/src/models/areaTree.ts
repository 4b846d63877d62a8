/** Areas as the tier tree (第1層 ▸ 第2層 ▸ 第3層): building it from the flat list the API gives, and paths in it. */
import { compareAreas } from '../../../server/areas/areaOrder';
import type { AreasQuery } from '../gql/graphql';

type Area = AreasQuery['areas'][number];

/**
 * An area with its key figures as `areas` answers it, typed as generated from the schema; the tree needs only its
 * id, name, tier and parent, the rest is optional here. `peopleKnown` is 「5未満」 under 5 for some roles.
 */
export type AreaSummary = Pick<Area, 'id' | 'name' | 'tier' | 'parent'> & Partial<Area>;

export interface AreaTreeNode {
  area: AreaSummary;
  children: AreaTreeNode[];
}

/** Siblings in the municipality's order (areaOrder.ts: the bundle's sort_order or row order), not by romaji id. */
function byTierThenOrder(a: AreaSummary, b: AreaSummary): number {
  return a.tier - b.tier || compareAreas(a, b);
}

/** The forest of areas; an area whose parent is not in the list is a root (the viewer may see only part). */
export function buildAreaTree(areas: readonly AreaSummary[]): AreaTreeNode[] {
  const nodes = new Map<string, AreaTreeNode>();
  for (const area of [...areas].sort(byTierThenOrder)) nodes.set(area.id, { area, children: [] });
  const roots: AreaTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.area.parent ? nodes.get(node.area.parent.id) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The areas from the root down to `id` (inclusive), or [] when it is unknown. */
export function pathTo(areas: readonly AreaSummary[], id: string): AreaSummary[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const path: AreaSummary[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parent ? byId.get(current.parent.id) : undefined;
  }
  return path;
}

/** The children of an area, in tree order (siblings of a child are its parent's children). */
export function childrenOf(areas: readonly AreaSummary[], id: string): AreaSummary[] {
  return areas.filter((area) => area.parent?.id === id).sort(byTierThenOrder);
}

/** Ids of the areas on the way to `id`, to open the tree there. */
export function ancestorIds(areas: readonly AreaSummary[], id: string): string[] {
  return pathTo(areas, id)
    .slice(0, -1)
    .map((area) => area.id);
}

/** Per 1,000 of a base; undefined when the base is unknown or zero. */
export function perThousand(count: number | null | undefined, base: number | null | undefined): number | undefined {
  if (count === null || count === undefined || !base) return undefined;
  return (count * 1000) / base;
}

/**
 * The areas a user works in: those assigned and everything inside them (undefined: all, for an administrator).
 * The area list also holds their ancestors, for the path, which the user may not open.
 */
export function workingScope(areas: readonly AreaSummary[], assigned: readonly string[]): Set<string> | undefined {
  if (assigned.length === 0) return undefined;
  const children = new Map<string, string[]>();
  for (const area of areas) {
    if (!area.parent) continue;
    const list = children.get(area.parent.id);
    if (list) list.push(area.id);
    else children.set(area.parent.id, [area.id]);
  }
  const scope = new Set<string>();
  const stack = [...assigned];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (scope.has(id)) continue;
    scope.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return scope;
}
