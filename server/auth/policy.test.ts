/** The policy as a table: who sees how much of whom, and which writes are allowed — pure, no database. */
import { describe, expect, it } from 'vitest';
import { roleMayLookBack } from './lookBack.js';
import {
  assertMayLookBack,
  type PersonAccess,
  type PersonFacts,
  personAccess,
  seesPeople,
  writeProblem,
} from './policy.js';
import { UserRole, type Viewer } from './viewer.js';

const viewer = (role: UserRole, scope: string[] | undefined, username = `u-${role}`): Viewer => ({
  username,
  role,
  areaIds: scope?.slice(0, 1) ?? [],
  scope: scope && new Set(scope),
  municipalityIds: scope ? ['city'] : [],
});
const admin = viewer(UserRole.ADMIN, undefined);
const coordinator = viewer(UserRole.COORDINATOR, ['north', 'n1']);
const named = viewer(UserRole.COORDINATOR, ['north', 'n1'], 'named');
const elsewhere = viewer(UserRole.COORDINATOR, ['south', 's1']);
const planner = viewer(UserRole.PLANNER, ['north', 'n1']);
const member = viewer(UserRole.COUNCIL_MEMBER, ['north', 'n1']);

const inNorth = (consent: string): PersonFacts => ({
  consent,
  areaPath: ['n1', 'north', 'city'],
  restrictedFor: ['named'],
});

const table: [Viewer, string, PersonAccess][] = [
  [admin, 'NONE', 'DETAILS'],
  [admin, 'RESTRICTED', 'DETAILS'],
  [coordinator, 'NONE', 'DETAILS'],
  [coordinator, 'RESTRICTED', 'HIDDEN'],
  [named, 'RESTRICTED', 'DETAILS'],
  [elsewhere, 'NONE', 'STAND_IN'],
  [elsewhere, 'PROFESSIONALS', 'DETAILS'],
  [elsewhere, 'COMMUNITY', 'DETAILS'],
  [elsewhere, 'RESTRICTED', 'HIDDEN'],
  [planner, 'COMMUNITY', 'HIDDEN'],
  [planner, 'RESTRICTED', 'HIDDEN'],
  [member, 'NONE', 'STAND_IN'],
  [member, 'PROFESSIONALS', 'STAND_IN'],
  [member, 'COMMUNITY', 'NAME'],
  [member, 'RESTRICTED', 'HIDDEN'],
];

describe('personAccess', () => {
  it.each(table)('gives %o a person of the north with consent %s: %s', (who, consent, expected) => {
    expect(personAccess(who, inNorth(consent))).toBe(expected);
  });

  it('treats a missing consent as NONE', () => {
    expect(personAccess(elsewhere, { consent: null, areaPath: ['n1', 'north', 'city'] })).toBe('STAND_IN');
  });
});

describe('writeProblem', () => {
  const person = (areas: string[]) => ({ what: 'the person', areas });
  const place = (reach: string[]) => ({ what: 'the place', areas: [], reach });

  it('lets ADMIN write anything and PLANNER or COUNCIL_MEMBER nothing', () => {
    expect(writeProblem(admin, [person(['s1'])])).toBeUndefined();
    expect(writeProblem(planner, [person(['n1'])])).toMatch(/may look but not change/);
    expect(writeProblem(member, [person(['n1'])])).toMatch(/may look but not change/);
  });

  it('lets a coordinator write what lies wholly inside their areas', () => {
    expect(writeProblem(coordinator, [person(['n1'])])).toBeUndefined();
    expect(writeProblem(coordinator, [person(['n1']), person(['s1'])])).toMatch(/outside your areas/);
    expect(writeProblem(coordinator, [person([])])).toMatch(/in no area of yours/);
  });

  it('counts a place inside when it reaches one of their areas', () => {
    expect(writeProblem(coordinator, [person(['n1']), place(['city', 'north', 'n1', 'south', 's1'])])).toBeUndefined();
    expect(writeProblem(coordinator, [person(['n1']), place(['south', 's1'])])).toMatch(/outside your areas/);
  });
});

describe('looking back (another day, ended ties)', () => {
  const today = '2026-12-02';
  it.each([admin, coordinator, planner, member])('is allowed to $role exactly when it sees people one by one', (v) => {
    expect(roleMayLookBack(v.role)).toBe(seesPeople(v));
    const look = () => assertMayLookBack(v, '2025-04-01', today);
    const ended = () => assertMayLookBack(v, today, today, true);
    if (seesPeople(v)) {
      expect(look).not.toThrow();
      expect(ended).not.toThrow();
    } else {
      expect(look).toThrow(/as it is today/);
      expect(ended).toThrow(/as it is today/);
    }
    expect(() => assertMayLookBack(v, today, today)).not.toThrow();
  });
});
