import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isActive } from '../server/vocabulary/tiePredicates.js';
import { type Bundle, list, type Row, readBundle } from './testing/bundle.js';
import { BundleIndex } from './testing/bundleIndex.js';
import { checkTown } from './testing/checkTown.js';

// What the analyses find in these cases (social degree, support, coordination, councils) is asserted on the real
// engine, with the sample town imported: server/analysis/sampleTown.test.ts.

const folder = path.resolve(import.meta.dirname, 'sample-town');
/** The date the sample town describes: its 2027-04-01 watch has not started, its 2024 friendship has ended. */
const asOf = '2026-11-25';

/** The case ids seed/README.md promises. */
const cases = {
  doubleCare: {
    household: 'h-doublecare',
    grandfather: 'p-dc-grandfather',
    grandmother: 'p-dc-grandmother',
    mother: 'p-dc-mother',
    child: 'p-dc-child',
    careManager: 'o-kyotaku-hidamari',
  },
  eightyFifty: { household: 'h-8050', parent: 'p-8050-parent', son: 'p-8050-son', hub: 'hub-ookubo-igo' },
  dv: { household: 'h-dv', mother: 'p-dv-mother', delayedChild: 'p-dv-child2' },
  housing: { person: 'p-housing' },
  gap: { person: 'p-gap-futoko' },
  isolated: ['p-isolated-01', 'p-isolated-02', 'p-isolated-03', 'p-isolated-04', 'p-isolated-05', 'p-isolated-06'],
  oneWeakTie: ['p-oneweak-01', 'p-oneweak-02', 'p-oneweak-03'],
  unaffiliatedHubs: ['hub-honcho-ibasho', 'hub-ookubo-hana'],
  unaffiliatedOrganizations: ['o-josei', 'o-super-maruyama', 'o-shinbun-kamisato'],
  supportCases: {
    doubleCare: 'case-doublecare',
    dv: 'case-dv',
    eightyFifty: 'case-8050',
    meeting: 'meeting-juso-2026-11',
  },
};

let bundle: Bundle;
let index: BundleIndex;

beforeAll(() => {
  bundle = readBundle(folder);
  index = new BundleIndex(bundle);
});

const person = (id: string): Row => {
  const row = index.people.get(id);
  if (!row) throw new Error(`the sample town has no person ${id}`);
  return row;
};
const needsOf = (id: string) => list(person(id).needs);
const ofType = (type: string) => bundle.ties.filter((tie) => tie.type === type);
const activeWatches = (watcher: string) =>
  ofType('WATCHES_OVER').filter((tie) => tie.from_id === watcher && isActive(tie, asOf)).length;

describe('the sample town bundle', () => {
  it('passes every integrity check', async () => {
    expect(await checkTown(folder)).toEqual([]);
  });

  it('is one municipality of about 60,000 people, 3 tier-2 and at least 8 tier-3 areas whose figures add up', () => {
    const [town, ...others] = bundle.areas.filter((area) => area.tier === '1');
    expect(others).toEqual([]);
    expect(Number(town.population)).toBeGreaterThan(55_000);
    expect(Number(town.population)).toBeLessThan(65_000);
    expect(bundle.areas.filter((area) => area.tier === '2')).toHaveLength(3);
    expect(bundle.areas.filter((area) => area.tier === '3').length).toBeGreaterThanOrEqual(8);
    for (const parent of bundle.areas.filter((area) => area.tier !== '3')) {
      const children = bundle.areas.filter((area) => area.parent_id === parent.id);
      for (const figure of ['population', 'households', 'elderly']) {
        expect(
          children.reduce((sum, area) => sum + Number(area[figure]), 0),
          `${parent.id} ${figure}`,
        ).toBe(Number(parent[figure]));
      }
    }
  });

  it('knows about 300 residents in households, of every age, with interests and a mix of consents', () => {
    const residents = bundle.people.filter((row) => row.household_id);
    expect(residents.length).toBeGreaterThanOrEqual(270);
    expect(residents.length).toBeLessThanOrEqual(330);
    const bands = new Set(residents.map((row) => row.age_band));
    for (const band of ['0-5', '6-12', '13-15', '40代', '70代', '80代', '90代']) expect(bands).toContain(band);
    expect(new Set(bundle.people.map((row) => row.consent))).toEqual(
      new Set(['NONE', 'PROFESSIONALS', 'COMMUNITY', 'RESTRICTED']),
    );
    // the household that fled DV is under 支援措置: every member restricted, and nobody else
    const restricted = bundle.people.filter((row) => row.consent === 'RESTRICTED').map((row) => row.household_id);
    expect(new Set(restricted)).toEqual(new Set(['h-dv']));
    expect(restricted).toHaveLength(bundle.people.filter((row) => row.household_id === 'h-dv').length);
    expect(residents.filter((row) => row.interests).length).toBeGreaterThan(residents.length / 2);
  });
});

describe('the cases practitioners describe', () => {
  it('has a double-care household supported only by a care manager’s office, with no watcher', () => {
    const c = cases.doubleCare;
    expect(index.membersOf(c.household).sort()).toEqual([c.child, c.grandfather, c.grandmother, c.mother].sort());
    expect(needsOf(c.grandfather)).toEqual(expect.arrayContaining(['ELDERLY', 'HEALTH']));
    expect(needsOf(c.grandmother)).toContain('ELDERLY');
    expect(needsOf(c.mother)).toEqual(expect.arrayContaining(['EMPLOYMENT', 'POVERTY']));
    expect(needsOf(c.child)).toEqual(expect.arrayContaining(['DISABILITY', 'CHILD']));
    expect(person(c.child).age_band).toBe('0-5');
    const supports = [c.household, ...index.membersOf(c.household)]
      .flatMap((id) => index.tiesOf(id))
      .filter((tie) => tie.type === 'SUPPORTS');
    const activeSupporters = supports.filter((tie) => isActive(tie, asOf) && index.organizations.has(tie.from_id));
    expect([...new Set(activeSupporters.map((tie) => tie.from_id))]).toEqual([c.careManager]);
    expect(new Set(supports.map((tie) => tie.from_id))).toEqual(new Set([c.careManager]));
    const office = index.organizations.get(c.careManager)!;
    expect(office.kind).toContain('居宅介護支援事業所');
    expect(list(office.fields)).toEqual(['ELDERLY']);
    const watches = ofType('WATCHES_OVER').filter((tie) => index.membersOf(c.household).includes(tie.to_id));
    expect(watches).toEqual([]);
  });

  it('has an 8050 household with no tie outside it, whose son’s interests match a hub of their area', () => {
    const c = cases.eightyFifty;
    expect(index.membersOf(c.household).sort()).toEqual([c.parent, c.son].sort());
    expect(person(c.parent).age_band).toBe('80代');
    expect(person(c.son).age_band).toBe('50代');
    expect(needsOf(c.son)).toEqual(expect.arrayContaining(['EMPLOYMENT', 'HEALTH']));
    const inside = new Set([c.household, c.parent, c.son]);
    for (const id of inside) {
      for (const tie of index.tiesOf(id)) {
        expect(inside.has(tie.from_id) && inside.has(tie.to_id), `${tie.from_id} ${tie.type} ${tie.to_id}`).toBe(true);
      }
    }
    const hub = index.hubs.get(c.hub)!;
    expect(hub.area_id).toBe(person(c.son).area_id);
    expect(list(hub.tags).some((tag) => list(person(c.son).interests).includes(tag))).toBe(true);
  });

  // supported by five organizations not all coordinated: the UNCOORDINATED_HOUSEHOLD finding of the analyses
  it('has a mother who fled violence, with three children', () => {
    const c = cases.dv;
    const members = index.membersOf(c.household);
    expect(members).toHaveLength(4);
    expect(members.filter((id) => ['0-5', '6-12'].includes(person(id).age_band))).toHaveLength(3);
    expect(needsOf(c.delayedChild)).toContain('DISABILITY');
  });

  // that no HOUSING agency serves her area is the UNMET_NEED finding of the analyses
  it('has a woman about to lose her flat, though a HOUSING agency works elsewhere in town', () => {
    const id = cases.housing.person;
    expect(needsOf(id)).toEqual(expect.arrayContaining(['HOUSING', 'HEALTH', 'POVERTY']));
    expect(bundle.organizations.some((row) => list(row.fields).includes('HOUSING'))).toBe(true);
  });

  it('has a need no organization in town has the field for', () => {
    const id = cases.gap.person;
    expect(needsOf(id)).toContain('EDUCATION');
    expect(bundle.organizations.filter((row) => list(row.fields).includes('EDUCATION'))).toEqual([]);
  });

  it('has elderly people living alone with no tie at all, and some with exactly one weak tie', () => {
    for (const id of cases.isolated) {
      expect(index.membersOf(person(id).household_id), id).toEqual([id]);
      expect(['70代', '80代', '90代'], id).toContain(person(id).age_band);
    }
    // their social degree, 0 and 1, is what the isolation analysis finds
    for (const id of cases.oneWeakTie) {
      const active = index.tiesOf(id).filter((tie) => isActive(tie, asOf));
      expect(
        active.map((tie) => tie.strength),
        id,
      ).toEqual(['WEAK']);
    }
  });

  it('has 民生委員 and volunteers watching 3 to 5 people, or nobody', () => {
    const minsei = bundle.people.filter((row) => list(row.roles).includes('MINSEI_IIN'));
    expect(minsei.length).toBeGreaterThanOrEqual(8);
    const counts = minsei.map((row) => activeWatches(row.id));
    expect(counts.filter((count) => count >= 3 && count <= 5).length).toBeGreaterThanOrEqual(4);
    expect(counts).toContain(0);
    const volunteers = bundle.people.filter((row) => list(row.roles).includes('VOLUNTEER'));
    expect(volunteers.some((row) => activeWatches(row.id) > 0)).toBe(true);
  });

  it('keeps current neighbours and friends inside a tier-3 area, and family across households', () => {
    for (const tie of [...ofType('NEIGHBOR'), ...ofType('FRIEND')].filter((tie) => isActive(tie, asOf))) {
      expect(person(tie.from_id).area_id, `${tie.from_id} ${tie.type} ${tie.to_id}`).toBe(person(tie.to_id).area_id);
    }
    expect(ofType('FAMILY').some((tie) => person(tie.from_id).household_id !== person(tie.to_id).household_id)).toBe(
      true,
    );
  });

  it('has ended and not-yet-started ties, every strength, and notes in Japanese', () => {
    expect(bundle.ties.some((tie) => tie.until && tie.until <= asOf)).toBe(true);
    expect(bundle.ties.some((tie) => tie.since === '2027-04-01')).toBe(true);
    const strengths = new Set(bundle.ties.map((tie) => tie.strength));
    for (const strength of ['STRONG', 'WEAK', 'STRAINED']) expect(strengths).toContain(strength);
    expect(bundle.ties.filter((tie) => /[ぁ-んァ-ン一-龥]/.test(tie.note)).length).toBeGreaterThan(10);
  });

  it('has hubs of every common kind, run by organizations and persons, with participants, and one on no council', () => {
    const kinds = new Set(bundle.hubs.map((hub) => hub.kind));
    for (const kind of ['サロン', '子ども食堂', '通いの場', 'まちの保健室', '居場所']) expect(kinds).toContain(kind);
    expect(bundle.hubs.every((hub) => list(hub.tags).length > 0)).toBe(true);
    const runs = ofType('RUNS');
    expect(runs.some((tie) => index.organizations.has(tie.from_id))).toBe(true);
    expect(runs.some((tie) => index.people.has(tie.from_id))).toBe(true);
    expect(ofType('PARTICIPATES_IN').length).toBeGreaterThan(20);
    // that cases.unaffiliatedHubs are on no council is the UNAFFILIATED_RESOURCE finding of the analyses
    for (const hubId of cases.unaffiliatedHubs) expect(index.hubs.has(hubId), hubId).toBe(true);
  });

  it('gives hubs a history and a shape: a なんでも相談 point in every neighbourhood but one, help wanted, one closed', () => {
    expect(bundle.hubs.every((hub) => hub.since && hub.operator && list(hub.functions).length > 0)).toBe(true);
    const open = bundle.hubs.filter((hub) => !hub.until || hub.until > asOf);
    const pointed = new Set(open.filter((hub) => hub.consultation_point === 'はい').map((hub) => hub.area_id));
    const neighbourhoods = bundle.areas.filter((area) => area.tier === '3').map((area) => area.id);
    expect(neighbourhoods.filter((id) => !pointed.has(id))).toEqual(['a3-kashiwagi']);
    expect(bundle.hubs.filter((hub) => hub.until && hub.until <= asOf).map((hub) => hub.id)).toEqual([
      'hub-kashiwagi-kissa',
    ]);
    // no tie to a hub begins before it opened
    for (const tie of bundle.ties.filter((t) => t.since && index.hubs.has(t.to_id)))
      expect(tie.since >= index.hubs.get(tie.to_id)!.since, `${tie.from_id} → ${tie.to_id}`).toBe(true);
    const wanted = new Set(bundle.hubs.flatMap((hub) => list(hub.help_wanted)));
    const offers = bundle.people.filter((p) => list(p.can_offer).some((skill) => wanted.has(skill)));
    expect(offers.map((p) => p.id)).toEqual(['p-vol-07', 'p-117']);
  });

  it('has the organizations of a town, each with kind, fields, location and the areas it serves', () => {
    const districts = bundle.areas.filter((area) => area.tier === '2');
    const centres = bundle.organizations.filter((row) => row.kind === '地域包括支援センター');
    expect(centres.map((row) => row.serves).sort()).toEqual(districts.map((area) => area.id).sort());
    for (const centre of centres) expect(list(centre.fields).sort()).toEqual(['ELDERLY', 'HEALTH']);
    const shakyo = bundle.organizations.find((row) => row.kind === '社会福祉協議会')!;
    expect(list(shakyo.fields).sort()).toEqual(['COMMUNITY', 'POVERTY']);
    expect(index.areas.get(shakyo.serves)!.tier).toBe('1');
    const kinds = bundle.organizations.map((row) => row.kind);
    expect(kinds.filter((kind) => kind === '市の課').length).toBeGreaterThanOrEqual(5);
    for (const kind of ['病院', '小学校', '中学校', '公共職業安定所', 'NPO法人', '企業（見守り協定）'])
      expect(kinds).toContain(kind);
    expect(bundle.organizations.find((row) => row.kind === '公共職業安定所')!.fields).toBe('EMPLOYMENT');
    expect(ofType('COLLABORATES').length).toBeGreaterThan(0);
    expect(ofType('REFERS').length).toBeGreaterThan(0);
  });

  it('has the councils of each tier, with organizations and persons on them', () => {
    const byKind = (kind: string) => bundle.councils.filter((row) => row.kind === kind);
    const town = bundle.areas.find((area) => area.tier === '1')!.id;
    expect(byKind('第1層協議体').map((row) => [row.tier, row.covers])).toEqual([['1', town]]);
    const districts = bundle.areas
      .filter((area) => area.tier === '2')
      .map((area) => area.id)
      .sort();
    expect(
      byKind('第2層協議体')
        .map((row) => row.covers)
        .sort(),
    ).toEqual(districts);
    expect(
      byKind('地域ケア会議')
        .map((row) => row.covers)
        .sort(),
    ).toEqual(districts);
    for (const kind of ['重層的支援会議', '要保護児童対策地域協議会'])
      expect(byKind(kind).map((row) => row.tier)).toEqual(['1']);
    const members = ofType('MEMBER_OF');
    expect(members.some((tie) => index.people.has(tie.from_id))).toBe(true);
    const seats = (id: string) =>
      new Set(members.filter((tie) => tie.from_id === id && isActive(tie, asOf)).map((tie) => tie.to_id)).size;
    expect(bundle.organizations.some((row) => seats(row.id) >= 2)).toBe(true);
    for (const id of cases.unaffiliatedOrganizations) expect(seats(id), id).toBe(0);
  });

  it('has coordinators and CSWs located in areas', () => {
    for (const role of ['COORDINATOR', 'CSW']) {
      const staff = bundle.people.filter((row) => list(row.roles).includes(role));
      expect(staff.length, role).toBeGreaterThan(0);
      for (const row of staff) expect(index.areas.has(row.area_id)).toBe(true);
    }
  });

  it('lists every case id in seed/README.md', () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, 'README.md'), 'utf8');
    const ids = Object.values(cases).flatMap((value) => (Array.isArray(value) ? value : Object.values(value)));
    for (const id of ids) expect(readme, id).toContain(id);
  });
});

describe('the support given to the practitioners’ households (支援の経過)', () => {
  const caseOf = (id: string): Row => {
    const row = bundle.cases.find((candidate) => candidate.id === id);
    if (!row) throw new Error(`the sample town has no case ${id}`);
    return row;
  };
  const plansOf = (caseId: string) => bundle.plans.filter((plan) => plan.case_id === caseId);

  it('has the double-care household’s case with its plan revised once and its review due', () => {
    const row = caseOf(cases.supportCases.doubleCare);
    expect(row).toMatchObject({ subject_id: cases.doubleCare.household, status: 'ACTIVE' });
    expect(row.review_on <= asOf).toBe(true);
    expect(plansOf(row.id).map((plan) => plan.version)).toEqual(['1', '2']);
    expect(list(row.team)).toContain(cases.doubleCare.careManager);
  });

  it('has the DV household’s case discussed at a 支援会議 (社会福祉法106条の6), shared without consent', () => {
    const row = caseOf(cases.supportCases.dv);
    expect(row).toMatchObject({ subject_id: cases.dv.household, status: 'ACTIVE' });
    const meeting = bundle.meetings.find((candidate) => candidate.id === cases.supportCases.meeting);
    expect(meeting).toMatchObject({ council_id: 'c-juso', basis: 'SUPPORT_MEETING' });
    expect(bundle.agenda.filter((item) => item.case_id === row.id).map((item) => item.meeting_id)).toEqual([
      cases.supportCases.meeting,
    ]);
    // the household is protected (支援措置) and never agreed to share: the meeting's basis is what allows it
    const members = bundle.people.filter((person) => person.household_id === cases.dv.household);
    expect(new Set(members.map((person) => person.consent))).toEqual(new Set(['RESTRICTED']));
  });

  it('has the 8050 household’s case closed, its 終結後の確認 due and not yet done', () => {
    const row = caseOf(cases.supportCases.eightyFifty);
    expect(row).toMatchObject({ subject_id: cases.eightyFifty.household, status: 'CLOSED', follow_up_done_on: '' });
    expect(row.close_reason).not.toBe('');
    expect(row.follow_up_on <= asOf).toBe(true);
  });

  it('adds no tie: the analyses see the households as before (a plan item stands only on ties already there)', () => {
    const standing = bundle.plan_items.filter((item) => item.tie !== '');
    expect(standing.map((item) => item.tie)).toEqual(['FOUND', 'FOUND']);
    for (const item of standing) {
      const tie = bundle.ties.find(
        (candidate) =>
          candidate.from_id === item.who_id && candidate.type === 'SUPPORTS' && candidate.since === item.tie_since,
      );
      expect(tie, item.id).toBeDefined();
    }
  });
});
