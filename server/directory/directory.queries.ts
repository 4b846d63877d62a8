/** Cypher for the resource directory, with its rows. Organizations and hubs only: no pattern here reaches a Person. */
import { areaOrderCypher } from '../areas/areaOrder.js';
import { isActiveCypher, isOpenCypher } from '../vocabulary/tiePredicates.js';
import type { DirectoryArea } from './directory.type.js';

export interface DirectoryOrganizationRow {
  id: string;
  name: string;
  nameKana: string | null;
  kind: string | null;
  fields: string[];
  area: DirectoryArea | null;
  serves: DirectoryArea[];
  local: boolean;
}

export interface DirectoryHubRow {
  id: string;
  name: string;
  nameKana: string | null;
  kind: string | null;
  tags: string[];
  area: DirectoryArea | null;
  operators: string[];
  /** the ids of `operators`, in the same order (the HSDS export names the organization delivering a hub) */
  operatorIds: string[];
}

export const directoryArea = 'MATCH (a:Area {id: $areaId}) RETURN a.id AS id, a.name AS name, a.tier AS tier';

const areaMap = (a: string) =>
  `CASE WHEN ${a} IS NULL THEN null ELSE {id: ${a}.id, name: ${a}.name, tier: ${a}.tier} END`;

/**
 * Organizations working in the area (located in or serving it or an area within it: areas/inArea.ts
 * organizationsWorkingIn) and those serving an area above it (town-wide windows a resident may turn to), open on $asOf.
 */
export const directoryOrganizations = `
MATCH (root:Area {id: $areaId})
MATCH (inside:Area)-[:WITHIN*0..]->(root)
WITH root, collect(inside) AS insides
OPTIONAL MATCH (root)-[:WITHIN*1..]->(up:Area)
WITH insides, collect(up) AS above
MATCH (o:Organization)-[r:LOCATED_IN|SERVES]->(a:Area)
WHERE (a IN insides OR (type(r) = 'SERVES' AND a IN above)) AND ${isOpenCypher('o')}
WITH DISTINCT o, insides
OPTIONAL MATCH (o)-[:LOCATED_IN]->(at:Area)
OPTIONAL MATCH (o)-[:SERVES]->(s:Area)
// the areas served in the municipality's order, whatever order the ties were written in
WITH o, insides, at, s ORDER BY s.tier, ${areaOrderCypher('s')}
WITH o, insides, at, collect(DISTINCT ${areaMap('s')}) AS serves
RETURN o.id AS id, o.name AS name, o.nameKana AS nameKana, o.kind AS kind, coalesce(o.fields, []) AS fields,
  ${areaMap('at')} AS area, serves,
  EXISTS { MATCH (o)-[:LOCATED_IN|SERVES]->(x:Area) WHERE x IN insides } AS local
ORDER BY coalesce(o.nameKana, o.name), o.id`;

/** Hubs located in the area or within it, with the organizations running them on $asOf. */
export const directoryHubs = `
MATCH (root:Area {id: $areaId})
MATCH (a:Area)-[:WITHIN*0..]->(root)
MATCH (h:Hub)-[:LOCATED_IN]->(a) WHERE ${isOpenCypher('h')}
OPTIONAL MATCH (o:Organization)-[r:RUNS]->(h) WHERE ${isActiveCypher('r')}
WITH h, a, o ORDER BY coalesce(o.nameKana, o.name), o.id
WITH h, a, [x IN collect(o) WHERE x IS NOT NULL] AS running
RETURN h.id AS id, h.name AS name, h.nameKana AS nameKana, h.kind AS kind, coalesce(h.tags, []) AS tags,
  ${areaMap('a')} AS area, [x IN running | x.name] AS operators, [x IN running | x.id] AS operatorIds
ORDER BY coalesce(h.nameKana, h.name), h.id`;
