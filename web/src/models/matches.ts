/**
 * 参加支援 matches as the screens use them, pure: the words of their stages and roles (Japanese from the server's
 * code lists, English beside them there), which stages a match may move to next (the server's rule, imported),
 * and the follow-up that is due.
 */
import {
  type MatchStageCode,
  matchMoves,
  matchRoles,
  matchRolesEnglish,
  matchStages,
  matchStagesEnglish,
} from '../../../server/vocabulary/matchCodes';
import type { Localized } from './vocabulary';

function localized<Code extends string>(ja: Record<Code, string>, en: Record<Code, string>): Record<Code, Localized> {
  return Object.fromEntries(
    Object.keys(ja).map((code) => [code, { ja: ja[code as Code], en: en[code as Code] }]),
  ) as Record<Code, Localized>;
}

export const matchStageLabels = localized(matchStages.labels, matchStagesEnglish);
export const matchRoleLabels = localized(matchRoles.labels, matchRolesEnglish);

/** The stages a match may be moved on to, in the order the buttons show them (on before declined or ended). */
export function nextStages(stage: MatchStageCode): readonly MatchStageCode[] {
  return matchMoves[stage];
}

/** Whether the match is over (終結, 本人辞退): no more moves and no follow-ups. */
export function isOver(stage: MatchStageCode): boolean {
  return matchMoves[stage].length === 0;
}

/** Whether the next follow-up is due: on or before today. */
export function followUpDue(nextFollowUpOn: string | null, today: string): boolean {
  return nextFollowUpOn !== null && nextFollowUpOn <= today;
}
