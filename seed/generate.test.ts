import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIsolated } from '../server/analysis/isolation/isolation.service.js';
import { MissingLinkKind } from '../server/analysis/missing-links/missingLink.type.js';
import { findMissingLinks } from '../server/analysis/missing-links/missingLinks.service.js';
import { loadTown } from '../server/analysis/testing/sampleTown.js';
import { bundleKeys as bundleFiles } from '../server/bundles/bundle.types.js';
import type { Graph } from '../server/graph/graph.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../test/helpers/graph.js';
import { parseGenerateArgs } from './generator/args.js';
import { casesUntil } from './generator/cases.js';
import { generateTown } from './generator/town.js';
import { type Bundle, list, type Row, readBundle } from './testing/bundle.js';
import { BundleIndex } from './testing/bundleIndex.js';
import { checkTown } from './testing/checkTown.js';

const today = '2026-11-25';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-generate-'));
const folder = (name: string) => path.join(scratch, name);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('generateTown', () => {
  let bundle: Bundle;
  let index: BundleIndex;
  let counts: ReturnType<typeof generateTown>;

  beforeAll(() => {
    counts = generateTown({ people: 12_000, out: folder('town'), seed: 'shape' });
    bundle = readBundle(folder('town'));
    index = new BundleIndex(bundle);
  });

  it('writes byte-identical files for the same arguments, and another town for another seed', () => {
    generateTown({ people: 2_000, out: folder('a'), seed: 'same' });
    generateTown({ people: 2_000, out: folder('b'), seed: 'same' });
    generateTown({ people: 2_000, out: folder('c'), seed: 'other' });
    for (const file of bundleFiles) {
      const a = fs.readFileSync(path.join(folder('a'), `${file}.csv`));
      expect(a.equals(fs.readFileSync(path.join(folder('b'), `${file}.csv`))), file).toBe(true);
    }
    expect(
      fs
        .readFileSync(path.join(folder('a'), 'people.csv'))
        .equals(fs.readFileSync(path.join(folder('c'), 'people.csv'))),
    ).toBe(false);
  });

  it('writes its cases into the support files: about one case per ten residents, of people and households of the town', () => {
    // the same arguments give the same bytes of every bundle file, the support files among them (above)
    const cases = bundle.cases;
    expect(cases.length).toBeGreaterThan(800);
    expect(cases.length).toBeLessThan(1600);
    const subjects = new Set([...bundle.people.map((p) => p.id), ...bundle.households.map((h) => h.id)]);
    const parties = new Set([...bundle.people.map((p) => p.id), ...bundle.organizations.map((o) => o.id)]);
    const plansOf = new Map<string, Row[]>();
    for (const plan of bundle.plans) plansOf.set(plan.case_id, [...(plansOf.get(plan.case_id) ?? []), plan]);
    for (const c of cases) {
      expect(subjects.has(c.subject_id), c.id).toBe(true);
      for (const id of list(c.team)) expect(parties.has(id), `${c.id} names ${id}`).toBe(true);
      expect(c.opened_on <= casesUntil).toBe(true);
      expect(c.status === 'CLOSED').toBe(c.closed_on !== '');
      if (c.closed_on) expect(c.opened_on <= c.closed_on && c.closed_on <= casesUntil).toBe(true);
      if (c.follow_up_on) expect(c.closed_on <= c.follow_up_on).toBe(true);
      const plans = plansOf.get(c.id) ?? [];
      expect(plans.every((plan) => plan.made_on >= c.opened_on && plan.made_on <= (c.closed_on || casesUntil))).toBe(
        true,
      );
      expect(c.status === 'ACTIVE').toBe(plans.length > 0 && c.closed_on === '');
    }
    for (const item of bundle.plan_items) expect(parties.has(item.who_id), item.id).toBe(true);
    const byId = new Map(cases.map((c) => [c.id, c]));
    const councils = new Set(bundle.councils.map((council) => council.id));
    expect(bundle.meetings.length).toBeGreaterThan(0);
    for (const meeting of bundle.meetings) expect(councils.has(meeting.council_id)).toBe(true);
    const heldOn = new Map(bundle.meetings.map((meeting) => [meeting.id, meeting.on]));
    for (const item of bundle.agenda)
      expect(byId.get(item.case_id)!.opened_on <= heldOn.get(item.meeting_id)!).toBe(true);
  });

  it('writes a bundle whose ids are unique, references resolve, tiers nest and codes are valid', async () => {
    expect(await checkTown(folder('town'))).toEqual([]);
  });

  it('reports the rows it wrote, and writes exactly the people asked for', () => {
    expect(counts).toEqual(Object.fromEntries(bundleFiles.map((file) => [file, bundle[file].length])));
    expect(bundle.people).toHaveLength(12_000);
  });

  it('nests 4 to 8 tier-3 areas in each of at least 3 tier-2 districts, with statistics that add up', () => {
    const [town, ...others] = bundle.areas.filter((area) => area.tier === '1');
    expect(others).toEqual([]);
    const districts = bundle.areas.filter((area) => area.tier === '2');
    expect(districts.length).toBeGreaterThanOrEqual(3);
    for (const district of districts) {
      const inside = bundle.areas.filter((area) => area.parent_id === district.id);
      expect(inside.length).toBeGreaterThanOrEqual(4);
      expect(inside.length).toBeLessThanOrEqual(8);
      expect(inside.reduce((sum, area) => sum + Number(area.population), 0)).toBe(Number(district.population));
    }
    const residents = bundle.people.filter((person) => person.household_id).length;
    expect(Number(town.population)).toBe(residents);
    expect(Number(town.households)).toBe(bundle.households.length);
  });

  it('is shaped like an ageing community', () => {
    const sizes = new Map<string, number>();
    for (const person of bundle.people)
      if (person.household_id) sizes.set(person.household_id, (sizes.get(person.household_id) ?? 0) + 1);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(5);
    const singles = [...sizes.values()].filter((size) => size === 1).length / sizes.size;
    expect(singles).toBeGreaterThan(0.25);
    const town = bundle.areas.find((area) => area.tier === '1')!;
    const elderlyShare = Number(town.elderly) / Number(town.population);
    expect(elderlyShare).toBeGreaterThan(0.2);
    expect(elderlyShare).toBeLessThan(0.4);
  });

  it('gives about 4 ties per person', () => {
    const tiesPerPerson = bundle.ties.length / bundle.people.length;
    expect(tiesPerPerson).toBeGreaterThan(3.2);
    expect(tiesPerPerson).toBeLessThan(4.8);
  });

  it('keeps neighbours and friends inside a tier-3 area', () => {
    const informal = bundle.ties.filter((tie) => tie.type === 'NEIGHBOR' || tie.type === 'FRIEND');
    expect(informal.length).toBeGreaterThan(bundle.people.length);
    for (const tie of informal)
      expect(index.people.get(tie.from_id)!.area_id).toBe(index.people.get(tie.to_id)!.area_id);
    const acrossHouseholds = bundle.ties.filter(
      (tie) =>
        tie.type === 'FAMILY' &&
        index.people.get(tie.from_id)!.household_id !== index.people.get(tie.to_id)!.household_id,
    );
    expect(acrossHouseholds.length).toBeGreaterThan(bundle.people.length / 20);
  });

  it('has about one 民生委員 per 200 residents, watching people with needs', () => {
    const minsei = bundle.people.filter((person) => list(person.roles).includes('MINSEI_IIN'));
    expect(minsei.length).toBeGreaterThan(bundle.people.length / 300);
    expect(minsei.length).toBeLessThan(bundle.people.length / 120);
    const watches = bundle.ties.filter((tie) => tie.type === 'WATCHES_OVER');
    expect(watches.length).toBeGreaterThan(minsei.length);
    for (const tie of watches) expect(list(index.people.get(tie.to_id)!.needs).length).toBeGreaterThan(0);
  });

  it('gives each tier-3 area hubs with tags, runs some of them, and has organizations on no council', () => {
    for (const area of bundle.areas.filter((row) => row.tier === '3')) {
      expect(bundle.hubs.filter((hub) => hub.area_id === area.id).length).toBeGreaterThan(0);
    }
    expect(bundle.hubs.every((hub) => list(hub.tags).length > 0)).toBe(true);
    expect(bundle.ties.some((tie) => tie.type === 'RUNS' && index.people.has(tie.from_id))).toBe(true);
    expect(bundle.ties.some((tie) => tie.type === 'RUNS' && index.organizations.has(tie.from_id))).toBe(true);
    const seated = new Set(bundle.ties.filter((tie) => tie.type === 'MEMBER_OF').map((tie) => tie.from_id));
    expect(bundle.organizations.some((organization) => !seated.has(organization.id))).toBe(true);
    expect(bundle.councils.map((council) => council.tier).sort()).toContain('2');
  });

  it('keeps some ended ties', () => {
    expect(bundle.ties.some((tie) => tie.until && tie.until < today)).toBe(true);
  });

  // what the analyses find in it, with the town imported into the real database
  describe('analysed', () => {
    const prefix = uniquePrefix();
    let graph: Graph;
    let isolated: Set<string>;

    beforeAll(async () => {
      graph = await testGraph();
      await loadTown(graph, folder('town'), prefix);
      const town = `${prefix}${bundle.areas.find((area) => area.tier === '1')!.id}`;
      isolated = new Set(
        (await findIsolated(graph, { areaId: town, maxDegree: 0, asOf: today })).map((row) => row.personId),
      );
    }, 600_000);
    afterAll(async () => removeByPrefix(graph, prefix));

    it('leaves a minority isolated', () => {
      const share = isolated.size / bundle.people.length;
      expect(share).toBeGreaterThan(0.04);
      expect(share).toBeLessThan(0.11);
    });

    it('meets most needs but not all, from organizations having the field', async () => {
      const town = `${prefix}${bundle.areas.find((area) => area.tier === '1')!.id}`;
      const findings = await findMissingLinks(graph, { areaId: town, asOf: today }, [MissingLinkKind.UNMET_NEED]);
      const tied = (id: string) => !isolated.has(`${prefix}${id}`);
      const needs = bundle.people
        .filter((person) => tied(person.id))
        .reduce((sum, person) => sum + list(person.needs).length, 0);
      const unmet = findings.filter((finding) => tied(finding.subjectIds[0].slice(prefix.length))).length;
      const met = needs - unmet;
      expect(met / needs).toBeGreaterThan(0.5);
      expect(met / needs).toBeLessThan(0.95);
    }, 300_000);
  });
});

describe('parseGenerateArgs', () => {
  it('reads the size, the folder and the seed', () => {
    expect(parseGenerateArgs(['--people', '5000', '--out', 'x', '--seed', 'kita'])).toEqual({
      people: 5000,
      out: 'x',
      seed: 'kita',
    });
    expect(parseGenerateArgs(['--people=300', '--out=y'])).toEqual({ people: 300, out: 'y', seed: '1' });
  });

  it.each([
    [['--people', 'abc', '--out', 'x'], '--people must be a whole number, not "abc"'],
    [['--people', '12.5', '--out', 'x'], '--people must be a whole number, not "12.5"'],
    [['--people', '10', '--out', 'x'], '--people must be between 100 and 2000000, not 10'],
    [['--out', 'x'], '--people is required'],
    [['--people', '500'], '--out is required'],
    [['--people', '500', '--out'], '--out needs a value'],
    [['--people', '--out', 'x'], '--people needs a value'],
    [['--people', '500', '--out', 'x', '--colour', 'red'], 'unknown argument "--colour"'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});

describe('npm run generate', () => {
  const generate = (args: string[]) =>
    promisify(execFile)('npx', ['tsx', 'seed/generate.ts', ...args], { cwd: path.resolve(import.meta.dirname, '..') });

  it('prints a clear error and exits 2 for a bad size', async () => {
    const run = generate(['--people', 'abc', '--out', folder('never')]);
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--people must be a whole number, not "abc"'),
    });
    expect(fs.existsSync(folder('never'))).toBe(false);
  });

  it('prints a one-line summary of the rows per file', async () => {
    const { stdout } = await generate(['--people', '300', '--out', folder('cli')]);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(
      /areas \d+, households \d+, people 300, organizations \d+, councils \d+, hubs \d+, ties \d+/,
    );
  });
});
