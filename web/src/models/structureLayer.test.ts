import { describe, expect, it } from 'vitest';
import { applyFilters, defaultFilters } from './filters';
import { nodeSizes } from './layout';
import { isEdge, isNode, type MapElement, toElements } from './network';
import {
  communityTints,
  largestBrokerScale,
  otherCommunityTint,
  type Structure,
  structureClasses,
  structureLegend,
  structureOf,
  withStructure,
} from './structureLayer';
import { smallTown } from './testing/town';

const count = (value: number | null) => ({
  value,
  masked: value === null,
  text: value === null ? '5未満' : String(value),
});

/** The small town's structure as the server might answer it (o1 holds the council c1 and o2; p3 holds p4). */
const structure: Structure = {
  articulationPoints: ['o1', 'p3', 'p1'],
  bridges: [
    ['c1', 'o1'],
    ['o1', 'o2'],
    ['p3', 'p4'],
    // a pair the map does not draw as one tie
    ['h1', 'p1'],
  ],
  brokers: [
    { id: 'o1', betweenness: 12 },
    { id: 'p1', betweenness: 6 },
  ],
  communities: [
    { id: 0, size: 4, memberIds: ['hh', 'p1', 'p2', 'o1'] },
    { id: 1, size: 2, memberIds: ['p3', 'p4'] },
    { id: 2, size: 1, memberIds: ['c1'] },
  ],
  cutPoints: [
    { id: 'h1', kind: 'Hub', stranded: count(null), cutOff: count(null), sentence: 'ひので サロンが閉じると、…' },
    {
      id: 'p3',
      kind: 'Person',
      stranded: count(null),
      cutOff: count(null),
      sentence: '佐藤 一郎さんが動けなくなると、…',
    },
    {
      id: 'o1',
      kind: 'Organization',
      stranded: count(0),
      cutOff: count(0),
      sentence: '北地域包括支援センターの関わりが途切れると、2つの機関・拠点・会議が…',
    },
  ],
};

const node = (elements: MapElement[], id: string) => elements.filter(isNode).find((e) => e.data.id === id)!;
const edge = (elements: MapElement[], id: string) => elements.filter(isEdge).find((e) => e.data.id === id)!;

describe('the structure layer', () => {
  it('leaves the map as it is while the layer is off', () => {
    const elements = toElements(smallTown());
    expect(withStructure(elements, undefined)).toEqual(elements);
  });

  it('marks the cut points and the bridges the map draws, never areas or suggestions', () => {
    const drawn = withStructure(toElements(smallTown()), structure);
    for (const id of ['o1', 'p3', 'h1']) expect(node(drawn, id).classes).toContain(structureClasses.cut);
    // p1 is an articulation point that cuts nobody off (no cut point, no sentence): not marked
    expect(node(drawn, 'p1').classes).not.toContain(structureClasses.cut);
    expect(node(drawn, 'p2').classes).not.toContain(structureClasses.cut);
    // e6 is o1 → c1, e8 o2 → o1, e9 p4 → p3: bridges either way round
    for (const id of ['e6', 'e8', 'e9']) expect(edge(drawn, id).classes).toContain(structureClasses.bridge);
    expect(edge(drawn, 'e3').classes).not.toContain(structureClasses.bridge);
    expect(
      drawn.filter((e) => isNode(e) && e.data.kind === 'Area').some((e) => e.classes.includes(structureClasses.cut)),
    ).toBe(false);
  });

  it('sizes brokers by betweenness, the highest at its full scale', () => {
    const drawn = withStructure(toElements(smallTown()), structure);
    expect(node(drawn, 'o1').data.structureSize).toBe(Math.round(nodeSizes.Organization * largestBrokerScale));
    expect(node(drawn, 'p1').data.structureSize).toBe(
      Math.round(nodeSizes.Person * (1 + (largestBrokerScale - 1) / 2)),
    );
    expect(node(drawn, 'p2').data.structureSize).toBeUndefined();
    expect(node(drawn, 'o1').classes).toContain(structureClasses.broker);
  });

  it('tints communities of two or more, largest first, from a colour-blind-safe palette', () => {
    const drawn = withStructure(toElements(smallTown()), structure);
    expect(node(drawn, 'p2').data.structureTint).toBe(communityTints[0]);
    expect(node(drawn, 'p4').data.structureTint).toBe(communityTints[1]);
    expect(node(drawn, 'c1').data.structureTint).toBeUndefined();
    expect(new Set(communityTints).size).toBe(communityTints.length);
    expect(communityTints).not.toContain(otherCommunityTint);
    const many: Structure = {
      ...structure,
      communities: Array.from({ length: communityTints.length + 1 }, (_, i) => ({
        id: i,
        size: 2,
        memberIds: i === communityTints.length ? ['p3', 'p4'] : [`x${i}`, `y${i}`],
      })),
    };
    expect(node(withStructure(toElements(smallTown()), many), 'p3').data.structureTint).toBe(otherCommunityTint);
  });

  it('counts for the legend only what is drawn: filtered-out nodes are not', () => {
    const all = withStructure(toElements(smallTown()), structure);
    expect(structureLegend(all, structure)).toEqual({
      cutPoints: 3,
      bridges: 3,
      brokers: 2,
      communities: [
        { id: 0, tint: communityTints[0], size: 4, shown: 4 },
        { id: 1, tint: communityTints[1], size: 2, shown: 2 },
      ],
    });
    const noPeople = applyFilters(all, { ...defaultFilters, kinds: ['Household', 'Organization', 'Council', 'Hub'] });
    const legend = structureLegend(noPeople, structure);
    expect(legend.cutPoints).toBe(2); // o1 and h1
    expect(legend.communities.map((c) => c.id)).toEqual([0]);
  });

  it('tells the detail panel the sentence, the broker rank and the community of a node', () => {
    expect(structureOf(structure, 'o1')).toEqual({
      cutPoint: structure.cutPoints[2],
      brokerRank: 1,
      community: 0,
    });
    expect(structureOf(structure, 'h1')).toEqual({
      cutPoint: structure.cutPoints[0],
      brokerRank: undefined,
      community: undefined,
    });
    expect(structureOf(structure, 'c1')).toBeUndefined();
    expect(structureOf(undefined, 'o1')).toBeUndefined();
  });
});
