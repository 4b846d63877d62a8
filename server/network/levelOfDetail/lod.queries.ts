/** Cypher for the level-of-detail map: ties counted per pair of boxes, box contents counted per area. */

import { listedAreas } from '../../analysis/common/area.js';
import { householdExistsFor } from '../../auth/policy.js';
import { isActiveCypher, isOpenCypher, tieCategoryCypher } from '../../vocabulary/tiePredicates.js';
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
  /**
   * distinct (start, end) pairs: what the map draws when an end is not seen in detail (one edge per category); only
   * counted with `$countPairs` (a viewer who may see someone only as a stand-in)
   */
  pairs: number;
}

function end(node: string, box: string, column: string): string {
  return `coalesce(${box}, ${node}.id) AS ${column}, ${box} IS NOT NULL AS ${column}InBox, labels(${node})[0] AS ${column}Label,
  CASE WHEN ${box} IS NOT NULL AND ${node}:Person THEN ${node}.consent END AS ${column}Consent,
  ${box} IS NOT NULL AND ${node}:Person AND $viewerName IN coalesce(${node}.restrictedFor, []) AS ${column}Named,
  CASE WHEN ${box} IS NOT NULL AND ${node}:Household AND $householdMembers
    THEN [(${node})<-[:MEMBER_OF]-(m:Person) | [m.consent, $viewerName IN coalesce(m.restrictedFor, []), head([(m)-[:LOCATED_IN]->(ma:Area) | ma.id])]] END AS ${column}Members`;
}

/** The tie `r` from `a` to `b` is one a map draws, before the ends' places are looked up (which costs most). */
const drawable = `NOT (type(r) = 'MEMBER_OF' AND b:Household) AND ($includeEnded OR ${isActiveCypher('r')})
    AND ($withPeople OR NOT (a:Person OR a:Household OR b:Person OR b:Household))`;

/** The closed area an entity located in `area` counts as (not a council, not drawn by itself), else null. */
const inBox = (node: string, area: string) =>
  `CASE WHEN NOT ${node}:Council AND ${area} IN $closedAreas AND NOT (${node}.id IN $drawnIds) THEN ${area} END`;

/**
 * The ties the full map of `$areaId` would have (those touching something located in its subtree `$insideAreas`,
 * household membership left out, ended ones only with `$includeEnded`, none with a person or household end unless
 * `$withPeople`), grouped by their ends: an entity inside `$closedAreas` (not a council, not in `$drawnIds`) counts
 * as its area, and ties between two such in the same box (`$boxOf`: each closed area's box) are left out. Ties
 * between two entities drawn by themselves are not counted here (the map fetches them as ties), except those with a
 * council, whose place is decided in code.
 *
 * Over the ties touching what is located in `$areaIds` (a part of the subtree, see readInParts): each tie is
 * counted once, from its start when that is located on the map, else from its end, so the parts never overlap.
 * Only a person or an organization starts a tie (tieRules); a person outside the map is on no map.
 */
export const tieGroups = `
CALL () {
  CALL () {
    ${listedAreas}
    MATCH (area)<-[:LOCATED_IN]-(a)
    // the box a start counts as, once per start
    WITH a, ${inBox('a', 'area.id')} AS aBox
    MATCH (a)-[r:${tieTypes.join('|')}]->(b)
    WHERE ${drawable}
    RETURN r, b, aBox
    UNION ALL
    // ties started elsewhere: by an organization located outside the map or nowhere (a person there is on no map);
    // found from the organizations, which are few, not from every tie reaching the areas
    MATCH (a:Organization) WHERE NOT EXISTS { (a)-[:LOCATED_IN]->(at:Area) WHERE at.id IN $insideAreas }
    MATCH (a)-[r:${tieTypes.join('|')}]->(b)-[:LOCATED_IN]->(area:Area)
    WHERE area.id IN $areaIds AND ${drawable}
    RETURN r, b, null AS aBox
  }
  RETURN b, [r, aBox] AS tie
}
// where an end lies, looked up once per end (not once per tie)
WITH b, collect(tie) AS ties
OPTIONAL MATCH (b)-[:LOCATED_IN]->(at:Area)
WITH b, ties, at.id AS bArea
// the box an end counts as, once per end
WITH b, ties, ${inBox('b', 'bArea')} AS bBox
UNWIND ties AS tie
WITH tie[0] AS r, startNode(tie[0]) AS a, b, tie[1] AS aBox, bBox
// ties inside one box are not drawn: dropped first, they are most of a closed town's ties
WHERE (aBox IS NOT NULL OR bBox IS NOT NULL OR a:Council OR b:Council)
  AND NOT (aBox IS NOT NULL AND bBox IS NOT NULL AND $boxOf[aBox] = $boxOf[bBox])
RETURN ${end('a', 'aBox', 'source')},
       ${end('b', 'bBox', 'target')},
       ${tieCategoryCypher('r')} AS category, count(r) AS ties,
       count(DISTINCT CASE WHEN $countPairs THEN [a.id, b.id] END) AS pairs`;

export interface AreaContentsRow {
  areaId: string;
  households: number;
  organizations: number;
  hubs: number;
}

/** Per closed area (`$closedAreas`): households that exist for the viewer, organizations and hubs located there and open on `$asOf`. */
export const areaContents = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(area:Area) WHERE area.id IN $closedAreas
RETURN area.id AS areaId,
       COUNT { MATCH (h:Household)-[:LOCATED_IN]->(area) WHERE ${householdExistsFor('h')} } AS households,
       COUNT { MATCH (o:Organization)-[:LOCATED_IN]->(area) WHERE ${isOpenCypher('o')} } AS organizations,
       COUNT { MATCH (h:Hub)-[:LOCATED_IN]->(area) WHERE ${isOpenCypher('h')} } AS hubs`;

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
