/**
 * Cypher fragments every analysis shares: which relationships are ties, and when a tie is active
 * (DESIGN.md "The analyses": its `since` is empty or not after the as-of date, its `until` empty or after it).
 * The relationship types come from the fixed vocabulary, never from input; the date is always `$asOf`.
 */
import { tieTypes } from '../../vocabulary/ties.js';

/** Every tie type as a Cypher relationship-type alternation: `FAMILY|NEIGHBOR|…`. */
export const anyTie = tieTypes.join('|');

/** A predicate that the relationship bound to `r` is active at `$asOf` (dates are ISO strings, compared as strings). */
export function isActive(r: string): string {
  return `((${r}.since IS NULL OR ${r}.since = '' OR ${r}.since <= $asOf) AND (${r}.until IS NULL OR ${r}.until = '' OR ${r}.until > $asOf))`;
}

/** A predicate that the relationship bound to `r` is a tie and not household membership (MEMBER_OF a Household). */
export function isTie(r: string): string {
  return `(type(${r}) <> 'MEMBER_OF' OR endNode(${r}):Council)`;
}

/** A predicate that the tie bound to `r` is formal (DESIGN.md tie table; WATCHES_OVER is formal from a 民生委員). */
export function isFormal(r: string): string {
  return `(type(${r}) IN ['SUPPORTS', 'MEMBER_OF', 'RUNS', 'COLLABORATES', 'REFERS'] OR (type(${r}) = 'WATCHES_OVER' AND 'MINSEI_IIN' IN coalesce(startNode(${r}).roles, [])))`;
}
