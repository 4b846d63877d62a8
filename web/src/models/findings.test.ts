import { describe, expect, it } from 'vitest';
import {
  findingIds,
  findingName,
  findingsAbout,
  findingsCsvRows,
  type IsolatedPerson,
  linkSentenceEn,
  type MissingLink,
  suggestedEdges,
  toFindingItems,
  withFindings,
} from './findings';
import { isEdge, toElements } from './network';
import { smallTown } from './testing/town';

const isolated: IsolatedPerson[] = [
  {
    person: { id: 'p2', name: '山田 太郎' },
    socialDegree: 0,
    informalTies: 0,
    formalTies: 0,
    unmetNeeds: ['EMPLOYMENT'],
    reasons: [],
  },
];
const names: Record<string, [string, string]> = {
  o2: ['Organization', 'ハローワーク'],
  p1: ['Person', '山田 花子'],
  p3: ['Person', '佐藤 一郎'],
  p4: ['Person', '鈴木 次郎'],
  h1: ['Hub', 'ひだまりサロン'],
  c1: ['Council', '第2層協議体'],
};
const refs = (ids: string[]) =>
  ids.map((id) => ({ id, kind: names[id]?.[0] ?? 'Person', name: names[id]?.[1] ?? '山田 太郎' }));
const link = (found: Omit<MissingLink, 'subjects' | 'suggested'>): MissingLink => ({
  ...found,
  subjects: refs(found.subjectIds),
  suggested: refs(found.suggestedIds),
});
const links: MissingLink[] = [
  link({
    kind: 'UNMET_NEED',
    subjectIds: ['p2'],
    suggestedIds: ['o2'],
    field: 'EMPLOYMENT',
    explanation: '就労の支援が届いていません',
    score: 0.9,
  }),
  link({
    kind: 'WATCH_GAP',
    subjectIds: ['p2'],
    suggestedIds: ['p3', 'p4'],
    explanation: '見守りがありません',
    score: 0.7,
  }),
  link({
    kind: 'UNAFFILIATED_RESOURCE',
    subjectIds: ['h1'],
    suggestedIds: ['c1'],
    explanation: '協議体に参加していません',
    score: 0.5,
  }),
  link({
    kind: 'UNMET_NEED',
    subjectIds: ['p1'],
    suggestedIds: [],
    field: 'HOUSING',
    explanation: '資源開発が必要です',
    score: 0.4,
  }),
];
const items = toFindingItems(isolated, links);
const elements = toElements(smallTown());

describe('findings', () => {
  it("gives an isolated person's finding the missing links about them as its next steps", () => {
    const person = items.find((item) => item.kind === 'ISOLATED')!;
    expect(person.nextSteps?.map((step) => step.key)).toEqual(['UNMET_NEED:p2:EMPLOYMENT', 'WATCH_GAP:p2']);
    // still listed under their own kinds
    expect(items.filter((item) => item.kind === 'WATCH_GAP')).toHaveLength(1);
    expect(findingIds(person)).toEqual(['p2', 'o2', 'p3', 'p4']);
  });

  it("draws an isolated person's next steps when their finding is picked", () => {
    const person = items.find((item) => item.kind === 'ISOLATED')!;
    const drawn = withFindings(elements, items, { showSuggestions: false, selectedKey: person.key });
    const suggested = drawn.filter(isEdge).filter((edge) => edge.data.category === 'suggested');
    expect(new Set(suggested.map((edge) => edge.data.findingKey))).toEqual(
      new Set(['UNMET_NEED:p2:EMPLOYMENT', 'WATCH_GAP:p2']),
    );
  });

  it('lists isolated people first, with a sentence in both languages', () => {
    expect(items[0]).toMatchObject({ kind: 'ISOLATED', subjectIds: ['p2'], acceptable: false });
    expect(items[0].sentence.ja).toBe(
      '山田 太郎さん：世帯の外とのつながりがありません。支援の届いていないニーズがあります（就労）。',
    );
    expect(items[0].sentence.en).toContain('Unmet needs: Employment');
  });

  it('can accept a missing link only when it suggests something', () => {
    expect(items.filter((i) => i.acceptable).map((i) => i.kind)).toEqual([
      'UNMET_NEED',
      'WATCH_GAP',
      'UNAFFILIATED_RESOURCE',
    ]);
  });

  it('draws suggestions in the direction the tie would be recorded', () => {
    const ids = new Set(['p2', 'o2', 'p3', 'p4', 'h1', 'c1']);
    expect(suggestedEdges(items[1], ids)[0].data).toMatchObject({
      source: 'o2',
      target: 'p2',
      type: 'SUPPORTS',
      category: 'suggested',
    });
    expect(suggestedEdges(items[2], ids).map((e) => e.data.source)).toEqual(['p3', 'p4']);
    expect(suggestedEdges(items[2], ids, 1)).toHaveLength(1);
    expect(suggestedEdges(items[3], ids)[0].data).toMatchObject({ source: 'h1', target: 'c1', type: 'MEMBER_OF' });
    expect(suggestedEdges(items[2], new Set(['p2', 'p4'])).map((e) => e.data.source)).toEqual(['p4']);
  });

  it('marks isolated people and subjects, and adds the best suggestion of each finding', () => {
    const out = withFindings(elements, items, { showSuggestions: true });
    expect(out.find((e) => e.data.id === 'p2')!.classes).toEqual(expect.arrayContaining(['isolated', 'finding']));
    expect(out.find((e) => e.data.id === 'h1')!.classes).toContain('finding');
    const suggested = out.filter(isEdge).filter((e) => e.data.category === 'suggested');
    expect(suggested).toHaveLength(3);
  });

  it('draws every suggestion of the picked finding, highlighted, even with suggestions off', () => {
    const out = withFindings(elements, items, { showSuggestions: false, selectedKey: items[2].key });
    const suggested = out.filter(isEdge).filter((e) => e.data.category === 'suggested');
    expect(suggested.map((e) => e.data.source)).toEqual(['p3', 'p4']);
    expect(suggested.every((e) => e.classes.includes('highlighted'))).toBe(true);
    expect(out.find((e) => e.data.id === 'p3')!.classes).toContain('highlighted');
  });

  it('finds what a node is named in', () => {
    expect(findingsAbout(items, 'p3').map((i) => i.kind)).toEqual(['WATCH_GAP']);
    expect(findingsAbout(items, 'p2')).toHaveLength(3);
  });
});

describe('findingsCsvRows', () => {
  // what the map draws: p4 is a stand-in there; o2 and p3 lie in closed boxes
  const onMap = new Map([
    ['p2', '山田 太郎'],
    ['p4', '住民'],
  ]);
  const mapLabel = (id: string) => onMap.get(id);

  it('writes a header and one row per finding, naming what is off the map by the name the finding came with', () => {
    const rows = findingsCsvRows(items, mapLabel, 'ja');
    expect(rows[0]).toEqual(['種類', '対象', '対象ID', '提案', '提案ID', '分野', '説明', 'スコア']);
    expect(rows[2]).toEqual([
      '制度の狭間',
      '山田 太郎',
      'p2',
      'ハローワーク',
      'o2',
      '就労',
      '就労の支援が届いていません',
      '0.90',
    ]);
    expect(rows[4][1]).toBe('ひだまりサロン');
    expect(rows[4][3]).toBe('第2層協議体');
    expect(rows[3][3]).toBe('佐藤 一郎、住民');
  });

  it('replaces names everywhere, sentences included, and drops the ids of people', () => {
    const rows = findingsCsvRows(items, mapLabel, 'ja', new Map([['p2', '住民 2']]));
    expect(rows[1][1]).toBe('住民 2');
    expect(rows[1][2]).toBe('');
    expect(rows[1][6]).toContain('住民 2さん');
    // people off the map are residents, not names
    expect(rows[3][3]).toBe('住民、住民');
    expect(rows[3][4]).toBe('');
    expect(JSON.stringify(rows)).not.toMatch(/山田 太郎|佐藤 一郎|山田 花子/);
    expect(rows[2][3]).toBe('ハローワーク');
  });
});

describe('findings in English', () => {
  it('says each missing link in English from what it names, not the Japanese sentence', () => {
    const english = items.filter((item) => item.kind !== 'ISOLATED').map((item) => item.sentence.en);
    expect(english).toEqual([
      "No agency reaches 山田 太郎's employment need. Suggested: ハローワーク.",
      '山田 太郎 has needs and nobody watches over them. Suggested watcher: 佐藤 一郎 (or 1 more).',
      'ひだまりサロン is on no council of its area. Suggested: 第2層協議体.',
      "No agency serves 山田 花子's housing need here: a resource to develop.",
    ]);
    // the Japanese stays the server's
    expect(items[1].sentence.ja).toBe('就労の支援が届いていません');
  });
});

describe('findingName', () => {
  const item = items.find((found) => found.kind === 'WATCH_GAP')!;
  it('prefers the map, then the name the finding came with, and never shows an id', () => {
    expect(findingName(item, 'p3', () => undefined, 'ja')).toBe('佐藤 一郎');
    expect(findingName(item, 'p3', () => '住民 3', 'ja')).toBe('住民 3');
    expect(findingName(item, 'nobody', () => undefined, 'en')).toBe('Resident');
  });
});

describe('the findings of resources with a shape, in English', () => {
  const link = (kind: MissingLink['kind'], subject: [string, string, string], suggested: [string, string, string][]) =>
    ({
      kind,
      subjectIds: [subject[0]],
      suggestedIds: suggested.map(([id]) => id),
      subjects: [{ id: subject[0], kind: subject[1], name: subject[2] }],
      suggested: suggested.map(([id, kind, name]) => ({ id, kind, name })),
      field: null,
      explanation: '',
      score: 0.5,
    }) as MissingLink;

  it('says NO_CONSULTATION_POINT, HELPER_MATCH and FORMAL_ONLY from what they name', () => {
    expect(
      linkSentenceEn(link('NO_CONSULTATION_POINT', ['a3', 'Area', '柏木地区'], [['h1', 'Hub', 'ひだまりの会']])),
    ).toBe('柏木地区 has no consultation point where any worry may be brought. Suggested: making ひだまりの会 one.');
    expect(linkSentenceEn(link('NO_CONSULTATION_POINT', ['a3', 'Area', '柏木地区'], []))).toBe(
      '柏木地区 has no consultation point and no hub that could become one: a resource to develop.',
    );
    expect(linkSentenceEn(link('HELPER_MATCH', ['p1', 'Person', '堀口 拓也'], [['h2', 'Hub', 'にじいろ']]))).toBe(
      '堀口 拓也 can offer help that にじいろ wants. Suggested: taking part as a helper.',
    );
    expect(
      linkSentenceEn(
        link(
          'FORMAL_ONLY',
          ['p2', 'Person', '森本 和夫'],
          [
            ['h1', 'Hub', 'ひだまりの会'],
            ['v', 'Person', '滝沢'],
          ],
        ),
      ),
    ).toBe(
      'Every tie of 森本 和夫 is to agencies or professionals; none to neighbours, friends or a place. Suggested: ひだまりの会 (or 1 more).',
    );
  });
});
