/**
 * Checks a town bundle the way an importer must be able to trust it: every id unique across files, every
 * reference resolving to an id of the right kind, tiers nesting 3 → 2 → 1 with statistics that add up, tie ends
 * allowed by `tieRules`, every code, date and strength valid. Returns the problems as `file:line message`.
 */
import { consents, fields, roles, strengths } from '../../server/vocabulary/codes.js';
import { type EntityKind, tieEndsProblem, tieRules, type TieType } from '../../server/vocabulary/ties.js';
import { type Bundle, type BundleFileName, lineOf, list, type Row } from './bundle.js';

const requiredColumns: Record<BundleFileName, readonly string[]> = {
  areas: ['id', 'name', 'tier', 'parent_id', 'population', 'households', 'elderly'],
  households: ['id', 'name', 'area_id'],
  people: ['id', 'name', 'area_id', 'household_id', 'age_band', 'roles', 'needs', 'interests', 'consent'],
  organizations: ['id', 'name', 'kind', 'fields', 'area_id', 'serves'],
  councils: ['id', 'name', 'kind', 'tier', 'covers'],
  hubs: ['id', 'name', 'kind', 'area_id', 'tags'],
  ties: ['from_id', 'to_id', 'type', 'since', 'until', 'strength', 'note'],
};

const kindOfFile: Partial<Record<BundleFileName, EntityKind>> = {
  areas: 'Area',
  households: 'Household',
  people: 'Person',
  organizations: 'Organization',
  councils: 'Council',
  hubs: 'Hub',
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  return isoDate.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

export function checkBundle(bundle: Bundle): string[] {
  const problems: string[] = [];
  const kinds = new Map<string, EntityKind>();
  const at = (file: BundleFileName, index: number, message: string) => problems.push(`${file}.csv:${lineOf(index)} ${message}`);

  for (const [file, columns] of Object.entries(requiredColumns) as [BundleFileName, readonly string[]][]) {
    const header = bundle[file][0] ? Object.keys(bundle[file][0]) : columns;
    for (const column of columns) if (!header.includes(column)) problems.push(`${file}.csv lacks column ${column}`);
  }
  for (const [file, kind] of Object.entries(kindOfFile) as [BundleFileName, EntityKind][]) {
    bundle[file].forEach((row, index) => {
      if (!row.id) at(file, index, 'has no id');
      else if (kinds.has(row.id)) at(file, index, `repeats id ${row.id}`);
      else kinds.set(row.id, kind);
      if (!row.name) at(file, index, 'has no name');
    });
  }

  const expect = (file: BundleFileName, index: number, column: string, id: string, kind: EntityKind) => {
    if (kinds.get(id) !== kind) at(file, index, `${column} ${JSON.stringify(id)} is not a known ${kind}`);
  };
  const codes = (file: BundleFileName, index: number, column: string, cell: string, allowed: object) => {
    for (const code of list(cell)) if (!(code in allowed)) at(file, index, `${column}: ${JSON.stringify(code)} is not a code`);
  };

  checkAreas(bundle.areas, at);
  const areaTier = new Map(bundle.areas.map((row) => [row.id, Number(row.tier)]));
  const householdArea = new Map(bundle.households.map((row) => [row.id, row.area_id]));

  bundle.households.forEach((row, index) => expect('households', index, 'area_id', row.area_id, 'Area'));
  bundle.people.forEach((row, index) => {
    expect('people', index, 'area_id', row.area_id, 'Area');
    if (row.household_id) {
      expect('people', index, 'household_id', row.household_id, 'Household');
      if (householdArea.has(row.household_id) && householdArea.get(row.household_id) !== row.area_id) {
        at('people', index, `lives in ${row.area_id} but household ${row.household_id} is in ${householdArea.get(row.household_id)}`);
      }
    }
    if (!/^(\d+-\d+|\d+代)$/.test(row.age_band)) at('people', index, `age_band ${JSON.stringify(row.age_band)} is not like 0-5 or 80代`);
    codes('people', index, 'roles', row.roles, roles.labels);
    codes('people', index, 'needs', row.needs, fields.labels);
    if (!(row.consent in consents.labels)) at('people', index, `consent ${JSON.stringify(row.consent)} is not a code`);
    if (list(row.interests).some((interest) => !interest.trim())) at('people', index, 'has an empty interest');
  });
  bundle.organizations.forEach((row, index) => {
    if (!row.kind) at('organizations', index, 'has no kind');
    if (!row.fields) at('organizations', index, 'has no fields');
    codes('organizations', index, 'fields', row.fields, fields.labels);
    expect('organizations', index, 'area_id', row.area_id, 'Area');
    if (!row.serves) at('organizations', index, 'serves no area');
    for (const area of list(row.serves)) expect('organizations', index, 'serves', area, 'Area');
  });
  bundle.councils.forEach((row, index) => {
    if (!['1', '2', '3'].includes(row.tier)) at('councils', index, `tier ${JSON.stringify(row.tier)} is not 1, 2 or 3`);
    if (!row.covers) at('councils', index, 'covers no area');
    for (const area of list(row.covers)) {
      expect('councils', index, 'covers', area, 'Area');
      if (areaTier.has(area) && areaTier.get(area) !== Number(row.tier)) {
        at('councils', index, `tier ${row.tier} covers ${area} of tier ${areaTier.get(area)}`);
      }
    }
  });
  bundle.hubs.forEach((row, index) => {
    expect('hubs', index, 'area_id', row.area_id, 'Area');
    if (list(row.tags).some((tag) => !tag.trim())) at('hubs', index, 'has an empty tag');
  });

  const seen = new Set<string>();
  bundle.ties.forEach((row, index) => {
    const type = row.type as TieType;
    if (!(type in tieRules)) return at('ties', index, `type ${JSON.stringify(row.type)} is not a tie type`);
    const from = kinds.get(row.from_id);
    const to = kinds.get(row.to_id);
    if (!from) at('ties', index, `from_id ${JSON.stringify(row.from_id)} is not defined`);
    if (!to) at('ties', index, `to_id ${JSON.stringify(row.to_id)} is not defined`);
    if (from && to) {
      const problem = tieEndsProblem(type, from, to);
      if (problem) at('ties', index, problem);
    }
    if (row.from_id === row.to_id) at('ties', index, `ties ${row.from_id} to itself`);
    for (const column of ['since', 'until'] as const) {
      if (row[column] && !validDate(row[column])) at('ties', index, `${column} ${JSON.stringify(row[column])} is not a date YYYY-MM-DD`);
    }
    if (row.since && row.until && row.since >= row.until) at('ties', index, `ends (${row.until}) before it starts (${row.since})`);
    if (row.strength && !(row.strength in strengths.labels)) at('ties', index, `strength ${JSON.stringify(row.strength)} is not a code`);
    const key = [row.from_id, row.to_id, row.type, row.since].join('|');
    if (seen.has(key)) at('ties', index, `repeats a ${row.type} tie from ${row.from_id} to ${row.to_id}`);
    seen.add(key);
  });
  return problems;
}

type At = (file: BundleFileName, index: number, message: string) => void;

/** Tiers nest 3 → 2 → 1, and a parent's figures are at least the sum of its children's. */
function checkAreas(areas: readonly Row[], at: At): void {
  const byId = new Map(areas.map((row) => [row.id, row]));
  const figures = ['population', 'households', 'elderly'] as const;
  const sums = new Map<string, Record<(typeof figures)[number], number>>();
  areas.forEach((row, index) => {
    const tier = Number(row.tier);
    if (![1, 2, 3].includes(tier) || String(tier) !== row.tier) {
      return at('areas', index, `tier ${JSON.stringify(row.tier)} is not 1, 2 or 3`);
    }
    for (const figure of figures) {
      if (!/^\d+$/.test(row[figure])) at('areas', index, `${figure} ${JSON.stringify(row[figure])} is not a whole number`);
    }
    if (Number(row.elderly) > Number(row.population)) at('areas', index, 'has more elderly than people');
    if (Number(row.households) > Number(row.population)) at('areas', index, 'has more households than people');
    if (tier === 1) {
      if (row.parent_id) at('areas', index, 'is tier 1 but has a parent');
      return;
    }
    const parent = byId.get(row.parent_id);
    if (!parent) return at('areas', index, `parent_id ${JSON.stringify(row.parent_id)} is not an area`);
    if (Number(parent.tier) !== tier - 1) at('areas', index, `is tier ${tier} inside ${parent.id} of tier ${parent.tier}`);
    const sum = sums.get(parent.id) ?? { population: 0, households: 0, elderly: 0 };
    for (const figure of figures) sum[figure] += Number(row[figure]);
    sums.set(parent.id, sum);
  });
  areas.forEach((row, index) => {
    const sum = sums.get(row.id);
    if (!sum) return;
    for (const figure of figures) {
      if (sum[figure] > Number(row[figure])) at('areas', index, `${figure} ${row[figure]} is less than its areas' ${sum[figure]}`);
    }
  });
}
