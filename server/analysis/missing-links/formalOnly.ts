/**
 * FORMAL_ONLY (関係性の貧困): a resident (not someone whose ties are formal by their work: workRoles) with at least
 * one tie counted in their social degree (isolation.queries.ts), every one of them formal — agencies, a 民生委員's watch, councils — and none to a neighbour, a friend, a place:
 * "services are full, but she is lonely". Suggested, as for an isolated person: the hubs HUB_MATCH would offer them
 * (their interests, for them, open, nearest), then the volunteers (VOLUNTEER, not 民生委員: theirs is a formal
 * watch) of their tier-3 area, fewest watches first. Accepting starts a match (参加支援) at 本人と相談中 for each
 * chosen hub and records a WATCHES_OVER tie from each chosen volunteer.
 */
import { existsFor, restrictedParams } from '../../auth/policy.js';
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { isFormalCypher } from '../../vocabulary/tiePredicates.js';
import { listedAreas, readInParts } from '../common/area.js';
import { personLabel } from '../common/words.js';
import { tiesOutsideHome } from '../isolation/isolation.queries.js';
import { requireNodes, singleSubject, someSuggested, startMatches } from './accepting.js';
import { hubPhrase, hubsFor, type MatchRow } from './hubMatch.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';
import { type CandidateRow, recordWatch, watcherCandidates } from './watchGap.js';

interface FormalOnlyRow {
  personId: string;
  name: string | null;
  areaId: string;
  /** distinct nodes reached by formal ties */
  formalTies: number;
  householdIds: string[];
}

/** Over the areas `$areaIds` (a part of the subtree): people whose active ties outside the home are all formal. */
const formalOnlyPeople = `
${listedAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
WHERE ${existsFor('p')} AND none(role IN coalesce(p.roles, []) WHERE role IN $workRoles)
CALL (p) {
  ${tiesOutsideHome('active')}
  WITH n, ${isFormalCypher('r')} AS formal
  RETURN count(DISTINCT CASE WHEN formal THEN n END) AS formalTies,
         count(DISTINCT CASE WHEN NOT formal THEN n END) AS informalTies
}
WITH p, area, formalTies WHERE formalTies > 0 AND informalTies = 0
RETURN p.id AS personId, p.name AS name, area.id AS areaId, formalTies,
       [(p)-[:MEMBER_OF]->(h:Household) | h.id] AS householdIds`;

/** Whose ties are formal by their work: 民生委員, coordinators, CSWs and professionals are not the finding. */
export const workRoles = ['MINSEI_IIN', 'COORDINATOR', 'CSW', 'PROFESSIONAL'];

/** Only volunteers: a 民生委員's watch is one more formal tie. */
const informalWatchers = ['VOLUNTEER'];

function explain(row: FormalOnlyRow, hubs: MatchRow[], volunteers: CandidateRow[]): string {
  const gap =
    `${personLabel(row.name)}には支援機関や専門職とのつながり（${row.formalTies}件）はありますが、` +
    '近所や友人、地域の場とのつながりがありません（関係性の貧困）。';
  if (hubs.length > 0) return `${gap}${hubPhrase(hubs[0], hubs.length)}への参加を提案します。`;
  if (volunteers.length > 0) return `${gap}ボランティアの${personLabel(volunteers[0].name)}による見守りを提案します。`;
  return `${gap}この地区には紹介できる拠点やボランティアの登録がありません。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const params = { asOf: scope.asOf, workRoles, ...restrictedParams(scope.viewer) };
  const rows = await readInParts<FormalOnlyRow>(graph, scope.areaId, formalOnlyPeople, params);
  if (rows.length === 0) return [];
  const hubs = await hubsFor(
    graph,
    rows.map((row) => row.personId),
    scope.asOf,
  );
  const areaIds = [...new Set(rows.map((row) => row.areaId))];
  const byArea = new Map<string, CandidateRow[]>();
  const found = await graph.read<CandidateRow>(watcherCandidates, {
    areaIds,
    watcherRoles: informalWatchers,
    asOf: scope.asOf,
    ...restrictedParams(scope.viewer),
  });
  for (const row of found) byArea.set(row.areaId, [...(byArea.get(row.areaId) ?? []), row]);
  return rows
    .sort((a, b) => a.personId.localeCompare(b.personId))
    .map((row) => {
      const places = hubs.get(row.personId) ?? [];
      const volunteers = (byArea.get(row.areaId) ?? []).filter(
        (w) => w.id !== row.personId && !w.householdIds.some((id) => row.householdIds.includes(id)),
      );
      return {
        kind: MissingLinkKind.FORMAL_ONLY,
        subjectIds: [row.personId],
        suggestedIds: [...places.map((h) => h.hubId), ...volunteers.map((w) => w.id)],
        field: null,
        explanation: explain(row, places, volunteers),
        // looked after, yet alone: below someone with no tie at all, above a chance to help
        score: score(0.45),
        personIds: [row.personId, ...(places.length === 0 ? volunteers.slice(0, 1).map((w) => w.id) : [])],
      };
    });
}

const labelsOf = `
UNWIND $ids AS id
OPTIONAL MATCH (h:Hub {id: id})
RETURN id, h IS NOT NULL AS hub`;

export const formalOnly: MissingLinkRule = {
  kind: MissingLinkKind.FORMAL_ONLY,
  aboutPeople: true,
  find,
  async accept(tx, suggestion, stamp) {
    const personId = singleSubject(suggestion.subjectIds, 'person');
    const chosen = someSuggested(suggestion.suggestedIds, 'hub or volunteer');
    if (chosen.includes(personId)) throw new BadInputError('a person cannot watch over themselves', 'suggestedIds');
    const [person] = await requireNodes(tx, 'Person', [personId]);
    stamp.assertMayChange(person.areaPath);
    const kinds = await tx.run<{ id: string; hub: boolean }>(labelsOf, { ids: chosen });
    const hubIds = kinds.filter((row) => row.hub).map((row) => row.id);
    const watcherIds = chosen.filter((id) => !hubIds.includes(id));
    await requireNodes(tx, 'Person', watcherIds);
    const matchIds = await startMatches(
      tx,
      { personId, placeIds: hubIds, role: 'PARTICIPANT', kind: MissingLinkKind.FORMAL_ONLY, note: suggestion.note },
      stamp,
    );
    const properties = acceptedTieProperties(MissingLinkKind.FORMAL_ONLY, stamp, suggestion.note);
    const made = await tx.run<{ id: string }>(recordWatch, { watcherIds, personId, properties });
    return { tieIds: made.map((row) => row.id), councilId: null, matchIds };
  },
};
