/** Cypher of the HSDS import: the nodes it may update, their snapshots for the audit log, and the writes. */
import { nodesNamed } from '../../graph/lookup.js';
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';
import { entityKinds } from '../../vocabulary/ties.js';

/** The import's area: the areas within it, and every area of its municipality with its name. */
export interface ScopeRow {
  municipality: { id: string; name: string }[];
}

export const areaScope = `
MATCH (root:Area {id: $areaId})-[:WITHIN*0..]->(top:Area) WHERE NOT (top)-[:WITHIN]->(:Area)
MATCH (any:Area)-[:WITHIN*0..]->(top)
RETURN collect(DISTINCT {id: any.id, name: any.name}) AS municipality`;

export interface CandidateRow {
  id: string;
  label: 'Organization' | 'Hub';
  hsdsId: string | null;
}

/** Every organization and hub with the HSDS id it keeps: an import finds again what it or an export wrote. */
export const candidates = `
CALL () {
  MATCH (n:Organization) RETURN n, 'Organization' AS label
  UNION ALL
  MATCH (n:Hub) RETURN n, 'Hub' AS label
}
RETURN n.id AS id, label, n.hsdsId AS hsdsId`;

/** The ids among $ids that name anything already (a new node's id must be free). */
export const takenIds = `
${nodesNamed(entityKinds)}
RETURN n.id AS id`;

export interface SnapshotRow {
  id: string;
  snapshot: Record<string, unknown>;
}

/** How the audit log records an organization or hub the import touches. */
export const snapshots = `
${nodesNamed(['Organization', 'Hub'])}
OPTIONAL MATCH (n)-[:LOCATED_IN]->(a:Area)
OPTIONAL MATCH (n)-[:SERVES]->(s:Area)
WITH n, label, a, s ORDER BY s.id
WITH n, label, a, collect(s.id) AS serves
OPTIONAL MATCH (o:Organization)-[r:RUNS]->(n) WHERE ${isActiveCypher('r')}
WITH n, label, a, serves, o ORDER BY o.id
WITH n, label, a, serves, collect(o.id) AS runBy
RETURN n.id AS id, {label: label, name: n.name, kind: n.kind, fields: n.fields, tags: n.tags, area: a.id,
  serves: serves, runBy: runBy, hsdsId: n.hsdsId, hsdsSource: n.hsdsSource, hsdsImportedOn: n.hsdsImportedOn}
  AS snapshot`;

/**
 * Each organization: created or updated; placed in its area and serving its areas when the package says (a null
 * leaves them as they are).
 */
export const saveOrganizations = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
SET o.name = row.name, o.kind = coalesce(row.kind, o.kind), o.fields = coalesce(row.fields, o.fields, []),
  o.hsdsId = row.hsdsId, o.hsdsSource = $source, o.hsdsImportedOn = $asOf
WITH o, row
CALL (o, row) {
  WITH o, row WHERE row.areaId IS NOT NULL
  OPTIONAL MATCH (o)-[old:LOCATED_IN]->(:Area) DELETE old
  WITH DISTINCT o, row MATCH (at:Area {id: row.areaId}) CREATE (o)-[:LOCATED_IN]->(at)
}
CALL (o, row) {
  WITH o, row WHERE row.serves IS NOT NULL
  OPTIONAL MATCH (o)-[old:SERVES]->(:Area) DELETE old
  WITH DISTINCT o, row UNWIND row.serves AS served MATCH (s:Area {id: served}) CREATE (o)-[:SERVES]->(s)
}`;

/** Each hub: created or updated, placed in its area. */
export const saveHubs = `
UNWIND $rows AS row
MERGE (h:Hub {id: row.id})
SET h.name = row.name, h.kind = coalesce(row.kind, h.kind), h.tags = coalesce(row.tags, h.tags, []),
  h.audience = coalesce(h.audience, []), h.hsdsId = row.hsdsId, h.hsdsSource = $source, h.hsdsImportedOn = $asOf
WITH h, row
CALL (h) { MATCH (h)-[old:LOCATED_IN]->(:Area) DELETE old }
WITH h, row
MATCH (at:Area {id: row.areaId})
CREATE (h)-[:LOCATED_IN]->(at)`;

/** An organization delivering a hub's service runs it: a RUNS tie, unless one is active already. */
export const saveRuns = `
UNWIND $rows AS row
MATCH (o:Organization {id: row.organizationId}), (h:Hub {id: row.hubId})
WHERE NOT EXISTS { MATCH (o)-[r:RUNS]->(h) WHERE ${isActiveCypher('r')} }
CREATE (o)-[:RUNS {id: randomUUID()}]->(h)
RETURN count(*) AS created`;
