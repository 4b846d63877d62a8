/**
 * Lookups over a bundle's rows for tests: nodes by id, who lives with whom, the ties at a node, an area's chain.
 * What the analyses compute from them (social degree, support, coordination) is asserted on the real engine.
 */
import type { Bundle, Row } from './bundle.js';

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
}
