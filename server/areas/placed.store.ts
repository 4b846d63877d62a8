/**
 * Storage shared by the four concepts placed in areas — households, organizations, councils and hubs: list within
 * an area's subtree, get, create, update, delete, each through the access policy and (writes) the audit log. Each
 * concept names its label from a fixed list, its columns and its row type, and validates its own properties.
 */

import { auditedWrite, type Snapshot } from '../audit/changes.js';
import { assertAreaAccess, assertMayWrite, inScope, type Touched } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { requireFreeId, requireKind } from '../graph/lookup.js';
import { householdAccesses } from '../households/household.access.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import * as q from './placed.queries.js';

export interface PlacedSpec<Row extends q.PlacedRow> {
  label: q.PlacedLabel;
  /** Households, organizations and hubs are LOCATED_IN one area; councils are not. */
  located: boolean;
  /** Organizations SERVE areas; councils COVER them. */
  areaLinks?: 'SERVES' | 'COVERS';
  /** The concept's own return columns, Cypher over `n`, that fill the rest of `Row`. */
  columns: string;
  /** The household a row is about (a household itself, a case conference's household): seen only in detail. */
  householdOf?: (row: Row) => string | null;
}

export interface PlacedFilter {
  areaId: string;
  kind?: string | null;
  /** organizations: a field they have */
  field?: string | null;
}

/** Whether the viewer may see a placed node: it lies (or, for a council, covers an area) inside their areas. */
function visible(viewer: Viewer, row: q.PlacedRow): boolean {
  if (viewer.scope === undefined) return true;
  return [row.areaId, ...row.areaIds].some((id) => id !== null && inScope(viewer, id));
}

export class PlacedStore<Row extends q.PlacedRow> {
  private readonly list_: string;
  private readonly get_: string;

  constructor(private readonly spec: PlacedSpec<Row>) {
    this.list_ = q.listPlaced(spec.label, spec.located, spec.columns);
    this.get_ = q.getPlaced(spec.label, spec.columns);
  }

  private householdOf(row: Row): string | null {
    return this.spec.householdOf?.(row) ?? null;
  }

  /** The rows the viewer may see: in their areas, and a household (or its case conference) only in detail. */
  private async seen(graph: Graph, viewer: Viewer, rows: Row[]): Promise<Row[]> {
    const inAreas = rows.filter((row) => visible(viewer, row));
    const households = inAreas.map((row) => this.householdOf(row)).filter((id): id is string => id !== null);
    if (households.length === 0) return inAreas;
    const access = await householdAccesses(graph, viewer, households);
    return inAreas.filter((row) => {
      const household = this.householdOf(row);
      return household === null || access.get(household) === 'DETAILS';
    });
  }

  /** What a write of this node touches: where it is and what it serves or covers, before and after. */
  private touched(id: string, before: Row | null, areaId: string | null, areaIds: string[] | null): Touched[] {
    const what = `the ${this.spec.label.toLowerCase()} "${id}"`;
    const areas = [before?.areaId, ...(before?.areaIds ?? []), areaId, ...(areaIds ?? [])];
    return [{ what, areas: [...new Set(areas.filter((a): a is string => typeof a === 'string'))] }];
  }

  /** How the audit log records the node: its properties and its areas. */
  private async snapshot(tx: GraphTx, id: string): Promise<Snapshot> {
    const [row] = await tx.run<{ snapshot: Record<string, unknown> }>(q.placedSnapshot(this.spec.label), { id });
    return row?.snapshot ?? null;
  }

  async list(graph: Graph, viewer: Viewer, filter: PlacedFilter): Promise<Row[]> {
    assertAreaAccess(viewer, filter.areaId);
    const params = { areaId: filter.areaId, kind: filter.kind ?? null, field: filter.field ?? null };
    return this.seen(graph, viewer, await graph.read<Row>(this.list_, params));
  }

  async get(graph: Graph, viewer: Viewer, id: string): Promise<Row> {
    const [row] = await graph.read<Row>(this.get_, { id });
    if (!row) throw new NotFoundError(this.spec.label, id);
    // a household (or its case conference) the viewer may not see is, to them, nothing at all
    const household = this.householdOf(row);
    if (household !== null && (await this.seen(graph, viewer, [row])).length === 0)
      throw new NotFoundError(this.spec.label, id);
    if (!visible(viewer, row)) throw new ForbiddenError(`the ${this.spec.label} "${id}" is outside your areas`);
    return row;
  }

  /** Checks the areas a change names: they exist and lie inside the viewer's areas. */
  private async checkAreas(graph: Graph, viewer: Viewer, areaId: string | null, areaIds: string[] | null) {
    for (const [argument, id] of [
      ['areaId', areaId] as const,
      ...(areaIds ?? []).map((id) => ['areaIds', id] as const),
    ]) {
      if (id === null) continue;
      await requireKind(graph, id, ['Area'], argument);
      if (argument === 'areaId') assertAreaAccess(viewer, id);
    }
  }

  /** Writes the node and its record, then reads it back as the viewer sees it. */
  private async save(graph: Graph, viewer: Viewer, id: string, before: Row | null, change: PlacedChange): Promise<Row> {
    await this.checkAreas(graph, viewer, change.areaId, change.areaIds);
    assertMayWrite(viewer, this.touched(id, before, change.areaId, change.areaIds));
    const creating = before === null;
    const record = {
      action: `${creating ? 'create' : 'update'}${this.spec.label}`,
      entity: this.spec.label,
      entityId: id,
    };
    const snapshotBefore = creating ? null : await graph.transaction((tx) => this.snapshot(tx, id), 'READ');
    await auditedWrite(graph, viewer, record, snapshotBefore, async (tx) => {
      await tx.run(q.savePlaced(this.spec.label, this.spec.areaLinks, creating), { id, ...change });
      return this.snapshot(tx, id);
    });
    return this.get(graph, viewer, id);
  }

  async create(graph: Graph, viewer: Viewer, id: string, change: PlacedChange): Promise<Row> {
    await requireFreeId(graph, id);
    return this.save(graph, viewer, id, null, change);
  }

  async update(graph: Graph, viewer: Viewer, id: string, change: PlacedChange): Promise<Row> {
    return this.save(graph, viewer, id, await this.get(graph, viewer, id), change);
  }

  /** Deletes the node and its ties; a household's members stay, without a household. */
  async delete(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
    const before = await this.get(graph, viewer, id);
    assertMayWrite(viewer, this.touched(id, before, null, null));
    const record = { action: `delete${this.spec.label}`, entity: this.spec.label, entityId: id };
    const snapshotBefore = await graph.transaction((tx) => this.snapshot(tx, id), 'READ');
    await auditedWrite(graph, viewer, record, snapshotBefore, async (tx) => {
      await tx.run(q.deletePlaced(this.spec.label), { id });
      return null;
    });
    return true;
  }
}

/** A write of a placed node: the properties to set, and the areas to place it in (null: leave them). */
export interface PlacedChange {
  properties: Record<string, unknown>;
  areaId: string | null;
  areaIds: string[] | null;
}
