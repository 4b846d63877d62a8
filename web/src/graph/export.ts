/**
 * Exports of what the canvas shows: a PNG from Cytoscape's renderer, and an SVG drawn from the positions and the
 * stylesheet's tokens, both in the same frame (title, day, legend). Either may replace labels (people's names by
 * neutral ones) for the time of the export.
 */
import type { Core } from 'cytoscape';
import { closedBoxFont } from '../models/detail';
import { type ExportFrame, type FrameItem, type FrameSwatch, frameFont, layoutFrame } from '../models/exportFrame';
import type { LegendModel } from '../models/legend';
import type { EdgeCategory } from '../models/network';
import { renderSvg, type SvgScene, shapePath } from '../models/svgScene';
import type { TieChange } from '../models/timeline';
import type { NodeKind } from '../models/vocabulary';
import { categoryStyles, changeStyles, fontFamily, kindStyles, markedKind, markStyles, tierStyles } from './stylesheet';

/** Runs `action` with some node labels replaced, then puts the labels back. */
async function withLabels<T>(
  cy: Core,
  labels: ReadonlyMap<string, string> | undefined,
  action: () => T | Promise<T>,
): Promise<T> {
  if (!labels || labels.size === 0) return action();
  const saved = new Map<string, string>();
  cy.batch(() => {
    for (const [id, label] of labels) {
      const node = cy.getElementById(id);
      if (node.length === 0) continue;
      saved.set(id, node.data('label'));
      node.data('label', label);
    }
  });
  try {
    return await action();
  } finally {
    cy.batch(() => {
      for (const [id, label] of saved) cy.getElementById(id).data('label', label);
    });
  }
}

/** What a legend entry of an export says, in the viewer's language (with its count where it has one). */
export interface LegendWords {
  kind(kind: NodeKind, count: number): string;
  category(category: EdgeCategory, count: number): string;
  mark(mark: 'isolated' | 'anonymous' | 'ended' | 'closed'): string;
  change(change: TieChange, count: number): string;
}

/** The legend of an exported map: what it holds, drawn from the stylesheet's tokens as the map draws it. */
export function frameLegend(legend: LegendModel, words: LegendWords): FrameItem[] {
  const line = (category: EdgeCategory): FrameSwatch => ({
    line: categoryStyles[category].color,
    width: categoryStyles[category].width + 0.5,
    ...(categoryStyles[category].dashed ? { dash: '6 4' } : {}),
  });
  const items: FrameItem[] = legend.kinds.map(({ kind, count }) => ({
    swatch: markedKind(kind),
    label: words.kind(kind, count),
  }));
  if (legend.marks.includes('isolated'))
    items.push({ swatch: markedKind('Person', 'isolated'), label: words.mark('isolated') });
  if (legend.marks.includes('anonymous'))
    items.push({ swatch: markedKind('Person', 'anonymous'), label: words.mark('anonymous') });
  for (const { category, count } of legend.categories)
    items.push({ swatch: line(category), label: words.category(category, count) });
  for (const { change, count } of legend.changes) {
    const style = changeStyles[change];
    items.push({
      swatch: { line: style.color, width: style.width, ...(style.dotted ? { dash: '2 3' } : {}) },
      label: words.change(change, count),
    });
  }
  if (legend.marks.includes('ended'))
    items.push({ swatch: { ...line('informal'), dash: '2 3', opacity: 0.5 }, label: words.mark('ended') });
  if (legend.marks.includes('closed'))
    items.push({
      swatch: { shape: 'round-rectangle', fill: tierStyles[3].fill, stroke: tierStyles[3].border, strokeWidth: 2 },
      label: words.mark('closed'),
    });
  return items;
}

/** Draws a legend entry's swatch on a canvas, centred on (cx, cy). */
function drawSwatch(context: CanvasRenderingContext2D, swatch: FrameSwatch, cx: number, cy: number) {
  context.save();
  if ('shape' in swatch) {
    const path = new Path2D(shapePath(swatch.shape, cx, cy, 7));
    context.fillStyle = swatch.fill;
    context.fill(path);
    context.strokeStyle = swatch.stroke;
    context.lineWidth = swatch.strokeWidth;
    context.stroke(path);
  } else {
    context.strokeStyle = swatch.line;
    context.lineWidth = swatch.width;
    context.globalAlpha = swatch.opacity ?? 1;
    context.setLineDash(swatch.dash ? swatch.dash.split(' ').map(Number) : []);
    context.beginPath();
    context.moveTo(cx - 14, cy);
    context.lineTo(cx + 14, cy);
    context.stroke();
  }
  context.restore();
}

/** Pixels per map unit of a PNG export (sharp when printed or projected). */
const pngScale = 2;

/** The map as Cytoscape draws it, in its frame (models/exportFrame.ts): title and day above, the legend below. */
export async function exportPng(cy: Core, frame: ExportFrame, labels?: ReadonlyMap<string, string>): Promise<Blob> {
  const drawn = await withLabels(cy, labels, () =>
    cy.png({ output: 'blob-promise', full: true, scale: pngScale, bg: '#ffffff', maxWidth: 9000, maxHeight: 9000 }),
  );
  const map = await createImageBitmap(drawn);
  // Cytoscape may scale down a very large map to its maximum: the frame follows the scale it used
  const scale = Math.min(pngScale, map.width / Math.max(1, cy.elements(':visible').boundingBox().w));
  const placed = layoutFrame(frame, map.width / scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(placed.width * scale);
  canvas.height = Math.ceil((placed.headerHeight + placed.legendHeight) * scale + map.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the image');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(map, 0, Math.round(placed.headerHeight * scale));
  context.scale(scale, scale);
  context.fillStyle = '#1f2328';
  for (const text of placed.texts) {
    context.font = `${text.bold ? 'bold ' : ''}${text.size}px ${fontFamily}`;
    context.fillText(text.text, text.x, text.y);
  }
  const legendTop = placed.headerHeight + map.height / scale;
  context.strokeStyle = '#d0d7de';
  context.lineWidth = 1;
  for (const y of placed.items.length > 0 ? [placed.headerHeight, legendTop] : [placed.headerHeight]) {
    context.beginPath();
    context.moveTo(0, y);
    context.lineTo(placed.width, y);
    context.stroke();
  }
  context.font = `${frameFont.legend}px ${fontFamily}`;
  for (const item of placed.items) {
    drawSwatch(context, item.item.swatch, item.x, legendTop + item.y);
    context.fillStyle = '#1f2328';
    context.fillText(item.item.label, item.labelX, legendTop + item.labelY);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png'),
  );
}

/** The visible map as a scene of boxes, edges and nodes in model coordinates. */
export function sceneOf(cy: Core, labels?: ReadonlyMap<string, string>): SvgScene {
  const visible = cy.elements(':visible');
  const bb = visible.boundingBox({ includeLabels: true });
  const scene: SvgScene = { bounds: { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 }, boxes: [], edges: [], nodes: [] };
  visible
    .nodes()
    .filter((node) => node.isParent())
    .sort((a, b) => (a.data('tier') ?? 0) - (b.data('tier') ?? 0))
    .forEach((node) => {
      const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
      const tier = tierStyles[(node.data('tier') as 1 | 2 | 3) ?? 3] ?? tierStyles[3];
      scene.boxes.push({
        x: box.x1,
        y: box.y1,
        width: box.w,
        height: box.h,
        label: node.data('label'),
        fill: tier.fill,
        stroke: tier.border,
        fontSize: tier.font,
      });
    });
  scene.closedBoxes = [];
  visible
    .nodes('.kind-area.closed')
    .filter((node) => !node.isParent())
    .forEach((node) => {
      const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
      const tier = tierStyles[(node.data('tier') as 1 | 2 | 3) ?? 3] ?? tierStyles[3];
      const [name, ...lines] = String(labels?.get(node.id()) ?? node.data('label')).split('\n');
      scene.closedBoxes?.push({
        x: box.x1,
        y: box.y1,
        width: box.w,
        height: box.h,
        label: name,
        lines,
        fill: tier.fill,
        stroke: tier.border,
        fontSize: closedBoxFont,
      });
    });
  visible.edges().forEach((edge) => {
    const style = categoryStyles[(edge.data('category') as EdgeCategory) ?? 'formal'] ?? categoryStyles.formal;
    const s = edge.source().position();
    const t = edge.target().position();
    const ended = !edge.data('active');
    // a tie that began or ended between two compared days is drawn as on the map
    const change = edge.hasClass('began-between')
      ? changeStyles.began
      : edge.hasClass('ended-between')
        ? changeStyles.ended
        : undefined;
    scene.edges.push({
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      color: change?.color ?? style.color,
      width: change?.width ?? (edge.data('count') ? Math.min(12, 2 + Math.log2(edge.data('count'))) : style.width),
      dashed: change ? change.dotted : style.dashed || ended,
      opacity: change ? 1 : ended ? 0.45 : 0.85,
      label: edge.data('label'),
    });
  });
  visible
    .nodes()
    .filter((node) => !node.isParent() && !node.hasClass('closed'))
    .forEach((node) => {
      const kind = node.data('kind') as NodeKind;
      const style = kindStyles[kind] ?? kindStyles.Person;
      const marked = node.hasClass('isolated') || node.hasClass('finding');
      scene.nodes.push({
        x: node.position().x,
        y: node.position().y,
        size: style.size,
        shape: style.shape,
        fill: node.hasClass('anonymous') ? markStyles.anonymousFill : style.fill,
        stroke: marked ? markStyles.isolated : style.border,
        strokeWidth: node.hasClass('isolated') ? 4 : marked ? 2.5 : 1.5,
        label: labels?.get(node.id()) ?? node.data('label'),
      });
    });
  return scene;
}

export function exportSvg(cy: Core, frame: ExportFrame, labels?: ReadonlyMap<string, string>): Blob {
  const svg = renderSvg(sceneOf(cy, labels), frame, fontFamily);
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
