/**
 * Cypher for the case figures of the 地域カルテ (caseFigures.ts): per area of the subtree of `$areaId`, over the
 * period `$from`..`$asOf`. A case counts in the area its subject (a person or a household) is located in, and only
 * when its subject exists for the viewer (a household: every member does), so that no figure tells a restricted
 * person is there. Parameters: `restrictedParams(viewer)`, `from`, `asOf`.
 */
import { existsFor, householdExistsFor } from '../../auth/policy.js';
import { subtreeAreas } from '../common/area.js';

/** Whether a date property lies in the period. */
const inPeriod = (value: string) => `(${value} >= $from AND ${value} <= $asOf)`;

export interface CaseCountsRow {
  areaId: string;
  /** the route of each case opened in the period */
  newRoutes: string[];
  /** the reason of each case closed in the period */
  closeReasons: string[];
  /** plans made in the period that were a case's first (version 1) */
  firstPlans: number;
  /** plans made in the period that revised an earlier one */
  planRevisions: number;
  /** closed cases whose 終結後の確認 date falls in the period */
  followUpsDue: number;
  /** of those, the ones with a 終結後の確認 record dated on or before that date */
  followUpsOnTime: number;
}

export const caseCounts = `
${subtreeAreas}
MATCH (area)<-[:LOCATED_IN]-(s)<-[:CONCERNS]-(c:Case)
WHERE (s:Person AND ${existsFor('s')}) OR (s:Household AND ${householdExistsFor('s')})
WITH area, c,
     COUNT { MATCH (c)-[:HAS_PLAN]->(pl:Plan) WHERE pl.version = 1 AND ${inPeriod('pl.madeOn')} } AS first,
     COUNT { MATCH (c)-[:HAS_PLAN]->(pl:Plan) WHERE pl.version > 1 AND ${inPeriod('pl.madeOn')} } AS revisions,
     c.followUpOn IS NOT NULL AND ${inPeriod('c.followUpOn')} AS due
WITH area, c, first, revisions, due,
     due AND EXISTS { MATCH (c)-[:HAS_MONITORING]->(m:Monitoring) WHERE m.followUp AND m.on <= c.followUpOn } AS onTime
RETURN area.id AS areaId,
       collect(CASE WHEN ${inPeriod('c.openedOn')} THEN c.route END) AS newRoutes,
       collect(CASE WHEN ${inPeriod('c.closedOn')} THEN coalesce(c.closeReason, 'OTHER') END) AS closeReasons,
       sum(first) AS firstPlans, sum(revisions) AS planRevisions,
       count(CASE WHEN due THEN 1 END) AS followUpsDue, count(CASE WHEN onTime THEN 1 END) AS followUpsOnTime`;

export interface NeedyHouseholdsRow {
  areaId: string;
  households: number;
}

/** Households with two or more members (who exist for the viewer) having a need, per area. */
export const multiNeedHouseholds = `
${subtreeAreas}
MATCH (h:Household)-[:LOCATED_IN]->(area)
WHERE COUNT { MATCH (m:Person)-[:MEMBER_OF]->(h) WHERE size(coalesce(m.needs, [])) > 0 AND ${existsFor('m')} } >= 2
RETURN area.id AS areaId, count(h) AS households`;
