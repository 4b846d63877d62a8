/**
 * What an id names: the one lookup, through each label's id-constraint index (a label-less `MATCH (n {id: $id})`
 * would scan every node). The Cypher fragments bind `n` and its `label` for queries that need more of the node.
 */
import { IdTakenError, NotFoundError } from '../shared/errors.js';
import { type EntityKind, entityKinds } from '../vocabulary/ties.js';
import type { Graph } from './graph.js';

/**
 * Cypher that binds `n` to the node the id `id` names among `labels`, and `label` to its label; no row when none
 * does. `id` is a parameter (`$id`, the default) or a variable already bound (after `UNWIND $ids AS id`).
 */
export function nodeNamed(labels: readonly EntityKind[], id = '$id'): string {
  const scope = id.startsWith('$') ? '()' : `(${id})`;
  const branches = labels.map((label) => `  MATCH (n:${label} {id: ${id}}) RETURN n, '${label}' AS label`);
  return `CALL ${scope} {\n${branches.join('\n  UNION ALL\n')}\n}`;
}

/** Cypher that binds `n` (and `label`) to each node among `labels` whose id is in the list parameter `$ids`. */
export function nodesNamed(labels: readonly EntityKind[]): string {
  const branches = labels.map((label) => `  MATCH (n:${label}) WHERE n.id IN $ids RETURN n, '${label}' AS label`);
  return `CALL () {\n${branches.join('\n  UNION ALL\n')}\n}`;
}

const kindOfId = `
${nodeNamed(entityKinds)}
RETURN label, n.tier AS tier, n.roles AS roles LIMIT 1`;

export interface KindRow {
  label: EntityKind;
  tier: number | null;
  roles: string[] | null;
}

export async function kindOf(graph: Graph, id: string): Promise<KindRow | undefined> {
  const [row] = await graph.read<KindRow>(kindOfId, { id });
  return row;
}

/** The id must name one of the allowed kinds (`_argument`, where it was given, is kept for the callers' sake). */
export async function requireKind(
  graph: Graph,
  id: string,
  allowed: readonly EntityKind[],
  _argument: string,
): Promise<KindRow> {
  const row = await kindOf(graph, id);
  // an id of another kind answers as one that names nothing: saying its kind would confirm a guessed person's id
  if (!row || !allowed.includes(row.label)) throw new NotFoundError(allowed, id);
  return row;
}

/** The id must not be in use by any entity; `argument` names where it was given. */
export async function requireFreeId(graph: Graph, id: string, argument = 'id'): Promise<void> {
  if (await kindOf(graph, id)) throw new IdTakenError(id, argument);
}
