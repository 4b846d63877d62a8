/** Cypher for the level-of-detail map: ties counted per pair of boxes, box contents counted per area. */
import { householdExistsFor } from '../../auth/policy.js';
import { isActiveCypher, tieCategoryCypher } from '../../vocabulary/tiePredicates.js';
import { tieTypes } from '../../vocabulary/ties.js';

/**
 * One end of a group of ties: an entity drawn by itself (`inBox` false, `key` its id), or whatever lies in a closed
 * area, grouped by what the policy needs to decide about it (`key` the area's id): its label, a person's consent
 * and whether the viewer is named for them, a household's members as the same facts (for coordinators only).
 */
export interface TieGroupRow {
  source: string;
  sourceInBox: boolean;
  sourceLabel: string;
  sourceConsent: string | null;
  sourceNamed: boolean;
  sourceMembers: [string | null, boolean, string | null][] | null;
  target: string;
  targetInBox: boolean;
  targetLabel: string;
  targetConsent: string | null;
  targetNamed: boolean;
  targetMembers: [string | null, boolean, string | null][] | null;
  category: string;
  /** ties in the group */
  ties: number;
  /** distinct (start, end) pairs: what the map draws when an end is not seen in detail (one edge per category) */
  pairs: number;
}

function end(node: string, box: string, column: string): string {
  return `coalesce(${box}, ${node}.id) AS ${column}, ${box} IS NOT NULL AS ${column}InBox, labels(${node})[0] AS ${column}Label,
  CASE WHEN ${box} IS NOT NULL AND ${node}:Person THEN ${node}.consent END AS ${column}Consent,
  ${box} IS NOT NULL AND ${node}:Person AND $viewerName IN coalesce(${node}.restrictedFor, []) AS ${column}Named,
  CASE WHEN ${box} IS NOT NULL AND ${node}:Household AND $householdMembers
    THEN [(${node})<-[:MEMBER_OF]-(m:Person) | [m.consent, $viewerName IN coalesce(m.restrictedFor, []), head([(m)-[:LOCATED_IN]->(ma:Area) | ma.id])]] END AS ${column}Members`;
}

/**
 * The ties the full map of `$areaId` would have (those touching something located in its subtree, household
 * membership left out, ended ones only with `$includeEnded`, none with a person or household end unless
 * `$withPeople`), grouped by their ends: an entity inside `$closedAreas` (not a council, not in `$drawnIds`) counts
 * as its area. Ties between two entities drawn by themselves are not counted here (the map fetches them as ties),
 * except those with a council, whose place is decided in code.
 */
export const tieGroups = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(n)
MATCH (n)-[r:${tieTypes.join('|')}]-()
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
WHERE NOT (type(r) = 'MEMBER_OF' AND b:Household) AND ($includeEnded OR ${isActiveCypher('r')})
  AND ($withPeople OR NOT (a:Person OR a:Household OR b:Person OR b:Household))
WITH r, a, b, head([(a)-[:LOCATED_IN]->(x:Area) | x.id]) AS aArea, head([(b)-[:LOCATED_IN]->(x:Area) | x.id]) AS bArea
WITH r, a, b,
     CASE WHEN NOT a:Council AND aArea IN $closedAreas AND NOT a.id IN $drawnIds THEN aArea END AS aBox,
     CASE WHEN NOT b:Council AND bArea IN $closedAreas AND NOT b.id IN $drawnIds THEN bArea END AS bBox
WHERE aBox IS NOT NULL OR bBox IS NOT NULL OR a:Council OR b:Council
RETURN ${end('a', 'aBox', 'source')},
       ${end('b', 'bBox', 'target')},
       ${tieCategoryCypher('r')} AS category, count(r) AS ties, count(DISTINCT [a.id, b.id]) AS pairs`;

export interface AreaContentsRow {
  areaId: string;
  households: number;
  organizations: number;
  hubs: number;
}

/** Per area of the subtree: households that exist for the viewer, organizations and hubs located there. */
export const areaContents = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(area:Area)
RETURN area.id AS areaId,
       COUNT { MATCH (h:Household)-[:LOCATED_IN]->(area) WHERE ${householdExistsFor('h')} } AS households,
       COUNT { (:Organization)-[:LOCATED_IN]->(area) } AS organizations,
       COUNT { (:Hub)-[:LOCATED_IN]->(area) } AS hubs`;

export interface StandInCandidateRow {
  id: string;
  consent: string | null;
  restrictedFor: string[] | null;
  areaId: string;
}

/** The people located in the given areas, with what the policy needs: to find whom a stand-in id stands for. */
export const peopleFacts = `
UNWIND $areaIds AS areaId
MATCH (:Area {id: areaId})<-[:LOCATED_IN]-(p:Person)
RETURN p.id AS id, p.consent AS consent, p.restrictedFor AS restrictedFor, areaId`;
