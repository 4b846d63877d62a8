/** Cypher for mapSearch: entities of an area's map whose name or reading contains a text (NFKC, case, kana). */
import { existsFor } from '../../auth/policy.js';

const entityColumns = `n.id AS id, labels(n)[0] AS label, n.name AS name, n.consent AS consent,
  n.restrictedFor AS restrictedFor, n.householdId AS householdId`;

/** A text of the node as compared: NFKC, lower case (the caller writes `$needles` the same way). */
const formOf = (n: string, property: string) => `toLower(normalize(coalesce(${n}.${property}, ''), NFKC))`;

/**
 * The name or its reading (name_kana) holds one of `$needles`: the text as typed, in hiragana and in katakana
 * (server/shared/kana.ts), so that 「いしぐろ」, 「イシグロ」 and 「石黒」 each find 石黒 聡.
 */
const matches = (n: string) =>
  `any(text IN [${formOf(n, 'name')}, ${formOf(n, 'nameKana')}] WHERE text <> '' AND any(needle IN $needles WHERE text CONTAINS needle))`;

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
  AND ${matches('n')}
RETURN ${entityColumns}, [a.id] AS areaIds
UNION ALL
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(a:Area)<-[:COVERS]-(n:Council)
WHERE ${matches('n')}
WITH n, collect(a.id) AS areaIds
RETURN ${entityColumns}, areaIds`;
