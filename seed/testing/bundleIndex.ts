/**
 * Lookups over a bundle for tests: who lives with whom, the ties of a node, and the social degree of
 * DESIGN.md "The analyses" (distinct nodes tied by active ties, household members excluded, a tie to a household
 * counting for each member).
 */
import { type Bundle, list, type Row } from './bundle.js';

/** Active at `asOf`: started (no since, or since not after it) and not ended (no until, or until after it). */
export function isActive(tie: Row, asOf: string): boolean {
  return (!tie.since || tie.since <= asOf) && (!tie.until || tie.until > asOf);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

export class BundleIndex {
  readonly people: Map<string, Row>;
  readonly organizations: Map<string, Row>;
  readonly hubs: Map<string, Row>;
  readonly areas: Map<string, Row>;
  private readonly members = new Map<string, string[]>();
  private readonly tiesAt = new Map<string, Row[]>();

  constructor(readonly bundle: Bundle) {
    this.people = new Map(bundle.people.map((row) => [row.id, row]));
    this.organizations = new Map(bundle.organizations.map((row) => [row.id, row]));
    this.hubs = new Map(bundle.hubs.map((row) => [row.id, row]));
    this.areas = new Map(bundle.areas.map((row) => [row.id, row]));
    for (const person of bundle.people) if (person.household_id) push(this.members, person.household_id, person.id);
    for (const tie of bundle.ties) {
      push(this.tiesAt, tie.from_id, tie);
      if (tie.to_id !== tie.from_id) push(this.tiesAt, tie.to_id, tie);
    }
  }

  membersOf(householdId: string): string[] {
    return this.members.get(householdId) ?? [];
  }

  /** Every tie with this node at either end, ended and future ones included. */
  tiesOf(id: string): Row[] {
    return this.tiesAt.get(id) ?? [];
  }

  /** The tier-3 area, its tier-2 and tier-1 ancestors: nearest first. */
  chain(areaId: string): string[] {
    const chain: string[] = [];
    for (let id: string | undefined = areaId; id; id = this.areas.get(id)?.parent_id) chain.push(id);
    return chain;
  }

  /** The distinct nodes tied to a person by active ties, their household excluded. */
  socialNeighbours(personId: string, asOf: string): Set<string> {
    const household = this.people.get(personId)?.household_id;
    const housemates = new Set(household ? this.membersOf(household) : [personId]);
    const found = new Set<string>();
    const ties = [...this.tiesOf(personId), ...(household ? this.tiesOf(household) : [])];
    for (const tie of ties) {
      if (!isActive(tie, asOf)) continue;
      const mine = tie.from_id === personId || tie.from_id === household ? tie.from_id : tie.to_id;
      const other = mine === tie.from_id ? tie.to_id : tie.from_id;
      if (other === household || housemates.has(other)) continue;
      found.add(other);
    }
    return found;
  }

  socialDegree(personId: string, asOf: string): number {
    return this.socialNeighbours(personId, asOf).size;
  }

  /** The organizations with an active SUPPORTS tie to these nodes. */
  private supportersOfAny(targets: readonly string[], asOf: string): Set<string> {
    const found = new Set<string>();
    for (const target of targets) {
      for (const tie of this.tiesOf(target)) {
        const fromOrganization = this.organizations.has(tie.from_id);
        if (tie.type === 'SUPPORTS' && tie.to_id === target && fromOrganization && isActive(tie, asOf)) found.add(tie.from_id);
      }
    }
    return found;
  }

  /** The organizations supporting a person, directly or through their household. */
  supportersOf(personId: string, asOf: string): Set<string> {
    const household = this.people.get(personId)?.household_id;
    return this.supportersOfAny(household ? [personId, household] : [personId], asOf);
  }

  /** The organizations supporting a household or any of its members. */
  supportersOfHousehold(householdId: string, asOf: string): Set<string> {
    return this.supportersOfAny([householdId, ...this.membersOf(householdId)], asOf);
  }

  /** The councils a person or organization is an active member of. */
  councilsOf(id: string, asOf: string): Set<string> {
    return new Set(
      this.tiesOf(id)
        .filter((tie) => tie.type === 'MEMBER_OF' && tie.from_id === id && isActive(tie, asOf))
        .map((tie) => tie.to_id),
    );
  }

  /** Two organizations are coordinated when one COLLABORATES with or REFERS to the other, or they share a council. */
  coordinated(a: string, b: string, asOf: string): boolean {
    const linked = this.tiesOf(a).some(
      (tie) =>
        (tie.type === 'COLLABORATES' || tie.type === 'REFERS') &&
        isActive(tie, asOf) &&
        ((tie.from_id === a && tie.to_id === b) || (tie.from_id === b && tie.to_id === a)),
    );
    if (linked) return true;
    const councils = this.councilsOf(b, asOf);
    return [...this.councilsOf(a, asOf)].some((council) => councils.has(council));
  }

  /** Organizations having `field` that serve one of the areas given. */
  organizationsServing(field: string, areaIds: readonly string[]): Row[] {
    return this.bundle.organizations.filter(
      (row) => list(row.fields).includes(field) && list(row.serves).some((area) => areaIds.includes(area)),
    );
  }
}
