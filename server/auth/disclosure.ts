/**
 * The one disclosure step: every resolver that returns people sends them through here. It asks the policy how much
 * of each person the viewer may see, builds what may be sent field by field from the classification, replaces the
 * ids of people not seen in detail by the viewer's stand-ins, leaves restricted people out altogether, and records
 * in the audit log whose details and whose names were shown.
 */
import { type AuditActor, audit } from '../audit/audit.service.js';
import type { Graph } from '../graph/graph.js';
import { classOf, type FieldClass } from './classification.js';
import { atLeast, type PersonAccess, type PersonFacts, personAccess } from './policy.js';
import { standInId } from './standIns.js';
import { actorOf, type Viewer } from './viewer.js';

/** The access a field of this class needs, for a value about a person. */
const needs: Record<FieldClass, PersonAccess> = {
  public: 'HIDDEN',
  aggregate: 'HIDDEN',
  account: 'HIDDEN',
  audit: 'HIDDEN',
  guarded: 'HIDDEN',
  personName: 'NAME',
  personId: 'DETAILS',
  personDetail: 'DETAILS',
  tieDetail: 'DETAILS',
};

/** The type a tie shows when one of its ends is not seen in detail: nothing beyond its category. */
export const undisclosedTieType = 'TIE';

/** The id of such a tie: its category and the ends as the viewer sees them (one per pair and category). */
export function undisclosedTieId(category: string, source: string, target: string): string {
  return `${undisclosedTieType}:${category}:${source}>${target}`;
}

export function allows(fieldClass: FieldClass, access: PersonAccess): boolean {
  return atLeast(access, needs[fieldClass]);
}

export class Disclosure {
  private readonly details = new Set<string>();
  private readonly names = new Set<string>();
  private readonly seen = new Map<string, PersonAccess>();

  constructor(
    readonly viewer: Viewer,
    /** The operation, as the audit log names it. */
    private readonly action: string,
  ) {}

  /** How much of the person the viewer may see; remembered for the audit log once something is shown. */
  access(personId: string, facts: PersonFacts): PersonAccess {
    const known = this.seen.get(personId);
    if (known) return known;
    const access = personAccess(this.viewer, facts);
    this.seen.set(personId, access);
    return access;
  }

  /** The access already decided for a person in this disclosure (HIDDEN when never asked). */
  accessOf(personId: string): PersonAccess {
    return this.seen.get(personId) ?? 'HIDDEN';
  }

  /** The id the viewer gets for a person: the real one with DETAILS, else their stand-in; none when hidden. */
  idFor(personId: string, access: PersonAccess): string | undefined {
    if (access === 'HIDDEN') return undefined;
    return access === 'DETAILS' ? personId : standInId(this.viewer.username, personId);
  }

  /**
   * What may be sent of a value of the GraphQL type `type` about a person seen at `access`: each field of `full`
   * whose class the access allows, else the same field of `blank` (null, empty, the stand-in id). A field nobody
   * classified throws. The person is recorded as shown.
   */
  redact<T extends object>(type: string, personId: string, access: PersonAccess, full: T, blank: T): T {
    const out = {} as T;
    for (const key of Object.keys(full) as (keyof T & string)[]) {
      out[key] = allows(classOf(type, key), access) ? full[key] : blank[key];
    }
    this.shown(personId, access);
    return out;
  }

  /** Records that the person was shown at this access (stand-ins disclose nothing and are not recorded). */
  shown(personId: string, access: PersonAccess): void {
    if (access === 'DETAILS') this.details.add(personId);
    else if (access === 'NAME') this.names.add(personId);
  }

  /** Writes the audit events of what was shown: one for details, one for names. */
  async record(graph: Graph, actor: AuditActor = actorOf(this.viewer)): Promise<void> {
    await audit(
      graph,
      actor,
      { kind: 'DISCLOSURE', action: this.action, level: 'DETAILS', personIds: [...this.details] },
      { kind: 'DISCLOSURE', action: this.action, level: 'NAME', personIds: [...this.names] },
    );
  }
}
