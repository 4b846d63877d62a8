/**
 * Cypher fragments every analysis shares about which relationships are ties. When a tie is active or formal is
 * defined once, in server/vocabulary/tiePredicates.ts. The relationship types come from the fixed vocabulary, never
 * from input.
 */
import { tieTypes } from '../../vocabulary/ties.js';

/** Every tie type as a Cypher relationship-type alternation: `FAMILY|NEIGHBOR|…`. */
export const anyTie = tieTypes.join('|');

/** A predicate that the relationship bound to `r` is a tie and not household membership (MEMBER_OF a Household). */
export function isTie(r: string): string {
  return `(type(${r}) <> 'MEMBER_OF' OR endNode(${r}):Council)`;
}
