/**
 * Rule: ties.csv holds each tie once. A tie is known by its ends, its type and its `since` (the same two people may
 * be NEIGHBORs twice, from different dates), and that is how an import finds it again.
 */
import { fileOf } from '../bundle.types.js';
import type { RuleContext } from './rule.types.js';

export function uniqueTies(context: RuleContext): void {
  const first = new Map<string, number>();
  for (const { from, to, type, since, line } of context.bundle.ties?.records ?? []) {
    if (from === undefined || to === undefined || type === undefined) continue;
    // an empty since is no since; U+0000 does not occur in ids
    const identity = `${from}\u0000${type}\u0000${to}\u0000${since ?? ''}`;
    const seen = first.get(identity);
    if (seen === undefined) {
      first.set(identity, line);
    } else {
      const tie = `${from} -${type}-> ${to}${since ? ` since ${since}` : ''}`;
      context.report('ties', line, 'to_id', to, `the tie ${tie} is already at ${fileOf('ties')}:${seen}`);
    }
  }
}
