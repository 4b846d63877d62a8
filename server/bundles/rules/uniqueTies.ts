/**
 * Rule: ties.csv holds each tie once, a tie being known by `tieIdentity` (server/vocabulary/tiePredicates.ts): its
 * ends, its type and its `since`, which is also how an import finds it again.
 */
import { tieIdentity } from '../../vocabulary/tiePredicates.js';
import { fileOf } from '../bundle.types.js';
import type { RuleContext } from './rule.types.js';

export function uniqueTies(context: RuleContext): void {
  const first = new Map<string, number>();
  for (const { from, to, type, since, line } of context.bundle.ties?.records ?? []) {
    if (from === undefined || to === undefined || type === undefined) continue;
    const identity = tieIdentity({ from, to, type, since });
    const seen = first.get(identity);
    if (seen === undefined) {
      first.set(identity, line);
    } else {
      const tie = `${from} -${type}-> ${to}${since ? ` since ${since}` : ''}`;
      context.report('ties', line, 'to_id', to, `the tie ${tie} is already at ${fileOf('ties')}:${seen}`);
    }
  }
}
