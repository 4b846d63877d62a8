/** Cypher for mapSearch: entities of an area's map whose name contains a text (NFKC, case-insensitive). */
import { existsFor } from '../../auth/policy.js';

const entityColumns = `n.id AS id, labels(n)[0] AS label, n.name AS name, n.consent AS consent,
  n.restrictedFor AS restrictedFor, n.householdId AS householdId`;

/** The name, as compared: NFKC, lower case (the caller writes `$needle` the same way). */
const nameOf = (n: string) => `toLower(normalize(coalesce(${n}.name, ''), NFKC))`;

export interface SearchRow {
  id: string;
  label: 'Person' | 'Household' | 'Organization' | 'Council' | 'Hub';
  name: string | null;
  consent: string | null;
  restrictedFor: string[] | null;
  /** a case conference: the household it is about */
  householdId: string | null;
  /** located entities: their area; councils: the areas of the map they cover */
  areaIds: string[];
}

/**
 * Located entities of the subtree of `$areaId` (people and households only with `$withPeople`, restricted people
 * only for whom they exist), and councils covering an area of it.
 */
export const searchMap = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(a:Area)<-[:LOCATED_IN]-(n)
WHERE (n:Organization OR n:Hub OR ($withPeople AND (n:Household OR (n:Person AND ${existsFor('n')}))))
  AND ${nameOf('n')} CONTAINS $needle
RETURN ${entityColumns}, [a.id] AS areaIds
UNION ALL
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(a:Area)<-[:COVERS]-(n:Council)
WHERE ${nameOf('n')} CONTAINS $needle
WITH n, collect(a.id) AS areaIds
RETURN ${entityColumns}, areaIds`;
