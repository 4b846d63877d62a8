/**
 * The labels of a hub's shape and of 担い手 skills, Japanese and English, from the server's one definition
 * (server/vocabulary/resourceCodes.ts) and whom a hub is for (matchCodes.ts).
 */
import { audiences, audiencesEnglish } from '../../../server/vocabulary/matchCodes';
import {
  hubFunctions,
  hubFunctionsEnglish,
  hubOperators,
  hubOperatorsEnglish,
  skills,
  skillsEnglish,
  weekdays,
  weekdaysEnglish,
} from '../../../server/vocabulary/resourceCodes';
import type { Localized } from './vocabulary';

function localized<Code extends string>(ja: Readonly<Record<Code, string>>, en: Readonly<Record<Code, string>>) {
  return Object.fromEntries(
    Object.keys(ja).map((code) => [code, { ja: ja[code as Code], en: en[code as Code] }]),
  ) as Record<Code, Localized>;
}

export const operatorLabels = localized(hubOperators.labels, hubOperatorsEnglish);
export const hubFunctionLabels = localized(hubFunctions.labels, hubFunctionsEnglish);
export const weekdayLabels = localized(weekdays.labels, weekdaysEnglish);
export const skillLabels = localized(skills.labels, skillsEnglish);
export const audienceLabels = localized(audiences.labels, audiencesEnglish);
