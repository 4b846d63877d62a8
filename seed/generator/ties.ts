/**
 * The ties of one tier-3 area: family inside and across households, neighbours and friends inside the area, hub
 * participation, watching over (民生委員 and volunteers), support from organizations reaching the area, council
 * seats of local watchers, and some ended ties. Isolated households get no active tie; everyone else gets at least
 * one.
 */
import type { Field } from '../../server/vocabulary/codes.js';
import type { Neighbourhood } from './areas.js';
import type { Hub, Tie } from './model.js';
import type { Reach } from './organizations.js';
import { elderlyAge, type Household, type Resident } from './people.js';
import type { Random } from './random.js';

/** Chance that an organization supports a person for a need they have: most needs are met, not all. */
const metChance: Record<Field, number> = {
  ELDERLY: 0.85,
  DISABILITY: 0.8,
  CHILD: 0.8,
  POVERTY: 0.75,
  EMPLOYMENT: 0.6,
  HOUSING: 0.4,
  HEALTH: 0.7,
  EDUCATION: 0.5,
  COMMUNITY: 0.5,
};

/** Ties symmetric in meaning, deduplicated whichever way round they were drawn. */
const symmetric = new Set(['FAMILY', 'NEIGHBOR', 'FRIEND']);

/** Writes ties, drops duplicates, and counts each resident's active ties to people outside their household. */
export class TieSink {
  private readonly seen = new Set<string>();
  private readonly degrees = new Map<string, number>();

  constructor(private readonly write: (tie: Tie) => void) {}

  /** @param reached the residents this tie gives a social tie to (both ends for person–person ties) */
  add(tie: Tie, reached: readonly string[] = []): boolean {
    const key = `${tie.type}|${tie.from}|${tie.to}|${tie.until ?? ''}`;
    const mirror = `${tie.type}|${tie.to}|${tie.from}|${tie.until ?? ''}`;
    if (this.seen.has(key) || (symmetric.has(tie.type) && this.seen.has(mirror))) return false;
    this.seen.add(key);
    this.write(tie);
    if (!tie.until) for (const id of reached) this.degrees.set(id, (this.degrees.get(id) ?? 0) + 1);
    return true;
  }

  degree(id: string): number {
    return this.degrees.get(id) ?? 0;
  }
}

/** A bounded, random sample of adults from areas already generated: the relatives who live elsewhere. */
export class Relatives {
  private readonly ids: string[] = [];

  constructor(
    private readonly random: Random,
    private readonly capacity = 4096,
  ) {}

  offer(id: string): void {
    if (this.ids.length < this.capacity) this.ids.push(id);
    else if (this.random.chance(0.1)) this.ids[this.random.int(0, this.capacity - 1)] = id;
  }

  pick(): string | undefined {
    return this.ids.length ? this.random.pick(this.ids) : undefined;
  }
}

export interface AreaTieInput {
  random: Random;
  area: Neighbourhood;
  households: readonly Household[];
  hubs: readonly Hub[];
  /** 民生委員 and volunteers living here. */
  watchers: { minsei: readonly Resident[]; volunteers: readonly Resident[] };
  reach: Reach;
  relatives: Relatives;
  /** The CSW working in this area's district, if any. */
  csw: string | undefined;
  /** The 第2層協議体 of this area's district, where some local watchers sit. */
  platform: string;
  sink: TieSink;
}

function strength(random: Random, weights: { STRONG?: number; WEAK?: number; STRAINED?: number }): Tie['strength'] {
  const draw = random.next();
  let edge = 0;
  for (const [value, weight] of Object.entries(weights) as [NonNullable<Tie['strength']>, number][]) {
    edge += weight;
    if (draw < edge) return value;
  }
  return undefined;
}

export function generateAreaTies(input: AreaTieInput): void {
  const { random, households, sink } = input;
  const social = households.filter((household) => !household.isolated);
  const people = social.flatMap((household) => household.members);
  const householdOf = new Map(households.flatMap((household) => household.members.map((member) => [member.id, household])));
  const adults = people.filter((person) => person.age >= 19);
  const other = (person: Resident, pool: readonly Resident[]): Resident | undefined => {
    for (let attempt = 0; attempt < 4 && pool.length; attempt++) {
      const candidate = random.pick(pool);
      if (candidate.householdId !== person.householdId) return candidate;
    }
    return undefined;
  };
  const personTie = (tie: Tie) => sink.add(tie, [tie.from, tie.to]);

  // family inside each household (not counted for isolation) and to relatives elsewhere
  for (const household of households) {
    const [head, ...rest] = household.members;
    for (const member of rest) sink.add({ from: head.id, to: member.id, type: 'FAMILY' });
  }
  const youngerAdults = adults.filter((adult) => adult.age < 60);
  for (const person of adults) {
    if (!random.chance(person.age >= elderlyAge ? 0.8 : 0.3)) continue;
    const relative = random.chance(0.6) ? input.relatives.pick() : other(person, youngerAdults)?.id;
    if (relative && relative !== person.id) {
      personTie({ from: person.id, to: relative, type: 'FAMILY', strength: strength(random, { STRONG: 0.2, WEAK: 0.1, STRAINED: 0.08 }) });
    }
  }

  // neighbours: households next to each other in street order
  social.forEach((household, index) => {
    if (!random.chance(0.9)) return;
    for (let n = random.int(2, 6); n > 0; n--) {
      const next = social[index + random.int(1, 7)];
      if (!next) break;
      const from = random.pick(household.members.filter((m) => m.age >= 19)) ?? household.members[0];
      const to = random.pick(next.members.filter((m) => m.age >= 19)) ?? next.members[0];
      personTie({ from: from.id, to: to.id, type: 'NEIGHBOR', strength: strength(random, { WEAK: 0.2, STRONG: 0.05 }) });
    }
  });

  // friends: mostly of the same generation
  const byGeneration = new Map<number, Resident[]>();
  for (const person of people) {
    const generation = person.age < 13 ? 0 : person.age < 19 ? 1 : person.age < elderlyAge ? 2 + Math.floor(person.age / 15) : 10;
    const list = byGeneration.get(generation);
    if (list) list.push(person);
    else byGeneration.set(generation, [person]);
  }
  for (const [generation, peers] of byGeneration) {
    for (const person of peers) {
      if (person.age < 6) continue;
      const count = random.chance(0.8) ? random.int(1, 3) : 0;
      for (let n = 0; n < count; n++) {
        const friend = other(person, random.chance(0.75) ? peers : people);
        if (friend && friend.age >= 6 && friend.id !== person.id) {
          personTie({ from: person.id, to: friend.id, type: 'FRIEND', strength: strength(random, { STRONG: 0.15, WEAK: 0.1 }) });
        }
      }
      if (generation === 10 && random.chance(0.04)) {
        const former = other(person, people);
        if (former) personTie({ from: person.id, to: former.id, type: 'FRIEND', since: random.date(2005, 2015), until: random.date(2018, 2024), note: '行き来がなくなった' });
      }
    }
  }

  participate(input, people);
  watchOver(input, people);
  support(input, people, householdOf);

  // a friendship that ended, for some of the isolated too: the tie is kept, with its end date
  for (const household of households) {
    if (!household.isolated || !random.chance(0.2)) continue;
    const friend = people.length ? random.pick(people) : undefined;
    if (friend) sink.add({ from: household.members[0].id, to: friend.id, type: 'FRIEND', since: random.date(2000, 2012), until: random.date(2016, 2024), note: '行き来がなくなった' });
  }

  // nobody outside an isolated household is left without a tie
  for (const person of people) {
    if (sink.degree(person.id) > 0) continue;
    const neighbour = other(person, people);
    if (neighbour) personTie({ from: person.id, to: neighbour.id, type: 'NEIGHBOR', strength: 'WEAK' });
    else {
      const relative = input.relatives.pick();
      if (relative) personTie({ from: person.id, to: relative, type: 'FAMILY' });
    }
  }
  for (const person of adults) if (person.age < 60 && random.chance(0.5)) input.relatives.offer(person.id);
}

function participate({ random, hubs, sink }: AreaTieInput, people: readonly Resident[]): void {
  const gatherings = hubs.filter((hub) => hub.kind === 'サロン' || hub.kind === '通いの場');
  const kitchens = hubs.filter((hub) => hub.kind === '子ども食堂');
  for (const person of people) {
    let joined = false;
    for (const hub of hubs) {
      if (person.interests.some((interest) => hub.tags.includes(interest)) && random.chance(0.6)) {
        joined = sink.add({ from: person.id, to: hub.id, type: 'PARTICIPATES_IN' }, [person.id]) || joined;
      }
    }
    if (person.age >= 6 && person.age <= 12 && kitchens.length && random.chance(0.35)) {
      sink.add({ from: person.id, to: random.pick(kitchens).id, type: 'PARTICIPATES_IN' }, [person.id]);
    } else if (!joined && person.age >= elderlyAge && gatherings.length && random.chance(0.25)) {
      sink.add({ from: person.id, to: random.pick(gatherings).id, type: 'PARTICIPATES_IN' }, [person.id]);
    }
  }
}

function watchOver({ random, watchers, sink, platform }: AreaTieInput, people: readonly Resident[]): void {
  const capacity = new Map<Resident, number>();
  for (const minsei of watchers.minsei) capacity.set(minsei, random.chance(0.1) ? 0 : random.int(3, 15));
  for (const volunteer of watchers.volunteers) capacity.set(volunteer, random.int(0, 3));
  const roster = [...capacity.keys()];
  const needy = random.sample(
    people.filter((person) => person.needs.length && !capacity.has(person)),
    people.length,
  );
  let turn = 0;
  for (const person of needy) {
    let watcher: Resident | undefined;
    for (let tries = 0; tries < roster.length && !watcher; tries++) {
      const candidate = roster[turn++ % roster.length];
      if (capacity.get(candidate)! > 0 && candidate.householdId !== person.householdId) watcher = candidate;
    }
    if (!watcher) break;
    capacity.set(watcher, capacity.get(watcher)! - 1);
    sink.add({ from: watcher.id, to: person.id, type: 'WATCHES_OVER', since: random.date(2019, 2025) }, [watcher.id, person.id]);
  }
  for (const minsei of watchers.minsei) if (random.chance(0.3)) sink.add({ from: minsei.id, to: platform, type: 'MEMBER_OF' }, [minsei.id]);
  for (const volunteer of watchers.volunteers) if (random.chance(0.1)) sink.add({ from: volunteer.id, to: platform, type: 'MEMBER_OF' }, [volunteer.id]);
}

function support(
  { random, area, reach, sink, csw }: AreaTieInput,
  people: readonly Resident[],
  householdOf: ReadonlyMap<string, Household>,
): void {
  let cswCases = csw ? random.int(0, 2) : 0;
  for (const person of people) {
    if (!person.needs.length) continue;
    const household = householdOf.get(person.id)!;
    for (const field of person.needs) {
      if (!random.chance(metChance[field])) continue;
      const organizations = reach.nearest(area.chain, field);
      if (!organizations.length) continue;
      const wholeHousehold = (field === 'POVERTY' || field === 'CHILD') && household.members.length > 1 && random.chance(0.5);
      const target = wholeHousehold ? household.id : person.id;
      const reached = wholeHousehold ? household.members.map((member) => member.id) : [person.id];
      sink.add(
        { from: random.pick(organizations), to: target, type: 'SUPPORTS', since: random.date(2016, 2025), strength: strength(random, { STRONG: 0.1, STRAINED: 0.03 }) },
        reached,
      );
      if (random.chance(0.05)) {
        sink.add({ from: random.pick(organizations), to: person.id, type: 'SUPPORTS', since: random.date(2010, 2016), until: random.date(2017, 2024), note: '支援終結' });
      }
    }
    if (cswCases > 0 && csw && random.chance(0.2)) {
      cswCases--;
      sink.add({ from: csw, to: person.id, type: 'SUPPORTS', since: random.date(2022, 2025) }, [person.id]);
    }
  }
}
