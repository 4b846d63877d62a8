/** Rule: dates are real calendar days written YYYY-MM-DD (full-width digits are accepted). */
import type { CellVerdict } from './rule.types.js';

export function readDate(text: string): CellVerdict<string> {
  const plain = text.normalize('NFKC');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plain);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return { value: plain };
    }
  }
  return { problem: `"${text}" is not a date; expected YYYY-MM-DD, e.g. 2024-04-01` };
}
