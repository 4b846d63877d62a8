/**
 * The map as an SVG document: boxes, ties and nodes already placed and styled (taken from the canvas), written
 * out as vector graphics that print sharply and open in office software.
 */

import { type ExportFrame, type FrameSwatch, frameFont, layoutFrame } from './exportFrame';

export interface SvgBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  fill: string;
  stroke: string;
  fontSize: number;
  /** A closed box: its counts, written inside it under the name. */
  lines?: string[];
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed: boolean;
  opacity: number;
  label?: string;
}

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  shape: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  label: string;
}

export interface SvgScene {
  bounds: { x1: number; y1: number; x2: number; y2: number };
  boxes: SvgBox[];
  edges: SvgEdge[];
  /** Closed boxes, drawn over the ties that end on them. */
  closedBoxes?: SvgBox[];
  nodes: SvgNode[];
}

/** The outline of a node shape centred on (cx, cy) with half-size r, as an SVG path. */
export function shapePath(shape: string, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'rectangle':
      return `M ${cx - r} ${cy - r} H ${cx + r} V ${cy + r} H ${cx - r} Z`;
    case 'round-rectangle': {
      const c = r * 0.35;
      return `M ${cx - r + c} ${cy - r} H ${cx + r - c} Q ${cx + r} ${cy - r} ${cx + r} ${cy - r + c} V ${cy + r - c} Q ${cx + r} ${cy + r} ${cx + r - c} ${cy + r} H ${cx - r + c} Q ${cx - r} ${cy + r} ${cx - r} ${cy + r - c} V ${cy - r + c} Q ${cx - r} ${cy - r} ${cx - r + c} ${cy - r} Z`;
    }
    case 'hexagon': {
      const h = r * 0.866;
      return `M ${cx - r} ${cy} L ${cx - r / 2} ${cy - h} L ${cx + r / 2} ${cy - h} L ${cx + r} ${cy} L ${cx + r / 2} ${cy + h} L ${cx - r / 2} ${cy + h} Z`;
    }
    case 'diamond':
      return `M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`;
    default:
      return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  }
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const r = (value: number) => Math.round(value * 10) / 10;

/** A legend entry's drawing centred on (cx, cy), as SVG. */
export function swatchSvg(swatch: FrameSwatch, cx: number, cy: number): string {
  if ('shape' in swatch)
    return `<path d="${shapePath(swatch.shape, r(cx), r(cy), 7)}" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="${swatch.strokeWidth}"/>`;
  return `<line x1="${r(cx - 14)}" y1="${r(cy)}" x2="${r(cx + 14)}" y2="${r(cy)}" stroke="${swatch.line}" stroke-width="${swatch.width}"${swatch.dash ? ` stroke-dasharray="${swatch.dash}"` : ''}${swatch.opacity !== undefined ? ` stroke-opacity="${swatch.opacity}"` : ''}/>`;
}

/** The map with its frame (models/exportFrame.ts): the title and lines above it, the legend below. */
export function renderSvg(scene: SvgScene, frame: ExportFrame, fontFamily: string): string {
  const margin = 20;
  const mapX = scene.bounds.x1 - margin;
  const mapY = scene.bounds.y1 - margin;
  const mapHeight = scene.bounds.y2 - scene.bounds.y1 + 2 * margin;
  const placed = layoutFrame(frame, scene.bounds.x2 - scene.bounds.x1 + 2 * margin);
  const x = mapX;
  const y = mapY - placed.headerHeight;
  const width = placed.width;
  const height = placed.headerHeight + mapHeight + placed.legendHeight;
  const legendTop = mapY + mapHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(x)} ${r(y)} ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" font-family='${escapeXml(fontFamily)}'>`,
    `<title>${escapeXml(frame.title)}</title>`,
    `<rect x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    ...placed.texts.map(
      (text) =>
        `<text x="${r(x + text.x)}" y="${r(y + text.y)}" font-size="${text.size}"${text.bold ? ' font-weight="bold"' : ''} fill="#1f2328">${escapeXml(text.text)}</text>`,
    ),
    `<line x1="${r(x)}" y1="${r(mapY)}" x2="${r(x + width)}" y2="${r(mapY)}" stroke="#d0d7de"/>`,
  ];
  for (const box of scene.boxes) {
    out.push(
      `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="6" fill="${box.fill}" stroke="${box.stroke}" stroke-width="2"/>`,
      `<text x="${r(box.x + box.width / 2)}" y="${r(box.y - 5)}" text-anchor="middle" font-size="${box.fontSize}" font-weight="bold" fill="${box.stroke}">${escapeXml(box.label)}</text>`,
    );
  }
  for (const edge of scene.edges) {
    out.push(
      `<line x1="${r(edge.x1)}" y1="${r(edge.y1)}" x2="${r(edge.x2)}" y2="${r(edge.y2)}" stroke="${edge.color}" stroke-width="${edge.width}" stroke-opacity="${edge.opacity}"${edge.dashed ? ' stroke-dasharray="8 5"' : ''}/>`,
    );
    if (edge.label) {
      out.push(
        `<text x="${r((edge.x1 + edge.x2) / 2)}" y="${r((edge.y1 + edge.y2) / 2)}" text-anchor="middle" font-size="11" fill="#333">${escapeXml(edge.label)}</text>`,
      );
    }
  }
  for (const box of scene.closedBoxes ?? []) {
    const lines = [box.label, ...(box.lines ?? [])];
    const top = box.y + box.height / 2 - ((lines.length - 1) * box.fontSize * 1.35) / 2 + box.fontSize * 0.35;
    out.push(
      `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="6" fill="${box.fill}" stroke="${box.stroke}" stroke-width="3"/>`,
      ...lines.map(
        (line, i) =>
          `<text x="${r(box.x + box.width / 2)}" y="${r(top + i * box.fontSize * 1.35)}" text-anchor="middle" font-size="${box.fontSize}"${i === 0 ? ' font-weight="bold"' : ''} fill="${box.stroke}">${escapeXml(line)}</text>`,
      ),
    );
  }
  for (const node of scene.nodes) {
    out.push(
      `<path d="${shapePath(node.shape, r(node.x), r(node.y), node.size / 2)}" fill="${node.fill}" stroke="${node.stroke}" stroke-width="${node.strokeWidth}"/>`,
    );
    for (const [i, line] of node.label.split('\n').entries()) {
      out.push(
        `<text x="${r(node.x)}" y="${r(node.y + node.size / 2 + 11 + i * 12)}" text-anchor="middle" font-size="9" fill="#1f2328">${escapeXml(line)}</text>`,
      );
    }
  }
  if (placed.items.length > 0)
    out.push(`<line x1="${r(x)}" y1="${r(legendTop)}" x2="${r(x + width)}" y2="${r(legendTop)}" stroke="#d0d7de"/>`);
  for (const item of placed.items) {
    out.push(
      swatchSvg(item.item.swatch, x + item.x, legendTop + item.y),
      `<text x="${r(x + item.labelX)}" y="${r(legendTop + item.labelY)}" font-size="${frameFont.legend}" fill="#1f2328">${escapeXml(item.item.label)}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
