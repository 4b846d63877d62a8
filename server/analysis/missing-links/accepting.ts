/** Checks shared by the kinds when a suggestion is accepted: the ids exist, have the right label, and may be changed. */
import type { GraphTx } from '../../graph/graph.js';
import { createMatchTx, newMatchId } from '../../matches/match.service.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import type { MatchRoleCode } from '../../vocabulary/matchCodes.js';
import type { MissingLinkRule, Stamp } from './missingLink.rule.js';
import type { MissingLinkKind } from './missingLink.type.js';

/** Labels an accepted suggestion may name; Cypher takes them from this fixed list, never from input. */
export type SuggestionLabel = 'Person' | 'Household' | 'Organization' | 'Hub' | 'Council';

export interface NodeFacts {
  id: string;
  name: string | null;
  /** The area the node is located in (a council: the areas it covers) and every area above. */
  areaPath: string[];
  fields: string[];
  roles: string[];
}

const factsOf = (label: SuggestionLabel) => `
UNWIND $ids AS id
OPTIONAL MATCH (n:${label} {id: id})
RETURN id, n IS NOT NULL AS found, n.name AS name, coalesce(n.fields, []) AS fields, coalesce(n.roles, []) AS roles,
       COLLECT { MATCH (n)-[:LOCATED_IN|COVERS]->(:Area)-[:WITHIN*0..]->(up:Area) RETURN DISTINCT up.id } AS areaPath`;

/** The nodes with these ids and this label, in the given order; NotFoundError names the first missing one. */
export async function requireNodes(tx: GraphTx, label: SuggestionLabel, ids: string[]): Promise<NodeFacts[]> {
  const rows = await tx.run<NodeFacts & { found: boolean }>(factsOf(label), { ids });
  const missing = rows.find((row) => !row.found);
  if (missing) throw new NotFoundError(label, missing.id);
  return rows.map(({ found: _found, ...facts }) => facts);
}

/** Exactly one subject id. */
export function singleSubject(subjectIds: string[], what: string): string {
  if (subjectIds.length !== 1) {
    throw new BadInputError(
      `this suggestion is about exactly one ${what}; got ${subjectIds.length} subject ids`,
      'subjectIds',
    );
  }
  return subjectIds[0];
}

/** At least one suggested id, without repeats. */
export function someSuggested(suggestedIds: string[], what: string): string[] {
  const ids = [...new Set(suggestedIds)];
  if (ids.length === 0) {
    throw new BadInputError(`choose at least one ${what} among the suggested ids`, 'suggestedIds');
  }
  return ids;
}

/**
 * Starts a 参加支援 match at 本人と相談中 of the person to each chosen place (server/matches/): accepting a finding
 * that offers a place is the start of the work with the person, not a finished tie.
 */
export async function startMatches(
  tx: GraphTx,
  start: { personId: string; placeIds: string[]; role: MatchRoleCode; kind: MissingLinkKind; note: string | null },
  stamp: Stamp,
): Promise<string[]> {
  const matchIds: string[] = [];
  for (const placeId of start.placeIds) {
    matchIds.push(
      await createMatchTx(tx, {
        id: newMatchId(),
        personId: start.personId,
        placeId,
        role: start.role,
        stage: 'DISCUSSING',
        on: stamp.today,
        by: stamp.username,
        suggestedAs: start.kind,
        note: start.note?.trim() || null,
      }),
    );
  }
  return matchIds;
}

/**
 * Accepting a finding that offers a person hubs (HUB_MATCH, HELPER_MATCH): the person may be changed, the hubs
 * exist, and a match starts at each in the role the kind gives.
 */
export function acceptHubMatches(kind: MissingLinkKind, role: MatchRoleCode): MissingLinkRule['accept'] {
  return async (tx, suggestion, stamp) => {
    const personId = singleSubject(suggestion.subjectIds, 'person');
    const hubIds = someSuggested(suggestion.suggestedIds, 'hub');
    const [person] = await requireNodes(tx, 'Person', [personId]);
    stamp.assertMayChange(person.areaPath);
    await requireNodes(tx, 'Hub', hubIds);
    const matchIds = await startMatches(tx, { personId, placeIds: hubIds, role, kind, note: suggestion.note }, stamp);
    return { tieIds: [], councilId: null, matchIds };
  };
}
