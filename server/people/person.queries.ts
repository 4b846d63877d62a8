/** Cypher for people, with the row it returns and its mapper (which the disclosure step redacts per viewer). */
import { relocate } from '../areas/placed.queries.js';
import type { PersonAccess } from '../auth/policy.js';
import type { SkillCode } from '../vocabulary/resourceCodes.js';
import { type Person, PersonAccessLevel } from './person.type.js';
import { factColumns } from './personFacts.js';

export interface PersonRow {
  id: string;
  name: string;
  nameKana: string | null;
  ageBand: string | null;
  roles: string[];
  needs: string[];
  interests: string[];
  canOffer: SkillCode[];
  offerTime: string | null;
  consent: string | null;
  restrictedFor: string[];
  areaId: string | null;
  householdId: string | null;
  /** the person's area and its ancestors, for the policy */
  areaPath: string[];
}

/**
 * Everything of the person, as a viewer with DETAILS sees them; their household only when the viewer sees it in
 * detail too (a member who consented must not give away the household of one who is restricted).
 */
export function toPerson(row: PersonRow, households: ReadonlyMap<string, PersonAccess>): Person {
  return {
    id: row.id,
    access: PersonAccessLevel.DETAILS,
    name: row.name,
    nameKana: row.nameKana,
    ageBand: row.ageBand,
    roles: row.roles,
    needs: row.needs,
    interests: row.interests,
    canOffer: row.canOffer,
    offerTime: row.offerTime,
    consent: row.consent,
    restrictedFor: row.restrictedFor,
    area: row.areaId ? { id: row.areaId } : null,
    household: row.householdId && households.get(row.householdId) === 'DETAILS' ? { id: row.householdId } : null,
  };
}

/** The policy's access as the API names it (HIDDEN people are never sent). */
export function accessLevel(access: PersonAccess): PersonAccessLevel {
  return PersonAccessLevel[access as keyof typeof PersonAccessLevel];
}

/** The person as a stand-in: the stand-in id and nothing else. */
export function blankPerson(standIn: string, access: PersonAccess): Person {
  return {
    id: standIn,
    access: accessLevel(access),
    name: null,
    nameKana: null,
    ageBand: null,
    roles: [],
    needs: [],
    interests: [],
    canOffer: [],
    offerTime: null,
    consent: null,
    restrictedFor: [],
    area: null,
    household: null,
  };
}

const returnPerson = `
OPTIONAL MATCH (p)-[:LOCATED_IN]->(area:Area)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(household:Household)
RETURN p.id AS id, p.name AS name, p.nameKana AS nameKana, p.ageBand AS ageBand, coalesce(p.roles, []) AS roles,
       coalesce(p.needs, []) AS needs, coalesce(p.interests, []) AS interests,
       coalesce(p.canOffer, []) AS canOffer, p.offerTime AS offerTime, area.id AS areaId, household.id AS householdId, ${factColumns}`;

/**
 * What the policy needs of every person located in an area's subtree, optionally of a role and with a need. The
 * page is cut after the policy has left out whom the viewer may not see, never in Cypher before it: a gap in a page
 * would tell that someone hidden is there.
 */
export const listPeopleFacts = `
MATCH (root:Area {id: $areaId})
MATCH (p:Person)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(root)
WHERE ($role IS NULL OR $role IN p.roles) AND ($need IS NULL OR $need IN p.needs)
WITH DISTINCT p
RETURN p.id AS id, ${factColumns}`;

/** The people with these ids. */
export const peopleByIds = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
${returnPerson}`;

export const getPerson = `
MATCH (p:Person {id: $id})
${returnPerson}`;

/** The area path of an area (for a move) and of a household (for joining it), for the write policy. */
export const placesOf = `
OPTIONAL MATCH (a:Area {id: $areaId})
OPTIONAL MATCH (h:Household {id: $householdId})
OPTIONAL MATCH (h)-[:LOCATED_IN]->(ha:Area)
RETURN a IS NOT NULL AS areaFound, h IS NOT NULL AS householdFound, ha.id AS householdAreaId,
       [(h)<-[:MEMBER_OF]-(m:Person) | m.id] AS householdMemberIds`;

export const createPerson = `
MATCH (area:Area {id: $areaId})
CREATE (p:Person {id: $id, name: $name, nameKana: $nameKana, ageBand: $ageBand, roles: $roles, needs: $needs,
                  interests: $interests, canOffer: $canOffer, offerTime: $offerTime, consent: $consent})
CREATE (p)-[:LOCATED_IN]->(area)
WITH p
OPTIONAL MATCH (h:Household {id: $householdId})
FOREACH (_ IN CASE WHEN h IS NULL THEN [] ELSE [1] END | CREATE (p)-[:MEMBER_OF]->(h))
RETURN p.id AS id`;

export const updatePerson = `
MATCH (p:Person {id: $id})
SET p += $properties
WITH p
${relocate('p')}
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
