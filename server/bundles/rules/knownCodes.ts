/**
 * Rule: fields, roles, hub audiences (対象), operators (運営形態), functions (機能) and days (曜日), 担い手 skills, consents,
 * strengths, tiers and tie types — and a case's status, route and close reason, a plan item's status and tie, a
 * meeting's basis and what its decisions revised — are known codes, written as the code (ELDERLY) or its Japanese
 * label (高齢); the database holds the code.
 */

import { localGovernmentCodeProblem, machiazaIdProblem } from '../../vocabulary/areaCodes.js';
import {
  caseRoutes,
  caseStatuses,
  closeReasons,
  meetingBases,
  meetingRevisions,
  planItemStatuses,
} from '../../vocabulary/caseCodes.js';
import {
  type CodeList,
  consents,
  describeCodes,
  fields,
  readCode,
  readTier,
  roles,
  strengths,
  type Tier,
  tiers,
} from '../../vocabulary/codes.js';
import { audiences } from '../../vocabulary/matchCodes.js';
import { hubFunctions, hubOperators, skills, weekdays } from '../../vocabulary/resourceCodes.js';
import { readTieType, type TieType, tieRules } from '../../vocabulary/ties.js';
import type { ColumnKind } from '../columns.types.js';
import type { CellVerdict } from './rule.types.js';

function codeReader<Code extends string>(list: CodeList<Code>): (text: string) => CellVerdict<Code> {
  return (text) => {
    const value = readCode(list, text);
    return value ? { value } : { problem: `"${text}" is not a known ${list.name}; expected ${describeCodes(list)}` };
  };
}

export const readField = codeReader(fields);
export const readRole = codeReader(roles);
export const readConsent = codeReader(consents);
export const readStrength = codeReader(strengths);
export const readAudience = codeReader(audiences);
export const readHubOperator = codeReader(hubOperators);
export const readHubFunction = codeReader(hubFunctions);
export const readWeekday = codeReader(weekdays);
export const readSkill = codeReader(skills);
export const readCaseStatus = codeReader(caseStatuses);
export const readCaseRoute = codeReader(caseRoutes);
export const readCloseReason = codeReader(closeReasons);
export const readPlanItemStatus = codeReader(planItemStatuses);
export const readMeetingBasis = codeReader(meetingBases);
export const readMeetingRevision = codeReader(meetingRevisions);

/** How a plan item stands on a SUPPORTS tie (plan_items.csv `tie`): a bundle's code, not the model's. */
const planItemTies = {
  name: 'plan item tie',
  labels: { MADE: 'プランで作成', FOUND: '既存のつながり' },
} as const satisfies CodeList<string>;
export const readPlanItemTie = codeReader(planItemTies);

/** The code list a column of each code kind reads (a list kind's items too), for writing its codes as labels. */
export const codeListOf = {
  fields,
  field: fields,
  roles,
  audiences,
  consent: consents,
  strength: strengths,
  caseStatus: caseStatuses,
  route: caseRoutes,
  closeReason: closeReasons,
  itemStatus: planItemStatuses,
  basis: meetingBases,
  itemTie: planItemTies,
} as const satisfies Partial<Record<ColumnKind, CodeList<string>>>;

/** How a flag is written as a label (readFlag reads it back). */
export const flagLabels = { true: 'はい', false: 'いいえ' } as const;

/** A municipality's 全国地方公共団体コード, its check digit checked (a five-digit one is told its sixth). */
export function readLocalGovernmentCode(text: string): CellVerdict<string> {
  const problem = localGovernmentCodeProblem(text);
  return problem ? { problem } : { value: text.normalize('NFKC').trim() };
}

/** One 町字ID of the アドレス・ベース・レジストリ. */
export function readMachiazaId(text: string): CellVerdict<string> {
  const problem = machiazaIdProblem(text);
  return problem ? { problem } : { value: text.normalize('NFKC').trim() };
}

/** true or false (はい, いいえ). */
export function readFlag(text: string): CellVerdict<boolean> {
  const plain = text.normalize('NFKC').trim().toLowerCase();
  if (['true', 'はい', 'yes', '1'].includes(plain)) return { value: true };
  if (['false', 'いいえ', 'no', '0'].includes(plain)) return { value: false };
  return { problem: `"${text}" is not true or false; expected true (はい) or false (いいえ)` };
}

export function readTierCode(text: string): CellVerdict<Tier> {
  const value = readTier(text.normalize('NFKC'));
  const expected = Object.entries(tiers).map(([tier, label]) => `${tier} (${label})`);
  return value ? { value } : { problem: `"${text}" is not a tier; expected ${expected.join(', ')}` };
}

export function readTieTypeCode(text: string): CellVerdict<TieType> {
  const value = readTieType(text);
  const expected = Object.entries(tieRules).map(([type, rule]) => `${type} (${rule.label})`);
  return value ? { value } : { problem: `"${text}" is not a tie type; expected ${expected.join(', ')}` };
}
