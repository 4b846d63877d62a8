/** Areas: listing within a viewer's scope, and changes that keep the tiers nested. */

import { auditedWrite } from '../audit/changes.js';
import { assertAreaAccess, isAdmin, restrictedParams } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { kindOf, requireFreeId } from '../graph/lookup.js';
import { today } from '../shared/dates.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { optionalCount, requireId, requireText } from '../shared/validate.js';
import type { AreaInput, AreaUpdate } from './area.input.js';
import * as q from './area.queries.js';
import type { Area } from './area.type.js';
import { checkedAreaCodes } from './areaCodes.check.js';
import { type OrganizationAreas, worksIn } from './inArea.js';

async function visibleIds(graph: Graph, viewer: Viewer): Promise<string[] | null> {
  if (isAdmin(viewer) || viewer.scope === undefined) return null;
  const [row] = await graph.read<{ ids: string[] }>(q.visibleAreaIds, { scope: [...viewer.scope] });
  return row?.ids ?? [];
}

/** An area as the audit log records it: its own properties, not the counts of what lies inside. */
/** The municipality (tier-1 root) an area is in, or the area itself. */
async function municipalityOf(graph: Graph, areaId: string): Promise<string | null> {
  const [row] = await graph.read<{ id: string }>(
    'MATCH (:Area {id: $areaId})-[:WITHIN*0..]->(root:Area) WHERE NOT (root)-[:WITHIN]->(:Area) RETURN root.id AS id',
    { areaId },
  );
  return row?.id ?? null;
}

async function snapshot(tx: GraphTx | Graph, id: string): Promise<Record<string, unknown> | null> {
  const cypher =
    'MATCH (a:Area {id: $id}) OPTIONAL MATCH (a)-[:WITHIN]->(p:Area) RETURN a {.*, parentId: p.id} AS area';
  const [row] =
    'read' in tx
      ? await tx.read<{ area: Record<string, unknown> }>(cypher, { id })
      : await tx.run<{ area: Record<string, unknown> }>(cypher, { id });
  return row?.area ?? null;
}

/**
 * Each area with what lies in it and in every area within it (inArea.ts): people and hubs added up the tree from
 * the areas they are located in; organizations counted once per area they work in or under.
 */
async function areasWithCounts(graph: Graph, viewer: Viewer): Promise<(q.AreaRow & { organizationCount: number })[]> {
  const [rows, organizations] = await Promise.all([
    // hubs and organizations open today (inArea.ts)
    graph.read<q.AreaRow>(q.listAreasDirect, { ...restrictedParams(viewer), asOf: today() }),
    graph.read<OrganizationAreas>(q.organizationAreas, { asOf: today() }),
  ]);
  const totals = new Map(rows.map((row) => [row.id, { ...row, organizationCount: 0 }]));
  const upFrom = (id: string | null) => {
    const chain: string[] = [];
    for (let up = id; up && totals.has(up); up = totals.get(up)!.parentId) chain.push(up);
    return chain;
  };
  for (const row of rows) {
    for (const up of upFrom(row.parentId)) {
      const total = totals.get(up)!;
      total.peopleKnown += row.peopleKnown;
      total.hubCount += row.hubCount;
    }
  }
  const within = new Map(rows.map((row) => [row.id, new Set(upFrom(row.id))]));
  for (const total of totals.values()) {
    const inArea = (areaId: string) => within.get(areaId)?.has(total.id) ?? false;
    total.organizationCount = organizations.filter((o) => worksIn(o, inArea)).length;
  }
  return [...totals.values()];
}

export async function listAreas(graph: Graph, viewer: Viewer, tier: number | null): Promise<Area[]> {
  const ids = await visibleIds(graph, viewer);
  return (await areasWithCounts(graph, viewer))
    .filter((row) => (tier === null || row.tier === tier) && (ids === null || ids.includes(row.id)))
    .map((row) => q.toArea(row, viewer));
}

/** One area, counted as the list counts it (the same figures in the list, the detail and the report). */
export async function getArea(graph: Graph, viewer: Viewer, id: string): Promise<Area> {
  const ids = await visibleIds(graph, viewer);
  const row = ids === null || ids.includes(id) ? (await areasWithCounts(graph, viewer)).find((r) => r.id === id) : null;
  if (!row) throw new NotFoundError('Area', id);
  return q.toArea(row, viewer);
}

/** The tier an area's parent must have, or why the combination is wrong. */
async function checkNesting(graph: Graph, tier: number, parentId: string | null | undefined): Promise<void> {
  if (![1, 2, 3].includes(tier)) throw new BadInputError(`tier must be 1, 2 or 3, not ${tier}`, 'tier');
  if (tier === 1) {
    if (parentId) throw new BadInputError('a tier-1 area (municipality) has no parent', 'parentId');
    return;
  }
  if (!parentId) throw new BadInputError(`a tier-${tier} area needs a parent of tier ${tier - 1}`, 'parentId');
  const parent = await kindOf(graph, parentId);
  if (parent?.label !== 'Area') throw new NotFoundError('Area', parentId);
  if (parent.tier !== tier - 1) {
    throw new BadInputError(
      `a tier-${tier} area lies within a tier-${tier - 1} area, but "${parentId}" is tier ${parent.tier}`,
      'parentId',
    );
  }
}

export async function createArea(graph: Graph, viewer: Viewer, input: AreaInput): Promise<Area> {
  const id = requireId('id', input.id);
  await checkNesting(graph, input.tier, input.parentId);
  if (input.parentId) assertAreaAccess(viewer, input.parentId);
  else if (!isAdmin(viewer)) throw new BadInputError('only an administrator adds a municipality');
  await requireFreeId(graph, id);
  const properties = {
    id,
    name: requireText('name', input.name),
    tier: input.tier,
    parentId: input.parentId ?? null,
    population: optionalCount('population', input.population),
    households: optionalCount('households', input.households),
    elderly: optionalCount('elderly', input.elderly),
    sortOrder: optionalCount('sortOrder', input.sortOrder),
    code: null as string | null,
    machiazaIds: null as string[] | null,
    ...(await checkedAreaCodes(graph, id, input.tier, await municipalityOf(graph, input.parentId ?? id), input)),
  };
  await auditedWrite(graph, viewer, { action: 'createArea', entity: 'Area', entityId: id }, null, async (tx) => {
    await tx.run(q.createArea, properties);
    return snapshot(tx, id);
  });
  return getArea(graph, { ...viewer, scope: viewer.scope && new Set([...viewer.scope, id]) }, id);
}

export async function updateArea(graph: Graph, viewer: Viewer, id: string, input: AreaUpdate): Promise<Area> {
  assertAreaAccess(viewer, id);
  const params = {
    id,
    name: input.name === undefined || input.name === null ? null : requireText('name', input.name),
    setPopulation: input.population !== undefined,
    population: optionalCount('population', input.population),
    setHouseholds: input.households !== undefined,
    households: optionalCount('households', input.households),
    setElderly: input.elderly !== undefined,
    elderly: optionalCount('elderly', input.elderly),
    setSortOrder: input.sortOrder !== undefined,
    sortOrder: optionalCount('sortOrder', input.sortOrder),
  };
  const before = await snapshot(graph, id);
  if (!before) throw new NotFoundError('Area', id);
  const codes = await checkedAreaCodes(graph, id, Number(before.tier), await municipalityOf(graph, id), input);
  Object.assign(params, {
    setCode: codes.code !== undefined,
    code: codes.code ?? null,
    setMachiaza: codes.machiazaIds !== undefined,
    machiazaIds: codes.machiazaIds ?? null,
  });
  await auditedWrite(graph, viewer, { action: 'updateArea', entity: 'Area', entityId: id }, before, async (tx) => {
    await tx.run(q.updateArea, params);
    return snapshot(tx, id);
  });
  return getArea(graph, viewer, id);
}

/** Deletes an empty area; one that still holds areas, people or places is refused, so nothing is orphaned. */
export async function deleteArea(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  assertAreaAccess(viewer, id);
  const [contents] = await graph.read<{ children: number; located: number }>(q.areaContents, { id });
  if (!contents) throw new NotFoundError('Area', id);
  if (contents.children > 0 || contents.located > 0) {
    // no figures: they would count people the viewer may not know of
    throw new ConflictError(
      `the area "${id}" still holds areas, people, households, organizations or hubs; move or delete them first`,
    );
  }
  await auditedWrite(
    graph,
    viewer,
    { action: 'deleteArea', entity: 'Area', entityId: id },
    await snapshot(graph, id),
    async (tx) => {
      await tx.run(q.deleteArea, { id });
      return null;
    },
  );
  return true;
}
