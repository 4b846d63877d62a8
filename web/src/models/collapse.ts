/**
 * Collapsing area boxes: a collapsed area is drawn as one node holding a count of what is inside, and the edges
 * that crossed its border are merged, per pair of ends, into one edge labelled with how many ties it stands for.
 * Expanding gives back the original elements, so positions kept by id stay where they were.
 */
import { ancestorsOf, type EdgeElement, isNode, type MapElement, type NodeElement, parentIndex } from './network';
import type { NodeKind, TieCategory } from './vocabulary';

export type KindCounts = Partial<Record<NodeKind, number>>;

export interface CollapseOptions {
  /** The label of a collapsed area from its name and what it holds. */
  label?(name: string, counts: KindCounts): string;
}

/** The node each node is drawn as: itself, or its outermost collapsed ancestor. */
export function representatives(elements: readonly MapElement[], collapsed: ReadonlySet<string>): Map<string, string> {
  const parents = parentIndex(elements);
  const reps = new Map<string, string>();
  for (const element of elements) {
    if (!isNode(element)) continue;
    const id = element.data.id;
    let rep = id;
    for (const up of ancestorsOf(id, parents)) if (collapsed.has(up)) rep = up;
    reps.set(id, rep);
  }
  return reps;
}

function mergedId(a: string, b: string): string {
  return a < b ? `merged:${a}|${b}` : `merged:${b}|${a}`;
}

interface Merge {
  source: string;
  target: string;
  count: number;
  active: number;
  byCategory: Map<TieCategory, number>;
}

/** The elements with the given areas collapsed; edges to and from their insides merged with counts. */
export function collapseAreas(
  elements: readonly MapElement[],
  collapsed: ReadonlySet<string>,
  options: CollapseOptions = {},
): MapElement[] {
  if (collapsed.size === 0) return [...elements];
  const reps = representatives(elements, collapsed);
  const counts = new Map<string, KindCounts>();
  const out: MapElement[] = [];
  const merges = new Map<string, Merge>();

  for (const element of elements) {
    if (!isNode(element)) continue;
    const rep = reps.get(element.data.id)!;
    if (rep !== element.data.id && element.data.kind !== 'Area') {
      const tally = counts.get(rep) ?? {};
      tally[element.data.kind] = (tally[element.data.kind] ?? 0) + 1;
      counts.set(rep, tally);
    }
  }

  for (const element of elements) {
    if (isNode(element)) {
      const id = element.data.id;
      if (reps.get(id) !== id) continue;
      if (collapsed.has(id)) {
        const tally = counts.get(id) ?? {};
        const total = Object.values(tally).reduce((sum, value) => sum + (value ?? 0), 0);
        const node: NodeElement = {
          group: 'nodes',
          data: {
            ...element.data,
            count: total,
            label: options.label ? options.label(element.data.label, tally) : `${element.data.label} (${total})`,
          },
          classes: [...element.classes, 'collapsed'],
        };
        out.push(node);
      } else out.push(element);
      continue;
    }
    const { source, target } = element.data;
    const s = reps.get(source);
    const t = reps.get(target);
    if (!s || !t) continue;
    if (s === source && t === target) {
      out.push(element);
      continue;
    }
    if (s === t || element.data.category === 'suggested') continue;
    const key = mergedId(s, t);
    const merge = merges.get(key) ?? { source: s, target: t, count: 0, active: 0, byCategory: new Map() };
    merge.count += 1;
    if (element.data.active) merge.active += 1;
    const category = element.data.category as TieCategory;
    merge.byCategory.set(category, (merge.byCategory.get(category) ?? 0) + 1);
    merges.set(key, merge);
  }

  for (const [id, merge] of merges) {
    // the category drawn is the most frequent one; the filters look at all of them
    const [dominant] = [...merge.byCategory.entries()].sort((a, b) => b[1] - a[1])[0];
    const edge: EdgeElement = {
      group: 'edges',
      data: {
        id,
        source: merge.source,
        target: merge.target,
        type: 'MERGED',
        category: dominant,
        categories: [...merge.byCategory.keys()],
        strength: 'NORMAL',
        active: merge.active > 0,
        count: merge.count,
        label: String(merge.count),
      },
      classes: ['merged', `cat-${dominant}`, ...(merge.active > 0 ? [] : ['ended'])],
    };
    out.push(edge);
  }
  return out;
}

/** Every area that holds nodes directly (not only other areas): the boxes worth collapsing. */
export function leafAreas(elements: readonly MapElement[]): string[] {
  const holders = new Set<string>();
  const areas = new Set<string>();
  for (const element of elements) {
    if (!isNode(element)) continue;
    if (element.data.kind === 'Area') areas.add(element.data.id);
    else if (element.data.parent) holders.add(element.data.parent);
  }
  const parents = parentIndex(elements);
  const hasChildArea = new Set<string>();
  for (const id of areas) {
    const parent = parents.get(id);
    if (parent) hasChildArea.add(parent);
  }
  return [...areas].filter((id) => holders.has(id) && !hasChildArea.has(id));
}

/** The elements above which the map starts with its neighbourhood boxes collapsed (it reads better). */
export const collapseThreshold = 2500;

/** The areas collapsed when a map opens: the lowest boxes, when the map is large and spans more than one tier. */
export function initialCollapsed(elements: readonly MapElement[], threshold = collapseThreshold): Set<string> {
  if (elements.length <= threshold) return new Set();
  const tiers = new Set<number>();
  for (const element of elements)
    if (isNode(element) && element.data.kind === 'Area' && element.data.tier) tiers.add(element.data.tier);
  if (tiers.size < 3) return new Set();
  return new Set(leafAreas(elements));
}

/** The collapsed areas that hide any of these ids: expand them to show the ids. */
export function areasHiding(
  elements: readonly MapElement[],
  collapsed: ReadonlySet<string>,
  ids: readonly string[],
): string[] {
  const parents = parentIndex(elements);
  const hiding = new Set<string>();
  for (const id of ids) for (const up of ancestorsOf(id, parents)) if (collapsed.has(up)) hiding.add(up);
  return [...hiding];
}
