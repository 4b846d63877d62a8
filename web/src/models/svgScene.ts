/**
 * The map as an SVG document: boxes, ties and nodes already placed and styled (taken from the canvas), written
 * out as vector graphics that print sharply and open in office software.
 */

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

export function renderSvg(scene: SvgScene, title: string, fontFamily: string): string {
  const margin = 20;
  const x = scene.bounds.x1 - margin;
  const y = scene.bounds.y1 - margin - 20;
  const width = scene.bounds.x2 - scene.bounds.x1 + 2 * margin;
  const height = scene.bounds.y2 - scene.bounds.y1 + 2 * margin + 20;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(x)} ${r(y)} ${r(width)} ${r(height)}" width="${r(width)}" height="${r(height)}" font-family='${escapeXml(fontFamily)}'>`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
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
  out.push('</svg>');
  return out.join('\n');
}
