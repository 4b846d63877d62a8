import { describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2025-06-01';

/**
 * cook offers 調理 and 送迎 in c3a, where the 子ども食堂 wants 調理 and the salon 調理 and 送迎; driver offers 送迎 in c3b,
 * where no hub wants it (only c3a's salon, in the same tier-2 area); knit offers 手芸, which nobody wants; runner
 * offers 調理 and already runs the 子ども食堂 of c3b; closed's hub wants help but has closed.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
  ],
  people: [
    { id: 'cook', name: '田中', area: 'c3a', props: { canOffer: ['COOKING', 'DRIVING'] } },
    { id: 'driver', area: 'c3b', props: { canOffer: ['DRIVING'] } },
    { id: 'knit', area: 'c3a', props: { canOffer: ['CRAFTS'] } },
    { id: 'runner', area: 'c3b', props: { canOffer: ['COOKING'] } },
    { id: 'plain', area: 'c3a' },
  ],
  hubs: [
    { id: 'kodomo', name: 'みどり子ども食堂', area: 'c3a', props: { helpWanted: ['COOKING'] } },
    {
      id: 'salon',
      name: 'ひまわりサロン',
      area: 'c3a',
      props: { helpWanted: ['COOKING', 'DRIVING'], openDays: ['TUE', 'THU'] },
    },
    { id: 'kodomo-b', area: 'c3b', props: { helpWanted: ['COOKING'] } },
    { id: 'shut', area: 'c3b', props: { helpWanted: ['DRIVING'], until: '2025-01-01' } },
  ],
  ties: [{ from: 'runner', to: 'kodomo-b', type: 'RUNS' }],
});

const short = (id: string) => id.slice(town.prefix.length);
const find = () => findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [MissingLinkKind.HELPER_MATCH]);

describe('HELPER_MATCH', () => {
  it('meets what people can offer with what open hubs of their area want, nearest area first, most shared first', async () => {
    const found = await find();
    expect(found.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short), f.score])).toEqual([
      ['cook', ['salon', 'kodomo'], 0.45],
      // no hub of c3b wants driving (the one that did has closed): the salon of the same tier-2 area
      ['driver', ['salon'], 0.35],
      // the 子ども食堂 they run is not offered to them: those of the tier-2 area that want cooking
      ['runner', ['salon', 'kodomo'], 0.35],
    ]);
  });

  it('says it in Japanese, with the skills and when the place is open', async () => {
    const [cook] = await find();
    expect(cook.explanation).toBe(
      '田中さんは「調理、送迎・運転」で力を貸せます。ひまわりサロン（火・木曜）（ほか1か所）がその担い手を求めています。担い手としての参加を提案します。',
    );
  });

  it('starts a match as ボランティア・担い手 at 本人と相談中 when accepted, and the hub is not offered again', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: HELPER_MATCH, subjectIds: $subject, suggestedIds: $suggested) { tieIds matchIds }
      }`,
      { subject: town.ids('cook'), suggested: town.ids('salon') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion.tieIds).toEqual([]);
    const [matchId] = answer.data!.acceptSuggestion.matchIds;
    const [match] = await town.graph.read<{ role: string; stage: string; suggestedAs: string }>(
      'MATCH (m:Match {id: $id}) RETURN m.role AS role, m.stage AS stage, m.suggestedAs AS suggestedAs',
      { id: matchId },
    );
    expect(match).toEqual({ role: 'HELPER', stage: 'DISCUSSING', suggestedAs: 'HELPER_MATCH' });
    const after = await find();
    expect(after.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short)])).toEqual([
      ['cook', ['kodomo']],
      ['driver', ['salon']],
      ['runner', ['salon', 'kodomo']],
    ]);
  });
});

describe('HELPER_MATCH and who may see it', () => {
  const query = `query($a: ID!) { missingLinks(areaId: $a, kinds: [HELPER_MATCH]) { subjectIds } }`;

  it('is refused to a planner and a council member, and is nothing to a coordinator of another area', async () => {
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const answer = await run(viewerOf(role, town.ids('c2', 'c3a', 'c3b'), town.ids('city')), query, {
        a: town.id('c2'),
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const elsewhere = await run(viewerOf(UserRole.COORDINATOR, town.ids('c3b'), town.ids('city')), query, {
      a: town.id('c3b'),
    });
    // cook (c3a) is not theirs to see; driver and runner, of c3b, are
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!.missingLinks.map((f: { subjectIds: string[] }) => short(f.subjectIds[0]))).toEqual([
      'driver',
      'runner',
    ]);
  });
});
