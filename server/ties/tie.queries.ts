/** Cypher for ties. The relationship type is always one of the fixed tie types, never text from input. */
import { nodeNamed } from '../graph/lookup.js';
import { isActive, sameSinceCypher, tieArrowCypher, tieCategory } from '../vocabulary/tiePredicates.js';
import { type EntityKind, type TieType, tieEndKinds, tieTypes } from '../vocabulary/ties.js';
import type { Tie } from './tie.type.js';

export interface TieRow {
  id: string;
  type: TieType;
  sourceId: string;
  targetId: string;
  since: string | null;
  until: string | null;
  strength: string | null;
  note: string | null;
  sourceRoles: string[] | null;
  sourceName: string | null;
  targetName: string | null;
}

export function toTie(row: TieRow, asOf: string): Tie {
  return {
    id: row.id,
    type: row.type,
    sourceId: row.sourceId,
    targetId: row.targetId,
    since: row.since,
    until: row.until,
    strength: row.strength ?? 'NORMAL',
    note: row.note,
    category: tieCategory(row.type, row.sourceRoles ?? []),
    active: isActive(row, asOf),
    sourceName: row.sourceName,
    targetName: row.targetName,
  };
}

const tieColumns = `r.id AS id, type(r) AS type, a.id AS sourceId, b.id AS targetId, r.since AS since,
  r.until AS until, r.strength AS strength, r.note AS note, a.roles AS sourceRoles, a.name AS sourceName,
  b.name AS targetName`;

/** One tie by id, through the per-type indexes. */
export const getTie = `
CALL () {
${tieTypes.map((type) => `  MATCH (a)-[r:${type} {id: $id}]->(b) RETURN r, a, b`).join('\n  UNION ALL\n')}
}
RETURN ${tieColumns} LIMIT 1`;

/** The ties of one entity (its label from the fixed list), both directions; household membership is not a tie. */
export function tiesOf(label: EntityKind): string {
  return `
MATCH (n:${label} {id: $id})-[r:${tieTypes.join('|')}]-(other)
WHERE NOT (type(r) = 'MEMBER_OF' AND (other:Household OR n:Household))
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN ${tieColumns}
ORDER BY type, sourceId, targetId`;
}

export function createTie(type: TieType, source: EntityKind, target: EntityKind): string {
  return `
MATCH (a:${source} {id: $sourceId})
MATCH (b:${target} {id: $targetId})
CREATE (a)-[r:${type} {id: $id, since: $since, until: $until, strength: $strength, note: $note}]->(b)
RETURN r.id AS id`;
}

/** Finds the same tie (tieIdentity: ends, type and since), so that it is not recorded twice. */
export function sameTie(type: TieType, source: EntityKind, target: EntityKind): string {
  return `
MATCH (a:${source} {id: $sourceId})-[r:${type}]${tieArrowCypher(type)}(b:${target} {id: $targetId})
WHERE ${sameSinceCypher('r', '$since')}
RETURN r.id AS id LIMIT 1`;
}

export function updateTie(type: TieType): string {
  return `MATCH ()-[r:${type} {id: $id}]->() SET r += $properties RETURN r.id AS id`;
}

export function deleteTie(type: TieType): string {
  return `MATCH ()-[r:${type} {id: $id}]->() DELETE r RETURN count(*) AS deleted`;
}

/** What the policy needs of a tie's ends: label, the areas that place it, and a person's facts. */
export interface EndRow {
  id: string;
  label: EntityKind;
  /** located in, serves or covers */
  areaIds: string[];
  consent: string | null;
  restrictedFor: string[];
  areaPath: string[];
  /** a case conference: the household it is about */
  householdId: string | null;
  /** an organization, hub or council: the areas it is located in, serves or covers, and every area inside them */
  reach: string[];
}

export const endFacts = `
UNWIND $ids AS id
${nodeNamed(tieEndKinds, 'id')}
RETURN id, label, [(n)-[:LOCATED_IN|SERVES|COVERS]->(a:Area) | a.id] AS areaIds, n.consent AS consent,
       coalesce(n.restrictedFor, []) AS restrictedFor, n.householdId AS householdId,
       CASE WHEN n:Person OR n:Household THEN [] ELSE
         COLLECT { MATCH (n)-[:LOCATED_IN|SERVES|COVERS]->(:Area)<-[:WITHIN*0..]-(down:Area) RETURN DISTINCT down.id } END AS reach,
       [(n)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;
