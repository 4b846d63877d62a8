/**
 * Who sees a case and what of it. A case is seen exactly when its subject is seen in detail (a person, or a
 * household with every member): a restricted subject's case by ADMIN and the coordinators named for them only.
 * Roles that see no person one by one (PLANNER, COUNCIL_MEMBER) see no case here: a council member sees a case
 * only as a meeting's basis allows. The people a case names (team, referrer, キーパーソン, who does a plan item)
 * are shown as the policy shows them anywhere, and every one shown is recorded.
 */
import { assertSeesPeople } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { recordHouseholdsShown } from '../households/household.access.js';
import { TieEnds } from '../ties/tie.access.js';
import type { CaseRow, PartyRow } from './case.queries.js';
import type { CaseParty } from './case.type.js';

/** Refuses the roles that see cases only as counts or through a meeting. */
export function assertSeesCases(viewer: Viewer): Viewer {
  assertSeesPeople(viewer, 'support cases');
  return viewer;
}

/** Every id a case row names. */
export function idsOf(row: CaseRow): string[] {
  return [
    row.subject.id,
    ...(row.referrer ? [row.referrer.id] : []),
    ...row.team.map((p) => p.id),
    ...row.keyTerms.map((t) => t.person.id),
    ...row.plans.flatMap((plan) => plan.items.map((item) => item.who.id)),
  ];
}

/** The parties of some cases as one viewer may see them; `record` writes down whom it showed. */
export class CaseParties {
  private constructor(
    private readonly ends: TieEnds,
    private readonly viewer: Viewer,
    private readonly action: string,
  ) {}

  static async of(graph: Graph, viewer: Viewer, ids: string[], action: string): Promise<CaseParties> {
    return new CaseParties(await TieEnds.of(graph, viewer, ids, action), viewer, action);
  }

  /** Whether the viewer sees the case of this subject. */
  seesSubject(subjectId: string): boolean {
    return this.ends.accessOf(subjectId) === 'DETAILS';
  }

  /** A party as the viewer may see it, or undefined when it is hidden from them altogether. */
  show(party: PartyRow): CaseParty | undefined {
    if (party.kind !== 'Person') return { ...party };
    const access = this.ends.accessOf(party.id);
    const id = this.ends.disclosure.idFor(party.id, access);
    if (id === undefined) return undefined;
    this.ends.disclosure.shown(party.id, access);
    return { id, kind: 'Person', name: access === 'DETAILS' || access === 'NAME' ? party.name : null };
  }

  /** Records the people shown (and the members of household subjects). */
  async record(graph: Graph, householdIds: string[]): Promise<void> {
    await this.ends.disclosure.record(graph);
    await recordHouseholdsShown(graph, this.viewer, this.action, householdIds);
  }
}
