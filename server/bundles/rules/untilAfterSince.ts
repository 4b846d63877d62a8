/**
 * Rule: nothing ends before it begins: a tie's `until`, and a hub's, organization's or council's (closed on), when
 * given with `since`, is the same day or later.
 */
import { endsBeforeItBegins } from '../../vocabulary/tiePredicates.js';
import type { RuleContext } from './rule.types.js';

/** The files whose rows carry since/until, and what a row of each is called in the message. */
const dated = [
  ['ties', 'the tie ends'],
  ['hubs', 'the hub closes'],
  ['organizations', 'the organization closes'],
  ['councils', 'the council closes'],
] as const;

export function untilAfterSince(context: RuleContext): void {
  for (const [key, what] of dated) {
    for (const { since, until, line } of context.bundle[key]?.records ?? []) {
      if (until && endsBeforeItBegins({ since, until })) {
        context.report(key, line, 'until', until, `${what} (${until}) before it begins (${since})`);
      }
    }
  }
}
