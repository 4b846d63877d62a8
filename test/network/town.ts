/**
 * The hand-made town of the map tests: a city with two districts, three neighbourhoods, people of each consent, a
 * restricted person (named for the coordinator `test-named`) with a household, organizations, a hub, councils, an
 * organization outside the city, and ties crossing the boxes in every way (one pair tied twice, one tie ended).
 */
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { adminViewer, viewerOf } from '../helpers/api.js';
import { buildTown, type Fixture, type Town, type TownSpec, testFixture } from '../helpers/town.js';

/** Without `restricted`, the same town without the restricted person, their household and their ties. */
export function mapTown({ restricted = true } = {}): Fixture<Town> {
  return testFixture(async (graph, prefix) => {
    const spec: TownSpec = {
      areas: [
        { id: 'city', tier: 1 },
        { id: 'east', tier: 2, parent: 'city' },
        { id: 'hill', tier: 3, parent: 'east' },
        { id: 'dale', tier: 3, parent: 'east' },
        { id: 'west', tier: 2, parent: 'city' },
        { id: 'vale', tier: 3, parent: 'west' },
      ],
      households: [
        { id: 'hAoki', name: '青木世帯', area: 'hill' },
        { id: 'hNoguchi', name: '野口世帯', area: 'dale' },
      ],
      people: [
        { id: 'aoki', name: '青木 一郎', area: 'hill', household: 'hAoki', consent: 'NONE', needs: ['ELDERLY'] },
        { id: 'aoki2', name: '青木 花子', area: 'hill', household: 'hAoki', consent: 'COMMUNITY' },
        { id: 'ueda', name: '上田 次郎', area: 'hill', consent: 'COMMUNITY', roles: ['MINSEI_IIN'] },
        { id: 'ishii', name: '石井 三郎', area: 'dale', consent: 'PROFESSIONALS', needs: ['HEALTH'] },
        { id: 'kato', name: '加藤 四郎', area: 'dale', consent: 'COMMUNITY' },
        {
          id: 'noguchi',
          name: '野口 麻衣',
          area: 'dale',
          household: 'hNoguchi',
          consent: 'RESTRICTED',
          needs: ['POVERTY'],
        },
        { id: 'sato', name: '佐藤 五郎', area: 'vale', consent: 'COMMUNITY' },
        { id: 'suzuki', name: '鈴木 六郎', area: 'vale', consent: 'NONE', needs: ['ELDERLY'] },
        { id: 'lone', name: '孤立 七郎', area: 'vale', consent: 'NONE' },
      ],
      organizations: [
        { id: 'center', name: '東地域包括支援センター', fields: ['ELDERLY'], area: 'east', serves: ['east'] },
        { id: 'clinic', name: '谷診療所', fields: ['HEALTH'], area: 'vale' },
        { id: 'far', name: '県社協', fields: ['POVERTY'] },
      ],
      hubs: [{ id: 'salon', name: '丘サロン', area: 'hill' }],
      councils: [
        { id: 'eastCouncil', name: '東協議体', covers: ['east'] },
        { id: 'valeCouncil', name: '谷協議体', covers: ['vale'], tier: 3 },
      ],
      ties: [
        { from: 'ueda', to: 'aoki', type: 'WATCHES_OVER' },
        { from: 'aoki2', to: 'salon', type: 'PARTICIPATES_IN' },
        { from: 'ueda', to: 'ishii', type: 'FRIEND' },
        { from: 'ueda', to: 'ishii', type: 'NEIGHBOR' },
        { from: 'kato', to: 'sato', type: 'FAMILY' },
        { from: 'kato', to: 'noguchi', type: 'FRIEND' },
        { from: 'noguchi', to: 'sato', type: 'FRIEND' },
        { from: 'center', to: 'aoki', type: 'SUPPORTS' },
        { from: 'center', to: 'hNoguchi', type: 'SUPPORTS' },
        { from: 'center', to: 'hAoki', type: 'SUPPORTS' },
        { from: 'clinic', to: 'ishii', type: 'SUPPORTS' },
        { from: 'clinic', to: 'suzuki', type: 'SUPPORTS' },
        { from: 'center', to: 'clinic', type: 'COLLABORATES' },
        { from: 'center', to: 'eastCouncil', type: 'MEMBER_OF' },
        { from: 'clinic', to: 'valeCouncil', type: 'MEMBER_OF' },
        { from: 'sato', to: 'valeCouncil', type: 'MEMBER_OF' },
        { from: 'far', to: 'sato', type: 'SUPPORTS' },
        { from: 'suzuki', to: 'sato', type: 'NEIGHBOR', since: '2001-01-01', until: '2002-01-01' },
      ],
    };
    const gone = new Set(restricted ? [] : ['noguchi', 'hNoguchi']);
    const town = await buildTown(graph, prefix, {
      ...spec,
      households: spec.households!.filter((h) => !gone.has(h.id)),
      people: spec.people!.filter((p) => !gone.has(p.id)),
      ties: spec.ties!.filter((tie) => !gone.has(tie.from) && !gone.has(tie.to)),
    });
    if (!restricted) return town;
    await graph.write(`MATCH (p:Person {id: $id}) SET p.restrictedFor = [$coordinator]`, {
      id: town.id('noguchi'),
      coordinator: 'test-named',
    });
    return town;
  });
}

/** The viewers of the tests: ADMIN, a coordinator of the east district (and one named for the restricted person), a council member of it, a planner of the city. */
export function mapViewers(t: (short: string) => string): Record<string, Viewer> {
  const east = [t('east'), t('hill'), t('dale')];
  const coordinator = viewerOf(UserRole.COORDINATOR, east, [t('city')]);
  return {
    admin: adminViewer,
    coordinator,
    named: { ...coordinator, username: 'test-named' },
    council: viewerOf(UserRole.COUNCIL_MEMBER, east, [t('city')]),
    planner: viewerOf(UserRole.PLANNER, [t('city'), ...east, t('west'), t('vale')], [t('city')]),
  };
}
