/**
 * The Cytoscape canvas: one instance per mount, kept in a ref and destroyed on unmount; elements patched by id;
 * positions applied when the layout key changes (and to new nodes, and to nodes the positions moved, as when a
 * box opens), never on filter changes. Keyboard: arrows pan, + and − zoom, 0 fits, Escape clears the selection.
 */
import cytoscape, { type Core } from 'cytoscape';
import { forwardRef, type KeyboardEvent, useEffect, useImperativeHandle, useRef } from 'react';
import type { Point, Rect } from '../models/layout';
import type { MapElement } from '../models/network';
import type { ViewAtRest } from '../models/zoomOpen';
import { patchElements } from './patch';
import { registerExtensions } from './register';
import { mapStylesheet } from './stylesheet';

/** The closest a fit to a few nodes zooms in. */
const fitZoomCap = 1.6;

/** How long the view must rest after zooming in before the closed boxes are looked at. */
const zoomSettleMs = 250;

/**
 * Calls back, once the view rests after a pan or zoom, with the view and the closed boxes drawn; `zoomedIn` only
 * when the user zoomed in (wheel, pinch, the zoom buttons or keys) since the last rest, never for the camera moves
 * the map makes itself (fitting what opened, centring a search hit). Returns what marks a zoom as the user's.
 */
function watchViewRest(cy: Core, onRest: (view: ViewAtRest) => void): () => void {
  let zoomAtRest = cy.zoom();
  let byUser = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('scrollzoom pinchzoom', () => {
    byUser = true;
  });
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cy.destroyed()) return;
      const zoomedIn = byUser && cy.zoom() > zoomAtRest;
      zoomAtRest = cy.zoom();
      byUser = false;
      const closedBoxes = new Map<string, Rect>();
      cy.nodes('.kind-area.closed:childless:visible').forEach((box) => {
        closedBoxes.set(box.id(), box.boundingBox({ includeLabels: false, includeOverlays: false }));
      });
      onRest({ extent: cy.extent(), closedBoxes, zoomedIn });
    }, zoomSettleMs);
  });
  cy.one('destroy', () => clearTimeout(timer));
  return () => {
    byUser = true;
  };
}

export interface CanvasHandle {
  /** The instance, for exports and measurements. */
  core(): Core | undefined;
  fit(ids?: readonly string[]): void;
  zoomBy(factor: number): void;
  centerOn(id: string): void;
}

export interface CanvasProps {
  elements: readonly MapElement[];
  positions: ReadonlyMap<string, Point>;
  /** Positions are (re)applied to every node when this changes. */
  layoutKey: string;
  selectedId?: string;
  onSelect(id: string | undefined): void;
  /** Double click or double tap on a node. */
  onOpen?(id: string): void;
  /** The view came to rest after a pan or zoom: what it shows, and whether it zoomed in (models/zoomOpen). */
  onViewRest?(view: ViewAtRest): void;
  /** After the first frame that shows the elements. */
  onFirstPaint?(): void;
  webgl: boolean;
  /**
   * Many elements: while the view moves, draw a snapshot and leave the edges out (smooth panning). Cytoscape takes
   * these options only when made, so a change makes the instance afresh (before the elements are added to it).
   */
  large: boolean;
  label: string;
  /** A sentence that tells keyboard users how to use the map. */
  description: string;
}

export const CytoscapeCanvas = forwardRef<CanvasHandle, CanvasProps>(function CytoscapeCanvas(props, ref) {
  const { elements, positions, layoutKey, selectedId, webgl, large, label, description } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | undefined>(undefined);
  const callbacks = useRef(props);
  callbacks.current = props;
  const appliedLayout = useRef<string | undefined>(undefined);
  const appliedPositions = useRef<ReadonlyMap<string, Point> | undefined>(undefined);
  const painted = useRef(false);
  /** Marks the next zoom as the user's (the zoom buttons and keys; Cytoscape tells wheel and pinch itself). */
  const userZoom = useRef<() => void>(() => undefined);

  useEffect(
    function createInstanceOnMount() {
      registerExtensions();
      const cy = cytoscape({
        container: container.current,
        style: mapStylesheet({ webgl }),
        minZoom: 0.03,
        maxZoom: 5,
        // positions come from the nested layout, never from a layout run at start
        layout: { name: 'preset' },
        boxSelectionEnabled: false,
        selectionType: 'single',
        autoungrabify: false,
        pixelRatio: webgl || large ? 1 : 'auto',
        textureOnViewport: large && !webgl,
        hideEdgesOnViewport: large && !webgl,
        motionBlur: false,
        ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
      } as cytoscape.CytoscapeOptions);
      cy.on('tap', 'node', (event) => callbacks.current.onSelect(event.target.id()));
      cy.on('tap', (event) => {
        if (event.target === cy) callbacks.current.onSelect(undefined);
      });
      cy.on('dbltap', 'node', (event) => callbacks.current.onOpen?.(event.target.id()));
      userZoom.current = watchViewRest(cy, (view) => callbacks.current.onViewRest?.(view));
      cyRef.current = cy;
      // a new instance has nothing drawn yet: positions, fit and the first-paint signal apply to it afresh
      appliedLayout.current = undefined;
      painted.current = false;
      return () => {
        cy.destroy();
        cyRef.current = undefined;
      };
    },
    [webgl, large],
  );

  useEffect(
    function patchElementsById() {
      const cy = cyRef.current;
      if (!cy) return;
      patchElements(cy, elements, (id) => positions.get(id));
      if (appliedLayout.current !== layoutKey) {
        appliedLayout.current = layoutKey;
        cy.batch(() => {
          cy.nodes().forEach((node) => {
            if (node.isParent()) return;
            const at = positions.get(node.id());
            if (at) node.position({ ...at });
          });
        });
        cy.fit(undefined, 30);
      } else if (appliedPositions.current !== positions) {
        // the map made room for a box that opened: the nodes it moved go to their new places
        cy.batch(() => {
          cy.nodes().forEach((node) => {
            if (node.isParent()) return;
            const at = positions.get(node.id());
            const now = node.position();
            if (at && (at.x !== now.x || at.y !== now.y)) node.position({ ...at });
          });
        });
      }
      appliedPositions.current = positions;
      if (!painted.current && elements.length > 0) {
        painted.current = true;
        // Cytoscape draws in its own animation frame; two frames on, the map is on the screen (both renderers)
        requestAnimationFrame(() => requestAnimationFrame(() => callbacks.current.onFirstPaint?.()));
      }
    },
    [elements, positions, layoutKey],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection is applied again after each patch of the elements
  useEffect(
    function selectTheSelected() {
      const cy = cyRef.current;
      if (!cy) return;
      cy.batch(() => {
        cy.$(':selected').unselect();
        if (selectedId) cy.getElementById(selectedId).select();
      });
    },
    [selectedId, elements],
  );

  useImperativeHandle(
    ref,
    () => ({
      core: () => cyRef.current,
      fit(ids) {
        const cy = cyRef.current;
        if (!cy) return;
        let target = cy.collection();
        for (const id of ids ?? []) target = target.union(cy.getElementById(id));
        const eles = target.length > 0 ? target : cy.elements(':visible');
        // a few close nodes would fill the screen: stay at a zoom where their neighbourhood shows
        const bb = eles.boundingBox();
        const level = Math.min(
          fitZoomCap,
          (cy.width() - 80) / Math.max(bb.w, 1),
          (cy.height() - 80) / Math.max(bb.h, 1),
        );
        cy.animate({ zoom: level, center: { eles } }, { duration: 250 });
      },
      zoomBy(factor) {
        const cy = cyRef.current;
        if (!cy) return;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        userZoom.current();
        cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
      },
      centerOn(id) {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.length === 0) return;
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.4) }, { duration: 300 });
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 80;
    const zoomInByKey = () => {
      userZoom.current();
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    };
    const keys: Record<string, () => void> = {
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      '+': zoomInByKey,
      '=': zoomInByKey,
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      '0': () => cy.fit(cy.elements(':visible'), 30),
      Escape: () => callbacks.current.onSelect(undefined),
    };
    const action = keys[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  }

  return (
    <div className="canvas-frame">
      <div
        ref={container}
        className="canvas"
        tabIndex={0}
        role="application"
        aria-label={label}
        aria-describedby="canvas-help"
        onKeyDown={onKeyDown}
        data-testid="map-canvas"
      />
      <p id="canvas-help" className="visually-hidden">
        {description}
      </p>
    </div>
  );
});
