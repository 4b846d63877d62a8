/** Checks of input that several concepts share; each throws a BadInputError naming the argument (errors.ts). */

import { readKana } from '../bundles/rules/kanaReadings.js';
import { type CodeList, describeCodes, readCode } from '../vocabulary/codes.js';
import { asOfProblem, isIsoDate, today } from './dates.js';
import { BadInputError } from './errors.js';

export function requireText(field: string, value: string | null | undefined, max = 200): string {
  const text = value?.trim() ?? '';
  if (!text) throw new BadInputError(`${field} may not be empty`, field);
  if (text.length > max) throw new BadInputError(`${field} is longer than ${max} characters`, field);
  return text;
}

/** Free text that may be left out: trimmed, blank is none. */
export function optionalText(field: string, value: string | null | undefined, max = 200): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max) throw new BadInputError(`${field} is longer than ${max} characters`, field);
  return text;
}

/** A reading (よみがな), as the bundle's name_kana reads it (bundles/rules/kanaReadings.ts); blank: none. */
export function readReading(value: string | null | undefined, field = 'nameKana'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const verdict = readKana(value);
  if ('problem' in verdict) throw new BadInputError(verdict.problem, field);
  if (verdict.value.length > 200) throw new BadInputError(`${field} is longer than 200 characters`, field);
  return verdict.value;
}

/** An id as the data writes it: letters, digits and - _ . : (no spaces). */
export function requireId(field: string, value: string | null | undefined): string {
  const text = requireText(field, value, 100);
  if (!/^[\p{L}\p{N}_.:-]+$/u.test(text)) {
    throw new BadInputError(`${field} "${text}" may hold only letters, digits and - _ . :`, field);
  }
  return text;
}

export function optionalDate(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) throw new BadInputError(`${field} "${value}" is not a date written YYYY-MM-DD`, field);
  return value;
}

/**
 * The date a read looks at (the map, an ecomap, every analysis): the `asOf` argument, a real calendar date written
 * YYYY-MM-DD (blank counts as absent) and not after today, or today in the server's calendar.
 */
export function readAsOf(value: string | null | undefined): string {
  const now = today();
  const date = optionalDate('asOf', value?.trim()) ?? now;
  if (asOfProblem(date, now) === 'future')
    throw new BadInputError(`asOf "${date}" is after today (${now}): the network is known up to today`, 'asOf');
  return date;
}

export function optionalCount(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw new BadInputError(`${field} must be a whole number ≥ 0`, field);
  return value;
}

/** Codes given as codes or Japanese labels, returned as codes without repeats. */
export function codes<Code extends string>(
  field: string,
  list: CodeList<Code>,
  values: readonly string[] | null | undefined,
): Code[] {
  const out: Code[] = [];
  for (const value of values ?? []) {
    const code = readCode(list, value);
    if (!code)
      throw new BadInputError(`${field}: "${value}" is not a ${list.name}; use one of ${describeCodes(list)}`, field);
    if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** Free words (tags, interests): trimmed, no empties, no repeats. */
export function words(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}
