/**
 * The formal and semi-formal ties of one tier-3 area: hub participation by shared interests, watching over by
 * 民生委員 and volunteers (each with a few people, some with none), and support from the nearest organizations having
 * the field of a need — most needs met, not all.
 */
import type { Field } from '../../server/vocabulary/codes.js';
import type { Household, Resident } from './people.js';
import { elderlyAge } from './people.js';
import type { AreaTieInput } from './tieSink.js';

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

export function participate({ random, hubs, sink }: AreaTieInput, people: readonly Resident[]): void {
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

export function watchOver({ random, watchers, sink, platform }: AreaTieInput, people: readonly Resident[]): void {
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
    sink.add({ from: watcher.id, to: person.id, type: 'WATCHES_OVER', since: random.date(2019, 2025) }, [
      watcher.id,
      person.id,
    ]);
  }
  for (const minsei of watchers.minsei)
    if (random.chance(0.3)) sink.add({ from: minsei.id, to: platform, type: 'MEMBER_OF' }, [minsei.id]);
  for (const volunteer of watchers.volunteers) {
    if (random.chance(0.1)) sink.add({ from: volunteer.id, to: platform, type: 'MEMBER_OF' }, [volunteer.id]);
  }
}

export function support(
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
      const wholeHousehold =
        (field === 'POVERTY' || field === 'CHILD') && household.members.length > 1 && random.chance(0.5);
      const target = wholeHousehold ? household.id : person.id;
      const reached = wholeHousehold ? household.members.map((member) => member.id) : [person.id];
      sink.add(
        {
          from: random.pick(organizations),
          to: target,
          type: 'SUPPORTS',
          since: random.date(2016, 2025),
          strength: random.maybe({ STRONG: 0.1, STRAINED: 0.03 }),
        },
        reached,
      );
      if (random.chance(0.05)) {
        const since = random.date(2010, 2016);
        sink.add({
          from: random.pick(organizations),
          to: person.id,
          type: 'SUPPORTS',
          since,
          until: random.date(2017, 2024),
          note: '支援終結',
        });
      }
    }
    if (cswCases > 0 && csw && random.chance(0.2)) {
      cswCases--;
      sink.add({ from: csw, to: person.id, type: 'SUPPORTS', since: random.date(2022, 2025) }, [person.id]);
    }
  }
}
