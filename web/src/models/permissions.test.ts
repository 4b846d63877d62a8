import { describe, expect, it } from 'vitest';
import type { FindingItem } from './findings';
import { isNode, type NodeData, toElements } from './network';
import {
  acceptableSuggestions,
  administers,
  mayAccept,
  mayEdit,
  mayEditTie,
  mayListTies,
  mayLookBack,
  mayOpenArea,
  mayOpenEcomap,
  mayWriteMatch,
  type Rights,
  type Role,
  rightsOf,
  seesMatches,
  seesPeople,
  writes,
} from './permissions';
import { smallTown } from './testing/town';

const nodes = new Map<string, NodeData>(
  toElements(smallTown())
    .filter(isNode)
    .map((element) => [element.data.id, element.data]),
);
const node = (id: string) => nodes.get(id)!;
const external: NodeData = { ...node('o2'), id: 'far', parent: undefined, external: true };
nodes.set('far', external);

/** The north tier-2 area and what is inside it. */
const north = new Set(['n', 'n1', 'n2']);
const admin = rightsOf('ADMIN', undefined);
const coordinator = rightsOf('COORDINATOR', north);
const planner = rightsOf('PLANNER', north);
const councilMember = rightsOf('COUNCIL_MEMBER', north);

function finding(over: Partial<FindingItem>): FindingItem {
  return {
    key: 'k',
    kind: 'UNMET_NEED',
    subjectIds: ['p2'],
    suggestedIds: ['o1'],
    sentence: { ja: '', en: '' },
    score: 1,
    acceptable: true,
    named: {},
    ...over,
  };
}

describe('what each role may do', () => {
  it.each<[Role, boolean, boolean, boolean]>([
    ['ADMIN', true, true, true],
    ['COORDINATOR', true, true, false],
    ['PLANNER', false, false, false],
    ['COUNCIL_MEMBER', false, false, false],
  ])('%s: writes %s, sees people %s, administers %s', (role, write, people, admin) => {
    const rights = rightsOf(role, north);
    expect([writes(rights), seesPeople(rights), administers(rights)]).toEqual([write, people, admin]);
  });

  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['COORDINATOR', true],
    ['PLANNER', false],
    ['COUNCIL_MEMBER', false],
  ])('%s is offered other days and ended ties: %s (the server refuses them to the others)', (role, offered) => {
    expect(mayLookBack(rightsOf(role, north))).toBe(offered);
  });

  it('lets an administrator edit anything, a coordinator only inside their areas, the others nothing', () => {
    const ids = ['p1', 'o1', 'c1', 'n1', 'o2', 'p4', 'far'];
    const editable = (rights: Rights) => ids.filter((id) => mayEdit(rights, node(id)));
    expect(editable(admin)).toEqual(ids);
    // o2 sits in the municipality above north, p4 in the south (a stand-in), far outside the map
    expect(editable(coordinator)).toEqual(['p1', 'o1', 'c1', 'n1']);
    expect(editable(planner)).toEqual([]);
    expect(editable(councilMember)).toEqual([]);
  });

  it('shows a person’s 参加支援 matches to those who see people, their controls only where they may write', () => {
    const shown = (rights: Rights) => ['p1', 'p4', 'o1'].filter((id) => seesMatches(rights, node(id)));
    expect(shown(admin)).toEqual(['p1']);
    expect(shown(coordinator)).toEqual(['p1']);
    expect(shown(planner)).toEqual([]);
    expect(shown(councilMember)).toEqual([]);
    expect(mayWriteMatch(coordinator, node('p1'))).toBe(true);
    expect(mayWriteMatch(rightsOf('COORDINATOR', new Set(['s', 's1'])), node('p1'))).toBe(false);
    expect(mayWriteMatch(councilMember, node('p1'))).toBe(false);
  });

  it('lets a coordinator edit a tie only when both ends lie in their areas', () => {
    expect(mayEditTie(coordinator, node('p1'), node('o1'))).toBe(true);
    expect(mayEditTie(coordinator, node('p1'), node('o2'))).toBe(false);
    expect(mayEditTie(coordinator, node('p1'), undefined)).toBe(false);
    expect(mayEditTie(coordinator, node('p1'), node('n1'))).toBe(false);
    expect(mayEditTie(admin, node('p1'), node('far'))).toBe(true);
    expect(mayEditTie(councilMember, node('p1'), node('o1'))).toBe(false);
  });

  it('trusts no scope before the areas are known: a coordinator without them edits nothing', () => {
    expect(mayEdit(rightsOf('COORDINATOR', undefined), node('p1'))).toBe(false);
    expect(mayEdit(rightsOf('ADMIN', new Set()), node('p1'))).toBe(true);
  });

  it('opens ecomaps of people and households seen in detail, for the roles that see people', () => {
    expect(mayOpenEcomap(coordinator, node('p1'))).toBe(true);
    expect(mayOpenEcomap(admin, node('hh'))).toBe(true);
    expect(mayOpenEcomap(coordinator, node('p4'))).toBe(false);
    expect(mayOpenEcomap(coordinator, node('o1'))).toBe(false);
    // a council member sees a COMMUNITY-consent person by name, never in detail
    expect(mayOpenEcomap(councilMember, node('p1'))).toBe(false);
    expect(mayOpenEcomap(planner, node('hh'))).toBe(false);
  });

  it("lists a person's ties only to the roles that see people, and an organization's to all", () => {
    expect(mayListTies(coordinator, node('p1'))).toBe(true);
    expect(mayListTies(councilMember, node('p1'))).toBe(false);
    expect(mayListTies(planner, node('hh'))).toBe(false);
    expect(mayListTies(councilMember, node('o1'))).toBe(true);
    expect(mayListTies(planner, node('c1'))).toBe(true);
    expect(mayListTies(admin, node('n1'))).toBe(false);
    expect(mayListTies(admin, node('p4'))).toBe(false);
  });

  it('offers a coordinator only the suggestions inside their areas, and a case conference only whole', () => {
    const unmet = finding({ suggestedIds: ['o2', 'o1'] });
    expect(acceptableSuggestions(coordinator, unmet, nodes)).toEqual(['o1']);
    expect(acceptableSuggestions(admin, unmet, nodes)).toEqual(['o2', 'o1']);
    expect(mayAccept(coordinator, finding({ suggestedIds: ['o2'] }), nodes)).toBe(false);
    expect(mayAccept(coordinator, finding({ subjectIds: ['p4'] }), nodes)).toBe(false);
    const household = finding({ kind: 'UNCOORDINATED_HOUSEHOLD', subjectIds: ['hh'], suggestedIds: ['o1', 'o2'] });
    expect(mayAccept(coordinator, household, nodes)).toBe(false);
    expect(mayAccept(admin, household, nodes)).toBe(true);
    expect(mayAccept(coordinator, finding({ acceptable: false }), nodes)).toBe(false);
    expect(mayAccept(planner, unmet, nodes)).toBe(false);
    expect(mayAccept(councilMember, unmet, nodes)).toBe(false);
  });
});

describe('opening an area', () => {
  it('is open to an administrator everywhere and to others inside their areas only', () => {
    expect(mayOpenArea(rightsOf('ADMIN', undefined), 'city')).toBe(true);
    const coordinator = rightsOf('COORDINATOR', new Set(['south', 's1']));
    expect(mayOpenArea(coordinator, 's1')).toBe(true);
    expect(mayOpenArea(coordinator, 'city')).toBe(false);
    expect(mayOpenArea(coordinator, 'north')).toBe(false);
    expect(mayOpenArea(rightsOf('PLANNER', undefined), 'south')).toBe(false);
  });
});
