/**
 * Case conferences convened before their names and ids stopped being derived from the household
 * (「柴田 静江 世帯ケース会議」, `h-017-case-conference`) are renamed at start the way new ones are made: the name
 * after the area (「ケース会議（栄町地区）」), the id opaque. A council's name and id are shown to everyone who sees
 * the council or its members, and a household's name or id is a person's.
 */
import { caseConferenceKind } from '../analysis/missing-links/councils.js';
import { opaqueId } from '../auth/standIns.js';
import type { Graph } from '../graph/graph.js';

const old = `
MATCH (c:Council) WHERE c.householdId IS NOT NULL AND c.kind = $kind
  AND (NOT c.name STARTS WITH $kind OR NOT c.id STARTS WITH $prefix)
OPTIONAL MATCH (c)-[:COVERS]->(a:Area)
RETURN c.id AS id, c.householdId AS householdId, head(collect(coalesce(a.name, a.id))) AS areaName`;

const rename = `
UNWIND $rows AS row
MATCH (c:Council {id: row.id})
SET c.id = row.newId, c.name = row.name
RETURN count(c) AS renamed`;

/** Renames the old case conferences (the app's stand-in key must be set: call after createApp). */
export async function renameCaseConferences(graph: Graph): Promise<number> {
  const found = await graph.read<{ id: string; householdId: string; areaName: string | null }>(old, {
    kind: caseConferenceKind,
    prefix: 'case-',
  });
  if (found.length === 0) return 0;
  const rows = found.map((row) => ({
    id: row.id,
    newId: opaqueId('case', row.householdId),
    name: `${caseConferenceKind}${row.areaName ? `（${row.areaName}）` : ''}`,
  }));
  const [result] = await graph.write<{ renamed: number }>(rename, { rows });
  return result?.renamed ?? 0;
}
