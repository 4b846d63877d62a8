/**
 * WATCH_GAP: a person with a need and no active WATCHES_OVER. Suggested: the 民生委員 (MINSEI_IIN) and
 * volunteers (VOLUNTEER) located in the same area as the person (their tier-3 area), outside the person's
 * household: those proposed first for fewer others before (spread.ts: one volunteer is not proposed to everyone),
 * then fewest current watches first. Accepting records a WATCHES_OVER tie from each chosen watcher.
 */
import { existsFor, restrictedParams } from '../../auth/policy.js';
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { fieldLabel, listJa, personLabel } from '../common/words.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';
import { Spread, servingOrder } from './spread.js';

/** The roles that may be suggested as watchers. */
export const watcherRoles = ['MINSEI_IIN', 'VOLUNTEER'];

interface UnwatchedRow {
  personId: string;
  name: string | null;
  areaId: string;
  needs: string[];
  householdIds: string[];
}

const unwatched = `
${subtreeAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
WHERE size(coalesce(p.needs, [])) > 0
  AND NOT EXISTS { MATCH (p)<-[w:WATCHES_OVER]-(:Person) WHERE ${isActiveCypher('w')} }
RETURN p.id AS personId, p.name AS name, area.id AS areaId, p.needs AS needs,
       [(p)-[:MEMBER_OF]->(h:Household) | h.id] AS householdIds`;

export interface CandidateRow {
  areaId: string;
  id: string;
  name: string | null;
  roles: string[];
  householdIds: string[];
  /** Active WATCHES_OVER ties from the candidate. */
  watching: number;
}

export const watcherCandidates = `
UNWIND $areaIds AS areaId
MATCH (w:Person)-[:LOCATED_IN]->(:Area {id: areaId})
// a watcher the viewer may not know of (支援措置) is nobody's suggestion, and shapes no sentence
WHERE any(role IN coalesce(w.roles, []) WHERE role IN $watcherRoles) AND ${existsFor('w')}
WITH areaId, w, COUNT { MATCH (w)-[x:WATCHES_OVER]->(:Person) WHERE ${isActiveCypher('x')} } AS watching
RETURN areaId, w.id AS id, w.name AS name, w.roles AS roles, watching,
       [(w)-[:MEMBER_OF]->(h:Household) | h.id] AS householdIds
ORDER BY watching, w.name, w.id`;

function roleLabel(roles: string[]): string {
  return roles.includes('MINSEI_IIN') ? '民生委員' : 'ボランティア';
}

function explain(row: UnwatchedRow, watchers: CandidateRow[]): string {
  const gap = `${personLabel(row.name)}には${listJa(row.needs.map(fieldLabel))}のニーズがありますが、見守る人がいません。`;
  if (watchers.length === 0) return `${gap}この地区には見守りを頼める民生委員やボランティアの登録がありません。`;
  const [first] = watchers;
  return `${gap}${roleLabel(first.roles)}の${personLabel(first.name)}による見守りを提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<UnwatchedRow>(unwatched, scope);
  if (rows.length === 0) return [];
  const areaIds = [...new Set(rows.map((row) => row.areaId))];
  const byArea = new Map<string, CandidateRow[]>();
  for (const candidate of await graph.read<CandidateRow>(watcherCandidates, {
    areaIds,
    watcherRoles,
    asOf: scope.asOf,
    ...restrictedParams(scope.viewer),
  })) {
    byArea.set(candidate.areaId, [...(byArea.get(candidate.areaId) ?? []), candidate]);
  }
  const spread = new Spread();
  // the person with the most needs is served first, and gets the least loaded watcher
  return servingOrder(
    rows,
    (row) => row.needs.length,
    (row) => row.personId,
  ).map((row) => {
    const watchers = spread.rank(
      (byArea.get(row.areaId) ?? []).filter(
        (w) => w.id !== row.personId && !w.householdIds.some((id) => row.householdIds.includes(id)),
      ),
    );
    return {
      kind: MissingLinkKind.WATCH_GAP,
      subjectIds: [row.personId],
      suggestedIds: watchers.map((w) => w.id),
      field: null,
      explanation: explain(row, watchers),
      // a need with nobody looking in; more needs, more weight
      score: score(0.5 + 0.1 * Math.min(row.needs.length, 4)),
      personIds: [row.personId, ...watchers.slice(0, 1).map((w) => w.id)],
    };
  });
}

/** The watches an accepted suggestion records (WATCH_GAP, and FORMAL_ONLY's volunteers). */
export const recordWatch = `
UNWIND $watcherIds AS watcherId
MATCH (w:Person {id: watcherId}), (p:Person {id: $personId})
CREATE (w)-[t:WATCHES_OVER]->(p)
SET t = $properties, t.id = randomUUID()
RETURN t.id AS id`;

export const watchGap: MissingLinkRule = {
  kind: MissingLinkKind.WATCH_GAP,
  aboutPeople: true,
  find,
  async accept(tx, suggestion, stamp) {
    const personId = singleSubject(suggestion.subjectIds, 'person');
    const watcherIds = someSuggested(suggestion.suggestedIds, 'watcher');
    if (watcherIds.includes(personId)) {
      throw new BadInputError('a person cannot watch over themselves', 'suggestedIds');
    }
    const [person] = await requireNodes(tx, 'Person', [personId]);
    stamp.assertMayChange(person.areaPath);
    await requireNodes(tx, 'Person', watcherIds);
    const properties = acceptedTieProperties(MissingLinkKind.WATCH_GAP, stamp, suggestion.note);
    const made = await tx.run<{ id: string }>(recordWatch, { watcherIds, personId, properties });
    return { tieIds: made.map((row) => row.id), councilId: null };
  },
};
