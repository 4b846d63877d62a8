/**
 * UNAFFILIATED_RESOURCE: an organization or hub located in the area, open on the as-of date, that is not an active MEMBER_OF any council
 * covering its area or an area above — nor, for a hub, actively RUN by such a member. Suggested: the councils
 * (not case conferences) covering the nearest such area that has any, several when several cover it.
 * Accepting records MEMBER_OF the chosen councils: by the organization, or for a hub by whoever runs it.
 */
import type { Graph } from '../../graph/graph.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { isActiveCypher, isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { listJa } from '../common/words.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { type CouncilRef, nearestCouncils } from './councils.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

/** A Cypher predicate: the node bound to `member` is an active member of a council covering `area` or above. */
function sitsOnCouncilOf(member: string): string {
  return `EXISTS {
    MATCH (${member})-[m:MEMBER_OF]->(:Council)-[:COVERS]->(covered:Area)
    WHERE ${isActiveCypher('m')} AND EXISTS { (area)-[:WITHIN*0..]->(covered) }
  }`;
}

export interface UnaffiliatedRow {
  resourceId: string;
  name: string | null;
  label: 'Organization' | 'Hub';
  resourceKind: string | null;
  areaId: string;
  councils: CouncilRef[];
}

/** The unaffiliated organizations and hubs located in the subtree of `$areaId`; the area report counts them too. */
export const unaffiliated = `
${subtreeAreas}
CALL (area) {
  MATCH (r:Organization)-[:LOCATED_IN]->(area) RETURN r
  UNION
  MATCH (r:Hub)-[:LOCATED_IN]->(area) RETURN r
}
WITH r, area
WHERE ${isOpenCypher('r')} AND NOT ${sitsOnCouncilOf('r')}
  AND NOT (r:Hub AND EXISTS {
    MATCH (r)<-[run:RUNS]-(runner) WHERE ${isActiveCypher('run')} AND ${sitsOnCouncilOf('runner')}
  })
${nearestCouncils('area')}
RETURN r.id AS resourceId, r.name AS name, CASE WHEN r:Hub THEN 'Hub' ELSE 'Organization' END AS label,
       r.kind AS resourceKind, area.id AS areaId, councils
ORDER BY resourceId`;

function explain(row: UnaffiliatedRow): string {
  const name = row.name ?? (row.label === 'Hub' ? '名称未登録の拠点' : '名称未登録の機関');
  const what =
    row.label === 'Hub'
      ? `${name}はどの協議体ともつながっていません（運営する団体や人も構成員ではありません）。`
      : `${name}はこの地域の協議体に参加していません。`;
  if (row.councils.length === 0) return `${what}この地域を担当する協議体がありません。`;
  return `${what}${listJa(row.councils.map((c) => c.name ?? c.id))}への参加を提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<UnaffiliatedRow>(unaffiliated, scope);
  return rows.map((row) => ({
    kind: MissingLinkKind.UNAFFILIATED_RESOURCE,
    subjectIds: [row.resourceId],
    suggestedIds: row.councils.map((c) => c.id),
    field: null,
    explanation: explain(row),
    // a resource the network does not know of: worth a word, less urgent than a person's gap
    score: score(row.label === 'Hub' ? 0.35 : 0.3),
    personIds: [],
  }));
}

const resource = `
OPTIONAL MATCH (o:Organization {id: $resourceId})
OPTIONAL MATCH (h:Hub {id: $resourceId})
WITH coalesce(o, h) AS r
WHERE r IS NOT NULL
RETURN CASE WHEN r:Hub THEN 'Hub' ELSE 'Organization' END AS label,
       [(r)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath,
       [(r)<-[run:RUNS]-(runner) WHERE ${isActiveCypher('run')} AND (runner:Organization OR runner:Person) | runner.id] AS runnerIds`;

const recordMembership = `
UNWIND $memberIds AS memberId
UNWIND $councilIds AS councilId
MATCH (c:Council {id: councilId})
OPTIONAL MATCH (o:Organization {id: memberId})
OPTIONAL MATCH (p:Person {id: memberId})
WITH c, coalesce(o, p) AS member
WHERE member IS NOT NULL AND NOT EXISTS { MATCH (member)-[m:MEMBER_OF]->(c) WHERE ${isActiveCypher('m')} }
CREATE (member)-[m:MEMBER_OF]->(c)
SET m = $properties, m.id = randomUUID()
RETURN m.id AS id`;

export const unaffiliatedResource: MissingLinkRule = {
  kind: MissingLinkKind.UNAFFILIATED_RESOURCE,
  aboutPeople: false,
  find,
  async accept(tx, suggestion, stamp) {
    const resourceId = singleSubject(suggestion.subjectIds, 'organization or hub');
    const councilIds = someSuggested(suggestion.suggestedIds, 'council');
    const [found] = await tx.run<{ label: string; areaPath: string[]; runnerIds: string[] }>(resource, {
      resourceId,
      asOf: stamp.today,
    });
    if (!found) throw new NotFoundError(['Organization', 'Hub'], resourceId);
    stamp.assertMayChange(found.areaPath);
    await requireNodes(tx, 'Council', councilIds);
    // a hub is not a member itself (ties.ts): it joins through the organization or person running it
    const memberIds = found.label === 'Hub' ? found.runnerIds : [resourceId];
    if (memberIds.length === 0) {
      throw new BadInputError(
        `nobody is recorded as running the hub "${resourceId}": record who runs it, and they can join the council`,
        'subjectIds',
      );
    }
    const properties = acceptedTieProperties(MissingLinkKind.UNAFFILIATED_RESOURCE, stamp, suggestion.note);
    const made = await tx.run<{ id: string }>(recordMembership, {
      memberIds,
      councilIds,
      properties,
      asOf: stamp.today,
    });
    return { tieIds: made.map((row) => row.id), councilId: null };
  },
};
