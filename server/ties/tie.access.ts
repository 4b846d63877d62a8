/**
 * The policy applied to ties: what a viewer sees of each end, which ties they get at all, and what a write touches.
 * A tie to a restricted person or to a household not seen in detail is not shown; a tie to a person not seen in
 * detail shows the stand-in and the category, nothing else.
 */
import { Disclosure, undisclosedTieId, undisclosedTieType } from '../auth/disclosure.js';
import { inScope, isAdmin, type PersonAccess, seesPeople, type Touched } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { householdAccesses } from '../households/household.access.js';
import { NotFoundError } from '../shared/errors.js';
import { tieEndKinds } from '../vocabulary/ties.js';
import * as q from './tie.queries.js';
import type { Tie } from './tie.type.js';

/** The ends' facts and how much of each the viewer may see. */
export class TieEnds {
  private constructor(
    private readonly viewer: Viewer,
    private readonly rows: Map<string, q.EndRow>,
    private readonly access: Map<string, PersonAccess>,
    readonly disclosure: Disclosure,
  ) {}

  static async of(graph: Graph, viewer: Viewer, ids: string[], action: string): Promise<TieEnds> {
    const rows = new Map(
      (await graph.read<q.EndRow>(q.endFacts, { ids: [...new Set(ids)] })).map((row) => [row.id, row]),
    );
    const disclosure = new Disclosure(viewer, action);
    const householdIds = [...rows.values()].flatMap((r) =>
      r.label === 'Household' ? [r.id] : r.householdId ? [r.householdId] : [],
    );
    const households = await householdAccesses(graph, viewer, [...new Set(householdIds)]);
    const access = new Map<string, PersonAccess>();
    for (const row of rows.values()) {
      if (row.label === 'Person') access.set(row.id, disclosure.access(row.id, row));
      else if (row.label === 'Household') access.set(row.id, households.get(row.id) ?? 'HIDDEN');
      // a case conference is its household's: shown to those who see the household in detail, to nobody else
      else if (row.householdId && households.get(row.householdId) !== 'DETAILS') access.set(row.id, 'HIDDEN');
      else access.set(row.id, placeVisible(viewer, row) ? 'DETAILS' : 'STAND_IN');
    }
    return new TieEnds(viewer, rows, access, disclosure);
  }

  row(id: string): q.EndRow | undefined {
    return this.rows.get(id);
  }

  accessOf(id: string): PersonAccess {
    return this.access.get(id) ?? 'HIDDEN';
  }

  /** The end, if it exists and the viewer sees it in detail; else the error an id that names nothing gets. */
  requireSeen(id: string): q.EndRow {
    const row = this.rows.get(id);
    if (!row || this.accessOf(id) !== 'DETAILS') throw new NotFoundError(tieEndKinds, id);
    return row;
  }

  /** What a write to a tie between these ends touches, for the write policy. */
  touched(id: string): Touched {
    const row = this.requireSeen(id);
    const what = `the ${row.label.toLowerCase()} "${id}"`;
    if (row.label === 'Person' || row.label === 'Household') return { what, areas: row.areaIds.slice(0, 1) };
    return { what, areas: [], reach: row.reach };
  }

  /** The tie as the viewer may see it, or undefined when it is not shown at all. */
  show(row: q.TieRow, asOf: string): Tie | undefined {
    // a note is free text that may name anyone: only for those who see people one by one
    const full = { ...q.toTie(row, asOf), note: seesPeople(this.viewer) ? row.note : null };
    const ends = [row.sourceId, row.targetId];
    if (ends.some((id) => this.accessOf(id) === 'HIDDEN')) return undefined;
    // households are shown in detail or not at all; a place outside the viewer's areas is still a public place
    const personEnd = ends.find((id) => this.rows.get(id)?.label === 'Person' && this.accessOf(id) !== 'DETAILS');
    if (ends.some((id) => this.rows.get(id)?.label === 'Household' && this.accessOf(id) !== 'DETAILS'))
      return undefined;
    for (const id of ends)
      if (this.rows.get(id)?.label === 'Person')
        this.disclosure.shown(id, this.accessOf(id) === 'DETAILS' ? 'DETAILS' : 'STAND_IN');
    if (personEnd === undefined) return full;
    // each end named as its own access allows: a person known by name (council members, consent COMMUNITY) is named
    const nameOf = (id: string, name: string | null) => {
      if (this.rows.get(id)?.label !== 'Person') return name;
      const access = this.accessOf(id);
      if (access === 'NAME') this.disclosure.shown(id, 'NAME');
      return access === 'DETAILS' || access === 'NAME' ? name : null;
    };
    const idOf = (id: string) =>
      this.rows.get(id)?.label === 'Person' ? this.disclosure.idFor(id, this.accessOf(id))! : id;
    const blank: Tie = {
      ...full,
      id: undisclosedTieId(full.category, idOf(row.sourceId), idOf(row.targetId)),
      type: undisclosedTieType,
      sourceId: idOf(row.sourceId),
      targetId: idOf(row.targetId),
      since: null,
      until: null,
      strength: 'NORMAL',
      note: null,
      sourceName: nameOf(row.sourceId, full.sourceName),
      targetName: nameOf(row.targetId, full.targetName),
    };
    return this.disclosure.redact('Tie', personEnd, 'STAND_IN', full, blank);
  }
}

/**
 * A place (organization, hub, council) is within the viewer's reach when it is located in, serves or covers one of
 * their areas or an area containing them (the city's 生活福祉課 serves every district).
 */
function placeVisible(viewer: Viewer, row: q.EndRow): boolean {
  return isAdmin(viewer) || row.reach.some((id) => inScope(viewer, id));
}
