/**
 * The nested layout of the map: inside each area box, its own entities are placed by a force-directed pass over
 * the ties among them (connected people draw together, the isolated drift to the rim); then the boxes are packed
 * in rows inside their parent box, tier by tier. It is deterministic (the same map gives the same positions, so
 * they are stable across visits and filters), keeps boxes from overlapping by construction, and takes a few
 * hundred milliseconds for 5k elements where a whole-graph force layout takes seconds.
 */
import { isEdge, isNode, type MapElement } from './network';
import type { NodeKind } from './vocabulary';

export interface Point {
  x: number;
  y: number;
}

/** A rectangle by its corners, as Cytoscape's bounding boxes and extents give it. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LayoutOptions {
  /** Desired length of a tie, in model units (pixels at zoom 1). */
  edgeLength: number;
  /** Space between boxes, and between a box's border and what it holds. */
  gap: number;
  /** Room above a box for its label. */
  labelRoom: number;
  /** Width : height the rows of boxes aim at (a landscape screen or sheet). */
  aspect: number;
}

export const defaultLayoutOptions: LayoutOptions = { edgeLength: 46, gap: 48, labelRoom: 40, aspect: 1.5 };

/** Drawn size of each kind (the stylesheet uses the same numbers). */
export const nodeSizes: Record<NodeKind, number> = {
  Area: 40,
  Person: 22,
  Household: 18,
  Organization: 30,
  Council: 32,
  Hub: 28,
};

interface Block {
  width: number;
  height: number;
  /** Positions relative to the block's top-left corner. */
  place(offset: Point, into: Map<string, Point>): void;
}

const golden = Math.PI * (3 - Math.sqrt(5));
/** Room a label takes below its node. */
const labelHeight = 16;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Order for the spiral start: breadth-first from the best-connected node, component after component; among equals,
 * the order `ids` came in.
 */
function spiralOrder(ids: string[], adjacency: Map<string, string[]>): string[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const byDegree = [...ids].sort(
    (a, b) => (adjacency.get(b)?.length ?? 0) - (adjacency.get(a)?.length ?? 0) || rank.get(a)! - rank.get(b)!,
  );
  const seen = new Set<string>();
  const order: string[] = [];
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let i = 0; i < queue.length; i += 1) {
      const at = queue[i];
      order.push(at);
      for (const next of adjacency.get(at) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}

/** One number per grid cell (cells stay within ±2^20 of the origin). */
function cellKey(gx: number, gy: number): number {
  return (gx + 1048576) * 2097152 + (gy + 1048576);
}

/** Force-directed placement of one box's entities (Fruchterman–Reingold with grid-limited repulsion). */
export function forcePlace(ids: string[], edges: [string, string][], options: LayoutOptions): Map<string, Point> {
  const k = options.edgeLength;
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacency = new Map<string, string[]>();
  const links: [number, number][] = [];
  for (const [s, t] of edges) {
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || a === b) continue;
    links.push([a, b]);
    push(adjacency, s, t);
    push(adjacency, t, s);
  }
  const n = ids.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  spiralOrder(ids, adjacency).forEach((id, i) => {
    const j = index.get(id)!;
    const r = k * 0.75 * Math.sqrt(i + 0.5);
    xs[j] = r * Math.cos(i * golden);
    ys[j] = r * Math.sin(i * golden);
  });
  if (n <= 2) return new Map(ids.map((id, i) => [id, { x: xs[i], y: ys[i] }]));

  const iterations = n < 150 ? 160 : n < 400 ? 90 : n < 1500 ? 60 : 40;
  const cell = 2 * k;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const gravity = 0.06;
  for (let step = 0; step < iterations; step += 1) {
    const temperature = k * 2.5 * (1 - step / iterations) + k * 0.05;
    dx.fill(0);
    dy.fill(0);
    // repulsion between nodes closer than one cell, through a grid
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i += 1) push(grid, cellKey(Math.floor(xs[i] / cell), Math.floor(ys[i] / cell)), i);
    for (let i = 0; i < n; i += 1) {
      const cx = Math.floor(xs[i] / cell);
      const cy = Math.floor(ys[i] / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx += 1) {
        for (let gy = cy - 1; gy <= cy + 1; gy += 1) {
          const bucket = grid.get(cellKey(gx, gy));
          if (!bucket) continue;
          for (const j of bucket) {
            if (j <= i) continue;
            let ddx = xs[i] - xs[j];
            let ddy = ys[i] - ys[j];
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 > cell * cell) continue;
            if (d2 < 0.01) {
              // coincident: push apart along a fixed direction that depends on the pair
              ddx = ((i * 7 + j * 13) % 11) - 5 + 0.5;
              ddy = ((i * 3 + j * 5) % 7) - 3 + 0.5;
              d2 = ddx * ddx + ddy * ddy;
            }
            const force = (k * k) / d2;
            dx[i] += ddx * force;
            dy[i] += ddy * force;
            dx[j] -= ddx * force;
            dy[j] -= ddy * force;
          }
        }
      }
    }
    for (const [a, b] of links) {
      const ddx = xs[a] - xs[b];
      const ddy = ys[a] - ys[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const force = d / k;
      dx[a] -= ddx * force;
      dy[a] -= ddy * force;
      dx[b] += ddx * force;
      dy[b] += ddy * force;
    }
    for (let i = 0; i < n; i += 1) {
      dx[i] -= xs[i] * gravity;
      dy[i] -= ys[i] * gravity;
      const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (length > 0) {
        const limited = Math.min(length, temperature);
        xs[i] += (dx[i] / length) * limited;
        ys[i] += (dy[i] / length) * limited;
      }
    }
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i], y: ys[i] }]));
}

/** Width of a node's label as drawn (11px type, cut at 90px), which the area's box grows to hold. */
export function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += char.charCodeAt(0) > 0x2e7f ? 11 : 6.6;
  return Math.min(width, 92);
}

/** A block of entities placed by force, as a rectangle that holds their labels too. */
function entityBlock(
  ids: string[],
  edges: [string, string][],
  sizes: Map<string, number>,
  labels: Map<string, number>,
  options: LayoutOptions,
): Block {
  const placed = forcePlace(ids, edges, options);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [id, p] of placed) {
    const half = (sizes.get(id) ?? 24) / 2;
    const halfLabel = Math.max(half, (labels.get(id) ?? 0) / 2);
    minX = Math.min(minX, p.x - halfLabel);
    minY = Math.min(minY, p.y - half);
    maxX = Math.max(maxX, p.x + halfLabel);
    maxY = Math.max(maxY, p.y + half + labelHeight);
  }
  return {
    width: maxX - minX,
    height: maxY - minY,
    place(offset, into) {
      for (const [id, p] of placed) into.set(id, { x: offset.x + p.x - minX, y: offset.y + p.y - minY });
    },
  };
}

/** Rows of blocks, as wide as makes the whole roughly `aspect` wide, each block keeping its order. */
function packRows(blocks: Block[], options: LayoutOptions): Block {
  const gap = options.gap;
  const area = blocks.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  const widest = Math.max(...blocks.map((b) => b.width));
  const target = Math.max(widest, Math.sqrt(area * options.aspect));
  const offsets: Point[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > target) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    offsets.push({ x, y });
    x += block.width + gap;
    rowHeight = Math.max(rowHeight, block.height);
    width = Math.max(width, x - gap);
  }
  return {
    width,
    height: y + rowHeight,
    place(offset, into) {
      for (const [i, block] of blocks.entries())
        block.place({ x: offset.x + offsets[i].x, y: offset.y + offsets[i].y }, into);
    },
  };
}

/** A box around a block: the area's border, padding and label room. */
function boxed(inner: Block, options: LayoutOptions): Block {
  const pad = options.gap / 2;
  return {
    width: inner.width + 2 * pad,
    height: inner.height + 2 * pad + options.labelRoom,
    place(offset, into) {
      inner.place({ x: offset.x + pad, y: offset.y + pad + options.labelRoom }, into);
    },
  };
}

/**
 * Positions of every node that is not an area holding others (compound boxes take their size from what they
 * hold); an empty area gets a position of its own.
 */
export function nestedLayout(
  elements: readonly MapElement[],
  options: LayoutOptions = defaultLayoutOptions,
): Map<string, Point> {
  const areas = new Set<string>();
  const childAreas = new Map<string, string[]>();
  const entities = new Map<string, string[]>();
  const sizes = new Map<string, number>();
  const labels = new Map<string, number>();
  const boxes = new Map<string, { width: number; height: number }>();
  const parentOf = new Map<string, string>();
  const kinds = new Map<string, string>();
  const labelText = new Map<string, string>();
  const root = '';
  for (const element of elements) {
    if (!isNode(element)) continue;
    const { id, kind, parent, boxWidth, boxHeight } = element.data;
    sizes.set(id, nodeSizes[kind] ?? 24);
    if (kind === 'Area' && boxWidth && boxHeight) boxes.set(id, { width: boxWidth, height: boxHeight });
    labels.set(id, labelWidth(element.data.label));
    kinds.set(id, kind);
    labelText.set(id, element.data.label);
    if (parent) parentOf.set(id, parent);
    if (kind === 'Area') areas.add(id);
  }
  for (const element of elements) {
    if (!isNode(element)) continue;
    const { id, kind } = element.data;
    const parent = parentOf.get(id) ?? root;
    push(kind === 'Area' ? childAreas : entities, parent, id);
  }
  const edgesWithin = new Map<string, [string, string][]>();
  for (const element of elements) {
    if (!isEdge(element)) continue;
    const { source, target } = element.data;
    const ps = parentOf.get(source) ?? root;
    if (ps !== (parentOf.get(target) ?? root) || areas.has(source) || areas.has(target)) continue;
    push(edgesWithin, ps, [source, target] as [string, string]);
  }

  // entities are placed in the order of what every viewer sees alike (kind, then label: a person one viewer sees
  // by name under a stand-in id is named alike for another), so a coordinator and a council member in one meeting
  // see the same picture; ids only break ties between look-alikes
  const byLayoutKey = (a: string, b: string): number =>
    (kinds.get(a) ?? '').localeCompare(kinds.get(b) ?? '') ||
    (labelText.get(a) ?? '').localeCompare(labelText.get(b) ?? '') ||
    (a < b ? -1 : a > b ? 1 : 0);

  const positions = new Map<string, Point>();
  const built = new Set<string>();
  function build(container: string): Block | undefined {
    if (built.has(container)) return undefined; // a cycle in the parents: draw each area once
    built.add(container);
    const blocks: Block[] = [];
    const own = entities.get(container) ?? [];
    if (own.length > 0) {
      const ordered = [...own].sort(byLayoutKey);
      const ties = (edgesWithin.get(container) ?? [])
        .map(([a, b]) => (byLayoutKey(a, b) <= 0 ? [a, b] : [b, a]) as [string, string])
        .sort((x, y) => byLayoutKey(x[0], y[0]) || byLayoutKey(x[1], y[1]));
      blocks.push(entityBlock(ordered, ties, sizes, labels, options));
    }
    for (const child of [...(childAreas.get(container) ?? [])].sort()) {
      const inner = build(child);
      if (inner) blocks.push(boxed(inner, options));
      else if (!(entities.get(child)?.length || childAreas.get(child)?.length)) {
        // an empty area (or a closed box, at the size its counts take): a box of its own
        const { width, height } = boxes.get(child) ?? { width: options.edgeLength, height: options.edgeLength };
        blocks.push({
          width,
          height,
          place: (offset, into) => into.set(child, { x: offset.x + width / 2, y: offset.y + height / 2 }),
        });
      }
    }
    if (blocks.length === 0) return undefined;
    return blocks.length === 1 ? blocks[0] : packRows(blocks, options);
  }
  const top = build(root);
  top?.place({ x: 0, y: 0 }, positions);
  return positions;
}

/** The centre of the nodes' positions, for a closed box drawn at the middle of what it held. */
export function centreOf(ids: Iterable<string>, positions: ReadonlyMap<string, Point>): Point | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const p = positions.get(id);
    if (!p) continue;
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return minX === Infinity ? undefined : { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

/**
 * Positions for a map that changed a little (a tie accepted, a council convened): known nodes stay where they
 * were; a new node goes beside the nodes it is tied to in its own box, else among its siblings there.
 */
export function extendPositions(
  previous: ReadonlyMap<string, Point>,
  elements: readonly MapElement[],
  options: LayoutOptions = defaultLayoutOptions,
): Map<string, Point> {
  const next = new Map<string, Point>();
  const missing: string[] = [];
  const parentOf = new Map<string, string>();
  const compound = new Set<string>();
  for (const element of elements) {
    if (!isNode(element)) continue;
    if (element.data.parent) {
      parentOf.set(element.data.id, element.data.parent);
      compound.add(element.data.parent);
    }
  }
  for (const element of elements) {
    if (!isNode(element) || compound.has(element.data.id)) continue;
    const known = previous.get(element.data.id);
    if (known) next.set(element.data.id, known);
    else missing.push(element.data.id);
  }
  if (missing.length === 0) return next;
  const neighbours = new Map<string, string[]>();
  for (const element of elements) {
    if (!isEdge(element)) continue;
    push(neighbours, element.data.source, element.data.target);
    push(neighbours, element.data.target, element.data.source);
  }
  const siblings = new Map<string, string[]>();
  for (const [id, parent] of parentOf) push(siblings, parent, id);
  missing.forEach((id, i) => {
    // only neighbours in its own box: a case conference tied to organizations all over the town, placed at their
    // middle, would stretch its box across the map
    const parent = parentOf.get(id);
    const near = (neighbours.get(id) ?? []).filter((other) => next.has(other) && parentOf.get(other) === parent);
    const around =
      near.length > 0 ? near : (siblings.get(parentOf.get(id) ?? '') ?? []).filter((other) => next.has(other));
    const centre = centreOf(around, next) ?? { x: 0, y: 0 };
    const angle = (i + 1) * golden;
    next.set(id, {
      x: centre.x + Math.cos(angle) * options.edgeLength,
      y: centre.y + Math.sin(angle) * options.edgeLength,
    });
  });
  return next;
}
