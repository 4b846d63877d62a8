/**
 * When a need is met (docs/DESIGN.md UNMET_NEED): some organization having the field reaches the person, or their
 * household, with an active SUPPORTS tie. A person's support from a volunteer does not meet a need of a field.
 */
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';

/** A Cypher predicate: person `p`'s need `f` (a field code) is met at `$asOf`. */
export function needIsMet(p: string, f: string): string {
  return `(EXISTS { MATCH (${p})<-[s:SUPPORTS]-(o:Organization) WHERE ${f} IN coalesce(o.fields, []) AND ${isActiveCypher('s')} }
  OR EXISTS { MATCH (${p})-[:MEMBER_OF]->(:Household)<-[s:SUPPORTS]-(o:Organization) WHERE ${f} IN coalesce(o.fields, []) AND ${isActiveCypher('s')} })`;
}

/** A Cypher expression: the list of person `p`'s needs that are not met at `$asOf`. */
export function unmetNeedsOf(p: string): string {
  return `[f IN coalesce(${p}.needs, []) WHERE NOT ${needIsMet(p, 'f')}]`;
}
