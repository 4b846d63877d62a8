/**
 * What the map shows: kinds of node, tie categories, fields (分野) and ended ties. Filtering marks elements
 * `hidden` instead of removing them, so every node keeps its position when the filters change.
 */
import { dominantCategory, type EdgeData, isEdge, isNode, type MapElement, withClass } from './network';
import { endedBetween } from './timeline';
import { entityKinds, type Field, type NodeKind, type TieCategory, tieCategories } from './vocabulary';

export interface MapFilters {
  /** Entity kinds shown (areas are always shown). */
  kinds: readonly NodeKind[];
  /** Tie categories shown; suggested edges follow the findings switch instead. */
  categories: readonly TieCategory[];
  /** When not empty: only people with a need in, and organizations working in, one of these fields. */
  fields: readonly Field[];
  /** Ended ties (with `until` in the past) are drawn only when asked, or when they ended in a compared period. */
  showEnded: boolean;
}

export const defaultFilters: MapFilters = {
  kinds: entityKinds,
  categories: tieCategories,
  fields: [],
  showEnded: false,
};

/** Toggles one value in a list, keeping the list's order stable. */
export function toggled<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = new Set(list);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return order.filter((item) => next.has(item));
}

/** Whether the filters hide anything (to show a "filters on" hint and a reset button). */
export function isFiltering(filters: MapFilters): boolean {
  return (
    filters.kinds.length !== entityKinds.length ||
    filters.categories.length !== tieCategories.length ||
    filters.fields.length > 0 ||
    filters.showEnded
  );
}

/** The ids of the nodes the filters hide. */
export function hiddenNodeIds(elements: readonly MapElement[], filters: MapFilters): Set<string> {
  const kinds = new Set(filters.kinds);
  const fields = new Set<string>(filters.fields);
  const hidden = new Set<string>();
  for (const element of elements) {
    if (!isNode(element)) continue;
    const { id, kind } = element.data;
    if (kind === 'Area') continue;
    if (!kinds.has(kind)) hidden.add(id);
    else if (
      fields.size > 0 &&
      (kind === 'Person' || kind === 'Organization') &&
      !element.data.fields.some((f) => fields.has(f))
    ) {
      hidden.add(id);
    }
  }
  if (fields.size > 0) {
    // a household stays when one of its members stays
    const kept = new Set<string>();
    for (const element of elements) {
      if (isEdge(element) && element.data.category === 'household' && !hidden.has(element.data.source))
        kept.add(element.data.target);
    }
    for (const element of elements) {
      if (isNode(element) && element.data.kind === 'Household' && !kept.has(element.data.id))
        hidden.add(element.data.id);
    }
  }
  return hidden;
}

/**
 * A bundle under the category filters: the count of the ties of the categories shown, and the category drawn;
 * undefined when every one of its categories is filtered out.
 */
export function filteredBundle(data: EdgeData, shown: ReadonlySet<string>): EdgeData | undefined {
  const kept = (data.categories ?? []).filter((item) => shown.has(item.category));
  if (kept.length === 0) return undefined;
  if (kept.length === data.categories?.length) return data;
  const count = kept.reduce((sum, item) => sum + item.count, 0);
  return { ...data, count, label: String(count), category: dominantCategory(kept) };
}

/**
 * The elements with `hidden` on what the filters leave out: nodes, and edges whose end or category is left out;
 * a bundle partly left out shows the count of what remains.
 */
export function applyFilters(elements: readonly MapElement[], filters: MapFilters): MapElement[] {
  const hidden = hiddenNodeIds(elements, filters);
  const categories = new Set<string>(filters.categories);
  return elements.map((element) => {
    if (isNode(element)) return hidden.has(element.data.id) ? withClass(element, 'hidden') : element;
    const { source, target, category, active } = element.data;
    const endHidden =
      hidden.has(source) || hidden.has(target) || (!active && !filters.showEnded && !endedBetween(element));
    if (element.data.categories) {
      const remaining = endHidden ? undefined : filteredBundle(element.data, categories);
      if (!remaining) return withClass(element, 'hidden');
      if (remaining === element.data) return element;
      const classes = element.classes.map((name) => (name.startsWith('cat-') ? `cat-${remaining.category}` : name));
      return { ...element, data: remaining, classes };
    }
    const hide = endHidden || (category !== 'suggested' && !categories.has(category));
    return hide ? withClass(element, 'hidden') : element;
  });
}
