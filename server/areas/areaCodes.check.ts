/**
 * The codes an area carries from outside, checked as the bundle checks them (rules/areaCodesFitTiers.ts): the
 * 全国地方公共団体コード of a municipality only, the 町字ID of smaller areas only, each held by one area.
 */
import type { Graph } from '../graph/graph.js';
import { BadInputError } from '../shared/errors.js';
import { localGovernmentCodeProblem, machiazaIdProblem } from '../vocabulary/areaCodes.js';

/** Another area with the code, or (a 町字ID being one municipality's) another area of the same municipality. */
const heldElsewhere = `
OPTIONAL MATCH (byCode:Area {code: $code}) WHERE byCode.id <> $id
OPTIONAL MATCH (root:Area {id: $rootId})
OPTIONAL MATCH (byMachiaza:Area)-[:WITHIN*0..]->(root)
  WHERE byMachiaza.id <> $id AND any(m IN coalesce(byMachiaza.machiazaIds, []) WHERE m IN $machiazaIds)
RETURN byCode.id AS codeHolder, byMachiaza.id AS machiazaHolder,
       [m IN coalesce(byMachiaza.machiazaIds, []) WHERE m IN $machiazaIds][0] AS machiaza
LIMIT 1`;

/** The code and 町字ID to store (null: leave as they are), or BAD_USER_INPUT naming the argument. */
export async function checkedAreaCodes(
  graph: Graph,
  id: string,
  tier: number,
  /** The municipality the area is in (for a new one: its parent's). */
  rootId: string | null,
  input: { code?: string | null; machiazaIds?: string[] | null },
): Promise<{ code?: string | null; machiazaIds?: string[] | null }> {
  // an empty list is stored as none, as an empty cell of areas.csv is
  const out: { code?: string | null; machiazaIds?: string[] | null } = {};
  if (input.code !== undefined) {
    const code = input.code?.normalize('NFKC').trim() || null;
    if (code) {
      const problem = localGovernmentCodeProblem(code);
      if (problem) throw new BadInputError(`code: ${problem}`, 'code');
      if (tier !== 1) throw new BadInputError(`code: a tier-${tier} area has no 全国地方公共団体コード`, 'code');
    }
    out.code = code;
  }
  if (input.machiazaIds !== undefined && input.machiazaIds !== null) {
    const ids = [...new Set(input.machiazaIds.map((m) => m.normalize('NFKC').trim()).filter(Boolean))];
    for (const m of ids) {
      const problem = machiazaIdProblem(m);
      if (problem) throw new BadInputError(`machiazaIds: ${problem}`, 'machiazaIds');
    }
    if (tier === 1 && ids.length > 0) {
      throw new BadInputError(
        'machiazaIds: a municipality is named by its code; 町字ID belong to the areas inside it',
        'machiazaIds',
      );
    }
    out.machiazaIds = ids.length > 0 ? ids : null;
  }
  const [held] = await graph.read<{
    codeHolder: string | null;
    machiazaHolder: string | null;
    machiaza: string | null;
  }>(heldElsewhere, { id, rootId, code: out.code ?? null, machiazaIds: out.machiazaIds ?? [] });
  if (held?.codeHolder) throw new BadInputError(`code: ${out.code} is the area "${held.codeHolder}"'s already`, 'code');
  if (held?.machiazaHolder) {
    throw new BadInputError(
      `machiazaIds: the 町字 ${held.machiaza} is the area "${held.machiazaHolder}"'s already`,
      'machiazaIds',
    );
  }
  return out;
}
