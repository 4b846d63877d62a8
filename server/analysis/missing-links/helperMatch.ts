/**
 * HELPER_MATCH (担い手): a person who can offer a skill (`canOffer`) that a hub open on the as-of date wants help
 * with (`helpWanted`) — hubs located in the person's tier-3 area, or when none there wants it, in their tier-2 area.
 * A hub the person already runs or takes part in, or has a match to that is going on or was declined, is not
 * offered. Suggested: those hubs, most shared skills first. Accepting starts a match (参加支援) at 本人と相談中 with
 * the role ボランティア・担い手 (HELPER) for each chosen hub (server/matches/). About people: seen as they are.
 */
import type { Graph } from '../../graph/graph.js';
import { skills, type WeekdayCode } from '../../vocabulary/resourceCodes.js';
import { isActiveCypher, isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { listJa, personLabel } from '../common/words.js';
import { acceptHubMatches } from './accepting.js';
import { daysJa } from './hubMatch.js';
import { type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

interface HelperRow {
  personId: string;
  name: string | null;
  hubId: string;
  hubName: string | null;
  /** 3: in the person's tier-3 area; 2: elsewhere in their tier-2 area */
  level: number;
  /** skill codes the person offers and the hub wants */
  shared: string[];
  openDays: WeekdayCode[];
}

const helpers = `
${subtreeAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
WHERE size(coalesce(p.canOffer, [])) > 0
WITH area, collect(p) AS people
OPTIONAL MATCH (area)-[:WITHIN*0..]->(t2:Area {tier: 2})
CALL (area, t2) {
  MATCH (h:Hub)-[:LOCATED_IN]->(area) WHERE area.tier = 3 AND ${isOpenCypher('h')}
  RETURN h, 3 AS level
  UNION
  MATCH (h:Hub)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(t2) WHERE ${isOpenCypher('h')}
  RETURN h, 2 AS level
}
WITH people, h, max(level) AS level
WHERE size(coalesce(h.helpWanted, [])) > 0
UNWIND people AS p
WITH p, h, level, [s IN p.canOffer WHERE s IN h.helpWanted] AS shared
WHERE size(shared) > 0
  AND NOT EXISTS { MATCH (p)-[r:RUNS|PARTICIPATES_IN]->(h) WHERE ${isActiveCypher('r')} }
  AND NOT EXISTS { MATCH (m:Match {personId: p.id}) WHERE m.placeId = h.id AND m.stage <> 'ENDED' }
RETURN p.id AS personId, p.name AS name, h.id AS hubId, h.name AS hubName, level, shared,
       coalesce(h.openDays, []) AS openDays
ORDER BY personId, size(shared) DESC, hubName, hubId`;

const skillLabel = (code: string) => (skills.labels as Record<string, string>)[code] ?? code;

function explain(hubs: HelperRow[]): string {
  const [best] = hubs;
  const more = hubs.length > 1 ? `（ほか${hubs.length - 1}か所）` : '';
  const days = best.openDays.length > 0 ? `（${daysJa(best.openDays)}）` : '';
  return (
    `${personLabel(best.name)}は「${listJa(best.shared.map(skillLabel))}」で力を貸せます。` +
    `${best.hubName ?? '拠点'}${days}${more}がその担い手を求めています。担い手としての参加を提案します。`
  );
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<HelperRow>(helpers, scope);
  const byPerson = new Map<string, HelperRow[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  return [...byPerson.entries()].map(([personId, all]) => {
    // the person's own neighbourhood first: tier-2 hubs only when no tier-3 hub wants what they offer
    const nearest = Math.max(...all.map((row) => row.level));
    const hubs = all.filter((row) => row.level === nearest);
    return {
      kind: MissingLinkKind.HELPER_MATCH,
      subjectIds: [personId],
      suggestedIds: hubs.map((row) => row.hubId),
      field: null,
      explanation: explain(hubs),
      // a chance, not a gap: below the findings about someone left alone
      score: score(0.3 + 0.05 * Math.min(hubs[0].shared.length, 3) + (nearest === 3 ? 0.05 : 0)),
      personIds: [personId],
    };
  });
}

export const helperMatch: MissingLinkRule = {
  kind: MissingLinkKind.HELPER_MATCH,
  aboutPeople: true,
  find,
  accept: acceptHubMatches(MissingLinkKind.HELPER_MATCH, 'HELPER'),
};
