/**
 * Who would be left with no tie at all if one node went (docs/DESIGN.md SINGLE_POINT): the people located in an
 * area whose every active tie outside their household — anywhere, with anyone who exists for the viewer — is with
 * one and the same person, organization, hub or council. A household is one unit: its own ties (SUPPORTS to the
 * household) and its members' count for all of them, and membership is no tie outside it. One definition, used by
 * the structure's cut points and by the SINGLE_POINT finding.
 */
import { existsFor, householdExistsFor, restrictedParams } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { anyTie } from '../common/ties.js';

/** The kinds of node whose loss is a single point of failure (a household's loss is its members' own). */
export type PointKind = 'Person' | 'Organization' | 'Hub' | 'Council';

export interface StrandedUnit {
  /** The person, or the household when they live in one the viewer may know of. */
  unitId: string;
  unitKind: 'Person' | 'Household';
  unitName: string | null;
  /** The people of the unit: the person, or the household's members. */
  memberIds: string[];
  /** The tier-3 area the unit is located in (a household: where it is located, else its first member). */
  areaId: string;
  /** The one node every tie of theirs goes through. */
  pointId: string;
  pointKind: PointKind;
  pointName: string | null;
  pointRoles: string[];
  /** The types of the ties between the unit and the point. */
  tieTypes: string[];
}

const strandedQuery = `
${subtreeAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area) WHERE ${existsFor('p')}
OPTIONAL MATCH (p)-[:MEMBER_OF]->(h:Household) WHERE ${householdExistsFor('h')}
WITH DISTINCT coalesce(h, p) AS unit, area
WITH unit, head(collect(area)) AS area
WITH unit, area, CASE WHEN unit:Household THEN [(unit)<-[:MEMBER_OF]-(m:Person) | m] ELSE [unit] END AS members
WITH unit, area, members, members + [unit] AS inside
CALL (inside) {
  UNWIND inside AS x
  MATCH (x)-[r:${anyTie}]-(other)
  WHERE ${isActiveCypher('r')} AND NOT other IN inside
    AND (NOT other:Person OR ${existsFor('other')}) AND (NOT other:Household OR ${householdExistsFor('other')})
  RETURN collect(DISTINCT other) AS outside, collect(DISTINCT type(r)) AS types
}
WITH unit, area, members, outside, types WHERE size(outside) = 1
WITH unit, area, members, outside[0] AS point, types
WHERE point:Person OR point:Organization OR point:Hub OR point:Council
RETURN unit.id AS unitId, CASE WHEN unit:Household THEN 'Household' ELSE 'Person' END AS unitKind,
       unit.name AS unitName, [m IN members | m.id] AS memberIds, area.id AS areaId,
       point.id AS pointId, [l IN labels(point) WHERE l IN ['Person', 'Organization', 'Hub', 'Council']][0] AS pointKind,
       point.name AS pointName, coalesce(point.roles, []) AS pointRoles, types AS tieTypes
ORDER BY pointId, unitId`;

export interface StrandedQuery {
  areaId: string;
  /** YYYY-MM-DD */
  asOf: string;
  /** Whom it is for: people who do not exist for them (restricted) are neither counted nor a tie. */
  viewer?: Viewer;
}

/** The units of the area's subtree left with no tie if one node went, each with that node; by node, then unit. */
export async function strandedUnits(graph: Graph, query: StrandedQuery): Promise<StrandedUnit[]> {
  return graph.read<StrandedUnit>(strandedQuery, {
    areaId: query.areaId,
    asOf: query.asOf,
    ...restrictedParams(query.viewer),
  });
}
