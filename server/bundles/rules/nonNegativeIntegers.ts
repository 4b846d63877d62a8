/**
 * Rule: counts (population, households, elderly) are whole numbers, 0 or more. Full-width digits and thousands
 * separators (１２３, 1,234) are read as the number they spell.
 */
import type { CellVerdict } from './rule.types.js';

export function readCount(text: string): CellVerdict<number> {
  const plain = text.normalize('NFKC').replace(/,(?=\d{3}(\D|$))/g, '');
  const value = Number(plain);
  if (!/^\d+$/.test(plain) || !Number.isSafeInteger(value)) {
    return { problem: `"${text}" is not a count; expected a whole number, 0 or more` };
  }
  return { value };
}
