/**
 * Exports of what the canvas shows: a PNG from Cytoscape's renderer, and an SVG drawn from the positions and the
 * stylesheet's tokens. Either may replace labels (people's names by neutral ones) for the time of the export.
 */
import type { Core } from 'cytoscape';
import { closedBoxFont } from '../models/detail';
import type { EdgeCategory } from '../models/network';
import { renderSvg, type SvgScene } from '../models/svgScene';
import type { NodeKind } from '../models/vocabulary';
import { categoryStyles, changeStyles, fontFamily, kindStyles, markStyles, tierStyles } from './stylesheet';

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

export function exportPng(cy: Core, labels?: ReadonlyMap<string, string>): Promise<Blob> {
  return withLabels(cy, labels, () =>
    cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 9000, maxHeight: 9000 }),
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
        fill: node.hasClass('anonymous') ? '#c9d6df' : style.fill,
        stroke: marked ? markStyles.isolated : style.border,
        strokeWidth: node.hasClass('isolated') ? 4 : marked ? 2.5 : 1.5,
        label: labels?.get(node.id()) ?? node.data('label'),
      });
    });
  return scene;
}

export function exportSvg(cy: Core, title: string, labels?: ReadonlyMap<string, string>): Blob {
  const svg = renderSvg(sceneOf(cy, labels), title, fontFamily);
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
