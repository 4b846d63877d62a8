/**
 * The force-directed refinement of the map with fcose, on demand ("配置を整える"): it keeps the nesting of the
 * area boxes and gives a more organic picture than the nested layout the map opens with. It takes seconds past a
 * few thousand elements, so the map offers it only below `fcoseLimit`.
 */
import type { Core, LayoutOptions } from 'cytoscape';
import type { Point } from '../models/layout';
import { registerExtensions } from './register';

/** Visible elements up to which fcose runs in a few seconds on a small machine. */
export const fcoseLimit = 2500;

/** fcose options, one comment each (cytoscape.js-fcose documents the defaults). */
const fcoseOptions = {
  name: 'fcose',
  // spectral start then incremental force passes: good enough in a second or two
  quality: 'default',
  // start from the nested layout the map has (boxes apart, each holding its own): a spectral start ignores the
  // boxes and closed boxes of a few hundred pixels end overlapping, people outside their box
  randomize: false,
  // move the nodes to their new places so the eye can follow
  animate: true,
  animationDuration: 700,
  fit: true,
  padding: 30,
  // the stylesheet's node sizes, not the labels: labels are hidden at overview zoom
  nodeDimensionsIncludeLabels: false,
  uniformNodeDimensions: false,
  // needs cytoscape-layout-utilities, which the app does not load
  packComponents: false,
  // room between nodes, and the length a tie aims at
  nodeRepulsion: () => 6500,
  idealEdgeLength: () => 60,
  // ties between boxes are drawn longer than ties within one
  nestingFactor: 0.1,
  gravity: 0.25,
  gravityCompound: 1.0,
  gravityRangeCompound: 1.5,
  numIter: 2500,
  // people tied to no one are tiled in rows inside their box instead of drifting
  tile: true,
  tilingPaddingVertical: 12,
  tilingPaddingHorizontal: 12,
} as const;

/** Room kept between a closed box and a node pushed out of it. */
const clearance = 24;

/**
 * fcose keeps nodes apart by their sizes but does not forbid a node lying on a closed box (a leaf a few hundred
 * pixels wide) of another area: each such node is moved just past the box's nearest side, a few rounds over, as a
 * closed box holds nothing drawn.
 */
function clearClosedBoxes(cy: Core, positions: Map<string, Point>): void {
  const boxes = cy.nodes('.kind-area.closed:childless:visible');
  const leaves = cy.nodes(':visible').filter((node) => !node.isParent() && !node.hasClass('kind-area'));
  for (let round = 0; round < 4; round += 1) {
    let moved = false;
    boxes.forEach((box) => {
      const b = box.boundingBox({ includeLabels: false, includeOverlays: false });
      leaves.forEach((node) => {
        const at = positions.get(node.id());
        if (!at || at.x <= b.x1 || at.x >= b.x2 || at.y <= b.y1 || at.y >= b.y2) return;
        const out = [
          { x: b.x1 - clearance, y: at.y, d: at.x - b.x1 },
          { x: b.x2 + clearance, y: at.y, d: b.x2 - at.x },
          { x: at.x, y: b.y1 - clearance, d: at.y - b.y1 },
          { x: at.x, y: b.y2 + clearance, d: b.y2 - at.y },
        ].reduce((best, side) => (side.d < best.d ? side : best));
        positions.set(node.id(), { x: out.x, y: out.y });
        moved = true;
      });
    });
    if (!moved) return;
  }
}

/** Runs fcose on what is visible and resolves with the new positions of the leaf nodes. */
export function refineWithFcose(cy: Core): Promise<Map<string, Point>> {
  registerExtensions();
  return new Promise((resolve) => {
    const layout = cy.elements(':visible').layout(fcoseOptions as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      const positions = new Map<string, Point>();
      cy.nodes().forEach((node) => {
        if (!node.isParent()) positions.set(node.id(), { ...node.position() });
      });
      clearClosedBoxes(cy, positions);
      resolve(positions);
    });
    layout.run();
  });
}
