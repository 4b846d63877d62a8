/**
 * The 構造 (structure) layer of the map: the `structure` answer laid over the drawn elements — articulation points
 * (and the single points someone hangs on) and bridges marked, brokers sized by betweenness, communities tinted —
 * and what the legend and the detail panel say about it. Only what is on the map is marked: a node or tie of the
 * answer that the map does not draw (inside a closed box, filtered out) is simply not there to mark.
 *
 * The server answers `structure` to every role for the areas it may see, with people as the map shows them (stand-in
 * ids, none at all for a planner), so the ids of the answer are the map's own.
 */
import type { StructureQuery } from '../gql/graphql';
import { nodeSizes } from './layout';
import { isEdge, isNode, type MapElement, withClass } from './network';

export type Structure = StructureQuery['structure'];
export type CutPoint = Structure['cutPoints'][number];

/**
 * The tints of the communities, largest first: Paul Tol's "light" scheme, told apart with colour-vision
 * deficiencies, and apart from the kinds' Okabe–Ito fills (in this layer a kind is told by its shape). Communities
 * past these share the last, neutral tint.
 */
export const communityTints = ['#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#44BB99', '#BBCC33', '#AAAA00'];
export const otherCommunityTint = '#DDDDDD';

/** The mark of what is fragile: cut points' borders and bridges. */
export const fragileColour = '#111111';

/** A broker of the highest betweenness is drawn this many times its kind's size; the others in proportion. */
export const largestBrokerScale = 2.2;

export const structureClasses = {
  cut: 'structure-cut',
  bridge: 'structure-bridge',
  broker: 'structure-broker',
  tinted: 'structure-tinted',
} as const;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The tint of each node id: its community's, by the answer's numbering (largest first). */
export function communityTintOf(structure: Structure): Map<string, string> {
  const tints = new Map<string, string>();
  for (const community of structure.communities) {
    // a community of one is no group: left untinted
    if (community.memberIds.length < 2) continue;
    const tint = communityTints[community.id] ?? otherCommunityTint;
    for (const id of community.memberIds) tints.set(id, tint);
  }
  return tints;
}

/** The elements with the structure on them (areas untouched; suggested edges are no ties of the network). */
export function withStructure(elements: readonly MapElement[], structure: Structure | undefined): MapElement[] {
  if (!structure) return [...elements];
  // the cut points, each with its sentence (the articulation points that cut someone off, and single points)
  const cut = new Set(structure.cutPoints.map((point) => point.id));
  const bridges = new Set(structure.bridges.filter((pair) => pair.length === 2).map(([a, b]) => pairKey(a, b)));
  const top = Math.max(0, ...structure.brokers.map((broker) => broker.betweenness));
  const betweenness = new Map(structure.brokers.map((broker) => [broker.id, broker.betweenness]));
  const tints = communityTintOf(structure);
  return elements.map((element) => {
    if (isEdge(element)) {
      // a bundle stands for many ties between boxes: no one tie of it is a bridge
      if (element.data.category === 'suggested' || element.data.categories !== undefined) return element;
      return bridges.has(pairKey(element.data.source, element.data.target))
        ? withClass(element, structureClasses.bridge)
        : element;
    }
    if (!isNode(element) || element.data.kind === 'Area') return element;
    const id = element.data.id;
    let next = element;
    if (cut.has(id)) next = withClass(next, structureClasses.cut);
    const score = betweenness.get(id);
    const tint = tints.get(id);
    if (score === undefined && tint === undefined) return next;
    const data = { ...next.data };
    if (score !== undefined && top > 0) {
      const base = nodeSizes[element.data.kind];
      data.structureSize = Math.round(base * (1 + (largestBrokerScale - 1) * (score / top)));
      next = withClass({ ...next, data }, structureClasses.broker);
    }
    if (tint !== undefined) {
      data.structureTint = tint;
      next = withClass({ ...next, data }, structureClasses.tinted);
    }
    return { ...next, data };
  });
}

export interface StructureLegend {
  /** Marked cut points and bridges, and sized brokers, as drawn. */
  cutPoints: number;
  bridges: number;
  brokers: number;
  /** The tinted communities with at least one node on the map, largest first. */
  communities: { id: number; tint: string; size: number; shown: number }[];
}

/** What the legend says of the layer: counted on the drawn elements (hidden ones left out). */
export function structureLegend(elements: readonly MapElement[], structure: Structure | undefined): StructureLegend {
  const legend: StructureLegend = { cutPoints: 0, bridges: 0, brokers: 0, communities: [] };
  if (!structure) return legend;
  const shown = new Map<string, number>();
  for (const element of elements) {
    if (element.classes.includes('hidden')) continue;
    if (element.classes.includes(structureClasses.cut)) legend.cutPoints += 1;
    if (element.classes.includes(structureClasses.bridge)) legend.bridges += 1;
    if (element.classes.includes(structureClasses.broker)) legend.brokers += 1;
    if (isNode(element) && element.data.structureTint) {
      shown.set(element.data.structureTint, (shown.get(element.data.structureTint) ?? 0) + 1);
    }
  }
  for (const community of structure.communities) {
    const tint = communityTints[community.id];
    if (!tint || community.memberIds.length < 2 || !shown.has(tint)) continue;
    legend.communities.push({ id: community.id, tint, size: community.size, shown: shown.get(tint) ?? 0 });
  }
  return legend;
}

/** What the structure says about one node, for its detail panel: its cut point (with the sentence) and its rank. */
export function structureOf(
  structure: Structure | undefined,
  id: string,
): { cutPoint?: CutPoint; brokerRank?: number; community?: number } | undefined {
  if (!structure) return undefined;
  const cutPoint = structure.cutPoints.find((point) => point.id === id);
  const rank = structure.brokers.findIndex((broker) => broker.id === id);
  const community = structure.communities.find((c) => c.memberIds.length >= 2 && c.memberIds.includes(id))?.id;
  if (!cutPoint && rank < 0 && community === undefined) return undefined;
  return { cutPoint, brokerRank: rank < 0 ? undefined : rank + 1, community };
}
