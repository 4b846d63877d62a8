import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * Hubs: a salon (gardening, exercise) and a go café in c3a; a craft-and-gardening salon and a children's kitchen
 * (cooking) in c3b. p1 likes gardening; p2 cooking (nothing in c3a); p3 gardening but has a friend; p5 fishing;
 * p6 three interests; p7 in c3b whose only tie ended; p8 located in the tier-2 area itself, likes crafts. A
 * 子育てひろば in c3b is for families raising children (対象): p9, in her 80s, likes picture books as p10 does, a
 * mother in her 30s; only p10 is offered it.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
  ],
  hubs: [
    { id: 'salonA', name: 'ひまわりサロン', area: 'c3a', tags: ['園芸', '体操'] },
    { id: 'cafeA', name: '囲碁カフェ', area: 'c3a', tags: ['囲碁'] },
    { id: 'salonB', name: '手しごとサロン', area: 'c3b', tags: ['手芸', '園芸'] },
    { id: 'kodomo', name: 'こども食堂', kind: '子ども食堂', area: 'c3b', tags: ['料理'] },
    { id: 'hiroba', name: '子育てひろば', kind: '居場所', area: 'c3b', tags: ['絵本'], audience: ['PARENTING'] },
  ],
  people: [
    { id: 'p1', name: '一条', area: 'c3a', interests: ['園芸'] },
    { id: 'p2', name: '二宮', area: 'c3a', interests: ['料理'] },
    { id: 'p3', name: '三浦', area: 'c3a', interests: ['園芸'] },
    { id: 'p4', name: '四谷', area: 'c3a' },
    { id: 'p5', name: '五味', area: 'c3a', interests: ['釣り'] },
    { id: 'p6', name: '六本木', area: 'c3a', interests: ['囲碁', '園芸', '体操'] },
    { id: 'p7', name: '七尾', area: 'c3b', interests: ['園芸'] },
    { id: 'p8', name: '八木', area: 'c2', interests: ['手芸'] },
    { id: 'p9', name: '九条', area: 'c3b', interests: ['絵本'], ageBand: '80代', needs: ['ELDERLY'] },
    { id: 'p10', name: '十河', area: 'c3b', interests: ['絵本'], ageBand: '30代', needs: ['CHILD'] },
  ],
  ties: [
    { from: 'p3', to: 'p4', type: 'FRIEND' },
    { from: 'p7', to: 'p4', type: 'FRIEND', until: '2024-01-01' },
  ],
});

const find = (area: string) =>
  findMissingLinks(town.graph, { areaId: town.id(area), asOf }, [MissingLinkKind.HUB_MATCH]);
const short = (id: string) => id.slice(town.prefix.length);

describe('HUB_MATCH', () => {
  it('matches isolated people with hubs of their neighbourhood sharing an interest, else of their tier-2 area', async () => {
    const found = await find('city');
    expect(found.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short), f.score])).toEqual([
      ['p6', ['salonA', 'cafeA'], 0.7],
      ['p1', ['salonA'], 0.6],
      ['p10', ['hiroba'], 0.6],
      ['p7', ['salonB'], 0.6],
      ['p2', ['kodomo'], 0.5],
      ['p8', ['salonB'], 0.5],
    ]);
  });

  it('names the shared interest and the hub in Japanese', async () => {
    const found = await find('c3a');
    expect(found.find((f) => short(f.subjectIds[0]) === 'p6')!.explanation).toBe(
      '六本木さんは世帯の外とのつながりがありません。関心のある「園芸、体操」を活かせるひまわりサロン（ほか1か所）への参加を提案します。',
    );
    expect(found.find((f) => short(f.subjectIds[0]) === 'p2')!.explanation).toBe(
      '二宮さんは世帯の外とのつながりがありません。関心のある「料理」を活かせるこども食堂への参加を提案します。',
    );
  });

  it('does not offer a 子育て room to an 80-year-old', async () => {
    const found = await find('c3b');
    expect(found.map((f) => short(f.subjectIds[0]))).not.toContain('p9');
    expect(found.find((f) => short(f.subjectIds[0]) === 'p10')!.suggestedIds.map(short)).toEqual(['hiroba']);
  });

  it('starts a match at 本人と相談中 when accepted, and no tie until the match reaches 参加開始', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: HUB_MATCH, subjectIds: $subject, suggestedIds: $suggested) { kind tieIds matchIds acceptedBy }
      }`,
      { subject: town.ids('p1'), suggested: town.ids('salonA') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion).toMatchObject({
      kind: 'HUB_MATCH',
      tieIds: [],
      acceptedBy: adminViewer.username,
    });
    const [matchId] = answer.data!.acceptSuggestion.matchIds;
    const ties = `MATCH (:Person {id: $p})-[t:PARTICIPATES_IN]->(:Hub {id: $h}) RETURN t.since AS since, t.matchId AS matchId`;
    const params = { p: town.id('p1'), h: town.id('salonA') };
    expect(await town.graph.read(ties, params)).toEqual([]);
    const match = await run(
      adminViewer,
      'query($id: ID!) { match(id: $id) { stage role suggestedAs place { id kind } steps { stage } } }',
      {
        id: matchId,
      },
    );
    expect(match.data!.match).toEqual({
      stage: 'DISCUSSING',
      role: 'PARTICIPANT',
      suggestedAs: 'HUB_MATCH',
      place: { id: town.id('salonA'), kind: 'Hub' },
      steps: [{ stage: 'PROPOSED' }, { stage: 'DISCUSSING' }],
    });
    // being helped already: the finding goes, though the person is not yet taking part
    const after = await findMissingLinks(town.graph, { areaId: town.id('c3a'), asOf: '2099-01-01' }, [
      MissingLinkKind.HUB_MATCH,
    ]);
    expect(after.map((f) => short(f.subjectIds[0])).sort()).toEqual(['p2', 'p6']);
    const started = await run(
      adminViewer,
      'mutation($id: ID!) { moveMatch(id: $id, input: {stage: STARTED}) { stage startedOn tieId } }',
      {
        id: matchId,
      },
    );
    expect(started.errors).toBeUndefined();
    const [tie] = await town.graph.read<{ since: string; matchId: string }>(ties, params);
    expect(tie).toEqual({ since: started.data!.moveMatch.startedOn, matchId });
  });
});

describe('HUB_MATCH and when a place is open', () => {
  it('offers, among hubs sharing as many interests, those open on more known days first, never a closed one', async () => {
    const area = town.id('c3b');
    const hubs = [
      { id: town.id('gardenOpen'), name: '花の会', days: ['MON', 'THU'], until: null },
      { id: town.id('gardenClosed'), name: '閉じた花壇', days: ['MON', 'TUE', 'WED'], until: '2024-01-01' },
    ];
    await town.graph.write(
      `UNWIND $hubs AS hub MATCH (a:Area {id: $area})
       CREATE (h:Hub {id: hub.id, name: hub.name, tags: ['園芸'], openDays: hub.days, until: hub.until})-[:LOCATED_IN]->(a)`,
      { hubs, area },
    );
    try {
      const p7 = (await find('c3b')).find((f) => short(f.subjectIds[0]) === 'p7')!;
      // salonB's days are not known: after the hub open on Monday and Thursday; the one closed in January is not offered
      expect(p7.suggestedIds.map(short)).toEqual(['gardenOpen', 'salonB']);
      expect(p7.explanation).toBe(
        '七尾さんは世帯の外とのつながりがありません。関心のある「園芸」を活かせる花の会（月・木曜に開いています）（ほか1か所）への参加を提案します。',
      );
    } finally {
      await town.graph.write('MATCH (h:Hub) WHERE h.id IN $ids DETACH DELETE h', { ids: hubs.map((h) => h.id) });
    }
  });
});
