/**
 * Households and residents of one tier-3 area, shaped like an ageing Japanese town: many elderly people living
 * alone or as couples, families with children, 8050 households, a few single parents. Each person gets an age band,
 * needs (fields) drawn by age and situation, interests and a consent level; a small share of households is
 * isolated (no tie outside the household will be made for them).
 */
import type { Consent, Field, Role } from '../../server/vocabulary/codes.js';
import type { Ids } from './ids.js';
import { givenName, personName, type Sex, surnames } from './names.js';
import type { Random } from './random.js';

export type HouseholdKind =
  | 'elderlySingle'
  | 'elderlyCouple'
  | 'single'
  | 'couple'
  | 'family'
  | 'singleParent'
  | 'parentAndAdultChild'
  | 'threeGenerations';

/** Share of households of each kind (an ageing suburb, close to the census of a town of 30% elderly). */
const householdKinds: Record<HouseholdKind, number> = {
  elderlySingle: 17,
  elderlyCouple: 14,
  single: 17,
  couple: 10,
  family: 23,
  singleParent: 5,
  parentAndAdultChild: 8,
  threeGenerations: 6,
};

/** Chance that a household of each kind has no tie to anyone outside it (社会的孤立). */
const isolationChance: Record<HouseholdKind, number> = {
  elderlySingle: 0.3,
  elderlyCouple: 0.08,
  single: 0.12,
  couple: 0.04,
  family: 0.015,
  singleParent: 0.07,
  parentAndAdultChild: 0.2,
  threeGenerations: 0.015,
};

export interface Resident {
  id: string;
  name: string;
  householdId: string;
  age: number;
  sex: Sex;
  roles: Role[];
  needs: Field[];
  interests: string[];
  consent: Consent;
}

export interface Household {
  id: string;
  name: string;
  areaId: string;
  kind: HouseholdKind;
  /** The first member is the head: in-household FAMILY ties start from them. */
  members: Resident[];
  isolated: boolean;
}

export const elderlyAge = 65;

export function ageBand(age: number): string {
  if (age <= 5) return '0-5';
  if (age <= 12) return '6-12';
  if (age <= 15) return '13-15';
  if (age <= 18) return '16-18';
  return `${Math.min(90, Math.floor(age / 10) * 10)}代`;
}

const interestPools = {
  elderly: [
    '園芸',
    '囲碁',
    '将棋',
    '体操',
    '手芸',
    'カラオケ',
    '散歩',
    '書道',
    '俳句',
    '料理',
    '麻雀',
    'グラウンドゴルフ',
    '民謡',
    '脳トレ',
  ],
  adult: [
    '料理',
    '子育て',
    'ヨガ',
    '読書',
    '写真',
    'ランニング',
    '音楽',
    '園芸',
    '手芸',
    '散歩',
    'ボランティア',
    '釣り',
  ],
  child: ['サッカー', '工作', '読書', '絵', 'ゲーム', '料理', '学習'],
};

/** How many interests a person has: mostly one or two. */
const interestCounts = [0, 0, 1, 1, 1, 1, 2, 2, 2, 3];

export function interestPool(age: number): readonly string[] {
  if (age >= elderlyAge) return interestPools.elderly;
  if (age >= 19) return interestPools.adult;
  return interestPools.child;
}

function drawNeeds(random: Random, age: number, kind: HouseholdKind, isChildOf8050: boolean): Field[] {
  const needs = new Set<Field>();
  const maybe = (field: Field, chance: number) => random.chance(chance) && needs.add(field);
  if (age >= 75) {
    maybe('ELDERLY', 0.35);
    maybe('HEALTH', 0.15);
  } else if (age >= elderlyAge) {
    maybe('ELDERLY', 0.08);
    maybe('HEALTH', 0.08);
  } else if (age >= 19) {
    maybe('POVERTY', kind === 'singleParent' ? 0.3 : 0.04);
    maybe('EMPLOYMENT', isChildOf8050 ? 0.4 : 0.035);
    maybe('HEALTH', isChildOf8050 ? 0.25 : 0.04);
    maybe('HOUSING', 0.012);
  } else {
    maybe('CHILD', kind === 'singleParent' ? 0.2 : 0.06);
    if (age >= 13) maybe('EDUCATION', 0.03);
  }
  maybe('DISABILITY', 0.035);
  if (kind === 'elderlySingle') maybe('HOUSING', 0.02);
  return [...needs];
}

function drawConsent(random: Random): Consent {
  return random.weighted({ NONE: 55, PROFESSIONALS: 30, COMMUNITY: 15 });
}

interface Draft {
  age: number;
  sex: Sex;
  adultChild?: boolean;
}

function opposite(sex: Sex): Sex {
  return sex === 'F' ? 'M' : 'F';
}

function children(random: Random, parentAge: number, count: number): Draft[] {
  return Array.from({ length: count }, () => ({
    age: Math.max(0, Math.min(18, parentAge - random.int(24, 40))),
    sex: random.pick(['F', 'M'] as const),
  }));
}

function drafts(random: Random, kind: HouseholdKind): Draft[] {
  const sex = random.pick(['F', 'M'] as const);
  switch (kind) {
    case 'elderlySingle':
      return [{ age: random.int(65, 97), sex: random.chance(0.65) ? 'F' : 'M' }];
    case 'elderlyCouple': {
      const age = random.int(66, 94);
      return [
        { age, sex: 'M' },
        { age: Math.max(65, age - random.int(0, 5)), sex: 'F' },
      ];
    }
    case 'single':
      return [{ age: random.int(20, 64), sex }];
    case 'couple': {
      const age = random.int(25, 64);
      return [
        { age, sex },
        { age: Math.max(20, age + random.int(-4, 4)), sex: opposite(sex) },
      ];
    }
    case 'family': {
      const age = random.int(28, 52);
      return [{ age, sex: 'M' }, { age: age - random.int(0, 4), sex: 'F' }, ...children(random, age, random.int(1, 3))];
    }
    case 'singleParent': {
      const age = random.int(24, 52);
      return [{ age, sex: random.chance(0.85) ? 'F' : 'M' }, ...children(random, age, random.int(1, 3))];
    }
    case 'parentAndAdultChild': {
      const age = random.int(75, 96);
      const parents: Draft[] = random.chance(0.4)
        ? [
            { age, sex: 'M' },
            { age: age - random.int(0, 4), sex: 'F' },
          ]
        : [{ age, sex: random.chance(0.7) ? 'F' : 'M' }];
      return [...parents, { age: Math.max(40, age - random.int(26, 34)), sex, adultChild: true }];
    }
    case 'threeGenerations': {
      const age = random.int(70, 92);
      const parentAge = Math.max(35, age - random.int(26, 32));
      return [
        { age, sex: random.chance(0.6) ? 'F' : 'M' },
        { age: parentAge, sex: 'M' },
        { age: parentAge - random.int(0, 4), sex: 'F' },
        ...children(random, parentAge, random.int(1, 2)),
      ];
    }
  }
}

/** Households for one tier-3 area, `residents` people in all (the last household is cut to fit). */
export function generateHouseholds(random: Random, areaId: string, residents: number, ids: Ids): Household[] {
  const households: Household[] = [];
  let left = residents;
  while (left > 0) {
    const kind = random.weighted(householdKinds);
    const planned = drafts(random, kind).slice(0, left);
    left -= planned.length;
    const surname = random.pick(surnames);
    const id = ids.next('H');
    const members = planned.map((draft): Resident => {
      const given = givenName(random, draft.age, draft.sex);
      const pool = interestPool(draft.age);
      return {
        id: ids.next('P'),
        name: personName(surname, given),
        householdId: id,
        age: draft.age,
        sex: draft.sex,
        roles: ['RESIDENT'],
        needs: drawNeeds(random, draft.age, kind, draft.adultChild === true),
        interests: random.sample(pool, random.pick(interestCounts)),
        consent: drawConsent(random),
      };
    });
    households.push({
      id,
      name: `${members[0].name} 世帯`,
      areaId,
      kind,
      members,
      isolated: random.chance(isolationChance[kind]),
    });
  }
  return households;
}

/**
 * Appoints local watchers among the residents of a non-isolated household who have no needs themselves: about one
 * 民生委員 per 200 residents (aged 50–75, as appointments require) and one volunteer per 150 (aged 20–79).
 */
export function appointWatchers(
  random: Random,
  households: readonly Household[],
): { minsei: Resident[]; volunteers: Resident[] } {
  const residents = households.reduce((sum, household) => sum + household.members.length, 0);
  const social = households.filter((household) => !household.isolated).flatMap((household) => household.members);
  const minsei = random.sample(
    social.filter((person) => person.age >= 50 && person.age <= 75 && !person.needs.length),
    Math.max(1, Math.round(residents / 200)),
  );
  const volunteers = random.sample(
    social.filter((person) => person.age >= 20 && person.age < 80 && !person.needs.length && !minsei.includes(person)),
    Math.round(residents / 150),
  );
  for (const person of minsei) person.roles = ['RESIDENT', 'MINSEI_IIN'];
  for (const person of volunteers) person.roles = ['RESIDENT', 'VOLUNTEER'];
  return { minsei, volunteers };
}
