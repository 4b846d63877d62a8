/** Finding what an id names, through the id constraints' indexes (a label-less match would scan everything). */
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { type EntityKind, entityKinds } from '../vocabulary/ties.js';
import type { Graph } from './graph.js';

const kindOfId = `
CALL () {
${entityKinds.map((label) => `  MATCH (n:${label} {id: $id}) RETURN '${label}' AS label, n.tier AS tier, n.roles AS roles`).join('\n  UNION ALL\n')}
}
RETURN label, tier, roles LIMIT 1`;

export interface KindRow {
  label: EntityKind;
  tier: number | null;
  roles: string[] | null;
}

export async function kindOf(graph: Graph, id: string): Promise<KindRow | undefined> {
  const [row] = await graph.read<KindRow>(kindOfId, { id });
  return row;
}

/** The id must name one of the allowed kinds; `field` names the input that gave it. */
export async function requireKind(graph: Graph, id: string, allowed: readonly EntityKind[], field: string): Promise<KindRow> {
  const row = await kindOf(graph, id);
  if (!row) throw new NotFoundError(allowed.join(' or '), id);
  if (!allowed.includes(row.label)) {
    throw new BadInputError(`${field}: "${id}" is a ${row.label}, but a ${allowed.join(' or ')} is needed here`, { field });
  }
  return row;
}

/** The id must not be in use by any entity. */
export async function requireFreeId(graph: Graph, id: string): Promise<void> {
  const row = await kindOf(graph, id);
  // not which kind holds it: the id may be a person's the viewer may not see
  if (row) throw new BadInputError(`the id "${id}" is taken already; choose another`, { field: 'id' });
}
