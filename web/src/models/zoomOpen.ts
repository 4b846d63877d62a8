/**
 * Opening a box by zooming into it: once a closed box holds the middle of the view and fills most of it, the
 * user is looking for what is inside, so the map opens it as a double click would. A box the user closed is not
 * opened again by the zoom until they have zoomed away from it.
 */

import type { Rect } from './layout';

/** What the map shows when its view comes to rest. */
export interface ViewAtRest {
  /** The part of the map in view, in model units. */
  extent: Rect;
  /** The closed boxes drawn, with their bounds. */
  closedBoxes: ReadonlyMap<string, Rect>;
  /** Whether the view came closer than at its last rest. */
  zoomedIn: boolean;
}

/** The share of the view's width or height a closed box must fill to open. */
export const zoomOpenShare = 0.6;

/**
 * The closed box to open for a view (both in model units): the smallest that holds the view's middle and fills
 * `zoomOpenShare` of its width or height; undefined when none does.
 */
export function boxToOpen(view: Rect, closedBoxes: ReadonlyMap<string, Rect>): string | undefined {
  const cx = (view.x1 + view.x2) / 2;
  const cy = (view.y1 + view.y2) / 2;
  const width = view.x2 - view.x1;
  const height = view.y2 - view.y1;
  let found: { id: string; area: number } | undefined;
  for (const [id, box] of closedBoxes) {
    if (cx < box.x1 || cx > box.x2 || cy < box.y1 || cy > box.y2) continue;
    const fills = box.x2 - box.x1 >= zoomOpenShare * width || box.y2 - box.y1 >= zoomOpenShare * height;
    if (!fills) continue;
    const area = (box.x2 - box.x1) * (box.y2 - box.y1);
    if (!found || area < found.area) found = { id, area };
  }
  return found?.id;
}

/**
 * What the zoom opens, remembering the boxes the user closed: such a box is left closed while it still fills the
 * view, and may open again once the view has left it.
 */
export class ZoomOpener {
  private readonly closedByUser = new Set<string>();

  /** The user closed this box (a double click, the panel's button). */
  closed(id: string): void {
    this.closedByUser.add(id);
  }

  /** The box to open for a view at rest, if any: only a view that zoomed in opens one. */
  next(view: ViewAtRest): string | undefined {
    const id = boxToOpen(view.extent, view.closedBoxes);
    for (const left of [...this.closedByUser]) if (left !== id) this.closedByUser.delete(left);
    return view.zoomedIn && id && !this.closedByUser.has(id) ? id : undefined;
  }
}
