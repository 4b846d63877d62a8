/**
 * Storage shared by the four kinds of place in the network — households, organizations, councils and hubs:
 * list within an area's subtree, get, create, update, delete. Each kind names its label from a fixed list and
 * validates its own properties; nothing here takes a label or a relationship type from input.
 */
import { assertAreaAccess, inScope } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireFreeId, requireKind } from '../graph/lookup.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
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

export class PlaceStore {
  constructor(private readonly spec: PlaceSpec) {}

  async list(graph: Graph, viewer: Viewer, filter: PlaceFilter): Promise<PlaceRow[]> {
    assertAreaAccess(viewer, filter.areaId);
    return graph.read<PlaceRow>(
      `MATCH (root:Area {id: $areaId})
       MATCH (n:${this.spec.label}) WHERE ${inSubtree(this.spec)}
         AND ($kind IS NULL OR n.kind = $kind) AND ($field IS NULL OR $field IN n.fields)
       WITH DISTINCT n
       ${placementColumns}
       ORDER BY n.id`,
      { areaId: filter.areaId, kind: filter.kind ?? null, field: filter.field ?? null },
    );
  }

  async get(graph: Graph, viewer: Viewer, id: string): Promise<PlaceRow> {
    const [row] = await graph.read<PlaceRow>(`MATCH (n:${this.spec.label} {id: $id}) ${placementColumns}`, { id });
    if (!row) throw new NotFoundError(this.spec.label, id);
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
    await graph.write(
      `CREATE (n:${this.spec.label} {id: $id}) SET n += $properties
       WITH n ${relocate}
       ${this.spec.areaLinks ? replaceAreaLinks(this.spec.areaLinks) : ''}
       RETURN n.id AS id`,
      { id, properties, areaId, areaIds },
    );
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
    await this.get(graph, viewer, id);
    await this.checkAreas(graph, viewer, areaId, areaIds);
    await graph.write(
      `MATCH (n:${this.spec.label} {id: $id}) SET n += $properties
       WITH n ${relocate}
       ${this.spec.areaLinks ? replaceAreaLinks(this.spec.areaLinks) : ''}
       RETURN n.id AS id`,
      { id, properties, areaId, areaIds },
    );
    return this.get(graph, viewer, id);
  }

  /** Deletes the place and its ties; a household's members stay, without a household. */
  async delete(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
    await this.get(graph, viewer, id);
    await graph.write(`MATCH (n:${this.spec.label} {id: $id}) DETACH DELETE n`, { id });
    return true;
  }
}
