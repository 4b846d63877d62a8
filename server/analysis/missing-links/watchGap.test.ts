import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * Watchers of c3a: w1 (民生委員, watches n2), w2 (volunteer, none, lives with n6), w3 (民生委員, watches two, and
 * watched n3 until last year), w5 (民生委員 with a need of her own); of c3b: w4. People in need: n1 unwatched;
 * n2 watched; n3 whose watch ended; n4 watched by a neighbour; n5 in c3b; n6 living with w2; n7 whose watch
 * begins next year.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
  ],
  households: [{ id: 'h6', area: 'c3a' }],
  people: [
    { id: 'w1', area: 'c3a', roles: ['MINSEI_IIN'] },
    { id: 'w2', area: 'c3a', roles: ['VOLUNTEER'], household: 'h6' },
    { id: 'w3', area: 'c3a', roles: ['RESIDENT', 'MINSEI_IIN'] },
    { id: 'w4', area: 'c3b', roles: ['MINSEI_IIN'] },
    { id: 'w5', area: 'c3a', roles: ['MINSEI_IIN'], needs: ['HEALTH'] },
    { id: 'a', area: 'c3a' },
    { id: 'b', area: 'c3a' },
    { id: 'n1', name: '西田', area: 'c3a', needs: ['ELDERLY'] },
    { id: 'n2', area: 'c3a', needs: ['HEALTH'] },
    { id: 'n3', area: 'c3a', needs: ['DISABILITY'] },
    { id: 'n4', area: 'c3b', needs: ['CHILD', 'POVERTY'] },
    { id: 'n5', name: '野口', area: 'c3b', needs: ['POVERTY', 'HOUSING', 'HEALTH'] },
    { id: 'n6', area: 'c3a', needs: ['ELDERLY'], household: 'h6' },
    { id: 'n7', area: 'c3b', needs: ['ELDERLY'] },
    { id: 'neighbour', area: 'c3b' },
  ],
  ties: [
    { from: 'w1', to: 'n2', type: 'WATCHES_OVER' },
    { from: 'w3', to: 'a', type: 'WATCHES_OVER' },
    { from: 'w3', to: 'b', type: 'WATCHES_OVER' },
    { from: 'w3', to: 'n3', type: 'WATCHES_OVER', until: '2023-12-31' },
    { from: 'neighbour', to: 'n4', type: 'WATCHES_OVER' },
    { from: 'w4', to: 'n7', type: 'WATCHES_OVER', since: '2025-04-01' },
  ],
});

const short = (id: string) => id.slice(town.prefix.length);

describe('WATCH_GAP', () => {
  it('flags people in need nobody watches over, suggesting watchers of their area spread over them, fewest watches first', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [MissingLinkKind.WATCH_GAP]);
    expect(found.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short), f.score])).toEqual([
      ['n5', ['w4'], 0.8],
      ['n1', ['w2', 'w5', 'w1', 'w3'], 0.6],
      // w2 is proposed to n1 already: the others come first for n3, in the order of their watches
      ['n3', ['w5', 'w1', 'w3', 'w2'], 0.6],
      // a housemate is not suggested, nor the person themself
      ['n6', ['w1', 'w3', 'w5'], 0.6],
      ['n7', ['w4'], 0.6],
      ['w5', ['w3', 'w2', 'w1'], 0.6],
    ]);
  });

  it('spreads the same way whatever area it is asked from', async () => {
    const fromCity = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [MissingLinkKind.WATCH_GAP]);
    const fromArea = await findMissingLinks(town.graph, { areaId: town.id('c3a'), asOf }, [MissingLinkKind.WATCH_GAP]);
    const inC3a = fromCity.filter((f) => fromArea.some((g) => g.subjectIds[0] === f.subjectIds[0]));
    expect(fromArea.map((f) => f.suggestedIds)).toEqual(inC3a.map((f) => f.suggestedIds));
  });

  it('names the needs and the first watcher in Japanese', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('c2'), asOf }, [MissingLinkKind.WATCH_GAP]);
    expect(found[0].explanation).toBe(
      '野口さんには生活困窮、住まい、保健医療のニーズがありますが、見守る人がいません。民生委員のw4さんによる見守りを提案します。',
    );
    expect(found.find((f) => short(f.subjectIds[0]) === 'n1')!.explanation).toBe(
      '西田さんには高齢のニーズがありますが、見守る人がいません。ボランティアのw2さんによる見守りを提案します。',
    );
  });

  it('says when the area has nobody to ask', async () => {
    await town.graph.write(`MATCH (w:Person {id: $id}) SET w.roles = ['RESIDENT']`, { id: town.id('w4') });
    try {
      const found = await findMissingLinks(town.graph, { areaId: town.id('c3b'), asOf }, [MissingLinkKind.WATCH_GAP]);
      expect(found.map((f) => f.suggestedIds)).toEqual([[], []]);
      expect(found[0].explanation).toBe(
        '野口さんには生活困窮、住まい、保健医療のニーズがありますが、見守る人がいません。この地区には見守りを頼める民生委員やボランティアの登録がありません。',
      );
    } finally {
      await town.graph.write(`MATCH (w:Person {id: $id}) SET w.roles = ['MINSEI_IIN']`, { id: town.id('w4') });
    }
  });

  it('records the watch when accepted, and the finding disappears', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: WATCH_GAP, subjectIds: $subject, suggestedIds: $suggested) { kind tieIds acceptedBy }
      }`,
      { subject: town.ids('n1'), suggested: town.ids('w2') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion.tieIds).toHaveLength(1);
    const after = await findMissingLinks(town.graph, { areaId: town.id('c3a'), asOf: '2099-01-01' }, [
      MissingLinkKind.WATCH_GAP,
    ]);
    expect(after.map((f) => short(f.subjectIds[0]))).toEqual(['n3', 'n6', 'w5']);
    // w2 now watches one: the watchers with none come first
    expect(after[0].suggestedIds.map(short)).toEqual(['w5', 'w1', 'w2', 'w3']);
  });
});
