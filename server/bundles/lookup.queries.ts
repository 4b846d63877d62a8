/** What the database already holds among the ids a bundle defines or names: each id's label, and an area's tier. */
import type { GraphTx } from '../graph/graph.js';
import type { Tier } from '../vocabulary/codes.js';
import { entityKinds } from '../vocabulary/ties.js';
import type { ExistingNode } from './rules/rule.types.js';

interface ExistingRow {
  id: string;
  tier: Tier | null;
}

/** One statement per label, from the fixed list, so that each lookup uses the label's unique id index. */
const statements = entityKinds.map((label) => ({
  label,
  // answered from the count store, without reading nodes
  any: `MATCH (n:${label}) RETURN count(n) > 0 AS any`,
  cypher: `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n.tier AS tier`,
}));

export async function findExisting(tx: GraphTx, ids: readonly string[]): Promise<Map<string, ExistingNode>> {
  const existing = new Map<string, ExistingNode>();
  if (ids.length === 0) return existing;
  for (const { label, any, cypher } of statements) {
    const [{ any: hasAny }] = await tx.run<{ any: boolean }>(any);
    if (!hasAny) continue; // a first import into an empty database looks nothing up
    for (const row of await tx.run<ExistingRow>(cypher, { ids })) {
      existing.set(row.id, { kind: label, tier: label === 'Area' ? row.tier : null });
    }
  }
  return existing;
}
