/**
 * HUB_MATCH (参加支援): an isolated person (social degree 0 at the as-of date) and the hubs whose tags share one of
 * the person's interests — hubs open on the as-of date, located in the person's tier-3 area, or when none there
 * matches, in their tier-2 area — and that are for them (対象: audience.ts). A person whose match to some place is
 * going on is being helped already and is not suggested; a hub the person declined (本人辞退) is not offered again.
 * Suggested: those hubs, most shared interests first, then — when their opening days (曜日) are known — those open
 * on more days (more chances to go), then those whose days are not known; the sentence says when the first is open. Accepting starts a match (参加支援) at 本人と相談中 for each chosen hub, not a tie: the
 * tie is made when the match reaches 参加開始 (server/matches/).
 */
import type { Graph } from '../../graph/graph.js';
import type { AudienceCode } from '../../vocabulary/matchCodes.js';
import { type WeekdayCode, weekdays } from '../../vocabulary/resourceCodes.js';
import { isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { listJa, personLabel } from '../common/words.js';
import { findIsolated } from '../isolation/isolation.service.js';
import { acceptHubMatches } from './accepting.js';
import { fitsAudience } from './audience.js';
import { type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

export interface MatchRow {
  personId: string;
  name: string | null;
  hubId: string;
  hubName: string | null;
  /** 3: the hub is in the person's tier-3 area; 2: elsewhere in their tier-2 area. */
  level: number;
  shared: string[];
  ageBand: string | null;
  needs: string[];
  householdAgeBands: string[];
  audience: AudienceCode[];
  /** 曜日 the hub is open; empty: not known */
  openDays: WeekdayCode[];
}

/** Candidate hubs are found once per area, then matched with each person's interests. */
const matches = `
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})-[:LOCATED_IN]->(a:Area)
WHERE size(coalesce(p.interests, [])) > 0
  AND NOT EXISTS { MATCH (m:Match {personId: p.id}) WHERE NOT m.stage IN ['ENDED', 'DECLINED'] }
WITH a, collect(p) AS people
OPTIONAL MATCH (a)-[:WITHIN*0..]->(t2:Area {tier: 2})
CALL (a, t2) {
  MATCH (h:Hub)-[:LOCATED_IN]->(a) WHERE a.tier = 3 AND ${isOpenCypher('h')}
  RETURN h, 3 AS level
  UNION
  MATCH (h:Hub)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(t2) WHERE ${isOpenCypher('h')}
  RETURN h, 2 AS level
}
WITH people, h, max(level) AS level
UNWIND people AS p
WITH p, h, level, [i IN p.interests WHERE i IN coalesce(h.tags, [])] AS shared
WHERE size(shared) > 0
  AND NOT EXISTS { MATCH (m:Match {personId: p.id}) WHERE m.placeId = h.id AND m.stage = 'DECLINED' }
RETURN p.id AS personId, p.name AS name, h.id AS hubId, h.name AS hubName, level, shared,
       p.ageBand AS ageBand, coalesce(p.needs, []) AS needs, coalesce(h.audience, []) AS audience,
       coalesce(h.openDays, []) AS openDays,
       [(p)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(o:Person) WHERE o <> p AND o.ageBand IS NOT NULL | o.ageBand]
         AS householdAgeBands
ORDER BY personId, size(shared) DESC, hubName, hubId`;

/** 「火・木曜」: the days a hub is open, as the sentence says them; empty when they are not known. */
export function daysJa(days: readonly WeekdayCode[]): string {
  return days.length === 0 ? '' : `${days.map((day) => weekdays.labels[day]).join('・')}曜`;
}

/** Where the place is, what it shares with the person, and when it is open (when known). */
export function hubPhrase(best: MatchRow, count: number): string {
  const more = count > 1 ? `（ほか${count - 1}か所）` : '';
  const days = best.openDays.length > 0 ? `（${daysJa(best.openDays)}に開いています）` : '';
  return `関心のある「${listJa(best.shared)}」を活かせる${best.hubName ?? '拠点'}${days}${more}`;
}

function explain(name: string | null, hubs: MatchRow[]): string {
  return `${personLabel(name)}は世帯の外とのつながりがありません。${hubPhrase(hubs[0], hubs.length)}への参加を提案します。`;
}

/** Among hubs sharing as many interests: open on more known days first, those whose days are not known last. */
function byOpening(a: MatchRow, b: MatchRow): number {
  return b.shared.length - a.shared.length || b.openDays.length - a.openDays.length;
}

/**
 * The hubs to offer each of these people (open, for them, sharing an interest, not declined, nearest level only,
 * best first); people being helped by a match already get none.
 */
export async function hubsFor(graph: Graph, personIds: string[], asOf: string): Promise<Map<string, MatchRow[]>> {
  const byPerson = new Map<string, MatchRow[]>();
  if (personIds.length === 0) return byPerson;
  const found = await graph.read<MatchRow>(matches, { personIds, asOf });
  for (const row of found.filter((row) => fitsAudience(row, row.audience)))
    byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
  for (const [personId, all] of byPerson) {
    // the person's own neighbourhood first: tier-2 hubs only when no tier-3 hub matches
    const nearest = Math.max(...all.map((row) => row.level));
    byPerson.set(personId, all.filter((row) => row.level === nearest).sort(byOpening));
  }
  return byPerson;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const isolated = await findIsolated(graph, { ...scope, maxDegree: 0 });
  const byPerson = await hubsFor(
    graph,
    isolated.map((row) => row.personId),
    scope.asOf,
  );
  return [...byPerson.entries()].map(([personId, hubs]) => {
    const nearest = hubs[0].level;
    return {
      kind: MissingLinkKind.HUB_MATCH,
      subjectIds: [personId],
      suggestedIds: hubs.map((row) => row.hubId),
      field: null,
      explanation: explain(hubs[0].name, hubs),
      score: score(0.4 + 0.1 * Math.min(hubs[0].shared.length, 3) + (nearest === 3 ? 0.1 : 0)),
      personIds: [personId],
    };
  });
}

export const hubMatch: MissingLinkRule = {
  kind: MissingLinkKind.HUB_MATCH,
  aboutPeople: true,
  find,
  accept: acceptHubMatches(MissingLinkKind.HUB_MATCH, 'PARTICIPANT'),
};
