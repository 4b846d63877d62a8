/** Cypher for areas, with the row it returns and its mapper. */
import { maskCount } from '../auth/smallCounts.js';
import type { Viewer } from '../auth/viewer.js';
import type { Area } from './area.type.js';
import { areaOrderCypher } from './areaOrder.js';
import { hubsIn, organizationsWorkingIn, peopleLivingIn } from './inArea.js';

/** An area's row with its counts (direct from listAreasDirect, then added up the tree by the service). */
export interface AreaRow {
  id: string;
  name: string;
  tier: number;
  parentId: string | null;
  population: number | null;
  households: number | null;
  elderly: number | null;
  sortOrder: number | null;
  code: string | null;
  machiazaIds: string[] | null;
  peopleKnown: number;
  hubCount: number;
}

/** The area as the viewer may see it: its count of people is masked under 5 for the roles that see aggregates only. */
export function toArea(row: AreaRow & { organizationCount: number }, viewer: Viewer): Area {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    parent: row.parentId ? { id: row.parentId } : null,
    population: row.population,
    households: row.households,
    elderly: row.elderly,
    sortOrder: row.sortOrder,
    code: row.code ?? null,
    machiazaIds: row.machiazaIds ?? [],
    peopleKnown: maskCount(viewer, row.peopleKnown),
    organizationCount: row.organizationCount,
    hubCount: row.hubCount,
  };
}

/**
 * Every area with the people and hubs located directly in it; the service adds them up the tree (one pass over the
 * located nodes, instead of one subtree walk per area). Organizations come from `organizationAreas`: one that
 * serves two areas of a subtree counts there once, so they are not added up (inArea.ts).
 */
export const listAreasDirect = `
MATCH (a:Area)
OPTIONAL MATCH (a)-[:WITHIN]->(parent:Area)
RETURN a.id AS id, a.name AS name, a.tier AS tier, parent.id AS parentId, a.population AS population,
       a.households AS households, a.elderly AS elderly, a.sortOrder AS sortOrder,
       a.code AS code, a.machiazaIds AS machiazaIds,
       COUNT { ${peopleLivingIn('a')} RETURN p } AS peopleKnown,
       COUNT { ${hubsIn('a')} RETURN h } AS hubCount
ORDER BY a.tier, ${areaOrderCypher('a')}`;

/** Every organization with the areas it is located in or serves. */
export const organizationAreas = `
MATCH (area:Area)
${organizationsWorkingIn('area')}
RETURN o.id AS id, collect(DISTINCT area.id) AS areaIds`;

/** The areas a scoped viewer may list: those inside their areas and the ancestors above them. */
export const visibleAreaIds = `
MATCH (a:Area) WHERE a.id IN $scope
OPTIONAL MATCH (a)-[:WITHIN*0..]->(up:Area)
RETURN collect(DISTINCT up.id) AS ids`;

export const createArea = `
CREATE (a:Area {id: $id, name: $name, tier: $tier, population: $population, households: $households, elderly: $elderly,
                code: $code, machiazaIds: $machiazaIds})
WITH a
OPTIONAL MATCH (parent:Area {id: $parentId})
FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (a)-[:WITHIN]->(parent))
// absent, its place is after its ordered siblings (an area made on the admin screen joins the end of the list)
WITH a, CASE WHEN parent IS NULL THEN [] ELSE [(s:Area)-[:WITHIN]->(parent) WHERE s <> a AND s.sortOrder IS NOT NULL | s.sortOrder] END AS orders
SET a.sortOrder = coalesce($sortOrder, CASE WHEN size(orders) = 0 THEN null ELSE reduce(top = orders[0], o IN orders | CASE WHEN o > top THEN o ELSE top END) + 1 END)
RETURN a.id AS id`;

export const updateArea = `
MATCH (a:Area {id: $id})
SET a.name = coalesce($name, a.name),
    a.population = CASE WHEN $setPopulation THEN $population ELSE a.population END,
    a.households = CASE WHEN $setHouseholds THEN $households ELSE a.households END,
    a.elderly = CASE WHEN $setElderly THEN $elderly ELSE a.elderly END,
    a.sortOrder = CASE WHEN $setSortOrder THEN $sortOrder ELSE a.sortOrder END,
    a.code = CASE WHEN $setCode THEN $code ELSE a.code END,
    a.machiazaIds = CASE WHEN $setMachiaza THEN $machiazaIds ELSE a.machiazaIds END
RETURN a.id AS id`;

/** What still lies in an area: it may be deleted only when this is all zero. */
export const areaContents = `
MATCH (a:Area {id: $id})
RETURN COUNT { (:Area)-[:WITHIN]->(a) } AS children, COUNT { ()-[:LOCATED_IN]->(a) } AS located`;

export const deleteArea = 'MATCH (a:Area {id: $id}) DETACH DELETE a';
