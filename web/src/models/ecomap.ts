/**
 * The ecomap (エコマップ) drawing: the person (or household) at the centre, the household drawn as a circle around
 * its members, and everyone and everything else they are tied to on a ring around it, grouped by tie category
 * (family, informal, formal) so that each sector of the ring reads as one part of their life.
 */
import type { Network } from './network';
import { categoryOfType } from './network';
import type { NodeKind, Strength, TieCategory } from './vocabulary';

export interface EcomapNode {
  id: string;
  label: string;
  kind: NodeKind;
  x: number;
  y: number;
  ring: 'centre' | 'household' | 'outer';
  /** For outer nodes: the category of their tie to the household (the sector they sit in). */
  category?: TieCategory;
  anonymous: boolean;
  /** In a comparison of two days (ecomapComparison.ts): there only on the later day, or only on the earlier. */
  change?: EcomapChange;
}

export type EcomapChange = 'appeared' | 'disappeared';

export interface EcomapEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  category: TieCategory;
  strength: Strength;
  active: boolean;
  change?: EcomapChange;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface EcomapDrawing {
  width: number;
  height: number;
  centreId: string;
  household?: { id: string; label: string; x: number; y: number; r: number };
  nodes: EcomapNode[];
  edges: EcomapEdge[];
}

const sectorOrder: TieCategory[] = ['family', 'informal', 'formal', 'household'];
const kinds = new Set<string>(['Area', 'Person', 'Household', 'Organization', 'Council', 'Hub']);
const strengths = new Set<string>(['STRONG', 'NORMAL', 'WEAK', 'STRAINED']);

/** Lays out an ecomap answer around `centreId` (a person, or a household for a household's ecomap). */
export function ecomapDrawing(network: Network, centreId: string): EcomapDrawing {
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const centre = byId.get(centreId);
  const householdNode =
    centre?.kind === 'Household'
      ? centre
      : centre?.parentId
        ? network.nodes.find((n) => n.id === centre.parentId && n.kind === 'Household')
        : undefined;
  const members = householdNode
    ? network.nodes.filter((n) => n.parentId === householdNode.id && n.kind === 'Person')
    : [];
  const inner = new Set<string>([...(householdNode ? [householdNode.id] : []), ...members.map((m) => m.id), centreId]);

  // the category of each outer node's strongest tie into the household
  const sectorOf = new Map<string, TieCategory>();
  for (const edge of network.edges) {
    const category = (edge.category ?? categoryOfType(edge.type)) as TieCategory;
    if (category === 'household') continue;
    const [inside, outside] = inner.has(edge.source) ? [edge.source, edge.target] : [edge.target, edge.source];
    if (!inner.has(inside) || inner.has(outside)) continue;
    const current = sectorOf.get(outside);
    if (!current || sectorOrder.indexOf(category) < sectorOrder.indexOf(current)) sectorOf.set(outside, category);
  }
  const outer = network.nodes.filter((n) => !inner.has(n.id) && n.kind !== 'Area');
  outer.sort(
    (a, b) =>
      sectorOrder.indexOf(sectorOf.get(a.id) ?? 'formal') - sectorOrder.indexOf(sectorOf.get(b.id) ?? 'formal') ||
      a.kind.localeCompare(b.kind) ||
      a.label.localeCompare(b.label, 'ja'),
  );

  const householdRadius = members.length > 1 ? 56 + members.length * 28 : 60;
  const outerRadius = Math.max(householdRadius + 140, (outer.length * 96) / (2 * Math.PI));
  const size = 2 * (outerRadius + 95);
  const cx = size / 2;
  const cy = size / 2;
  const nodes: EcomapNode[] = [];
  const asNode = (
    n: (typeof network.nodes)[number],
    x: number,
    y: number,
    ring: EcomapNode['ring'],
    category?: TieCategory,
  ): EcomapNode => ({
    id: n.id,
    label: n.label,
    kind: (kinds.has(n.kind) ? n.kind : 'Person') as NodeKind,
    x,
    y,
    ring,
    category,
    anonymous: n.anonymous ?? false,
  });

  if (centre && centre.kind === 'Person') nodes.push(asNode(centre, cx, cy, 'centre'));
  const others = members.filter((m) => m.id !== centreId);
  const ringR = centre?.kind === 'Person' ? householdRadius * 0.6 : others.length > 1 ? householdRadius * 0.58 : 0;
  others.forEach((member, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length;
    nodes.push(asNode(member, cx + ringR * Math.cos(angle), cy + ringR * Math.sin(angle), 'household'));
  });
  outer.forEach((node, i) => {
    // start at the top and go clockwise, sector after sector
    const angle = -Math.PI / 2 + (2 * Math.PI * (i + 0.5)) / Math.max(outer.length, 1);
    nodes.push(
      asNode(
        node,
        cx + outerRadius * Math.cos(angle),
        cy + outerRadius * Math.sin(angle),
        'outer',
        sectorOf.get(node.id) ?? 'formal',
      ),
    );
  });

  const at = new Map(nodes.map((n) => [n.id, n]));
  const household = householdNode
    ? { id: householdNode.id, label: householdNode.label, x: cx, y: cy, r: householdRadius }
    : undefined;
  const edges: EcomapEdge[] = [];
  for (const edge of network.edges) {
    const category = (edge.category ?? categoryOfType(edge.type)) as TieCategory;
    if (category === 'household') continue;
    // a tie to the household itself starts at the household's circle
    const from = at.get(edge.source) ?? (edge.source === household?.id ? household : undefined);
    const to = at.get(edge.target) ?? (edge.target === household?.id ? household : undefined);
    if (!from || !to) continue;
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      category,
      strength: (edge.strength && strengths.has(edge.strength) ? edge.strength : 'NORMAL') as Strength,
      active: edge.active ?? true,
      ...clip(from, to, household),
    });
  }
  return { width: size, height: size, centreId, household, nodes, edges };
}

/** The segment between two points, starting at the household's circle when one end is the household. */
function clip(
  from: { x: number; y: number },
  to: { x: number; y: number },
  household?: { x: number; y: number; r: number; id: string },
) {
  let x1 = from.x;
  let y1 = from.y;
  let x2 = to.x;
  let y2 = to.y;
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  if (household && from === (household as object)) {
    x1 += ((x2 - x1) / length) * household.r;
    y1 += ((y2 - y1) / length) * household.r;
  }
  if (household && to === (household as object)) {
    x2 -= ((x2 - from.x) / length) * household.r;
    y2 -= ((y2 - from.y) / length) * household.r;
  }
  return { x1, y1, x2, y2 };
}
