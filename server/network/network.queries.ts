/** Cypher for the map of an area and for ecomaps, with their rows. */
import { nodeNamed, nodesNamed } from '../graph/lookup.js';
import { tieEndKinds, tieTypes } from '../vocabulary/ties.js';

export interface AreaNodeRow {
  id: string;
  name: string;
  tier: number;
  parentId: string | null;
  /** The municipality's order (areaOrder.ts). */
  sortOrder?: number | null;
}

export interface EntityRow {
  id: string;
  label: 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';
  name: string;
  kind: string | null;
  tier: number | null;
  roles: string[] | null;
  needs: string[] | null;
  interests: string[] | null;
  fields: string[] | null;
  tags: string[] | null;
  ageBand: string | null;
  consent: string | null;
  restrictedFor: string[] | null;
  /** located entities: their area; councils: the areas they cover */
  areaIds: string[];
  /** people: their household; councils: the household a case conference is about */
  householdId: string | null;
  /** hubs, organizations and councils: opened and closed on (areas/period.ts) */
  since?: string | null;
  until?: string | null;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  since: string | null;
  until: string | null;
  strength: string | null;
  sourceRoles: string[] | null;
}

const entityColumns = `n.id AS id, labels(n)[0] AS label, n.name AS name, n.kind AS kind, n.tier AS tier,
  n.roles AS roles, n.needs AS needs, n.interests AS interests, n.fields AS fields, n.tags AS tags,
  n.ageBand AS ageBand, n.consent AS consent, n.restrictedFor AS restrictedFor, n.since AS since, n.until AS until`;

/** The area, every area inside it, and the chain of areas above it (for the policy). */
export const areasOf = `
MATCH (root:Area {id: $areaId})
MATCH (a:Area)-[:WITHIN*0..]->(root)
OPTIONAL MATCH (a)-[:WITHIN]->(parent:Area)
RETURN a.id AS id, a.name AS name, a.tier AS tier, parent.id AS parentId, a.sortOrder AS sortOrder
UNION ALL
MATCH (root:Area {id: $areaId})-[:WITHIN*1..]->(a:Area)
OPTIONAL MATCH (a)-[:WITHIN]->(parent:Area)
RETURN a.id AS id, a.name AS name, a.tier AS tier, parent.id AS parentId, a.sortOrder AS sortOrder`;

/** People, households, organizations and hubs located in the given areas. */
export const locatedIn = `
UNWIND $areaIds AS areaId
MATCH (a:Area {id: areaId})<-[:LOCATED_IN]-(n)
OPTIONAL MATCH (n:Person)-[:MEMBER_OF]->(h:Household)
RETURN ${entityColumns}, [a.id] AS areaIds, h.id AS householdId`;

/** Councils covering any of the given areas, with those of the areas they cover. */
export const councilsCovering = `
MATCH (n:Council)-[:COVERS]->(a:Area) WHERE a.id IN $areaIds
WITH n, collect(a.id) AS areaIds
RETURN ${entityColumns}, areaIds, n.householdId AS householdId`;

/** People, households, organizations and hubs located in the given areas, and councils covering them. */
export const entitiesIn = `${locatedIn}
UNION ALL
${councilsCovering}`;

/** Entities by id (for those outside the area that ties reach, and for ecomaps), through the id indexes. */
export const entitiesById = `
${nodesNamed(tieEndKinds)}
OPTIONAL MATCH (n)-[:LOCATED_IN|COVERS]->(a:Area)
OPTIONAL MATCH (n:Person)-[:MEMBER_OF]->(h:Household)
WITH n, collect(DISTINCT a.id) AS areaIds, coalesce(n.householdId, head(collect(h.id))) AS householdId
RETURN ${entityColumns}, areaIds, householdId`;

/** Every tie touching the given entities, and household membership, in both directions. */
export const edgesTouching = `
UNWIND $ids AS id
${nodeNamed(tieEndKinds, 'id')}
MATCH (n)-[r:${tieTypes.join('|')}]-(m)
WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
RETURN coalesce(r.id, 'household:' + a.id + '>' + b.id) AS id, type(r) AS type, a.id AS source, b.id AS target,
       r.since AS since, r.until AS until, r.strength AS strength, a.roles AS sourceRoles`;

/**
 * Every tie touching something located in the area's subtree, and household membership: found by walking from the
 * areas, which is far cheaper than looking each entity up by id.
 */
export const edgesInArea = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(n)
MATCH (n)-[r:${tieTypes.join('|')}]-()
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN coalesce(r.id, 'household:' + a.id + '>' + b.id) AS id, type(r) AS type, a.id AS source, b.id AS target,
       r.since AS since, r.until AS until, r.strength AS strength, a.roles AS sourceRoles`;

/** The same for what is located in the given areas (each listed area alone, not its subtree). */
export const edgesLocatedIn = `
UNWIND $areaIds AS areaId
MATCH (:Area {id: areaId})<-[:LOCATED_IN]-(n)
MATCH (n)-[r:${tieTypes.join('|')}]-()
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN coalesce(r.id, 'household:' + a.id + '>' + b.id) AS id, type(r) AS type, a.id AS source, b.id AS target,
       r.since AS since, r.until AS until, r.strength AS strength, a.roles AS sourceRoles`;

/** A person's household and its members; the household's members when a household is asked for. */
export const householdOf = `
OPTIONAL MATCH (p:Person {id: $id})-[:MEMBER_OF]->(ph:Household)
OPTIONAL MATCH (hh:Household {id: $id})
WITH coalesce(ph, hh) AS h
OPTIONAL MATCH (member:Person)-[:MEMBER_OF]->(h)
RETURN h.id AS householdId, collect(member.id) AS memberIds`;
