/**
 * Cypher for the area report (地域カルテ). Each query counts per area of the subtree of `$areaId`; the service adds
 * the counts up for the area and for each of its child areas.
 */

import { hubsIn, type OrganizationAreas, organizationsWorkingIn, peopleLivingIn } from '../../areas/inArea.js';
import { existsFor } from '../../auth/policy.js';
import { isActiveCypher, isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { listedAreas, subtreeAreas } from '../common/area.js';
import { unmetNeedsOf } from '../common/needs.js';
import { caseConferenceKind } from '../missing-links/councils.js';

export interface AreaFactsRow {
  id: string;
  name: string | null;
  tier: number | null;
  population: number | null;
  households: number | null;
  elderly: number | null;
  sortOrder: number | null;
  /** The area's child of the report's area it lies under; null for the report's area itself. */
  childId: string | null;
}

/** Every area of the subtree, with the child of `$areaId` it lies under. */
export const areas = `
${subtreeAreas}
OPTIONAL MATCH (area)-[:WITHIN*0..]->(child:Area)-[:WITHIN]->(root)
RETURN area.id AS id, area.name AS name, area.tier AS tier, area.population AS population,
       area.households AS households, area.elderly AS elderly, area.sortOrder AS sortOrder, child.id AS childId`;

export interface PeopleRow {
  areaId: string;
  residents: number;
  inNeed: number;
  withUnmetNeeds: number;
  /** Active watchers of the people in need, summed over them (one watcher of two people counts twice). */
  watchersOfInNeed: number;
  /** The unmet needs (field codes) of each person with any. */
  unmetFields: string[][];
}

/** Over the areas `$areaIds` (a part of the subtree). */
export const people = `
${listedAreas}
${peopleLivingIn('area')}
WITH area, p, size(coalesce(p.needs, [])) > 0 AS inNeed
WITH area, p, inNeed, CASE WHEN inNeed THEN ${unmetNeedsOf('p')} ELSE [] END AS unmetList
WITH area, p, inNeed, unmetList, size(unmetList) > 0 AS unmet,
     CASE WHEN inNeed THEN COUNT { MATCH (p)<-[w:WATCHES_OVER]-(watcher:Person) WHERE ${isActiveCypher('w')} AND ${existsFor('watcher')} RETURN DISTINCT watcher } ELSE 0 END AS watchers
RETURN area.id AS areaId, count(p) AS residents, count(CASE WHEN inNeed THEN 1 END) AS inNeed,
       count(CASE WHEN unmet THEN 1 END) AS withUnmetNeeds, sum(watchers) AS watchersOfInNeed,
       [x IN collect(unmetList) WHERE size(x) > 0] AS unmetFields`;

export interface HubsRow {
  areaId: string;
  kind: string | null;
  count: number;
}

export const hubs = `
${subtreeAreas}
${hubsIn('area')}
RETURN area.id AS areaId, h.kind AS kind, count(h) AS count`;

export interface OrganizationRow extends OrganizationAreas {
  fields: string[];
  /** The areas of the subtree the organization is located in or serves. */
  areaIds: string[];
}

export const organizations = `
${subtreeAreas}
${organizationsWorkingIn('area')}
RETURN o.id AS id, coalesce(o.fields, []) AS fields, collect(DISTINCT area.id) AS areaIds`;

export interface CouncilRow {
  id: string;
  name: string | null;
  kind: string | null;
  tier: number | null;
  /** Active members that are organizations (ids; counted in an area by where they work, inArea.ts). */
  organizationMemberIds: string[];
  /** The area of each active member who is a person and exists for the viewer ('' when located nowhere). */
  personMemberAreas: string[];
  /** The areas of the subtree it covers; empty when it covers only an area above the report's area. */
  areaIds: string[];
  /** Its meetings held from `$from` to `$asOf` (the case figures' period, caseFigures.ts). */
  meetings: number;
}

/**
 * The councils covering an area of the subtree or above it, with their active members (counted per report area by
 * the service: a member counts in an area when it lives or works there); not case conferences.
 */
export const councils = `
MATCH (root:Area {id: $areaId})
CALL (root) {
  MATCH (area:Area)-[:WITHIN*0..]->(root) RETURN area
  UNION
  MATCH (root)-[:WITHIN*1..]->(area:Area) RETURN area
}
MATCH (c:Council)-[:COVERS]->(area)
WHERE coalesce(c.kind, '') <> '${caseConferenceKind}' AND ${isOpenCypher('c')}
WITH root, c, collect(DISTINCT area) AS covered
RETURN c.id AS id, c.name AS name, c.kind AS kind, c.tier AS tier,
       COLLECT { MATCH (member:Organization)-[m:MEMBER_OF]->(c) WHERE ${isActiveCypher('m')} RETURN DISTINCT member.id } AS organizationMemberIds,
       COLLECT { MATCH (member:Person)-[m:MEMBER_OF]->(c) WHERE ${isActiveCypher('m')} AND ${existsFor('member')}
                 WITH DISTINCT member OPTIONAL MATCH (member)-[:LOCATED_IN]->(home:Area)
                 RETURN coalesce(home.id, '') } AS personMemberAreas,
       [a IN covered WHERE EXISTS { (a)-[:WITHIN*0..]->(root) } | a.id] AS areaIds,
       COUNT { MATCH (m:Meeting)-[:OF]->(c) WHERE m.on >= $from AND m.on <= $asOf } AS meetings
ORDER BY c.tier, c.name, c.id`;
