import { describe, expect, it } from 'vitest';
import { boxToOpen, ZoomOpener } from './zoomOpen';

const view = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('opening a box by zooming into it', () => {
  const boxes = new Map([
    ['north', view(0, 0, 200, 110)],
    ['south', view(300, 0, 500, 110)],
  ]);

  it('opens nothing at a view of the whole map', () => {
    expect(boxToOpen(view(-100, -100, 600, 300), boxes)).toBeUndefined();
  });

  it('opens the box that holds the middle of the view and fills most of it', () => {
    expect(boxToOpen(view(20, 10, 260, 150), boxes)).toBe('north');
  });

  it('does not open a box the middle of the view is beside, however large', () => {
    expect(boxToOpen(view(150, 10, 350, 100), boxes)).toBeUndefined();
  });

  it('opens the inner one of two boxes that both qualify', () => {
    const nested = new Map([...boxes, ['inner', view(50, 20, 150, 90)]]);
    expect(boxToOpen(view(60, 30, 200, 100), nested)).toBe('inner');
  });

  it('opens only when the view zoomed in (a pan across a large box does not open it)', () => {
    const opener = new ZoomOpener();
    expect(opener.next({ extent: view(20, 10, 260, 150), closedBoxes: boxes, zoomedIn: false })).toBeUndefined();
    expect(opener.next({ extent: view(20, 10, 260, 150), closedBoxes: boxes, zoomedIn: true })).toBe('north');
  });

  it('leaves a box the user closed closed until the view has left it', () => {
    const opener = new ZoomOpener();
    const close = { extent: view(20, 10, 260, 150), closedBoxes: boxes, zoomedIn: true };
    opener.closed('north');
    expect(opener.next(close)).toBeUndefined();
    expect(opener.next({ extent: view(-100, -100, 600, 300), closedBoxes: boxes, zoomedIn: false })).toBeUndefined();
    expect(opener.next(close)).toBe('north');
  });
});
