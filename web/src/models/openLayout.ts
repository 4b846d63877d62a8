/**
 * Positions when boxes open and close: what was on the map stays where it was. An opened box's contents get the
 * nested layout of their own, centred where the closed box stood, and the rest of the map moves apart just enough
 * to make room (everything right of the box moves right, everything below moves down, and so on), so nothing
 * overlaps and the picture keeps its arrangement. A closed box stands at the centre of what it held.
 */
import {
  centreOf,
  defaultLayoutOptions,
  extendPositions,
  type LayoutOptions,
  nestedLayout,
  type Point,
} from './layout';
import { isEdge, isNode, type MapElement, parentIndex } from './network';

interface Rect {
  centre: Point;
  width: number;
  height: number;
}

/** Areas holding nothing on the map (closed boxes, empty areas). */
function leafAreas(elements: readonly MapElement[]): Set<string> {
  const holders = new Set<string>();
  for (const element of elements) if (isNode(element) && element.data.parent) holders.add(element.data.parent);
  const leaves = new Set<string>();
  for (const element of elements)
    if (isNode(element) && element.data.kind === 'Area' && !holders.has(element.data.id)) leaves.add(element.data.id);
  return leaves;
}

/** The ids inside `area` at any depth. */
function inside(area: string, parents: ReadonlyMap<string, string>): Set<string> {
  const found = new Set<string>();
  for (const id of parents.keys()) {
    for (let up = parents.get(id); up; up = parents.get(up)) {
      if (up === area) {
        found.add(id);
        break;
      }
    }
  }
  return found;
}

/** The contents of an opened box laid out on their own, as positions relative to their centre, and their size. */
function layOutContents(
  area: string,
  ids: ReadonlySet<string>,
  elements: readonly MapElement[],
  options: LayoutOptions,
): { positions: Map<string, Point>; width: number; height: number } {
  const sub: MapElement[] = [];
  for (const element of elements) {
    if (isNode(element) && ids.has(element.data.id)) {
      // the box's own children become the top of the sub-map
      sub.push(element.data.parent === area ? { ...element, data: { ...element.data, parent: undefined } } : element);
    } else if (isEdge(element) && ids.has(element.data.source) && ids.has(element.data.target) && element.data.active)
      sub.push(element);
  }
  const placed = nestedLayout(sub, options);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of placed.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (minX === Infinity) return { positions: placed, width: 0, height: 0 };
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const positions = new Map<string, Point>();
  for (const [id, p] of placed) positions.set(id, { x: p.x - cx, y: p.y - cy });
  // the box's border, padding and title around what it holds
  return { positions, width: maxX - minX + options.gap, height: maxY - minY + options.gap + options.labelRoom };
}

/** Moves every position outside the box's bands away from it, by half the growth on each side. */
export function makeRoom(positions: Map<string, Point>, before: Rect, after: Rect, skip: ReadonlySet<string>): void {
  const dx = Math.max(0, (after.width - before.width) / 2);
  const dy = Math.max(0, (after.height - before.height) / 2);
  if (dx === 0 && dy === 0) return;
  const { centre, width, height } = before;
  for (const [id, p] of positions) {
    if (skip.has(id)) continue;
    let { x, y } = p;
    if (x > centre.x + width / 2) x += dx;
    else if (x < centre.x - width / 2) x -= dx;
    if (y > centre.y + height / 2) y += dy;
    else if (y < centre.y - height / 2) y -= dy;
    if (x !== p.x || y !== p.y) positions.set(id, { x, y });
  }
}

/**
 * The positions of the map after an answer with other boxes open (or other entities shown): known nodes keep
 * their places but for the room an opened box takes; an opened box's contents are laid out inside it; a closed
 * box stands where its contents were; anything else new goes beside what it is tied to.
 */
export function reopenPositions(
  previous: ReadonlyMap<string, Point>,
  before: readonly MapElement[],
  after: readonly MapElement[],
  options: LayoutOptions = defaultLayoutOptions,
): Map<string, Point> {
  const positions = new Map(previous);
  const leavesBefore = leafAreas(before);
  const leavesAfter = leafAreas(after);
  const parentsBefore = parentIndex(before);
  const parentsAfter = parentIndex(after);
  const sizeBefore = new Map<string, { width: number; height: number }>();
  for (const element of before)
    if (isNode(element) && element.data.boxWidth && element.data.boxHeight)
      sizeBefore.set(element.data.id, { width: element.data.boxWidth, height: element.data.boxHeight });

  // closed now: at the centre of what it held
  for (const id of leavesAfter) {
    if (leavesBefore.has(id) && positions.has(id)) continue;
    const centre = centreOf(inside(id, parentsBefore), previous);
    if (centre) positions.set(id, centre);
  }

  // opened now (outer boxes first, so an inner one opened with them is laid out inside them)
  const opened = [...leavesBefore].filter((id) => !leavesAfter.has(id) && previous.has(id));
  for (const id of opened) {
    const centre = positions.get(id);
    if (!centre) continue;
    const ids = inside(id, parentsAfter);
    const contents = layOutContents(id, ids, after, options);
    const size = sizeBefore.get(id) ?? { width: options.edgeLength, height: options.edgeLength };
    const skip = new Set([...ids, id]);
    makeRoom(positions, { centre, ...size }, { centre, width: contents.width, height: contents.height }, skip);
    positions.delete(id);
    // the title takes room at the top: the contents sit a little lower than the box's centre
    for (const [inner, p] of contents.positions)
      positions.set(inner, { x: centre.x + p.x, y: centre.y + p.y + options.labelRoom / 2 });
  }
  return extendPositions(positions, after, options);
}
