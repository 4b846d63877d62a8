import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { today } from '../../shared/dates.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * The Ueda household needs work, disability and child support: work is met by a tie to the household, the disability
 * support ended, and no agency of the city works with children. Ono's elderly support has not begun yet. Kato's need
 * is met by an agency serving the whole tier-2 area. Sato has two agencies to choose from, the nearer first. Mori is
 * supported by a volunteer only. Vera lives in another municipality, whose child agency the city cannot use.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'north', tier: 2, parent: 'city' },
    { id: 'n1', tier: 3, parent: 'north' },
    { id: 'n2', tier: 3, parent: 'north' },
    { id: 'village', tier: 1 },
    { id: 'v2', tier: 2, parent: 'village' },
    { id: 'v3', tier: 3, parent: 'v2' },
  ],
  households: [{ id: 'hU', name: '上田さん', area: 'n1' }],
  people: [
    { id: 'ueda', name: '上田', area: 'n1', household: 'hU', needs: ['EMPLOYMENT', 'DISABILITY', 'CHILD'] },
    { id: 'ono', name: '小野', area: 'n2', needs: ['ELDERLY', 'EMPLOYMENT'] },
    { id: 'kato', name: '加藤', area: 'n1', needs: ['ELDERLY'] },
    { id: 'sato', name: '佐藤', area: 'n1', needs: ['EMPLOYMENT'] },
    { id: 'mori', name: '森', area: 'n2', needs: ['POVERTY'] },
    { id: 'fuji', name: '藤', area: 'n2', roles: ['VOLUNTEER'] },
    { id: 'vera', name: 'ベラ', area: 'v3', needs: ['CHILD'] },
  ],
  organizations: [
    { id: 'hw', name: 'ハローワーク', fields: ['EMPLOYMENT'], area: 'city', serves: ['city'] },
    { id: 'emp2', name: '就労支援NPO', fields: ['EMPLOYMENT'], area: 'n1', serves: ['n1'] },
    { id: 'sodan', name: '障害者相談支援事業所', fields: ['DISABILITY'], area: 'n1', serves: ['n1'] },
    { id: 'houkatsu', name: '地域包括支援センター', fields: ['ELDERLY', 'HEALTH'], area: 'north', serves: ['north'] },
    { id: 'kosodate', name: '村子育て支援課', fields: ['CHILD'], area: 'village', serves: ['village'] },
  ],
  ties: [
    { from: 'hw', to: 'hU', type: 'SUPPORTS' },
    { from: 'sodan', to: 'ueda', type: 'SUPPORTS', since: '2022-04-01', until: '2023-03-31' },
    { from: 'houkatsu', to: 'ono', type: 'SUPPORTS', since: '2025-01-01' },
    { from: 'houkatsu', to: 'kato', type: 'SUPPORTS', since: '2020-01-01' },
    { from: 'fuji', to: 'mori', type: 'SUPPORTS' },
  ],
});

const summary = (findings: { subjectIds: string[]; field: string | null; suggestedIds: string[]; score: number }[]) =>
  findings.map((f) => ({ subjectIds: f.subjectIds, field: f.field, suggestedIds: f.suggestedIds, score: f.score }));

describe('UNMET_NEED', () => {
  it('flags each need no agency of its field supports, suggesting agencies serving the area or above, nearest first', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [MissingLinkKind.UNMET_NEED]);
    expect(summary(found)).toEqual([
      { subjectIds: town.ids('ono'), field: 'ELDERLY', suggestedIds: town.ids('houkatsu'), score: 0.7 },
      { subjectIds: town.ids('ono'), field: 'EMPLOYMENT', suggestedIds: town.ids('hw'), score: 0.7 },
      { subjectIds: town.ids('ueda'), field: 'CHILD', suggestedIds: [], score: 0.7 },
      { subjectIds: town.ids('ueda'), field: 'DISABILITY', suggestedIds: town.ids('sodan'), score: 0.7 },
      { subjectIds: town.ids('mori'), field: 'POVERTY', suggestedIds: [], score: 0.6 },
      { subjectIds: town.ids('sato'), field: 'EMPLOYMENT', suggestedIds: town.ids('emp2', 'hw'), score: 0.6 },
    ]);
  });

  it('says in Japanese what is missing and whom to ask, or that a resource is to be developed', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('n1'), asOf }, [MissingLinkKind.UNMET_NEED]);
    expect(found.map((f) => f.explanation)).toEqual([
      '上田さんには子ども・子育ての支援が届いていません。この地域を担当する子ども・子育て分野の機関がありません（資源開発の課題です）。',
      '上田さんには障害の支援が届いていません。障害者相談支援事業所へのつなぎを提案します。',
      '佐藤さんには就労の支援が届いていません。就労支援NPO、ハローワークへのつなぎを提案します。',
    ]);
    expect(found.every((f) => f.kind === MissingLinkKind.UNMET_NEED)).toBe(true);
  });

  it('keeps municipalities apart: the village’s agency serves the village’s resident only', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('village'), asOf }, [
      MissingLinkKind.UNMET_NEED,
    ]);
    expect(summary(found)).toEqual([
      { subjectIds: town.ids('vera'), field: 'CHILD', suggestedIds: town.ids('kosodate'), score: 0.6 },
    ]);
  });

  it('counts support from the as-of date it begins: Ono’s elderly need is met in 2025', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('n2'), asOf: '2025-01-01' }, [
      MissingLinkKind.UNMET_NEED,
    ]);
    expect(found.filter((f) => f.subjectIds[0] === town.id('ono')).map((f) => f.field)).toEqual(['EMPLOYMENT']);
  });

  it('records an accepted suggestion as a support tie from today, by whom and when, and the finding disappears', async () => {
    const accepted = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: UNMET_NEED, subjectIds: $subject, suggestedIds: $suggested, field: "EMPLOYMENT", note: "ケース会議で合意") {
          kind subjectIds suggestedIds tieIds councilId acceptedBy acceptedAt
        }
      }`,
      { subject: town.ids('sato'), suggested: town.ids('emp2') },
    );
    expect(accepted.errors).toBeUndefined();
    const record = accepted.data!.acceptSuggestion;
    expect(record).toMatchObject({
      kind: 'UNMET_NEED',
      subjectIds: town.ids('sato'),
      suggestedIds: town.ids('emp2'),
      councilId: null,
      acceptedBy: adminViewer.username,
    });
    expect(record.tieIds).toHaveLength(1);
    const [tie] = await town.graph.read<Record<string, unknown>>(
      `MATCH (:Organization {id: $org})-[s:SUPPORTS {id: $tieId}]->(:Person {id: $person})
       RETURN s.since AS since, s.acceptedBy AS acceptedBy, s.acceptedAt AS acceptedAt, s.suggestedAs AS suggestedAs, s.note AS note`,
      { org: town.id('emp2'), person: town.id('sato'), tieId: record.tieIds[0] },
    );
    expect(tie).toEqual({
      since: today(),
      acceptedBy: adminViewer.username,
      acceptedAt: record.acceptedAt,
      suggestedAs: 'UNMET_NEED',
      note: 'ケース会議で合意',
    });
    const after = await findMissingLinks(town.graph, { areaId: town.id('n1'), asOf: tie.since as string }, [
      MissingLinkKind.UNMET_NEED,
    ]);
    expect(after.map((f) => f.subjectIds[0])).not.toContain(town.id('sato'));
  });

  it('refuses an agency that does not work in the field, and a suggestion without its field', async () => {
    const mutation = `mutation($field: String) {
      acceptSuggestion(kind: UNMET_NEED, subjectIds: ["${town.id('ueda')}"], suggestedIds: ["${town.id('hw')}"], field: $field) { tieIds }
    }`;
    // the agency is not among those the finding of that field suggests
    const otherField = await run(adminViewer, mutation, { field: 'DISABILITY' });
    expect(otherField.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const noField = await run(adminViewer, mutation, { field: null });
    expect(noField.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
