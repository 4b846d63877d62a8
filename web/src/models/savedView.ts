/**
 * A saved view (保存したビュー): the state of the map that a meeting returns to — the area, the opened boxes, what is
 * drawn inside closed ones, the focus, the filters, neutral labels and the date — as the server keeps it, and the
 * order slides step through.
 */
import type { MapFilters } from './filters';
import { entityKinds, fields, tieCategories } from './vocabulary';

/** What the map needs to show a view again. */
export interface MapSnapshot {
  areaId: string;
  open: readonly string[];
  show: readonly string[];
  focus?: string;
  filters: MapFilters;
  neutralLabels: boolean;
  /** YYYY-MM-DD; today when absent */
  asOf?: string;
}

/** A view as the server answers it (ids already as the reader may see them). */
export interface ViewAnswer {
  id: string;
  name: string;
  areaId: string;
  state: {
    open: readonly string[];
    show: readonly string[];
    focus?: string | null;
    filters: { kinds: readonly string[]; categories: readonly string[]; fields: readonly string[]; showEnded: boolean };
    neutralLabels: boolean;
    asOf?: string | null;
  };
}

/** The mutation's input for a snapshot under a name. */
export function viewInput(name: string, snapshot: MapSnapshot, position?: number) {
  return {
    name: name.trim(),
    areaId: snapshot.areaId,
    ...(position === undefined ? {} : { position }),
    state: {
      open: [...snapshot.open],
      show: [...snapshot.show],
      focus: snapshot.focus ?? null,
      filters: {
        kinds: [...snapshot.filters.kinds],
        categories: [...snapshot.filters.categories],
        fields: [...snapshot.filters.fields],
        showEnded: snapshot.filters.showEnded,
      },
      neutralLabels: snapshot.neutralLabels,
      asOf: snapshot.asOf ?? null,
    },
  };
}

/** The snapshot a view answer stands for; codes the web does not know (a newer server) are left out. */
export function snapshotOf(view: ViewAnswer): MapSnapshot {
  const { state } = view;
  return {
    areaId: view.areaId,
    open: state.open,
    show: state.show,
    focus: state.focus ?? undefined,
    filters: {
      kinds: entityKinds.filter((kind) => state.filters.kinds.includes(kind)),
      categories: tieCategories.filter((category) => state.filters.categories.includes(category)),
      fields: fields.filter((field) => state.filters.fields.includes(field)),
      showEnded: state.filters.showEnded,
    },
    neutralLabels: state.neutralLabels,
    asOf: state.asOf ?? undefined,
  };
}

/** The views in the order of the list, with the one moved one place up (-1) or down (+1): their new positions. */
export function moved<T extends { id: string }>(
  views: readonly T[],
  id: string,
  by: -1 | 1,
): { id: string; position: number }[] {
  const from = views.findIndex((view) => view.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= views.length) return [];
  const order = [...views];
  [order[from], order[to]] = [order[to], order[from]];
  return order.map((view, position) => ({ id: view.id, position }));
}

/** The slide to show after a key press, or undefined when the key does not step. */
export function stepSlide(index: number, count: number, key: string): number | undefined {
  const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
  const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
  if (key === 'Home') return 0;
  if (key === 'End') return Math.max(0, count - 1);
  if (forward.includes(key)) return Math.min(count - 1, index + 1);
  if (back.includes(key)) return Math.max(0, index - 1);
  return undefined;
}
