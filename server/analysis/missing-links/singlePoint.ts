/**
 * SINGLE_POINT: a person, organization, hub or council whose loss would leave people with no tie at all — everyone
 * of theirs outside their household goes through it (server/analysis/structure/stranded.ts). One finding per such
 * node and tier-3 area: the subjects are the people (or households) it holds alone, then the node. Suggested, as a
 * second link, nearest first: the 民生委員 and volunteers (those proposed first for fewer others before, spread.ts,
 * then fewest current watches first) and the hubs of the same
 * tier-3 area, then of its tier-2 area — of each area the kind of the node itself first (another watcher for a
 * watch, another hub for a salon). Someone held only by a seat on a council (a professional) is no finding. Accepting records, for each person of the subjects, a WATCHES_OVER from each
 * chosen watcher and a PARTICIPATES_IN each chosen hub.
 */
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';
import { householdLabel, listJa, personLabel } from '../common/words.js';
import { pointLoss } from '../structure/cutPoints.view.js';
import { type StrandedUnit, strandedUnits } from '../structure/stranded.js';
import { requireNodes, someSuggested } from './accepting.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';
import { Spread, servingOrder } from './spread.js';
import { watcherRoles } from './watchGap.js';

interface CandidateRow {
  areaId: string;
  id: string;
  name: string | null;
  isHub: boolean;
  roles: string[];
  /** 3: in the tier-3 area itself; 2: elsewhere in its tier-2 area. */
  level: number;
  watching: number;
  householdIds: string[];
}

const candidates = `
UNWIND $areaIds AS areaId
MATCH (a:Area {id: areaId})
OPTIONAL MATCH (a)-[:WITHIN*0..]->(t2:Area {tier: 2})
CALL (a, t2) {
  MATCH (c)-[:LOCATED_IN]->(a)
  WHERE c:Hub OR (c:Person AND any(role IN coalesce(c.roles, []) WHERE role IN $watcherRoles))
  RETURN c, 3 AS level
  UNION
  MATCH (c)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(t2)
  WHERE c:Hub OR (c:Person AND any(role IN coalesce(c.roles, []) WHERE role IN $watcherRoles))
  RETURN c, 2 AS level
}
WITH areaId, c, max(level) AS level
RETURN areaId, c.id AS id, c.name AS name, c:Hub AS isHub, coalesce(c.roles, []) AS roles, level,
       COUNT { MATCH (c)-[x:WATCHES_OVER]->(:Person) WHERE ${isActiveCypher('x')} } AS watching,
       [(c)-[:MEMBER_OF]->(h:Household) | h.id] AS householdIds
ORDER BY areaId, level DESC, watching, name, id`;

/** The node's loss, in the words of the structure layer; a watch by one 民生委員 in the words of the issue. */
function explain(units: StrandedUnit[], people: number, second: CandidateRow | undefined): string {
  const [{ pointKind, pointName, pointRoles }] = units;
  const names = listJa(
    units.map((unit) => (unit.unitKind === 'Household' ? householdLabel(unit.unitName) : personLabel(unit.unitName))),
  );
  const watch =
    pointKind === 'Person' &&
    pointRoles.includes('MINSEI_IIN') &&
    units.every((unit) => unit.tieTypes.every((type) => type === 'WATCHES_OVER'));
  const lost = watch
    ? `${names}の見守りは、民生委員の${personLabel(pointName)}1人だけに支えられています。`
    : `${pointLoss({ kind: pointKind, name: pointName }, 'DETAILS')}と、${names}（${people}人）が他の誰ともつながらなくなります。`;
  if (!second) return `${lost}この地区には二つ目のつながりを頼める民生委員・ボランティアや拠点の登録がありません。`;
  const link = second.isHub
    ? `${second.name ?? '拠点'}への参加`
    : `${second.roles.includes('MINSEI_IIN') ? '民生委員' : 'ボランティア'}の${personLabel(second.name)}による見守り`;
  return `${lost}二つ目のつながりとして、${link}を提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  // a seat on a council is a professional's tie, not someone's lifeline: no watch or salon to suggest for it
  const units = (await strandedUnits(graph, scope)).filter((unit) => !unit.tieTypes.every((t) => t === 'MEMBER_OF'));
  if (units.length === 0) return [];
  // one finding per node and tier-3 area: the same finding again when looked for from the subject's own area
  const groups = new Map<string, StrandedUnit[]>();
  for (const unit of units) {
    const key = `${unit.pointId}\u0000${unit.areaId}`;
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  const areaIds = [...new Set(units.map((unit) => unit.areaId))];
  const byArea = new Map<string, CandidateRow[]>();
  for (const row of await graph.read<CandidateRow>(candidates, { areaIds, watcherRoles, asOf: scope.asOf })) {
    byArea.set(row.areaId, [...(byArea.get(row.areaId) ?? []), row]);
  }
  const spread = new Spread();
  const served = servingOrder(
    [...groups.entries()],
    ([, group]) => new Set(group.flatMap((unit) => unit.memberIds)).size,
    ([key]) => key,
  );
  return served.map(([, group]) => {
    const [{ pointId, pointKind, areaId }] = group;
    const memberIds = group.flatMap((unit) => unit.memberIds);
    const households = group.filter((unit) => unit.unitKind === 'Household').map((unit) => unit.unitId);
    const sameKind = (row: CandidateRow) => (pointKind === 'Hub') === row.isHub;
    const suggested = spread.rank(
      (byArea.get(areaId) ?? []).filter(
        (row) =>
          row.id !== pointId && !memberIds.includes(row.id) && !row.householdIds.some((id) => households.includes(id)),
      ),
      // of each level, the kind of the node itself first; then the least proposed (spread.ts), the query's order
      (a, b) => b.level - a.level || Number(sameKind(b)) - Number(sameKind(a)),
    );
    const people = new Set(memberIds).size;
    return {
      kind: MissingLinkKind.SINGLE_POINT,
      subjectIds: [...group.map((unit) => unit.unitId), pointId],
      suggestedIds: suggested.map((row) => row.id),
      field: null,
      explanation: explain(group, people, suggested[0]),
      // everything of theirs hangs on one node; the more people it holds alone, the more it matters
      score: score(0.5 + 0.05 * Math.min(people, 6)),
      personIds: [
        ...memberIds,
        ...(pointKind === 'Person' ? [pointId] : []),
        ...suggested
          .slice(0, 1)
          .filter((row) => !row.isHub)
          .map((row) => row.id),
      ],
    };
  });
}

const recordWatches = `
UNWIND $watcherIds AS watcherId
UNWIND $personIds AS personId
MATCH (w:Person {id: watcherId}), (p:Person {id: personId})
CREATE (w)-[t:WATCHES_OVER]->(p)
SET t = $properties, t.id = randomUUID()
RETURN t.id AS id`;

const recordParticipation = `
UNWIND $hubIds AS hubId
UNWIND $personIds AS personId
MATCH (p:Person {id: personId}), (h:Hub {id: hubId})
CREATE (p)-[t:PARTICIPATES_IN]->(h)
SET t = $properties, t.id = randomUUID()
RETURN t.id AS id`;

const labelsOf = `
UNWIND $ids AS id
OPTIONAL MATCH (n {id: id}) WHERE n:Person OR n:Household OR n:Hub
RETURN id, CASE WHEN n:Hub THEN 'Hub' WHEN n:Household THEN 'Household' WHEN n:Person THEN 'Person' END AS label,
       CASE WHEN n:Household THEN [(n)<-[:MEMBER_OF]-(m:Person) | m.id] ELSE [n.id] END AS personIds`;

export const singlePoint: MissingLinkRule = {
  kind: MissingLinkKind.SINGLE_POINT,
  aboutPeople: true,
  find,
  // the node holding them is named, not tied to: only the people held and the second links are written
  writtenSubjects: (subjectIds) => subjectIds.slice(0, -1),
  async accept(tx, suggestion, stamp) {
    if (suggestion.subjectIds.length < 2) {
      throw new BadInputError(
        'a SINGLE_POINT suggestion names the people or households held, then the node holding them',
        'subjectIds',
      );
    }
    const held = suggestion.subjectIds.slice(0, -1);
    const chosen = someSuggested(suggestion.suggestedIds, 'watcher or hub');
    const rows = await tx.run<{ id: string; label: string | null; personIds: string[] }>(labelsOf, {
      ids: [...held, ...chosen],
    });
    const label = new Map(rows.map((row) => [row.id, row]));
    const personIds: string[] = [];
    for (const id of held) {
      const row = label.get(id);
      const kind = row?.label === 'Household' ? 'Household' : 'Person';
      const [facts] = await requireNodes(tx, kind, [id]);
      stamp.assertMayChange(facts.areaPath);
      personIds.push(...(row?.personIds ?? [id]));
    }
    const hubIds = chosen.filter((id) => label.get(id)?.label === 'Hub');
    const watcherIds = chosen.filter((id) => !hubIds.includes(id));
    await requireNodes(tx, 'Person', watcherIds);
    const properties = acceptedTieProperties(MissingLinkKind.SINGLE_POINT, stamp, suggestion.note);
    const made = [
      ...(await tx.run<{ id: string }>(recordWatches, { watcherIds, personIds, properties })),
      ...(await tx.run<{ id: string }>(recordParticipation, { hubIds, personIds, properties })),
    ];
    return { tieIds: made.map((row) => row.id), councilId: null };
  },
};
