import { describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { MissingLinkKind } from './missingLink.type.js';
import { findMissingLinks } from './missingLinks.service.js';

const asOf = '2024-04-01';

/**
 * 山田: two agencies that do not talk. Kondo: two that collaborate (one supports the household itself). Leo: two
 * whose referral ended but who sit on the same council. Mio: the second agency's support ended. Nakano: three
 * agencies, two of which collaborate (one supports the household as such). Pak: two agencies on a common council,
 * one of them on two councils, and a household located only through its member. Quinn, in no household, has two
 * agencies that do not talk: no household, no finding.
 */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3a', tier: 3, parent: 'c2' },
    { id: 'c3b', tier: 3, parent: 'c2' },
  ],
  councils: [
    { id: 'sougou', name: '重層的支援会議', tier: 1, covers: ['city'] },
    { id: 'kyogi2', name: '第2層協議体', tier: 2, covers: ['c2'] },
    { id: 'chiku', name: '地区社協', tier: 3, covers: ['c3a'] },
  ],
  organizations: [
    { id: 'A', name: '障害福祉課', fields: ['DISABILITY'], area: 'city' },
    { id: 'B', name: '子育て支援課', fields: ['CHILD'], area: 'city' },
    { id: 'C', name: '地域包括支援センター', fields: ['ELDERLY'], area: 'c2' },
    { id: 'D', name: '訪問看護NPO', fields: ['HEALTH'], area: 'c2' },
    { id: 'E', name: '社会福祉協議会', fields: ['COMMUNITY'], area: 'city' },
  ],
  households: [
    { id: 'hY', name: '山田さん', area: 'c3a' },
    { id: 'hK', name: '近藤', area: 'c3b' },
    { id: 'hL', name: 'レオ', area: 'c3b' },
    { id: 'hM', name: 'ミオ', area: 'c3b' },
    { id: 'hN', name: '中野家', area: 'c3b' },
    { id: 'hP', name: 'パク' },
  ],
  people: [
    { id: 'y1', area: 'c3a', household: 'hY' },
    { id: 'y2', area: 'c3a', household: 'hY' },
    { id: 'k1', area: 'c3b', household: 'hK' },
    { id: 'l1', area: 'c3b', household: 'hL' },
    { id: 'm1', area: 'c3b', household: 'hM' },
    { id: 'm2', area: 'c3b', household: 'hM' },
    { id: 'n1', area: 'c3b', household: 'hN' },
    { id: 'n2', area: 'c3b', household: 'hN' },
    { id: 'p1', area: 'c3b', household: 'hP' },
    { id: 'quinn', area: 'c3b' },
  ],
  ties: [
    { from: 'A', to: 'y1', type: 'SUPPORTS' },
    { from: 'B', to: 'y2', type: 'SUPPORTS' },
    { from: 'C', to: 'k1', type: 'SUPPORTS' },
    { from: 'D', to: 'hK', type: 'SUPPORTS' },
    { from: 'C', to: 'D', type: 'COLLABORATES' },
    { from: 'C', to: 'l1', type: 'SUPPORTS' },
    { from: 'E', to: 'l1', type: 'SUPPORTS' },
    { from: 'E', to: 'C', type: 'REFERS', until: '2023-03-31' },
    { from: 'C', to: 'kyogi2', type: 'MEMBER_OF' },
    { from: 'E', to: 'kyogi2', type: 'MEMBER_OF' },
    { from: 'A', to: 'm1', type: 'SUPPORTS' },
    { from: 'B', to: 'm2', type: 'SUPPORTS', until: '2024-01-31' },
    { from: 'A', to: 'n1', type: 'SUPPORTS' },
    { from: 'D', to: 'n2', type: 'SUPPORTS' },
    { from: 'C', to: 'hN', type: 'SUPPORTS' },
    { from: 'D', to: 'p1', type: 'SUPPORTS' },
    { from: 'E', to: 'p1', type: 'SUPPORTS' },
    { from: 'D', to: 'chiku', type: 'MEMBER_OF' },
    { from: 'D', to: 'kyogi2', type: 'MEMBER_OF' },
    { from: 'A', to: 'quinn', type: 'SUPPORTS' },
    { from: 'B', to: 'quinn', type: 'SUPPORTS' },
  ],
});

describe('UNCOORDINATED_HOUSEHOLD', () => {
  it('flags the households whose agencies neither work together nor share a council', async () => {
    const found = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf }, [
      MissingLinkKind.UNCOORDINATED_HOUSEHOLD,
    ]);
    expect(found).toEqual(
      [
        {
          kind: 'UNCOORDINATED_HOUSEHOLD',
          subjectIds: town.ids('hN'),
          // the agencies by name, then the council covering the nearest area that has one
          suggestedIds: town.ids('C', 'D', 'A', 'kyogi2'),
          field: null,
          explanation:
            '中野家は地域包括支援センター、訪問看護NPOと障害福祉課の支援を受けていますが、' +
            '地域包括支援センターと障害福祉課、訪問看護NPOと障害福祉課は連携していません。ケース会議（第2層協議体）を提案します。',
          score: 0.7,
          personIds: town.ids('n1', 'n2'),
        },
        {
          kind: 'UNCOORDINATED_HOUSEHOLD',
          subjectIds: town.ids('hY'),
          suggestedIds: town.ids('B', 'A', 'chiku'),
          field: null,
          explanation:
            '山田さん世帯は子育て支援課と障害福祉課の支援を受けていますが、両者は連携していません。ケース会議（地区社協）を提案します。',
          score: 0.6,
          personIds: town.ids('y1', 'y2'),
        },
      ].map((f) => ({ ...f, personIds: expect.arrayContaining(f.personIds) })),
    );
  });

  it('finds a household through its members when the household itself has no area', async () => {
    await town.graph.write(
      `MATCH (o:Organization {id: $e})-[m:MEMBER_OF]->(:Council {id: $council}) SET m.until = '2024-03-01'`,
      { e: town.id('D'), council: town.id('kyogi2') },
    );
    try {
      // D stays on 地区社協 only, E on 第2層協議体 only: the Pak household's two agencies no longer meet
      const found = await findMissingLinks(town.graph, { areaId: town.id('c3b'), asOf }, [
        MissingLinkKind.UNCOORDINATED_HOUSEHOLD,
      ]);
      expect(found.map((f) => f.subjectIds[0])).toEqual(town.ids('hN', 'hP'));
      expect(found[1].suggestedIds).toEqual(town.ids('E', 'D', 'kyogi2'));
    } finally {
      await town.graph.write(
        `MATCH (o:Organization {id: $e})-[m:MEMBER_OF]->(:Council {id: $council}) REMOVE m.until`,
        {
          e: town.id('D'),
          council: town.id('kyogi2'),
        },
      );
    }
  });

  it('convenes a case conference when accepted: the agencies join a ケース会議 covering the household’s area', async () => {
    const answer = await run(
      adminViewer,
      `mutation($subject: [ID!]!, $suggested: [ID!]!) {
        acceptSuggestion(kind: UNCOORDINATED_HOUSEHOLD, subjectIds: $subject, suggestedIds: $suggested) {
          kind tieIds councilId caseId acceptedBy
        }
      }`,
      { subject: town.ids('hY'), suggested: town.ids('B', 'A', 'chiku') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion).toMatchObject({
      kind: 'UNCOORDINATED_HOUSEHOLD',
      councilId: expect.stringMatching(/^case-[\w-]{16}$/),
      acceptedBy: adminViewer.username,
    });
    expect(answer.data!.acceptSuggestion.tieIds).toHaveLength(2);
    const [council] = await town.graph.read(
      `MATCH (c:Council {id: $id})-[:COVERS]->(a:Area)
       RETURN c.name AS name, c.kind AS kind, c.tier AS tier, a.id AS covers, c.convenedUnder AS convenedUnder,
              c.acceptedBy AS acceptedBy, COLLECT { MATCH (o:Organization)-[:MEMBER_OF]->(c) RETURN o.id ORDER BY o.id } AS members`,
      { id: answer.data!.acceptSuggestion.councilId },
    );
    expect(answer.data!.acceptSuggestion.councilId).not.toContain('hY');
    expect(council).toEqual({
      // never named after the household
      name: 'ケース会議（c3a）',
      kind: 'ケース会議',
      tier: 3,
      covers: town.id('c3a'),
      convenedUnder: town.ids('chiku'),
      acceptedBy: adminViewer.username,
      members: town.ids('A', 'B'),
    });
    const after = await findMissingLinks(town.graph, { areaId: town.id('city'), asOf: '2099-01-01' }, [
      MissingLinkKind.UNCOORDINATED_HOUSEHOLD,
    ]);
    expect(after.map((f) => f.subjectIds[0])).toEqual(town.ids('hN'));
    // the case conference is the Yamada household's: it is never suggested to another household
    expect(after[0].suggestedIds).not.toContain(answer.data!.acceptSuggestion.councilId);
  });

  it('opens a support case for the household with those organizations on its team', async () => {
    const accepted = await run(
      adminViewer,
      `mutation($s: [ID!]!, $x: [ID!]!) { acceptSuggestion(kind: UNCOORDINATED_HOUSEHOLD, subjectIds: $s, suggestedIds: $x) { caseId } }`,
      { s: town.ids('hN'), x: town.ids('A', 'D') },
    );
    expect(accepted.errors).toBeUndefined();
    const caseId = accepted.data!.acceptSuggestion.caseId;
    expect(caseId).toMatch(/^case-/);
    const shown = await run(
      adminViewer,
      'query($id: ID!) { case(id: $id) { status route subject { id kind } team { id } openedBy } }',
      { id: caseId },
    );
    expect(shown.data!.case).toEqual({
      status: 'INTAKE',
      route: 'OUTREACH',
      subject: { id: town.id('hN'), kind: 'Household' },
      team: town
        .ids('A', 'D')
        .sort()
        .map((id) => ({ id })),
      openedBy: adminViewer.username,
    });
  });

  it('refuses a case conference of fewer than two agencies', async () => {
    const answer = await run(
      adminViewer,
      `mutation { acceptSuggestion(kind: UNCOORDINATED_HOUSEHOLD, subjectIds: ["${town.id('hN')}"], suggestedIds: ["${town.id('C')}", "${town.id('kyogi2')}"]) { councilId } }`,
    );
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
