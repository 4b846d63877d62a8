/**
 * Rule: a case's キーパーソン holds it as a professional — a person with the role PROFESSIONAL, CSW or COORDINATOR
 * (vocabulary/caseCodes.ts `keyPersonRoles`, the rule updateCase follows), by their roles in the bundle or else in
 * the database.
 */
import { keyPersonRoles } from '../../vocabulary/caseCodes.js';
import type { RuleContext } from './rule.types.js';

export function keyPersonsAreProfessionals(context: RuleContext): void {
  const rolesInBundle = new Map<string, readonly string[] | undefined>();
  for (const { id, roles } of context.bundle.people?.records ?? []) {
    if (id !== undefined && !rolesInBundle.has(id)) rolesInBundle.set(id, roles);
  }
  for (const { personId, line } of context.bundle.key_persons?.records ?? []) {
    if (personId === undefined) continue;
    // a person whose roles the bundle leaves out keeps those the database holds
    const roles = rolesInBundle.get(personId) ?? context.existing.get(personId)?.roles;
    if (!roles) continue; // not a person of the bundle or the database: caseLinksResolve says so
    if (roles.some((role) => keyPersonRoles.includes(role))) continue;
    const message = `"${personId}" is no professional (${keyPersonRoles.join(', ')}); a キーパーソン holds the case as one`;
    context.report('key_persons', line, 'person_id', personId, message);
  }
}
