/**
 * What a meeting's legal basis lets it share of a case (docs/DESIGN.md "Cases and meetings"), as one pure rule:
 * - SUPPORT_MEETING 支援会議 (社会福祉法106条の6): members are bound to confidentiality; shared without consent;
 * - CONSENTED 重層的支援会議・地域ケア会議: shared when the person agreed (consent PROFESSIONALS or COMMUNITY);
 * - COUNCIL 協議体: only what the person agreed to share with the community (consent COMMUNITY).
 * A household is shared as its least consenting member. A restricted subject (支援措置) is never shared through a
 * meeting: a DV victim's whereabouts are protected above any basis, so their case is shown only as the policy
 * shows it anywhere (ADMIN and the coordinators named for them).
 */
import type { MeetingBasisCode } from '../vocabulary/caseCodes.js';

/** Why the basis does not let the meeting show the case, or undefined when it does. */
export function basisWithholds(basis: MeetingBasisCode, consents: readonly (string | null)[]): string | undefined {
  const all = consents.length > 0 ? consents.map((c) => c ?? 'NONE') : ['NONE'];
  if (all.includes('RESTRICTED')) return 'the subject is protected (支援措置): no meeting shares their case';
  if (basis === 'SUPPORT_MEETING') return undefined;
  if (basis === 'CONSENTED') {
    return all.every((c) => c === 'PROFESSIONALS' || c === 'COMMUNITY')
      ? undefined
      : 'this meeting shares a case only with the person’s agreement, which is not recorded';
  }
  return all.every((c) => c === 'COMMUNITY')
    ? undefined
    : 'a 協議体 shares a case only when the person agreed to share it with the community';
}
