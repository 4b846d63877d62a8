/**
 * Storage shared by the four kinds of place in the network — households, organizations, councils and hubs:
 * list within an area's subtree, get, create, update, delete. Each kind names its label from a fixed list and
 * validates its own properties; nothing here takes a label or a relationship type from input.
 */
import { type Touched, assertAreaAccess, assertMayWrite, inScope } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { auditedWrite } from '../audit/changes.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { requireFreeId, requireKind } from '../graph/lookup.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { householdAccesses } from './householdAccess.js';
import { placementColumns, relocate, replaceAreaLinks } from '../areas/placement.queries.js';

export interface PlaceSpec {
  label: 'Household' | 'Organization' | 'Council' | 'Hub';
  /** Households, organizations and hubs are LOCATED_IN one area; councils are not. */
  located: boolean;
  /** Organizations SERVE areas; councils COVER them. */
  areaLinks?: 'SERVES' | 'COVERS';
}

export interface PlaceRow {
  node: Record<string, unknown> & { id: string };
  areaId: string | null;
  areaIds: string[];
}

export interface PlaceFilter {
  areaId: string;
  kind?: string | null;
  /** organizations: a field they have */
  field?: string | null;
}

function inSubtree(spec: PlaceSpec): string {
  if (spec.located) return '(n)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(root)';
  // councils: those covering an area inside the subtree or an area that contains it
  return 'EXISTS { MATCH (n)-[:COVERS]->(c:Area) WHERE (c)-[:WITHIN*0..]->(root) OR (root)-[:WITHIN*0..]->(c) }';
}

/** Whether the viewer may see a place: it lies (or, for a council, covers an area) inside their areas. */
function visible(viewer: Viewer, row: PlaceRow): boolean {
  if (viewer.scope === undefined) return true;
  return [row.areaId, ...row.areaIds].some((id) => id !== null && inScope(viewer, id));
}

/** The household a row is about: a household itself, or the household of a case conference. */
function householdOf(spec: PlaceSpec, row: PlaceRow): string | null {
  if (spec.label === 'Household') return row.node.id;
  if (spec.label === 'Council' && typeof row.node.householdId === 'string') return row.node.householdId;
  return null;
}

/** How the store's writes are recorded: the node's properties and its areas. */
function snapshot(row: PlaceRow | undefined): Record<string, unknown> | null {
  return row ? { ...row.node, areaId: row.areaId, areaIds: row.areaIds } : null;
}

export class PlaceStore {
  constructor(private readonly spec: PlaceSpec) {}

  /** The rows the viewer may see: in their areas, and a household (or its case conference) only in detail. */
  private async seen(graph: Graph, viewer: Viewer, rows: PlaceRow[]): Promise<PlaceRow[]> {
    const inAreas = rows.filter((row) => visible(viewer, row));
    const households = inAreas.map((row) => householdOf(this.spec, row)).filter((id): id is string => id !== null);
    if (households.length === 0) return inAreas;
    const access = await householdAccesses(graph, viewer, households);
    return inAreas.filter((row) => {
      const household = householdOf(this.spec, row);
      return household === null || access.get(household) === 'DETAILS';
    });
  }

  /** What a write of this place touches: where it is and what it serves or covers, before and after. */
  private touched(id: string, before: PlaceRow | null, areaId: string | null, areaIds: string[] | null): Touched[] {
    const what = `the ${this.spec.label.toLowerCase()} "${id}"`;
    const areas = [before?.areaId, ...(before?.areaIds ?? []), areaId, ...(areaIds ?? [])];
    return [{ what, areas: [...new Set(areas.filter((a): a is string => typeof a === 'string'))] }];
  }

  private read(tx: GraphTx, id: string): Promise<PlaceRow[]> {
    return tx.run<PlaceRow>(`MATCH (n:${this.spec.label} {id: $id}) ${placementColumns}`, { id });
  }

  async list(graph: Graph, viewer: Viewer, filter: PlaceFilter): Promise<PlaceRow[]> {
    assertAreaAccess(viewer, filter.areaId);
    return this.seen(graph, viewer, await graph.read<PlaceRow>(
      `MATCH (root:Area {id: $areaId})
       MATCH (n:${this.spec.label}) WHERE ${inSubtree(this.spec)}
         AND ($kind IS NULL OR n.kind = $kind) AND ($field IS NULL OR $field IN n.fields)
       WITH DISTINCT n
       ${placementColumns}
       ORDER BY n.id`,
      { areaId: filter.areaId, kind: filter.kind ?? null, field: filter.field ?? null },
    ));
  }

  async get(graph: Graph, viewer: Viewer, id: string): Promise<PlaceRow> {
    const [row] = await graph.read<PlaceRow>(`MATCH (n:${this.spec.label} {id: $id}) ${placementColumns}`, { id });
    if (!row) throw new NotFoundError(this.spec.label, id);
    // a household (or its case conference) the viewer may not see is, to them, nothing at all
    const household = householdOf(this.spec, row);
    if (household !== null && (await this.seen(graph, viewer, [row])).length === 0) throw new NotFoundError(this.spec.label, id);
    if (!visible(viewer, row)) throw new ForbiddenError(`the ${this.spec.label} "${id}" is outside your areas`);
    return row;
  }

  /** Checks the areas a change names: they exist and lie inside the viewer's areas. */
  private async checkAreas(graph: Graph, viewer: Viewer, areaId: string | null, areaIds: string[] | null) {
    for (const [field, id] of [
      ['areaId', areaId] as const,
      ...(areaIds ?? []).map((id) => ['areaIds', id] as const),
    ]) {
      if (id === null) continue;
      await requireKind(graph, id, ['Area'], field);
      if (field === 'areaId') assertAreaAccess(viewer, id);
    }
  }

  async create(
    graph: Graph,
    viewer: Viewer,
    id: string,
    properties: Record<string, unknown>,
    areaId: string | null,
    areaIds: string[] | null,
  ): Promise<PlaceRow> {
    await requireFreeId(graph, id);
    await this.checkAreas(graph, viewer, areaId, areaIds);
    assertMayWrite(viewer, this.touched(id, null, areaId, areaIds));
    const record = { action: `create${this.spec.label}`, entity: this.spec.label, entityId: id };
    await auditedWrite(graph, viewer, record, null, async (tx) => {
      await tx.run(
        `CREATE (n:${this.spec.label} {id: $id}) SET n += $properties
         WITH n ${relocate}
         ${this.spec.areaLinks ? replaceAreaLinks(this.spec.areaLinks) : ''}
         RETURN n.id AS id`,
        { id, properties, areaId, areaIds },
      );
      return snapshot((await this.read(tx, id))[0]);
    });
    return this.get(graph, viewer, id);
  }

  async update(
    graph: Graph,
    viewer: Viewer,
    id: string,
    properties: Record<string, unknown>,
    areaId: string | null,
    areaIds: string[] | null,
  ): Promise<PlaceRow> {
    const before = await this.get(graph, viewer, id);
    await this.checkAreas(graph, viewer, areaId, areaIds);
    assertMayWrite(viewer, this.touched(id, before, areaId, areaIds));
    const record = { action: `update${this.spec.label}`, entity: this.spec.label, entityId: id };
    await auditedWrite(graph, viewer, record, snapshot(before), async (tx) => {
      await tx.run(
        `MATCH (n:${this.spec.label} {id: $id}) SET n += $properties
         WITH n ${relocate}
         ${this.spec.areaLinks ? replaceAreaLinks(this.spec.areaLinks) : ''}
         RETURN n.id AS id`,
        { id, properties, areaId, areaIds },
      );
      return snapshot((await this.read(tx, id))[0]);
    });
    return this.get(graph, viewer, id);
  }

  /** Deletes the place and its ties; a household's members stay, without a household. */
  async delete(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
    const before = await this.get(graph, viewer, id);
    assertMayWrite(viewer, this.touched(id, before, null, null));
    const record = { action: `delete${this.spec.label}`, entity: this.spec.label, entityId: id };
    await auditedWrite(graph, viewer, record, snapshot(before), async (tx) => {
      await tx.run(`MATCH (n:${this.spec.label} {id: $id}) DETACH DELETE n`, { id });
      return null;
    });
    return true;
  }
}
