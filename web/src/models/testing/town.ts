/** A small map answer for the model tests: a municipality, two tier-2 areas, three tier-3 areas, and ties. */
import type { Network } from '../network';

export function smallTown(): Network {
  const node = (id: string, kind: string, label: string, parentId: string | null, extra: object = {}) => ({
    id,
    kind,
    label,
    parentId,
    ...extra,
  });
  return {
    nodes: [
      node('m', 'Area', 'さくら台市', null, { tier: 1 }),
      node('n', 'Area', '北中学校区', 'm', { tier: 2 }),
      node('s', 'Area', '南中学校区', 'm', { tier: 2 }),
      node('n1', 'Area', '日の出地区', 'n', { tier: 3 }),
      node('n2', 'Area', '柏木地区', 'n', { tier: 3 }),
      node('s1', 'Area', '港町地区', 's', { tier: 3 }),
      node('hh', 'Household', '山田家', 'n1'),
      node('p1', 'Person', '山田 花子', 'n1', { fields: ['ELDERLY'], roles: ['RESIDENT'] }),
      node('p2', 'Person', '山田 太郎', 'n1', { fields: ['EMPLOYMENT'] }),
      node('p3', 'Person', '佐藤 一郎', 'n2', { roles: ['MINSEI_IIN'] }),
      node('p4', 'Person', '住民', 's1', { anonymous: true }),
      node('o1', 'Organization', '北地域包括支援センター', 'n', { fields: ['ELDERLY'] }),
      node('o2', 'Organization', 'ハローワーク', 'm', { fields: ['EMPLOYMENT'] }),
      node('c1', 'Council', '北第2層協議体', 'n', { tier: 2 }),
      node('h1', 'Hub', 'ひので サロン', 'n1', { tags: ['囲碁'] }),
    ],
    edges: [
      { id: 'e1', source: 'p1', target: 'hh', type: 'MEMBER_OF', category: 'household' },
      { id: 'e2', source: 'p2', target: 'hh', type: 'MEMBER_OF', category: 'household' },
      { id: 'e3', source: 'p1', target: 'p2', type: 'FAMILY', category: 'family', strength: 'STRONG' },
      { id: 'e4', source: 'o1', target: 'p1', type: 'SUPPORTS', category: 'formal' },
      { id: 'e5', source: 'p3', target: 'p1', type: 'WATCHES_OVER', category: 'formal' },
      { id: 'e6', source: 'o1', target: 'c1', type: 'MEMBER_OF', category: 'formal' },
      {
        id: 'e7',
        source: 'p3',
        target: 'h1',
        type: 'PARTICIPATES_IN',
        category: 'informal',
        active: false,
        until: '2024-03-31',
      },
      { id: 'e8', source: 'o2', target: 'o1', type: 'REFERS', category: 'formal' },
      { id: 'e9', source: 'p4', target: 'p3', type: 'FRIEND', category: 'informal', strength: 'WEAK' },
      { id: 'dangling', source: 'p1', target: 'nowhere', type: 'FRIEND' },
    ],
  };
}

const count = (value: number | null, text = String(value)) => ({ value, masked: value === null, text });

/**
 * The same town as a level-of-detail answer (`open: ['n']`): 北 open with 日の出 closed and 柏木 partly shown
 * (p3, a search hit), 南 closed; ties into closed boxes bundled.
 */
export function boxedTown(): Network {
  const summary = (people: ReturnType<typeof count>, isolated: ReturnType<typeof count>, hubs: number) => ({
    people,
    households: count(1),
    isolated,
    unmetNeeds: count(null, '5未満'),
    organizations: 0,
    hubs,
    councils: 0,
  });
  return {
    nodes: [
      { id: 'm', kind: 'Area', label: 'さくら台市', parentId: null, tier: 1, open: true },
      { id: 'n', kind: 'Area', label: '北中学校区', parentId: 'm', tier: 2, open: true },
      {
        id: 's',
        kind: 'Area',
        label: '南中学校区',
        parentId: 'm',
        tier: 2,
        open: false,
        summary: summary(count(null, '5未満'), count(0), 0),
      },
      {
        id: 'n1',
        kind: 'Area',
        label: '日の出地区',
        parentId: 'n',
        tier: 3,
        open: false,
        summary: summary(count(1234), count(12), 1),
      },
      {
        id: 'n2',
        kind: 'Area',
        label: '柏木地区',
        parentId: 'n',
        tier: 3,
        open: false,
        summary: summary(count(null, '5未満'), count(0), 0),
      },
      { id: 'p3', kind: 'Person', label: '佐藤 一郎', parentId: 'n2', roles: ['MINSEI_IIN'] },
      { id: 'o1', kind: 'Organization', label: '北地域包括支援センター', parentId: 'n' },
      { id: 'o2', kind: 'Organization', label: 'ハローワーク', parentId: 'm' },
      { id: 'c1', kind: 'Council', label: '北第2層協議体', parentId: 'n' },
    ],
    edges: [
      {
        id: 'bundle:n1|o1',
        source: 'n1',
        target: 'o1',
        type: 'BUNDLE',
        category: 'formal',
        count: 3,
        categories: [{ category: 'formal', count: 3 }],
      },
      {
        id: 'bundle:n1|p3',
        source: 'n1',
        target: 'p3',
        type: 'BUNDLE',
        category: 'formal',
        count: 5,
        categories: [
          { category: 'formal', count: 2 },
          { category: 'informal', count: 3 },
        ],
      },
      {
        id: 'bundle:p3|s',
        source: 'p3',
        target: 's',
        type: 'BUNDLE',
        category: 'informal',
        count: 1,
        categories: [{ category: 'informal', count: 1 }],
      },
      { id: 'e6', source: 'o1', target: 'c1', type: 'MEMBER_OF', category: 'formal', count: 1, categories: [] },
      { id: 'e8', source: 'o2', target: 'o1', type: 'REFERS', category: 'formal', count: 1, categories: [] },
    ],
  };
}
