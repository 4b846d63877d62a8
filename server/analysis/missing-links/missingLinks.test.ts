import { describe, expect, it } from 'vitest';
import { adminViewer, run, viewerOf } from '../../../test/helpers/api.js';
import { testTown } from '../../../test/helpers/town.js';
import { UserRole } from '../../auth/viewer.js';

const asOf = '2024-04-01';

/** One of each kind in c3: Ema needs work (no agency), lives alone and likes go; the go salon is on no council. */
const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'c2', tier: 2, parent: 'city' },
    { id: 'c3', tier: 3, parent: 'c2' },
    { id: 'other', tier: 2, parent: 'city' },
  ],
  councils: [{ id: 'k2', name: '第2層協議体', covers: ['c2'] }],
  households: [{ id: 'hS', name: '坂本', area: 'c3' }],
  people: [
    { id: 'ema', name: '江間', area: 'c3', needs: ['EMPLOYMENT'], interests: ['囲碁'] },
    { id: 'minsei', name: '宮本', area: 'c3', roles: ['MINSEI_IIN'] },
    { id: 's1', area: 'c3', household: 'hS' },
  ],
  organizations: [
    { id: 'a', name: '福祉課', area: 'city' },
    { id: 'b', name: '学校', area: 'city' },
  ],
  hubs: [{ id: 'igo', name: '囲碁サロン', area: 'c3', tags: ['囲碁'] }],
  ties: [
    { from: 'a', to: 's1', type: 'SUPPORTS' },
    { from: 'b', to: 's1', type: 'SUPPORTS' },
    { from: 'minsei', to: 'k2', type: 'MEMBER_OF' },
    { from: 'minsei', to: 's1', type: 'FRIEND' },
  ],
});

const query = `query($areaId: ID!, $kinds: [MissingLinkKind!], $asOf: String) {
  missingLinks(areaId: $areaId, kinds: $kinds, asOf: $asOf) { kind subjectIds suggestedIds field explanation score }
}`;

describe('missingLinks through the API', () => {
  it('lists every kind for a coordinator of the area, highest score first, and audits the people it names', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, town.ids('c2', 'c3'), town.ids('city'));
    const answer = await run(coordinator, query, { areaId: town.id('c2'), asOf });
    expect(answer.errors).toBeUndefined();
    expect(
      answer.data!.missingLinks.map((f: { kind: string; subjectIds: string[]; score: number }) => [
        f.kind,
        f.subjectIds,
        f.score,
      ]),
    ).toEqual([
      ['UNMET_NEED', town.ids('ema'), 0.6],
      ['UNCOORDINATED_HOUSEHOLD', town.ids('hS'), 0.6],
      ['WATCH_GAP', town.ids('ema'), 0.6],
      ['HUB_MATCH', town.ids('ema'), 0.6],
      // c3's one hub is no なんでも相談 point
      ['NO_CONSULTATION_POINT', town.ids('c3'), 0.45],
      ['UNAFFILIATED_RESOURCE', town.ids('igo'), 0.35],
    ]);
    const [event] = await town.graph.read<{ personIds: string[] }>(
      `MATCH (e:AuditEvent {action: 'missingLinks', username: $username}) WHERE $ema IN e.personIds
       RETURN e.personIds AS personIds ORDER BY e.at DESC LIMIT 1`,
      { username: coordinator.username, ema: town.id('ema') },
    );
    expect([...event.personIds].sort()).toEqual(town.ids('ema', 'minsei', 's1').sort());
  });

  it('answers only the kinds asked for', async () => {
    const answer = await run(adminViewer, query, { areaId: town.id('c3'), kinds: ['WATCH_GAP', 'HUB_MATCH'], asOf });
    expect(answer.data!.missingLinks.map((f: { kind: string }) => f.kind)).toEqual(['WATCH_GAP', 'HUB_MATCH']);
    const none = await run(adminViewer, query, { areaId: town.id('c3'), kinds: [], asOf });
    expect(none).toEqual({ data: { missingLinks: [] } });
  });

  it('gives planners and council members the resources on no council and the areas with no consultation point, and refuses them findings about people', async () => {
    for (const role of [UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const viewer = viewerOf(role, town.ids('c2', 'c3'), town.ids('city'));
      expect(await run(viewer, query, { areaId: town.id('c2'), asOf })).toEqual({
        data: {
          missingLinks: [
            {
              kind: 'NO_CONSULTATION_POINT',
              subjectIds: town.ids('c3'),
              suggestedIds: town.ids('igo'),
              field: null,
              explanation:
                'c3には、なんでも相談できる窓口（相談拠点）がありません。囲碁サロンを相談拠点とすることを提案します。',
              score: 0.45,
            },
            {
              kind: 'UNAFFILIATED_RESOURCE',
              subjectIds: town.ids('igo'),
              suggestedIds: town.ids('k2'),
              field: null,
              explanation:
                '囲碁サロンはどの協議体ともつながっていません（運営する団体や人も構成員ではありません）。第2層協議体への参加を提案します。',
              score: 0.35,
            },
          ],
        },
      });
      const refused = await run(viewer, query, { areaId: town.id('c2'), kinds: ['WATCH_GAP'], asOf });
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('lets only coordinators of the subject’s area and admins accept a suggestion', async () => {
    const accept = `mutation { acceptSuggestion(kind: WATCH_GAP, subjectIds: ["${town.id('ema')}"], suggestedIds: ["${town.id('minsei')}"]) { tieIds } }`;
    const elsewhere = viewerOf(UserRole.COORDINATOR, town.ids('other'), town.ids('city'));
    const planner = viewerOf(UserRole.PLANNER, town.ids('c2', 'c3'), town.ids('city'));
    // elsewhere the finding is nobody the coordinator may see: as if there were none
    expect((await run(elsewhere, accept)).errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await run(planner, accept)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const coordinator = viewerOf(UserRole.COORDINATOR, town.ids('c3'), town.ids('city'));
    const answer = await run(coordinator, accept);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.acceptSuggestion.tieIds).toHaveLength(1);
  });

  it('refuses an unknown subject and a person watching themself', async () => {
    const accept = (subject: string, watcher: string) =>
      run(
        adminViewer,
        `mutation { acceptSuggestion(kind: WATCH_GAP, subjectIds: ["${subject}"], suggestedIds: ["${watcher}"]) { tieIds } }`,
      );
    expect((await accept(town.id('nobody'), town.id('minsei'))).errors?.map((e) => e.extensions?.code)).toEqual([
      'NOT_FOUND',
    ]);
    // never suggested (and, once someone watches ema, there is no finding at all): refused either way
    const self = await accept(town.id('ema'), town.id('ema'));
    expect(self.data).toBeNull();
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(self.errors?.[0].extensions?.code);
  });
});
