/**
 * The 地域カルテ's change over the year: hubs, organizations and councils that opened (`since`) or closed (`until`)
 * in the year up to the report's date — after the same day a year before, up to and including it. Counted where
 * each counts in the report (areas/inArea.ts): hubs where they are located, organizations where they work,
 * councils in the areas they cover (not case conferences). Not about people: exact for every role.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { caseConferenceKind } from '../missing-links/councils.js';

@ObjectType({
  simpleResolvers: true,
  description: 'hubs, organizations and councils opened or closed in the year up to asOf (after `from`)',
})
export class ResourceChanges {
  @Field(() => String, { description: 'the same day a year before asOf: changes after it are counted' }) from!: string;
  @Field(() => Int) hubsOpened!: number;
  @Field(() => Int) hubsClosed!: number;
  @Field(() => Int) organizationsOpened!: number;
  @Field(() => Int) organizationsClosed!: number;
  @Field(() => Int) councilsOpened!: number;
  @Field(() => Int) councilsClosed!: number;
}

export type ResourceChangeFigures = { [K in keyof ResourceChanges]: ResourceChanges[K] };

/** The same day a year before (29 February: the 28th), as the web app's year-on-year comparison takes it. */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface ChangedResourceRow {
  id: string;
  label: 'Hub' | 'Organization' | 'Council';
  since: string | null;
  until: string | null;
  /** the areas of the subtree it counts in */
  areaIds: string[];
}

/** Resources of the subtree of `$areaId` that opened or closed after `$from` and up to `$asOf`. */
export const changedResources = `
MATCH (root:Area {id: $areaId})
MATCH (area:Area)-[:WITHIN*0..]->(root)
CALL (area) {
  MATCH (r:Hub)-[:LOCATED_IN]->(area) RETURN r, 'Hub' AS label
  UNION
  MATCH (r:Organization)-[:LOCATED_IN|SERVES]->(area) RETURN r, 'Organization' AS label
  UNION
  MATCH (r:Council)-[:COVERS]->(area) WHERE coalesce(r.kind, '') <> '${caseConferenceKind}' RETURN r, 'Council' AS label
}
WITH r, label, area
WHERE (r.since > $from AND r.since <= $asOf) OR (r.until > $from AND r.until <= $asOf)
RETURN r.id AS id, label, r.since AS since, r.until AS until, collect(DISTINCT area.id) AS areaIds`;

/** The changes counted in one report area (`counts`: whether an area of the subtree lies in it). */
export function resourceChanges(
  rows: readonly ChangedResourceRow[],
  counts: (areaId: string) => boolean,
  period: { from: string; asOf: string },
): ResourceChangeFigures {
  const inYear = (date: string | null) => date !== null && date > period.from && date <= period.asOf;
  const here = rows.filter((row) => row.areaIds.some(counts));
  const count = (label: ChangedResourceRow['label'], date: 'since' | 'until') =>
    here.filter((row) => row.label === label && inYear(row[date])).length;
  return {
    from: period.from,
    hubsOpened: count('Hub', 'since'),
    hubsClosed: count('Hub', 'until'),
    organizationsOpened: count('Organization', 'since'),
    organizationsClosed: count('Organization', 'until'),
    councilsOpened: count('Council', 'since'),
    councilsClosed: count('Council', 'until'),
  };
}
