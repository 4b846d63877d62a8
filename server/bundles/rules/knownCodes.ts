/**
 * Rule: fields, roles, hub audiences (対象), consents, strengths, tiers and tie types are known codes, written as the code (ELDERLY) or
 * its Japanese label (高齢); the database holds the code.
 */
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
import { readTieType, type TieType, tieRules } from '../../vocabulary/ties.js';
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
