/**
 * ISO dates (YYYY-MM-DD) as the model stores them: strings that compare in date order. No imports: the web app
 * imports this file too, so that its date controls refuse what the server refuses.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Today in the server's calendar, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Why a date is no date to look at the network on, or undefined when it is one: not a calendar date written
 * YYYY-MM-DD, or after today (the records say what was, not what will be: a tie planned to begin next month is
 * not yet a tie).
 */
export function asOfProblem(text: string, today: string): 'format' | 'future' | undefined {
  if (!isIsoDate(text)) return 'format';
  return text > today ? 'future' : undefined;
}

/** The date `days` after an ISO date (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The date a year before an ISO date (29 February becomes 28 February), for the report's change in a year. */
export function yearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - 1).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
