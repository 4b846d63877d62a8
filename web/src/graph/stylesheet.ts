/**
 * How the map looks, in one place: the look of each node kind and tie category (the legend and the SVG export
 * draw from the same tokens), and the Cytoscape stylesheet built from them. Colours are the Okabe–Ito palette,
 * told apart by people with colour-vision deficiencies; every kind also has its own shape.
 */
import type { StylesheetJson } from 'cytoscape';
import { closedBoxFont } from '../models/detail';
import { nodeSizes } from '../models/layout';
import type { EdgeCategory } from '../models/network';
import { fragileColour, structureClasses } from '../models/structureLayer';
import type { NodeKind, Strength } from '../models/vocabulary';

export type Shape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'hexagon' | 'diamond';

export interface KindStyle {
  shape: Shape;
  fill: string;
  border: string;
  /** Width and height at zoom 1 (the layout uses the same). */
  size: number;
}

export const kindStyles: Record<NodeKind, KindStyle> = {
  Area: { shape: 'round-rectangle', fill: '#f3f3fa', border: '#3b3b98', size: nodeSizes.Area },
  Person: { shape: 'ellipse', fill: '#56B4E9', border: '#1d5f8a', size: nodeSizes.Person },
  Household: { shape: 'round-rectangle', fill: '#F0E442', border: '#7a6e00', size: nodeSizes.Household },
  Organization: { shape: 'rectangle', fill: '#009E73', border: '#00563f', size: nodeSizes.Organization },
  Council: { shape: 'hexagon', fill: '#CC79A7', border: '#7d3b63', size: nodeSizes.Council },
  Hub: { shape: 'diamond', fill: '#E69F00', border: '#7a5200', size: nodeSizes.Hub },
};

/** The boxes of the three tiers. */
export const tierStyles: Record<1 | 2 | 3, { fill: string; border: string; font: number }> = {
  1: { fill: '#f4f4fb', border: '#3b3b98', font: 30 },
  2: { fill: '#eef7f1', border: '#0b6e4f', font: 24 },
  3: { fill: '#fff9ee', border: '#a86b00', font: 18 },
};

export interface CategoryStyle {
  color: string;
  width: number;
  dashed: boolean;
}

export const categoryStyles: Record<EdgeCategory, CategoryStyle> = {
  family: { color: '#D55E00', width: 2.6, dashed: false },
  informal: { color: '#0072B2', width: 1.8, dashed: false },
  formal: { color: '#474747', width: 1.8, dashed: false },
  household: { color: '#b5b5b5', width: 1.2, dashed: false },
  suggested: { color: '#D4007A', width: 3, dashed: true },
};

/** The ecomap's line styles (the ones social workers draw by hand). */
export const strengthStyles: Record<
  Strength,
  { width: number; pattern: 'solid' | 'dashed' | 'hatched'; color?: string }
> = {
  STRONG: { width: 5, pattern: 'solid' },
  NORMAL: { width: 2, pattern: 'solid' },
  WEAK: { width: 2, pattern: 'dashed' },
  STRAINED: { width: 2.5, pattern: 'hatched', color: '#B42318' },
};

/**
 * Ties that changed between two compared days: a colour each that no tie category, suggestion or 構造 mark uses
 * (its bridges are thick black), told apart with every kind of colour blindness (Okabe-Ito bluish green against
 * Tol's dark wine: far apart in lightness), and a line style besides (solid against dotted).
 */
export const changeStyles = {
  began: { color: '#009E73', width: 5, dotted: false },
  ended: { color: '#882255', width: 5, dotted: true },
} as const;

/** Marks laid over nodes. */
export const markStyles = {
  isolated: '#C00000',
  finding: '#C00000',
  highlighted: '#FFC400',
  selected: '#111111',
  /** The fill of someone shown only as a stand-in (住民). */
  anonymousFill: '#c9d6df',
};

export type KindMark = 'isolated' | 'finding' | 'anonymous' | 'minsei';

/** How a node of a kind is drawn with a mark, for the legends (on screen and in exports). */
export function markedKind(kind: NodeKind, mark?: KindMark) {
  const style = kindStyles[kind];
  return {
    shape: style.shape,
    fill: mark === 'anonymous' ? markStyles.anonymousFill : style.fill,
    stroke: mark === 'isolated' || mark === 'finding' ? markStyles.isolated : style.border,
    strokeWidth: mark === 'isolated' ? 3.5 : mark === 'finding' ? 2.5 : 1.5,
  };
}

export const fontFamily =
  '"Noto Sans JP", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif';

export interface StylesheetOptions {
  /** The WebGL renderer draws no dashes: suggested edges then rely on colour and width alone. */
  webgl: boolean;
}

/** The Cytoscape stylesheet of the map. */
export function mapStylesheet({ webgl }: StylesheetOptions): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': fontFamily,
        // legible at the zoom a box's contents open at; below 8px on the screen a label is not drawn at all (the
        // status line counts what is shown), so a zoomed-out map is shapes, not a grey smudge
        'font-size': 11,
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '90px',
        'min-zoomed-font-size': 8,
        'text-outline-color': '#ffffff',
        'text-outline-width': 1.5,
        'border-width': 1.5,
      },
    },
  ];
  for (const [kind, style] of Object.entries(kindStyles) as [NodeKind, KindStyle][]) {
    if (kind === 'Area') continue;
    sheet.push({
      selector: `node.kind-${kind.toLowerCase()}`,
      style: {
        shape: style.shape,
        width: style.size,
        height: style.size,
        'background-color': style.fill,
        'border-color': style.border,
      },
    });
  }
  sheet.push(
    { selector: 'node.role-minsei', style: { 'border-width': 3, 'border-style': 'double' } },
    { selector: 'node.role-professional', style: { 'border-width': 2.5 } },
    { selector: 'node.anonymous', style: { 'background-color': markStyles.anonymousFill, 'font-style': 'italic' } },
    { selector: 'node.external', style: { 'background-opacity': 0.45, 'border-style': 'dashed' } },
    {
      selector: 'node.kind-area',
      style: {
        shape: 'round-rectangle',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        'text-max-width': '400px',
        'text-outline-width': 0,
        'background-opacity': 0.9,
        'border-width': 2,
        padding: '14px',
        'min-zoomed-font-size': 8,
        // a box holds the titles of the boxes inside it, so no border runs through a title (the server sends a few
        // hundred nodes at a time now, so measuring their labels is cheap)
        'compound-sizing-wrt-labels': 'include',
      },
    },
  );
  for (const tier of [1, 2, 3] as const) {
    const style = tierStyles[tier];
    sheet.push({
      selector: `node.kind-area.tier-${tier}`,
      style: {
        'background-color': style.fill,
        'border-color': style.border,
        color: style.border,
        'font-size': style.font,
        // a third-tier box holds people, households and places, not titled boxes: its size leaves their labels
        // out, which spares measuring thousands of them each time it is sized (its padding holds them)
        ...(tier === 3 ? { 'compound-sizing-wrt-labels': 'exclude' as const } : {}),
      },
    });
  }
  sheet.push(
    {
      // a closed box: its name and counts inside it, at a size the layout gave it to hold them
      selector: 'node.kind-area.closed:childless',
      style: {
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-wrap': 'wrap',
        width: 'data(boxWidth)',
        height: 'data(boxHeight)',
        'border-width': 3,
        'border-style': 'double',
        'font-size': closedBoxFont,
        'font-weight': 'normal',
        'line-height': 1.35,
        'text-max-width': 'data(boxWidth)',
        'min-zoomed-font-size': 7,
      },
    },
    // a box showing only some of what it holds (search hits, a finding's people, a focus)
    { selector: 'node.kind-area.closed:parent', style: { 'border-style': 'dashed' } },
    // a box whose contents are on their way
    {
      selector: 'node.kind-area.busy',
      style: { 'border-color': '#E69F00', 'border-width': 6, 'border-style': 'dashed', 'background-color': '#fff4dc' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 1.5,
        opacity: 0.8,
        'line-color': '#888888',
      },
    },
  );
  for (const [category, style] of Object.entries(categoryStyles) as [EdgeCategory, CategoryStyle][]) {
    sheet.push({ selector: `edge.cat-${category}`, style: { 'line-color': style.color, width: style.width } });
  }
  sheet.push(
    { selector: 'edge.strength-strong', style: { width: 4 } },
    { selector: 'edge.strength-weak', style: { opacity: 0.5, width: 1.2 } },
    {
      selector: 'edge.strength-strained',
      style: webgl ? { 'line-color': '#B42318' } : { 'line-style': 'dotted', 'line-color': '#B42318' },
    },
    { selector: 'edge.ended', style: webgl ? { opacity: 0.35 } : { opacity: 0.45, 'line-style': 'dotted' } },
    {
      selector: 'edge.began-between',
      style: { 'line-color': changeStyles.began.color, width: changeStyles.began.width, opacity: 1, 'z-index': 15 },
    },
    {
      selector: 'edge.ended-between',
      style: {
        'line-color': changeStyles.ended.color,
        width: changeStyles.ended.width,
        opacity: 1,
        'z-index': 15,
        ...(webgl ? {} : { 'line-style': 'dotted' as const }),
      },
    },
    {
      // the ties between two boxes (or a box and a node): wider the more they are, with their count
      selector: 'edge.bundle',
      style: {
        'curve-style': 'straight',
        width: 'mapData(count, 1, 60, 2, 14)',
        label: 'data(label)',
        'font-family': fontFamily,
        'font-size': 16,
        'min-zoomed-font-size': 6,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        opacity: 0.7,
      },
    },
    {
      selector: 'edge.cat-suggested',
      style: {
        'curve-style': 'straight',
        'line-style': webgl ? 'solid' : 'dashed',
        'line-dash-pattern': [8, 5],
        'target-arrow-shape': 'triangle',
        'target-arrow-color': categoryStyles.suggested.color,
        'arrow-scale': 1.1,
        opacity: 0.95,
        'z-index': 20,
      },
    },
    // the 構造 layer (models/structureLayer.ts): tint, size, then the marks of what is fragile on top
    {
      selector: `node.${structureClasses.tinted}`,
      style: { 'background-color': 'data(structureTint)' },
    },
    {
      selector: `node.${structureClasses.broker}`,
      style: { width: 'data(structureSize)', height: 'data(structureSize)', 'z-index': 10 },
    },
    { selector: 'node.finding', style: { 'border-color': markStyles.finding, 'border-width': 2.5 } },
    {
      selector: 'node.isolated',
      style: {
        'border-color': markStyles.isolated,
        'border-width': 4,
        'underlay-color': markStyles.isolated,
        'underlay-opacity': 0.18,
        'underlay-padding': 5,
        'underlay-shape': 'ellipse',
      },
    },
    // what is fragile stays marked over the findings' marks while the 構造 layer is on
    {
      selector: `node.${structureClasses.cut}`,
      style: { 'border-color': fragileColour, 'border-width': 5, 'border-style': 'solid', 'z-index': 12 },
    },
    {
      selector: `edge.${structureClasses.bridge}`,
      style: { 'line-color': fragileColour, width: 4.5, opacity: 1, 'z-index': 12 },
    },
    {
      selector: 'node.highlighted',
      style: {
        'underlay-color': markStyles.highlighted,
        'underlay-opacity': 0.8,
        'underlay-padding': 8,
        'z-index': 30,
      },
    },
    { selector: 'edge.highlighted', style: { width: 4.5, opacity: 1 } },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'node.kind-area.dimmed', style: { opacity: 0.5 } },
    {
      selector: 'node:selected, node.focus',
      style: {
        'border-color': markStyles.selected,
        'border-width': 4,
        'underlay-color': '#0072B2',
        'underlay-opacity': 0.35,
        'underlay-padding': 8,
        'font-size': 13,
        'font-weight': 'bold',
        'z-index': 40,
      },
    },
    { selector: 'node.kind-area:selected', style: { 'border-width': 4, 'underlay-opacity': 0.15 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
