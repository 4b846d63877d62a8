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
      resolve(positions);
    });
    layout.run();
  });
}
