/**
 * Who may look at the network on another day than today, or with its ended ties: the roles that see people one by
 * one (policy.ts `seesPeople`; a test holds the two together). A map of another date, or with ended ties, would
 * tell when a tie to a stand-in began or ended. No imports: the web app imports this file too, so that its date
 * controls are offered exactly to the roles the server lets look back.
 */

/** Whether the role may look at another date than today, or at ended ties. */
export function roleMayLookBack(role: string): boolean {
  return role === 'ADMIN' || role === 'COORDINATOR';
}

/** Why this look is refused to the role, or undefined when it is allowed. */
export function lookBackRefusal(role: string, asOf: string, today: string, includeEnded: boolean): string | undefined {
  if (roleMayLookBack(role) || (asOf === today && !includeEnded)) return undefined;
  return 'your role sees the network as it is today: no other date, no ended ties';
}
