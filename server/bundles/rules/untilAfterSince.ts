/** Rule: a tie does not end before it begins: `until`, when given with `since`, is the same day or later. */
import { endsBeforeItBegins } from '../../vocabulary/tiePredicates.js';
import type { RuleContext } from './rule.types.js';

export function untilAfterSince(context: RuleContext): void {
  for (const { since, until, line } of context.bundle.ties?.records ?? []) {
    if (until && endsBeforeItBegins({ since, until })) {
      context.report('ties', line, 'until', until, `the tie ends (${until}) before it begins (${since})`);
    }
  }
}
