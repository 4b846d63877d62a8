/**
 * The map as drawn: the network's elements with the findings on them, collapsed boxes, filters and focus
 * applied, and the positions of every node. Positions are computed once per map and only extended when nodes
 * appear, so nothing moves when the user filters, collapses or accepts a suggestion.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { collapseAreas, initialCollapsed, type KindCounts } from '../../models/collapse';
import { applyFilters, type MapFilters } from '../../models/filters';
import { type FindingItem, withFindings } from '../../models/findings';
import { applyFocus } from '../../models/focus';
import { centreOf, extendPositions, nestedLayout, type Point } from '../../models/layout';
import { isEdge, isNode, type MapElement, type Network, parentIndex, toElements } from '../../models/network';
import { markChanges, type Period } from '../../models/timeline';
import { entityKinds, kindLabels, type Lang } from '../../models/vocabulary';

/** Up to this many findings, the map draws every finding's best suggestion from the start. */
const suggestionsShownUpTo = 30;

export interface MapViewState {
  collapsed: ReadonlySet<string>;
  focusId?: string;
  showSuggestions: boolean;
  selectedFindingKey?: string;
}

function collapsedLabel(lang: Lang) {
  return (name: string, counts: KindCounts) => {
    const parts = entityKinds.filter((kind) => counts[kind]).map((kind) => `${kindLabels[kind][lang]} ${counts[kind]}`);
    return parts.length > 0 ? `${name}\n${parts.slice(0, 3).join('・')}` : name;
  };
}

/** A collapsed area keeps roughly the size its box had, so the map keeps its shape. */
function sizeCollapsedBoxes(
  elements: MapElement[],
  inside: ReadonlyMap<string, string[]>,
  positions: ReadonlyMap<string, Point>,
): MapElement[] {
  return elements.map((element) => {
    if (!isNode(element) || !element.classes.includes('collapsed')) return element;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const id of inside.get(element.data.id) ?? []) {
      const p = positions.get(id);
      if (!p) continue;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    const width = minX === Infinity ? 120 : Math.max(120, (maxX - minX) * 0.7);
    const height = minY === Infinity ? 80 : Math.max(80, (maxY - minY) * 0.7);
    return { ...element, data: { ...element.data, boxWidth: Math.round(width), boxHeight: Math.round(height) } };
  });
}

/** Ids of every node inside each area (at any depth). */
function descendantsByArea(elements: readonly MapElement[]): Map<string, string[]> {
  const parents = parentIndex(elements);
  const inside = new Map<string, string[]>();
  for (const [id] of parents) {
    for (let up = parents.get(id); up; up = parents.get(up)) {
      const list = inside.get(up);
      if (list) list.push(id);
      else inside.set(up, [id]);
    }
  }
  return inside;
}

export function useMapView(
  network: Network | undefined,
  findings: readonly FindingItem[],
  findingsReady: boolean,
  filters: MapFilters,
  lang: Lang,
  /** When comparing two days: the ties that changed between them are marked. */
  period?: Period,
) {
  const base = useMemo(() => (network ? markChanges(toElements(network), period) : []), [network, period]);
  const [state, setState] = useState<MapViewState>({ collapsed: new Set(), showSuggestions: true });
  const [layout, setLayout] = useState<{ positions: Map<string, Point>; generation: number }>({
    positions: new Map(),
    generation: 0,
  });
  const laidOut = useRef(false);

  useEffect(
    function layOutOnceThenExtend() {
      if (base.length === 0) return;
      if (!laidOut.current) {
        laidOut.current = true;
        // ended ties do not pull on the layout: showing them must not move anything
        const active = base.filter((element) => !isEdge(element) || element.data.active);
        setLayout({ positions: nestedLayout(active), generation: 1 });
        setState((previous) => ({ ...previous, collapsed: initialCollapsed(base) }));
      } else {
        setLayout((previous) => ({ ...previous, positions: extendPositions(previous.positions, base) }));
      }
    },
    [base],
  );

  const suggestionsDefaulted = useRef(false);
  useEffect(
    function showSuggestionsWhenFewFindings() {
      if (suggestionsDefaulted.current || !findingsReady) return;
      suggestionsDefaulted.current = true;
      // past a few dozen, dashed lines everywhere hide more than they show: the list then draws them one by one
      setState((previous) => ({ ...previous, showSuggestions: findings.length <= suggestionsShownUpTo }));
    },
    [findings, findingsReady],
  );

  const inside = useMemo(() => descendantsByArea(base), [base]);

  const positions = useMemo(() => {
    if (state.collapsed.size === 0) return layout.positions;
    const withBoxes = new Map(layout.positions);
    for (const id of state.collapsed) {
      const centre = centreOf(inside.get(id) ?? [], layout.positions);
      if (centre) withBoxes.set(id, centre);
    }
    return withBoxes;
  }, [layout.positions, state.collapsed, inside]);

  const elements = useMemo(() => {
    if (layout.generation === 0) return [];
    const overlaid = withFindings(base, findings, {
      showSuggestions: state.showSuggestions,
      selectedKey: state.selectedFindingKey,
    });
    const collapsed = sizeCollapsedBoxes(
      collapseAreas(overlaid, state.collapsed, { label: collapsedLabel(lang) }),
      inside,
      layout.positions,
    );
    return applyFocus(applyFilters(collapsed, filters), state.focusId);
  }, [base, findings, state, filters, lang, layout.generation, layout.positions, inside]);

  const nodeById = useMemo(
    () => new Map(base.filter(isNode).map((element) => [element.data.id, element.data])),
    [base],
  );

  return {
    base,
    elements,
    positions,
    layoutKey: `layout-${layout.generation}`,
    state,
    setState,
    nodeById,
    inside,
    relayout() {
      const active = base.filter((element) => !isEdge(element) || element.data.active);
      setLayout((previous) => ({ positions: nestedLayout(active), generation: previous.generation + 1 }));
    },
    /** Takes positions found on the canvas (fcose) as the map's own: filters and collapsing keep them. */
    adoptPositions(found: ReadonlyMap<string, Point>) {
      setLayout((previous) => {
        const positions = new Map(previous.positions);
        for (const [id, point] of found) if (positions.has(id)) positions.set(id, point);
        return { positions, generation: previous.generation };
      });
    },
  };
}
