/** The councils a finding suggests: those covering the nearest area, going up from a given one, that has any. */
import { isOpenCypher } from '../../vocabulary/tiePredicates.js';

/** Councils of this kind are case conferences convened for one household; they are never suggested to others. */
export const caseConferenceKind = 'ケース会議';

/**
 * A CALL subquery binding `councils` to the councils (not case conferences) covering the nearest area at or above
 * the area bound to `fromArea`, open on `$asOf`, by name; empty when no area above has one.
 */
export function nearestCouncils(fromArea: string): string {
  return `CALL (${fromArea}) {
    OPTIONAL MATCH path = (${fromArea})-[:WITHIN*0..]->(:Area)<-[:COVERS]-(c:Council)
    WHERE coalesce(c.kind, '') <> '${caseConferenceKind}' AND ${isOpenCypher('c')}
    WITH c, length(path) AS distance
    ORDER BY distance, c.name, c.id
    WITH collect({council: c, distance: distance}) AS found
    RETURN [x IN found WHERE x.distance = found[0].distance | {id: x.council.id, name: x.council.name}] AS councils
  }`;
}

export interface CouncilRef {
  id: string;
  name: string | null;
}
