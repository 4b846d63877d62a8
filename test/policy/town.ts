/**
 * The town every policy test reads: one municipality with two districts (A, B), and in A's neighbourhood a person
 * of each consent and a restricted (支援措置) person with their household, all supported by one organization whose
 * ties carry notes and dates. `expected` is the access table written out by hand from docs/DESIGN.md, not computed by the
 * policy, so the tests check the policy rather than repeat it.
 */

import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import type { Graph } from '../../server/graph/graph.js';
import { buildTown, type Fixture, type Town, testFixture } from '../helpers/town.js';

export type Level = 'DETAILS' | 'NAME' | 'STAND_IN' | 'HIDDEN';
export const people = ['none', 'pro', 'com', 'res'] as const;
export type Short = (typeof people)[number];
export const viewerNames = ['admin', 'coordA', 'coordB', 'named', 'planner', 'councilA', 'councilB'] as const;
export type ViewerName = (typeof viewerNames)[number];

/** Who sees how much of whom (rows: viewers; columns: NONE, PROFESSIONALS, COMMUNITY and RESTRICTED people of A). */
export const expected: Record<ViewerName, Record<Short, Level>> = {
  admin: { none: 'DETAILS', pro: 'DETAILS', com: 'DETAILS', res: 'DETAILS' },
  coordA: { none: 'DETAILS', pro: 'DETAILS', com: 'DETAILS', res: 'HIDDEN' },
  coordB: { none: 'STAND_IN', pro: 'DETAILS', com: 'DETAILS', res: 'HIDDEN' },
  named: { none: 'DETAILS', pro: 'DETAILS', com: 'DETAILS', res: 'DETAILS' },
  planner: { none: 'HIDDEN', pro: 'HIDDEN', com: 'HIDDEN', res: 'HIDDEN' },
  councilA: { none: 'STAND_IN', pro: 'STAND_IN', com: 'NAME', res: 'HIDDEN' },
  councilB: { none: 'STAND_IN', pro: 'STAND_IN', com: 'STAND_IN', res: 'HIDDEN' },
};

export interface PolicyTown {
  town: Town;
  id(short: string): string;
  name(short: Short): string;
  viewer(name: ViewerName): Viewer;
  note: string;
}

export async function buildPolicyTown(graph: Graph, prefix: string): Promise<PolicyTown> {
  const town = await buildTown(graph, prefix, {
    areas: [
      { id: 'm', tier: 1 },
      { id: 'A', tier: 2, parent: 'm' },
      { id: 'A3', tier: 3, parent: 'A' },
      { id: 'B', tier: 2, parent: 'm' },
      { id: 'B3', tier: 3, parent: 'B' },
    ],
    households: [
      { id: 'hres', name: '野口世帯', area: 'A3' },
      { id: 'hB', name: '東世帯', area: 'B3' },
    ],
    people: [
      { id: 'none', name: '青木 一郎', area: 'A3', consent: 'NONE', needs: ['ELDERLY'] },
      { id: 'pro', name: '石井 花子', area: 'A3', consent: 'PROFESSIONALS', needs: ['HEALTH'] },
      { id: 'com', name: '上田 次郎', area: 'A3', consent: 'COMMUNITY', roles: ['MINSEI_IIN'] },
      { id: 'res', name: '野口 麻衣', area: 'A3', household: 'hres', consent: 'RESTRICTED', needs: ['POVERTY'] },
      { id: 'pB', name: '遠藤 三郎', area: 'B3', household: 'hB', consent: 'NONE' },
    ],
    organizations: [
      { id: 'oA', name: 'A地域包括支援センター', fields: ['ELDERLY', 'POVERTY'], area: 'A3', serves: ['A'] },
      { id: 'oB', name: 'B地域包括支援センター', fields: ['ELDERLY'], area: 'B3', serves: ['B'] },
    ],
    hubs: [{ id: 'salon', name: 'A3サロン', area: 'A3', tags: ['囲碁'] }],
    ties: [
      ...people.map((p) => ({ from: 'oA', to: p, type: 'SUPPORTS' as const, since: '2024-04-01', strength: 'STRONG' })),
      { from: 'com', to: 'none', type: 'WATCHES_OVER', since: '2024-05-01' },
      { from: 'oB', to: 'pB', type: 'SUPPORTS', since: '2024-04-01' },
    ],
  });
  const note = '住所は非開示';
  await graph.write(
    `MATCH (:Organization {id: $org})-[r:SUPPORTS]->() SET r.note = $note
     WITH count(*) AS done MATCH (p:Person {id: $res}) SET p.restrictedFor = [$named]`,
    { org: town.id('oA'), note, res: town.id('res'), named: `${prefix}named` },
  );
  const names: Record<Short, string> = { none: '青木 一郎', pro: '石井 花子', com: '上田 次郎', res: '野口 麻衣' };
  const scopeA = [town.id('A'), town.id('A3')];
  const scopeB = [town.id('B'), town.id('B3')];
  const make = (username: string, role: UserRole, scope: string[]): Viewer => ({
    username: `${prefix}${username}`,
    role,
    areaIds: scope.slice(0, 1),
    scope: role === UserRole.ADMIN ? undefined : new Set(scope),
    municipalityIds: role === UserRole.ADMIN ? [] : [town.id('m')],
  });
  const viewers: Record<ViewerName, Viewer> = {
    admin: make('admin', UserRole.ADMIN, []),
    coordA: make('coordA', UserRole.COORDINATOR, scopeA),
    coordB: make('coordB', UserRole.COORDINATOR, scopeB),
    named: make('named', UserRole.COORDINATOR, scopeA),
    planner: make('planner', UserRole.PLANNER, scopeA),
    councilA: make('councilA', UserRole.COUNCIL_MEMBER, scopeA),
    councilB: make('councilB', UserRole.COUNCIL_MEMBER, scopeB),
  };
  return { town, id: town.id, name: (short) => names[short], viewer: (name) => viewers[name], note };
}

/** The policy town of the current test file, built before its tests and removed after them. */
export interface TestPolicyTown extends PolicyTown {
  readonly prefix: string;
  readonly graph: Graph;
}

export function testPolicyTown(): TestPolicyTown {
  const fixture: Fixture<PolicyTown> = testFixture(buildPolicyTown);
  return {
    prefix: fixture.prefix,
    get graph() {
      return fixture.graph;
    },
    get town() {
      return fixture.value.town;
    },
    id: (short) => `${fixture.prefix}${short}`,
    name: (short) => fixture.value.name(short),
    viewer: (name) => fixture.value.viewer(name),
    get note() {
      return fixture.value.note;
    },
  };
}
