import { describe, expect, it } from 'vitest';
import { buildAreaTree, childrenOf } from './areaTree';

const areas = [
  { id: 'a2-higashi', name: '東中学校区', tier: 2, parent: { id: 'city' }, sortOrder: 3 },
  { id: 'city', name: 'さくら台市', tier: 1, parent: null, sortOrder: 1 },
  { id: 'a2-kita', name: '北中学校区', tier: 2, parent: { id: 'city' }, sortOrder: 2 },
  { id: 'a3-z', name: 'Z地区', tier: 3, parent: { id: 'a2-kita' }, sortOrder: 4 },
  { id: 'a3-a', name: 'A地区', tier: 3, parent: { id: 'a2-kita' }, sortOrder: null },
];

describe('the area tree', () => {
  it("lists siblings in the municipality's order, not by id; an area without one after the others", () => {
    const [town] = buildAreaTree(areas);
    expect(town.children.map((child) => child.area.name)).toEqual(['北中学校区', '東中学校区']);
    expect(childrenOf(areas, 'a2-kita').map((area) => area.id)).toEqual(['a3-z', 'a3-a']);
  });
});
