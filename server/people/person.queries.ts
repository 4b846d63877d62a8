/** Cypher for people, with the row it returns and its mapper (which applies the viewer's access). */
import type { PersonAccess } from '../auth/policy.js';
import { type Person, PersonAccessLevel } from './person.type.js';

export interface PersonRow {
  id: string;
  name: string;
  ageBand: string | null;
  roles: string[];
  needs: string[];
  interests: string[];
  consent: string | null;
  areaId: string | null;
  householdId: string | null;
  /** the person's area and its ancestors, for the policy */
  areaPath: string[];
}

/** The person as this viewer may see them: everything, the name only, or nothing but the area. */
export function toPerson(row: PersonRow, access: PersonAccess): Person {
  const details = access === 'DETAILS';
  return {
    id: row.id,
    access: PersonAccessLevel[access],
    name: access === 'ANONYMOUS' ? null : row.name,
    ageBand: details ? row.ageBand : null,
    roles: details ? row.roles : [],
    needs: details ? row.needs : [],
    interests: details ? row.interests : [],
    consent: details ? row.consent : null,
    area: row.areaId ? { id: row.areaId } : null,
    household: details && row.householdId ? { id: row.householdId } : null,
  };
}

const returnPerson = `
OPTIONAL MATCH (p)-[:LOCATED_IN]->(area:Area)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(household:Household)
RETURN p.id AS id, p.name AS name, p.ageBand AS ageBand, coalesce(p.roles, []) AS roles,
       coalesce(p.needs, []) AS needs, coalesce(p.interests, []) AS interests, p.consent AS consent,
       area.id AS areaId, household.id AS householdId,
       [(area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;

/** People located in an area's subtree, optionally of a role and with a need. */
export const listPeople = `
MATCH (root:Area {id: $areaId})
MATCH (p:Person)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(root)
WHERE ($role IS NULL OR $role IN p.roles) AND ($need IS NULL OR $need IN p.needs)
WITH DISTINCT p
${returnPerson}
ORDER BY id
SKIP $offset LIMIT $limit`;

export const getPerson = `
MATCH (p:Person {id: $id})
${returnPerson}`;

export const createPerson = `
MATCH (area:Area {id: $areaId})
CREATE (p:Person {id: $id, name: $name, ageBand: $ageBand, roles: $roles, needs: $needs, interests: $interests,
                  consent: $consent})
CREATE (p)-[:LOCATED_IN]->(area)
WITH p
OPTIONAL MATCH (h:Household {id: $householdId})
FOREACH (_ IN CASE WHEN h IS NULL THEN [] ELSE [1] END | CREATE (p)-[:MEMBER_OF]->(h))
RETURN p.id AS id`;

export const updatePerson = `
MATCH (p:Person {id: $id})
SET p += $properties
WITH p
CALL (p) {
  WITH p WHERE $areaId IS NOT NULL
  MATCH (area:Area {id: $areaId})
  OPTIONAL MATCH (p)-[old:LOCATED_IN]->()
  DELETE old
  CREATE (p)-[:LOCATED_IN]->(area)
}
CALL (p) {
  WITH p WHERE $householdId IS NOT NULL
  OPTIONAL MATCH (p)-[old:MEMBER_OF]->(:Household)
  DELETE old
  WITH p
  MATCH (h:Household {id: $householdId})
  CREATE (p)-[:MEMBER_OF]->(h)
}
RETURN p.id AS id`;

export const deletePerson = 'MATCH (p:Person {id: $id}) DETACH DELETE p RETURN count(*) AS deleted';
