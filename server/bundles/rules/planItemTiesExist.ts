/**
 * Rule: a plan item that stands on a tie (tie MADE or FOUND) names a SUPPORTS tie from who does it to the case's
 * subject, beginning on tie_since, that ties.csv holds or the database already holds — so the map and the analyses
 * see what the plan connects, and a revision can end it.
 */
import { tieIdentity } from '../../vocabulary/tiePredicates.js';
import { caseFacts, caseOf } from './caseFacts.js';
import type { RuleContext } from './rule.types.js';

/** The identity of the SUPPORTS tie an item stands on. */
export function itemTieIdentity(whoId: string, subjectId: string, since: string | null | undefined): string {
  return tieIdentity({ from: whoId, type: 'SUPPORTS', to: subjectId, since: since ?? null });
}

export function planItemTiesExist(context: RuleContext): void {
  const inBundle = new Set<string>();
  for (const tie of context.bundle.ties?.records ?? []) {
    if (tie.type === 'SUPPORTS' && tie.from !== undefined && tie.to !== undefined) {
      inBundle.add(itemTieIdentity(tie.from, tie.to, tie.since));
    }
  }
  for (const row of context.bundle.plan_items?.records ?? []) {
    const subjectId = caseFacts(context, caseOf(context, row.planId))?.subjectId;
    if (!row.tie || row.whoId === undefined || subjectId === undefined || row.whoId === subjectId) continue;
    const identity = itemTieIdentity(row.whoId, subjectId, row.tieSince);
    if (inBundle.has(identity) || context.supports.has(identity)) continue;
    const since = row.tieSince ? ` since ${row.tieSince}` : ' without a since';
    const message = `no tie ${row.whoId} -SUPPORTS-> ${subjectId}${since} in ties.csv or the database for this item to stand on`;
    context.report('plan_items', row.line, 'tie', row.tie, message);
  }
}
