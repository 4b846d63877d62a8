/**
 * Cypher for isolation (docs/DESIGN.md "Social degree", "Isolated people"), with its row types.
 *
 * A person's social ties are the active ties of any type touching them or their household, excluding household
 * membership and the structure edges (which are not tie types). A tie reaching a household reaches each of its
 * members (an empty household counts as itself). Members of the person's own household are not counted.
 */

import { existsFor, householdExistsFor } from '../../auth/policy.js';
import { hasBegunCypher, hasEndedCypher, isActiveCypher, isFormalCypher } from '../../vocabulary/tiePredicates.js';
import { listedAreas } from '../common/area.js';
import { unmetNeedsOf } from '../common/needs.js';
import { anyTie, isTie } from '../common/ties.js';

/**
 * Binds `home` (the person `p` and everyone sharing a household with them) and streams `r, n`: each active tie of
 * `p` or their household, and the node `n` it reaches outside `home` (a household's member, for a household).
 * Expects `p` bound; the caller continues after `n`.
 */
export function tiesOutsideHome(ties: 'active' | 'all'): string {
  const when = ties === 'active' ? ` AND ${isActiveCypher('r')}` : '';
  return `
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(m:Person)
  WITH p, collect(DISTINCT m) + [p] AS home
  CALL (p) {
    MATCH (p)-[r:${anyTie}]-(x) WHERE ${isTie('r')}${when}
    RETURN r, x
    UNION
    MATCH (p)-[:MEMBER_OF]->(:Household)-[r:${anyTie}]-(x) WHERE ${isTie('r')}${when}
    RETURN r, x
  }
  OPTIONAL MATCH (x:Household)<-[:MEMBER_OF]-(xm:Person)
  WITH r, coalesce(xm, x) AS n, home
  // nobody the viewer may not know of counts: a restricted person is not there for them
  WHERE NOT n IN home AND (NOT n:Person OR ${existsFor('n')})`;
}

/**
 * Binds `p`, `area` and `socialDegree` for the people located in the areas `$areaIds` whose social degree at `$asOf`
 * is at most `$maxDegree`. The count of each person stops at `$maxDegree + 1` distinct nodes: beyond that the person
 * is not isolated.
 */
const isolatedCounted = `
${listedAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
CALL (p) {
  ${tiesOutsideHome('active')}
  WITH DISTINCT n LIMIT toInteger($maxDegree) + 1
  RETURN count(n) AS socialDegree
}
WITH p, area, socialDegree WHERE socialDegree <= $maxDegree`;

/**
 * The same for `$maxDegree` 0, the usual question, answered faster: the people of `$areaIds` for whom no active tie
 * exists to a person outside their household, to another node (a household other than their own, an organization,
 * a hub, a council), nor from their household to anyone outside it. Each check stops at the first tie it finds.
 */
const isolatedAtZero = `
${listedAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
// who shares a household with p, found once per person rather than once per tie checked
WITH p, area, COLLECT { MATCH (p)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(m:Person) RETURN m } AS home
WHERE NOT EXISTS {
    MATCH (p)-[r:${anyTie}]-(x:Person) WHERE x <> p AND ${isActiveCypher('r')} AND ${existsFor('x')}
      AND NOT x IN home
  }
  AND NOT EXISTS {
    MATCH (p)-[r:${anyTie}]-(x) WHERE NOT x:Person AND ${isTie('r')} AND ${isActiveCypher('r')}
      AND NOT (x:Household AND ((p)-[:MEMBER_OF]->(x) OR NOT ${householdExistsFor('x')}))
  }
  AND NOT EXISTS {
    MATCH (p)-[:MEMBER_OF]->(h:Household)-[r:${anyTie}]-(x) WHERE ${isTie('r')} AND ${isActiveCypher('r')}
      AND x <> p AND NOT (x:Person AND ((x)-[:MEMBER_OF]->(h) OR NOT ${existsFor('x')}))
  }
WITH p, area, 0 AS socialDegree`;

const isolated = (maxDegree: number) => (maxDegree === 0 ? isolatedAtZero : isolatedCounted);

export interface IsolatedRow {
  personId: string;
  /** The area the person is located in. */
  areaId: string;
  socialDegree: number;
}

/** The isolated people of the areas `$areaIds`, without details. */
export const isolatedPeople = (maxDegree: number) => `
${isolated(maxDegree)}
RETURN p.id AS personId, area.id AS areaId, socialDegree`;

export interface IsolationDetailRow extends IsolatedRow {
  name: string | null;
  informalTies: number;
  formalTies: number;
  /** Ties outside the household that ended on or before the as-of date. */
  endedTies: number;
  /** Ties outside the household that start after the as-of date. */
  futureTies: number;
  unmetNeeds: string[];
  /** How many people the person's household has (0: they are in no household). */
  householdSize: number;
}

/**
 * The isolated people of the areas `$areaIds` with details: their ties outside the household by category (distinct
 * nodes reached, so a node reached by a formal and an informal tie counts in both), ties ended or not yet begun, and
 * unmet needs.
 */
export const isolatedPeopleWithDetails = (maxDegree: number) => `
${isolated(maxDegree)}
CALL (p) {
  ${tiesOutsideHome('all')}
  WITH r, n, ${isActiveCypher('r')} AS active, ${isFormalCypher('r')} AS formal
  RETURN count(DISTINCT CASE WHEN active AND NOT formal THEN n END) AS informalTies,
         count(DISTINCT CASE WHEN active AND formal THEN n END) AS formalTies,
         count(DISTINCT CASE WHEN ${hasEndedCypher('r')} THEN r END) AS endedTies,
         count(DISTINCT CASE WHEN NOT ${hasBegunCypher('r')} THEN r END) AS futureTies
}
RETURN p.id AS personId, area.id AS areaId, socialDegree, p.name AS name,
       informalTies, formalTies, endedTies, futureTies,
       ${unmetNeedsOf('p')} AS unmetNeeds,
       CASE WHEN EXISTS { (p)-[:MEMBER_OF]->(:Household) }
         THEN 1 + COUNT { MATCH (p)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(member:Person) WHERE ${existsFor('member')} RETURN member } ELSE 0 END AS householdSize`;
