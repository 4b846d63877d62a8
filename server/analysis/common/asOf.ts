/** The date an analysis looks at: the caller's `asOf` (YYYY-MM-DD), checked, or today in the server's calendar. */
import { isIsoDate, today } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';

/** The as-of date of a request; refuses anything but a real calendar date written YYYY-MM-DD. */
export function readAsOf(raw: string | null | undefined): string {
  if (raw === null || raw === undefined || raw.trim() === '') return today();
  const text = raw.trim();
  if (!isIsoDate(text)) throw new BadInputError(`asOf is a date written YYYY-MM-DD, not "${raw}"`, { argument: 'asOf' });
  return text;
}
