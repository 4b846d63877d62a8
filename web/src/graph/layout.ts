/**
 * The force-directed refinement of the map with fcose, on demand ("配置を整える"): it keeps the nesting of the
 * area boxes and gives a more organic picture than the nested layout the map opens with. It takes seconds past a
 * few thousand elements, so the map offers it only below `fcoseLimit`.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { Point, Rect } from '../models/layout';
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

/** Room kept between two boxes, or a box and a node pushed out of it. */
const clearance = 24;

/** Rounds of pushing boxes apart among one box's children; a handful is enough for the few boxes a map holds. */
const separationRounds = 30;

const bounds = (node: NodeSingular): Rect => node.boundingBox({ includeLabels: false, includeOverlays: false });

/** How far b must move (along the axis that costs least) so that it no longer meets a; undefined when apart. */
function pushOut(a: Rect, b: Rect): Point | undefined {
  const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + clearance;
  const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + clearance;
  if (overlapX <= 0 || overlapY <= 0) return undefined;
  const towardsX = (b.x1 + b.x2) / 2 >= (a.x1 + a.x2) / 2 ? 1 : -1;
  const towardsY = (b.y1 + b.y2) / 2 >= (a.y1 + a.y2) / 2 ? 1 : -1;
  return overlapX <= overlapY ? { x: towardsX * overlapX, y: 0 } : { x: 0, y: towardsY * overlapY };
}

const meets = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const moved = (r: Rect, by: Point): Rect => ({ x1: r.x1 + by.x, y1: r.y1 + by.y, x2: r.x2 + by.x, y2: r.y2 + by.y });

/** The moves that take `node` just past each side of `box`. */
function sides(box: Rect, node: Rect): Point[] {
  return [
    { x: box.x1 - clearance - node.x2, y: 0 },
    { x: box.x2 + clearance - node.x1, y: 0 },
    { x: 0, y: box.y1 - clearance - node.y2 },
    { x: 0, y: box.y2 + clearance - node.y1 },
  ];
}

const length = (p: Point): number => Math.abs(p.x) + Math.abs(p.y);

/**
 * The shortest move that takes a node out of every box among its siblings: past a side of one of them, else past
 * the side of all of them together (a node between two boxes that touch cannot stay between them).
 */
function wayOut(node: Rect, boxes: Rect[]): Point | undefined {
  if (!boxes.some((box) => meets(box, node))) return undefined;
  const free = boxes
    .flatMap((box) => sides(box, node))
    .filter((by) => !boxes.some((box) => meets(box, moved(node, by))))
    .sort((a, b) => length(a) - length(b));
  if (free.length > 0) return free[0];
  const all = boxes.reduce((u, b) => ({
    x1: Math.min(u.x1, b.x1),
    y1: Math.min(u.y1, b.y1),
    x2: Math.max(u.x2, b.x2),
    y2: Math.max(u.y2, b.y2),
  }));
  return sides(all, node).sort((a, b) => length(a) - length(b))[0];
}

/** Moves a node with everything drawn inside it. */
function shiftAll(node: NodeSingular, by: Point): void {
  const inside = node.isParent() ? node.descendants().filter((inner) => !inner.isParent()) : node;
  inside.shift(by);
}

/** Pushes overlapping boxes among one box's children apart, two at a time, sharing each move. */
function separateSiblingBoxes(boxes: NodeSingular[]): void {
  for (let round = 0; round < separationRounds; round += 1) {
    let pushed = false;
    for (const [i, box] of boxes.entries())
      for (const other of boxes.slice(i + 1)) {
        const push = pushOut(bounds(box), bounds(other));
        if (!push) continue;
        pushed = true;
        shiftAll(other, { x: push.x / 2, y: push.y / 2 });
        shiftAll(box, { x: -push.x / 2, y: -push.y / 2 });
      }
    if (!pushed) return;
  }
}

/**
 * fcose spaces nodes but does not forbid boxes meeting: a closed box (a leaf a few hundred pixels wide) or a whole
 * area box can end over another, or a node over a box not its own. Among the children of each box, deepest boxes
 * first and the top level last, the boxes are pushed apart, then each node lying on one of them is moved out of
 * all of them. A box's contents move with it, so what was settled inside stays settled.
 */
function separateBoxes(cy: Core): void {
  const parents = (cy.nodes(':parent:visible').toArray() as NodeSingular[]).sort(
    (a, b) => b.ancestors().length - a.ancestors().length,
  );
  const groups = [...parents.map((parent) => parent.children(':visible')), cy.nodes(':visible').orphans()].map(
    (group) => group.toArray() as NodeSingular[],
  );
  // not in a batch: a box's bounds must follow each move of its contents
  for (const group of groups) {
    const boxes = group.filter((node) => node.hasClass('kind-area'));
    if (boxes.length === 0) continue;
    separateSiblingBoxes(boxes);
    const boxRects = boxes.map(bounds);
    for (const node of group) {
      if (node.hasClass('kind-area')) continue;
      const by = wayOut(bounds(node), boxRects);
      if (by) shiftAll(node, by);
    }
  }
}

/** Runs fcose on what is visible and resolves with the new positions of the leaf nodes. */
export function refineWithFcose(cy: Core): Promise<Map<string, Point>> {
  registerExtensions();
  return new Promise((resolve) => {
    const layout = cy.elements(':visible').layout(fcoseOptions as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      separateBoxes(cy);
      const positions = new Map<string, Point>();
      cy.nodes().forEach((node) => {
        if (!node.isParent()) positions.set(node.id(), { ...node.position() });
      });
      resolve(positions);
    });
    layout.run();
  });
}
