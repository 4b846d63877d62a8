/**
 * The map as drawn: the network's elements (closed boxes labelled with their counts) with the findings on them,
 * filters and focus applied, and the positions of every node. Positions are computed once per map and then only
 * extended: when a box opens its contents are laid out inside it and the rest moves apart just enough, so nothing
 * jumps when the user opens, closes, filters or accepts a suggestion.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { labelClosedBoxes } from '../../models/detail';
import { applyFilters, type MapFilters } from '../../models/filters';
import { type FindingItem, withFindings } from '../../models/findings';
import { applyFocus } from '../../models/focus';
import { nestedLayout, type Point } from '../../models/layout';
import {
  isEdge,
  isNode,
  type MapElement,
  type Network,
  type NodeData,
  toElements,
  withClass,
} from '../../models/network';
import { reopenPositions } from '../../models/openLayout';
import { markChanges, type Period } from '../../models/timeline';
import type { Lang } from '../../models/vocabulary';

/** Up to this many findings, the map draws every finding's best suggestion from the start. */
const suggestionsShownUpTo = 30;

export interface MapViewState {
  showSuggestions: boolean;
  selectedFindingKey?: string;
}

export function useMapView(
  network: Network | undefined,
  findings: readonly FindingItem[],
  findingsReady: boolean,
  filters: MapFilters,
  lang: Lang,
  focusId: string | undefined,
  /** The box being opened (or closed): marked while its answer comes. */
  busyId: string | undefined,
  /** When comparing two days: the ties that changed between them are marked. */
  period?: Period,
) {
  const base = useMemo(
    () => (network ? markChanges(labelClosedBoxes(toElements(network, lang), lang), period) : []),
    [network, lang, period],
  );
  const [state, setState] = useState<MapViewState>({ showSuggestions: true });
  // the elements drawn are those the positions were computed for: a new answer is drawn once it is placed
  const [layout, setLayout] = useState<{
    positions: Map<string, Point>;
    generation: number;
    laidOut: readonly MapElement[];
  }>({ positions: new Map(), generation: 0, laidOut: [] });
  const laidOut = useRef<readonly MapElement[] | undefined>(undefined);

  useEffect(
    function layOutOnceThenExtend() {
      if (base.length === 0) return;
      const before = laidOut.current;
      laidOut.current = base;
      if (!before) {
        // ended ties do not pull on the layout: showing them must not move anything
        const active = base.filter((element) => !isEdge(element) || element.data.active);
        setLayout({ positions: nestedLayout(active), generation: 1, laidOut: base });
      } else {
        setLayout((previous) => ({
          ...previous,
          positions: reopenPositions(previous.positions, before, base),
          laidOut: base,
        }));
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

  const elements = useMemo(() => {
    if (layout.generation === 0) return [];
    const overlaid = withFindings(layout.laidOut, findings, {
      showSuggestions: state.showSuggestions,
      selectedKey: state.selectedFindingKey,
    });
    const drawn = applyFocus(applyFilters(overlaid, filters), focusId);
    return busyId ? drawn.map((e) => (isNode(e) && e.data.id === busyId ? withClass(e, 'busy') : e)) : drawn;
  }, [layout.laidOut, findings, state, filters, layout.generation, focusId, busyId]);

  // names seen on earlier answers stay known (a finding's person inside a box closed since)
  const known = useRef(new Map<string, NodeData>());
  const nodeById = useMemo(() => {
    for (const element of base) if (isNode(element)) known.current.set(element.data.id, element.data);
    return new Map(known.current);
  }, [base]);

  return {
    base,
    elements,
    positions: layout.positions,
    layoutKey: `layout-${layout.generation}`,
    /** The latest answer is drawn (its positions computed). */
    settled: layout.laidOut === base,
    state,
    setState,
    nodeById,
    relayout() {
      const active = base.filter((element) => !isEdge(element) || element.data.active);
      setLayout((previous) => ({
        positions: nestedLayout(active),
        generation: previous.generation + 1,
        laidOut: base,
      }));
    },
    /** Takes positions found on the canvas (fcose) as the map's own: filters and opening boxes keep them. */
    adoptPositions(found: ReadonlyMap<string, Point>) {
      setLayout((previous) => {
        const positions = new Map(previous.positions);
        for (const [id, point] of found) if (positions.has(id)) positions.set(id, point);
        return { ...previous, positions };
      });
    },
  };
}
