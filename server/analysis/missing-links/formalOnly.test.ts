import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2025-06-01';

/**
 * hanako: supported by the 包括 and watched by a 民生委員 (formal), nothing else — the finding; ken: the same plus a
 * friend; solo: no tie at all (isolated, not FORMAL_ONLY); kin: formal support and family at home (the household
 * does not count either way); ended: her only informal tie ended, so she is formal-only again; vol: a volunteer.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3', tier: 3, parent: 'c2' },
  ],
  households: [{ id: 'hk', area: 'c3' }],
  people: [
    { id: 'hanako', name: '花子', area: 'c3', interests: ['手芸'], ageBand: '80代' },
    { id: 'ken', area: 'c3' },
    { id: 'solo', area: 'c3' },
    { id: 'kin', area: 'c3', household: 'hk' },
    { id: 'kin2', area: 'c3', household: 'hk' },
    { id: 'ended', area: 'c3' },
    { id: 'friend', area: 'c3' },
    { id: 'minsei', area: 'c3', roles: ['MINSEI_IIN'] },
    { id: 'vol', name: '佐藤', area: 'c3', roles: ['VOLUNTEER'] },
  ],
  organizations: [{ id: 'houkatsu', area: 'c3', serves: ['c2'], fields: ['ELDERLY'] }],
  hubs: [
    { id: 'salon', name: 'ひまわりサロン', area: 'c3', tags: ['手芸'], props: { openDays: ['WED'] } },
    { id: 'shut', area: 'c3', tags: ['手芸'], props: { until: '2025-01-01' } },
  ],
  ties: [
    { from: 'houkatsu', to: 'hanako', type: 'SUPPORTS' },
    { from: 'minsei', to: 'hanako', type: 'WATCHES_OVER' },
    { from: 'houkatsu', to: 'ken', type: 'SUPPORTS' },
    { from: 'friend', to: 'ken', type: 'FRIEND' },
    { from: 'houkatsu', to: 'kin', type: 'SUPPORTS' },
    { from: 'kin2', to: 'kin', type: 'FAMILY' },
    { from: 'houkatsu', to: 'ended', type: 'SUPPORTS' },
    { from: 'friend', to: 'ended', type: 'NEIGHBOR', until: '2025-01-01' },
    { from: 'vol', to: 'friend', type: 'FRIEND' },
    { from: 'minsei', to: 'friend', type: 'FRIEND' },
  ],
});

const short = (id: string) => id.slice(town.prefix.length);
const find = (on = asOf) =>
  findMissingLinks(town.graph, { areaId: town.id('c2'), asOf: on }, [MissingLinkKind.FORMAL_ONLY]);

describe('FORMAL_ONLY', () => {
  it('flags people whose every tie is formal, suggesting hubs for their interests, then volunteers', async () => {
    const found = await find();
    expect(found.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short)])).toEqual([
      ['ended', ['vol']],
      ['hanako', ['salon', 'vol']],
      // kin: formal support only outside her home (family at home is not a tie of her social degree)
      ['kin', ['vol']],
    ]);
    // before her neighbour moved away, ended was not formal-only
    expect((await find('2024-12-01')).map((f) => short(f.subjectIds[0]))).toEqual(['hanako', 'kin']);
  });

  it('says it in Japanese, naming how many formal ties and the place, and when it is open', async () => {
    const found = await find();
    expect(found.find((f) => short(f.subjectIds[0]) === 'hanako')!.explanation).toBe(
      '花子さんには支援機関や専門職とのつながり（2件）はありますが、近所や友人、地域の場とのつながりがありません（関係性の貧困）。関心のある「手芸」を活かせるひまわりサロン（水曜に開いています）への参加を提案します。',
    );
    expect(found.find((f) => short(f.subjectIds[0]) === 'kin')!.explanation).toBe(
      'kinさんには支援機関や専門職とのつながり（1件）はありますが、近所や友人、地域の場とのつながりがありません（関係性の貧困）。ボランティアの佐藤さんによる見守りを提案します。',
    );
  });

  it('starts a match for a hub and records a watch for a volunteer when accepted; the finding goes', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: FORMAL_ONLY, subjectIds: $subject, suggestedIds: $suggested) { tieIds matchIds }
      }`,
      { subject: town.ids('hanako'), suggested: town.ids('salon', 'vol') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion.tieIds).toHaveLength(1);
    expect(answer.data!.acceptSuggestion.matchIds).toHaveLength(1);
    // the watch by a volunteer is informal: she is no longer formal-only
    expect((await find('2099-01-01')).map((f) => short(f.subjectIds[0]))).toEqual(['ended', 'kin']);
  });
});
