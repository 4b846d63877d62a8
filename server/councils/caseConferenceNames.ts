/**
 * Case conferences convened before their names stopped being derived from the household (「柴田 静江 世帯ケース会議」)
 * are renamed at start to the neutral name new ones get (「ケース会議（栄町）」): a council's name is shown to everyone
 * who sees the council, and a household's name is a person's.
 */
import type { Graph } from '../graph/graph.js';
import { caseConferenceKind } from '../analysis/missing-links/councils.js';

const rename = `
MATCH (c:Council) WHERE c.householdId IS NOT NULL AND c.kind = $kind AND NOT c.name STARTS WITH $kind
OPTIONAL MATCH (c)-[:COVERS]->(a:Area)
WITH c, head(collect(coalesce(a.name, a.id))) AS areaName
SET c.name = $kind + coalesce('（' + areaName + '）', '')
RETURN count(c) AS renamed`;

export async function renameCaseConferences(graph: Graph): Promise<number> {
  const [row] = await graph.write<{ renamed: number }>(rename, { kind: caseConferenceKind });
  return row?.renamed ?? 0;
}
