import { participate, support, watchOver } from './care.js';
import type { Tie } from './model.js';
import { elderlyAge, type Resident } from './people.js';
import type { Random } from './random.js';
import type { AreaTieInput } from './tieSink.js';

/** A friendship kept on record with the date it ended (always in the past, before 2025). */
function endedFriendship(random: Random, from: string, to: string): Tie {
  const since = random.date(2000, 2014);
  return { from, to, type: 'FRIEND', since, until: random.date(2016, 2024), note: '行き来がなくなった' };
}

export function generateAreaTies(input: AreaTieInput): void {
  const { random, households, sink } = input;
  const social = households.filter((household) => !household.isolated);
  const people = social.flatMap((household) => household.members);
  const householdOf = new Map(
    households.flatMap((household) => household.members.map((member) => [member.id, household])),
  );
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
      personTie({
        from: person.id,
        to: relative,
        type: 'FAMILY',
        strength: random.maybe({ STRONG: 0.2, WEAK: 0.1, STRAINED: 0.08 }),
      });
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
      personTie({ from: from.id, to: to.id, type: 'NEIGHBOR', strength: random.maybe({ WEAK: 0.2, STRONG: 0.05 }) });
    }
  });

  // friends: mostly of the same generation
  const byGeneration = new Map<number, Resident[]>();
  for (const person of people) {
    const generation =
      person.age < 13 ? 0 : person.age < 19 ? 1 : person.age < elderlyAge ? 2 + Math.floor(person.age / 15) : 10;
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
          personTie({
            from: person.id,
            to: friend.id,
            type: 'FRIEND',
            strength: random.maybe({ STRONG: 0.15, WEAK: 0.1 }),
          });
        }
      }
      if (generation === 10 && random.chance(0.04)) {
        const former = other(person, people);
        if (former) personTie(endedFriendship(random, person.id, former.id));
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
    if (friend) sink.add(endedFriendship(random, household.members[0].id, friend.id));
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
