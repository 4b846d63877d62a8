/**
 * The frame around an exported map, the same in the PNG and the SVG: a title, lines saying which day it shows and how
 * names are shown, and a legend of what the map holds, in rows under it. Laid out here once, in the map's units,
 * with text widths estimated (a CJK character is one em wide, others about half), so both drawings agree without
 * measuring text.
 */

/** A legend entry's drawing: a node shape, or a line. */
export type FrameSwatch =
  | { shape: string; fill: string; stroke: string; strokeWidth: number }
  | { line: string; width: number; dash?: string; opacity?: number };

export interface FrameItem {
  swatch: FrameSwatch;
  label: string;
}

export interface ExportFrame {
  title: string;
  /** Under the title: the day shown, how names are shown, where it comes from. */
  lines: string[];
  legend: FrameItem[];
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
}

export interface PlacedItem {
  item: FrameItem;
  /** The swatch's centre. */
  x: number;
  y: number;
  /** The label's start and baseline. */
  labelX: number;
  labelY: number;
}

export interface PlacedFrame {
  width: number;
  /** Room above the map, and below it, in the map's units. */
  headerHeight: number;
  legendHeight: number;
  texts: PlacedText[];
  /** Legend entries, `y` measured from the top of the legend band. */
  items: PlacedItem[];
}

export const frameFont = { title: 22, line: 13, legend: 12 };
const pad = 16;
const swatchWidth = 30;
const rowHeight = 22;
/** A frame is never narrower than this, so a small map still has a readable legend. */
const minWidth = 520;

/** The width a line of text takes at a font size, estimated. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.58;
  return ems * size;
}

/** Places the frame around a map `mapWidth` wide. */
export function layoutFrame(frame: ExportFrame, mapWidth: number): PlacedFrame {
  const width = Math.max(mapWidth, minWidth);
  const texts: PlacedText[] = [
    { text: frame.title, x: pad, y: pad + frameFont.title, size: frameFont.title, bold: true },
  ];
  let y = pad + frameFont.title;
  for (const line of frame.lines) {
    y += frameFont.line * 1.5;
    texts.push({ text: line, x: pad, y, size: frameFont.line });
  }
  const headerHeight = y + pad;
  const items: PlacedItem[] = [];
  let x = pad;
  let row = 0;
  for (const item of frame.legend) {
    const itemWidth = swatchWidth + 6 + textWidth(item.label, frameFont.legend) + 18;
    if (x > pad && x + itemWidth > width - pad) {
      row += 1;
      x = pad;
    }
    const centreY = pad / 2 + row * rowHeight + rowHeight / 2;
    items.push({
      item,
      x: x + swatchWidth / 2,
      y: centreY,
      labelX: x + swatchWidth + 6,
      labelY: centreY + frameFont.legend * 0.36,
    });
    x += itemWidth;
  }
  const legendHeight = items.length === 0 ? 0 : pad / 2 + (row + 1) * rowHeight + pad / 2;
  return { width, headerHeight, legendHeight, texts, items };
}
