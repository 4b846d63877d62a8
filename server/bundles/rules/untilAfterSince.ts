/** Rule: a tie does not end before it begins: `until`, when given with `since`, is the same day or later. */
import type { RuleContext } from './rule.types.js';

export function untilAfterSince(context: RuleContext): void {
  for (const { since, until, line } of context.bundle.ties?.records ?? []) {
    // ISO dates compare as text
    if (since && until && until < since) {
      context.report('ties', line, 'until', until, `the tie ends (${until}) before it begins (${since})`);
    }
  }
}
