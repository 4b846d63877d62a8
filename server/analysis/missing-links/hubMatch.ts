/**
 * HUB_MATCH (参加支援): an isolated person (social degree 0 at the as-of date) and the hubs whose tags share one of
 * the person's interests — hubs located in the person's tier-3 area, or when none there matches, in their tier-2
 * area. Suggested: those hubs, most shared interests first. Accepting records PARTICIPATES_IN the chosen hubs.
 */
import type { Graph } from '../../graph/graph.js';
import { listJa, personLabel } from '../common/words.js';
import { findIsolated } from '../isolation/isolation.service.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

interface MatchRow {
  personId: string;
  name: string | null;
  hubId: string;
  hubName: string | null;
  /** 3: the hub is in the person's tier-3 area; 2: elsewhere in their tier-2 area. */
  level: number;
  shared: string[];
}

/** Candidate hubs are found once per area, then matched with each person's interests. */
const matches = `
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})-[:LOCATED_IN]->(a:Area)
WHERE size(coalesce(p.interests, [])) > 0
WITH a, collect(p) AS people
OPTIONAL MATCH (a)-[:WITHIN*0..]->(t2:Area {tier: 2})
CALL (a, t2) {
  MATCH (h:Hub)-[:LOCATED_IN]->(a) WHERE a.tier = 3
  RETURN h, 3 AS level
  UNION
  MATCH (h:Hub)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(t2)
  RETURN h, 2 AS level
}
WITH people, h, max(level) AS level
UNWIND people AS p
WITH p, h, level, [i IN p.interests WHERE i IN coalesce(h.tags, [])] AS shared
WHERE size(shared) > 0
RETURN p.id AS personId, p.name AS name, h.id AS hubId, h.name AS hubName, level, shared
ORDER BY personId, size(shared) DESC, hubName, hubId`;

function explain(name: string | null, hubs: MatchRow[]): string {
  const [best] = hubs;
  const more = hubs.length > 1 ? `（ほか${hubs.length - 1}か所）` : '';
  return (
    `${personLabel(name)}は世帯の外とのつながりがありません。` +
    `関心のある「${listJa(best.shared)}」を活かせる${best.hubName ?? '拠点'}${more}への参加を提案します。`
  );
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const isolated = await findIsolated(graph, { ...scope, maxDegree: 0 });
  if (isolated.length === 0) return [];
  const rows = await graph.read<MatchRow>(matches, { personIds: isolated.map((row) => row.personId) });
  const byPerson = new Map<string, MatchRow[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  return [...byPerson.entries()].map(([personId, all]) => {
    // the person's own neighbourhood first: tier-2 hubs only when no tier-3 hub matches
    const nearest = Math.max(...all.map((row) => row.level));
    const hubs = all.filter((row) => row.level === nearest);
    return {
      kind: MissingLinkKind.HUB_MATCH,
      subjectIds: [personId],
      suggestedIds: hubs.map((row) => row.hubId),
      field: null,
      explanation: explain(all[0].name, hubs),
      score: score(0.4 + 0.1 * Math.min(hubs[0].shared.length, 3) + (nearest === 3 ? 0.1 : 0)),
      personIds: [personId],
    };
  });
}

const recordParticipation = `
UNWIND $hubIds AS hubId
MATCH (p:Person {id: $personId}), (h:Hub {id: hubId})
CREATE (p)-[t:PARTICIPATES_IN]->(h)
SET t = $properties, t.id = randomUUID()
RETURN t.id AS id`;

export const hubMatch: MissingLinkRule = {
  kind: MissingLinkKind.HUB_MATCH,
  aboutPeople: true,
  find,
  async accept(tx, suggestion, stamp) {
    const personId = singleSubject(suggestion.subjectIds, 'person');
    const hubIds = someSuggested(suggestion.suggestedIds, 'hub');
    const [person] = await requireNodes(tx, 'Person', [personId]);
    stamp.assertMayChange(person.areaPath);
    await requireNodes(tx, 'Hub', hubIds);
    const properties = acceptedTieProperties(MissingLinkKind.HUB_MATCH, stamp, suggestion.note);
    const made = await tx.run<{ id: string }>(recordParticipation, { hubIds, personId, properties });
    return { tieIds: made.map((row) => row.id), councilId: null };
  },
};
