import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2025-06-01';

/**
 * Tier-3 areas: pt has an open consultation point; closed had one that closed; consult has a hub doing 相談 and a
 * salon, neither a point; none has no hub at all; future's point opens next year. The tier-2 area is never a subject.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', name: '中学校区', tier: 2, parent: 'city' },
    { id: 'pt', tier: 3, parent: 'c2' },
    { id: 'closed', name: '旧町', tier: 3, parent: 'c2' },
    { id: 'consult', name: '東町', tier: 3, parent: 'c2' },
    { id: 'none', name: '西町', tier: 3, parent: 'c2' },
    { id: 'future', tier: 3, parent: 'c2' },
  ],
  hubs: [
    { id: 'h-pt', area: 'pt', props: { consultationPoint: true } },
    { id: 'h-closed', area: 'closed', props: { consultationPoint: true, until: '2025-03-31' } },
    { id: 'h-salon', name: 'ひまわりサロン', area: 'consult' },
    { id: 'h-room', name: 'まちの保健室', area: 'consult', props: { functions: ['CONSULTATION', 'PLACE'] } },
    { id: 'h-future', area: 'future', props: { consultationPoint: true, since: '2026-04-01' } },
  ],
});

const short = (id: string) => id.slice(town.prefix.length);
const find = (areaId: string) =>
  findMissingLinks(town.graph, { areaId: town.id(areaId), asOf }, [MissingLinkKind.NO_CONSULTATION_POINT]);

describe('NO_CONSULTATION_POINT', () => {
  it('flags each tier-3 area with no open consultation point, suggesting its hubs doing 相談 first', async () => {
    const found = await find('city');
    expect(found.map((f) => [short(f.subjectIds[0]), f.suggestedIds.map(short), f.score])).toEqual([
      // nothing there could become one: a resource to develop, first (a point that closed, or opens later, is none)
      ['closed', [], 0.55],
      ['future', [], 0.55],
      ['none', [], 0.55],
      ['consult', ['h-room', 'h-salon'], 0.45],
    ]);
  });

  it('says it in Japanese, naming the area and the hubs', async () => {
    const found = await find('c2');
    expect(found.find((f) => short(f.subjectIds[0]) === 'consult')!.explanation).toBe(
      '東町には、なんでも相談できる窓口（相談拠点）がありません。すでに相談を受けているまちの保健室、ひまわりサロンを相談拠点とすることを提案します。',
    );
    expect(found.find((f) => short(f.subjectIds[0]) === 'none')!.explanation).toBe(
      '西町には、なんでも相談できる窓口（相談拠点）がありません。相談を受けられる拠点がないため、資源開発の課題です。',
    );
  });

  it('marks the chosen hub as a consultation point when accepted, and the finding goes', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: NO_CONSULTATION_POINT, subjectIds: $subject, suggestedIds: $suggested) { kind tieIds }
      }`,
      { subject: town.ids('consult'), suggested: town.ids('h-room') },
    );
    expect(answer).toEqual({ data: { acceptSuggestion: { kind: 'NO_CONSULTATION_POINT', tieIds: [] } } });
    expect((await find('consult')).length).toBe(0);
    const refused = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: NO_CONSULTATION_POINT, subjectIds: $subject, suggestedIds: $suggested) { kind }
      }`,
      { subject: town.ids('none'), suggested: town.ids('h-pt') },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
