/**
 * Rule: a tie joins the kinds of node its type allows (server/vocabulary/ties.ts): FAMILY joins two people,
 * SUPPORTS goes from an organization or person to a person or household, MEMBER_OF to a council, and so on.
 */
import { tieEndsProblem, tieRules } from '../../vocabulary/ties.js';
import { aKind, kindAfterImport, type RuleContext } from './rule.types.js';

export function tieEndsFit(context: RuleContext): void {
  for (const { from, to, type, line } of context.bundle.ties?.records ?? []) {
    if (from === undefined || to === undefined || type === undefined) continue;
    const fromKind = kindAfterImport(context, from);
    const toKind = kindAfterImport(context, to);
    if (!fromKind || !toKind) continue; // referencesResolve reports a missing end
    const problem = tieEndsProblem(type, fromKind, toKind);
    if (!problem) continue;
    const fromFits = (tieRules[type].from as readonly string[]).includes(fromKind);
    if (fromFits) context.report('ties', line, 'to_id', to, `"${to}" is ${aKind(toKind)}: ${problem}`);
    else context.report('ties', line, 'from_id', from, `"${from}" is ${aKind(fromKind)}: ${problem}`);
  }
}
