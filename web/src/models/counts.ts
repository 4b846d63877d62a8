/**
 * Counts of people as the server sends them: small ones are masked (「5未満」) for the roles that see aggregates only,
 * and so are the rates made from them. A masked figure is its own value here, never 0, so no table, chart or
 * change since last year can show it as a number.
 */

import { maskedChangeLabel, maskedCountLabel, maskedRateLabel } from '../../../server/shared/reportFigures';
import type { CountFieldsFragment, ReportFiguresFragment } from '../gql/graphql';
import type { Lang, Localized } from './vocabulary';

/** A count of people, as every query asks for it (fragment CountFields): `value` is null when masked. */
export type Count = CountFieldsFragment;

/** A rate made from counts of people: masked when one of them is. */
export type Rate = ReportFiguresFragment['isolationRate'];

/** A figure ready to write: a number, masked, or unknown (not recorded, nothing to divide by). */
export type Shown = number | 'masked' | undefined;

/** How a masked count is written (the same words as the server's `text`) and a masked rate (not under 5: it would give a count back). */
export { maskedChangeLabel, maskedCountLabel, maskedRateLabel };
/** What the screen says when something on it is masked. */
export const maskedNote: Localized = {
  ja: '「5未満」：個人が特定されないよう、5人未満の人数と、そこから計算される率・前年との差は表示していません。',
  en: '"under 5": counts of fewer than 5 people, and the rates and changes worked out from them, are not shown, so no one can be singled out.',
};

/** The figure of a count or rate as the server sent it (a plain number passes through). */
export function shown(figure: Count | Rate | number | null | undefined): Shown {
  if (figure === null || figure === undefined) return undefined;
  if (typeof figure === 'number') return figure;
  if (figure.masked) return 'masked';
  return typeof figure.value === 'number' ? figure.value : undefined;
}

/** The difference of two figures: masked when either is, unknown when either is unknown. */
export function difference(now: Shown, before: Shown): Shown {
  if (now === 'masked' || before === 'masked') return 'masked';
  if (now === undefined || before === undefined) return undefined;
  return now - before;
}

/** A count written with separators, 「5未満」 when masked, — when unknown. */
export function formatCount(figure: Shown, lang: Lang): string {
  if (figure === 'masked') return maskedCountLabel[lang];
  if (figure === undefined || Number.isNaN(figure)) return '—';
  return figure.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}

/** Whether any of these figures is masked (to show the note that says why). */
export function anyMasked(figures: Iterable<Shown>): boolean {
  for (const figure of figures) if (figure === 'masked') return true;
  return false;
}
