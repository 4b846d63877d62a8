/**
 * NO_CONSULTATION_POINT: a tier-3 area of the subtree where no hub open on the as-of date is a なんでも相談 point
 * (`consultationPoint`): a neighbourhood where a worry has nowhere near to be brought. Suggested: the open hubs
 * located there that could become one — those already doing 相談 (function CONSULTATION) first; none: a resource
 * to develop (資源開発). Accepting marks the chosen hubs as consultation points. About places, not people.
 */
import type { Graph, GraphTx } from '../../graph/graph.js';
import { isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { listJa } from '../common/words.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

interface AreaRow {
  areaId: string;
  name: string | null;
  /** open hubs located there, those doing 相談 first */
  hubs: { id: string; name: string | null; consulting: boolean }[];
}

const withoutPoint = `
${subtreeAreas}
WITH area WHERE area.tier = 3
  AND NOT EXISTS { MATCH (h:Hub)-[:LOCATED_IN]->(area) WHERE h.consultationPoint = true AND ${isOpenCypher('h')} }
CALL (area) {
  OPTIONAL MATCH (h:Hub)-[:LOCATED_IN]->(area) WHERE ${isOpenCypher('h')}
  WITH h, 'CONSULTATION' IN coalesce(h.functions, []) AS consulting
  ORDER BY consulting DESC, h.name, h.id
  RETURN [x IN collect({id: h.id, name: h.name, consulting: consulting}) WHERE x.id IS NOT NULL] AS hubs
}
RETURN area.id AS areaId, area.name AS name, hubs
ORDER BY areaId`;

function explain(row: AreaRow): string {
  const gap = `${row.name ?? 'この地区'}には、なんでも相談できる窓口（相談拠点）がありません。`;
  if (row.hubs.length === 0) return `${gap}相談を受けられる拠点がないため、資源開発の課題です。`;
  const [first] = row.hubs;
  const doing = first.consulting ? 'すでに相談を受けている' : '';
  return `${gap}${doing}${listJa(row.hubs.slice(0, 2).map((h) => h.name ?? '拠点'))}を相談拠点とすることを提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<AreaRow>(withoutPoint, scope);
  return rows.map((row) => ({
    kind: MissingLinkKind.NO_CONSULTATION_POINT,
    subjectIds: [row.areaId],
    suggestedIds: row.hubs.map((h) => h.id),
    field: null,
    explanation: explain(row),
    // a whole neighbourhood without a door to knock on; worth more where nothing could become one
    score: score(row.hubs.length === 0 ? 0.55 : 0.45),
    personIds: [],
  }));
}

const markPoints = `
UNWIND $hubIds AS hubId
MATCH (h:Hub {id: hubId})-[:LOCATED_IN]->(:Area {id: $areaId})
SET h.consultationPoint = true
RETURN h.id AS id`;

export const noConsultationPoint: MissingLinkRule = {
  kind: MissingLinkKind.NO_CONSULTATION_POINT,
  aboutPeople: false,
  find,
  // the area is named, not written to: only the chosen hubs change
  writtenSubjects: () => [],
  async accept(tx: GraphTx, suggestion, stamp) {
    const areaId = singleSubject(suggestion.subjectIds, 'area');
    const hubIds = someSuggested(suggestion.suggestedIds, 'hub');
    for (const hub of await requireNodes(tx, 'Hub', hubIds)) stamp.assertMayChange(hub.areaPath);
    await tx.run(markPoints, { hubIds, areaId });
    return { tieIds: [], councilId: null };
  },
};
