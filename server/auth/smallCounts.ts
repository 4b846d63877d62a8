/**
 * Small counts of people (小さな数の秘匿, docs/DESIGN.md "Who may see what"): a count of people under 5 is shown as
 * 「5未満」 to PLANNER and COUNCIL_MEMBER, who see aggregates only, so that no one in a small area can be singled out.
 * ADMIN and COORDINATOR, who may see the people themselves, get exact numbers. Zero is under 5 too: "nobody here is
 * isolated" tells something about every resident of the area.
 *
 * This is primary suppression only: a masked count of a child area can still be bounded by its parent's total less
 * its siblings' (no complementary suppression across the tiers yet).
 */
import { UserRole, type Viewer } from './viewer.js';

/** Counts below this are masked. */
export const smallCountLimit = 5;

/** How a masked count is written (the web writes its own words for it in English). */
export const maskedText = `${smallCountLimit}未満`;

/** A count of people as a viewer may see it: the number, or only that it is under 5. */
export interface MaskedCount {
  /** null when masked */
  value: number | null;
  masked: boolean;
  /** the number in digits, or 「5未満」 */
  text: string;
}

/** A rate or ratio made from counts of people; masked whenever one of its counts is, so it cannot give them back. */
export interface MaskedRate {
  /** null when masked, or when there is nothing to divide by */
  value: number | null;
  masked: boolean;
}

/** Whether the viewer sees small counts of people exactly: those who may see the people themselves. */
export function seesSmallCounts(viewer: Viewer): boolean {
  return viewer.role === UserRole.ADMIN || viewer.role === UserRole.COORDINATOR;
}

/** Whether this count of people is hidden from the viewer. */
export function isMasked(viewer: Viewer, n: number): boolean {
  return !seesSmallCounts(viewer) && n < smallCountLimit;
}

/** A count of people as the viewer may see it. */
export function maskCount(viewer: Viewer, n: number): MaskedCount {
  return maskCountFor(seesSmallCounts(viewer), n);
}

/** A count of people for a reader who sees small counts exactly or not (`exact`, from seesSmallCounts or otherwise). */
export function maskCountFor(exact: boolean, n: number): MaskedCount {
  if (!exact && n < smallCountLimit) return { value: null, masked: true, text: maskedText };
  return { value: n, masked: false, text: String(n) };
}

/**
 * A rate derived from counts of people (`from`: each count it is computed from). Hidden when any of them is
 * masked: a rate and one exact count give the other count back.
 */
export function maskRate(viewer: Viewer, rate: number | null, from: readonly number[]): MaskedRate {
  return maskRateFor(seesSmallCounts(viewer), rate, from);
}

/** The same for a reader who sees small counts exactly or not. */
export function maskRateFor(exact: boolean, rate: number | null, from: readonly number[]): MaskedRate {
  if (!exact && from.some((n) => n < smallCountLimit)) return { value: null, masked: true };
  return { value: rate, masked: false };
}

/**
 * The cells of a breakdown whose total is shown too (cases by route, by reason): each masked as a count, and when
 * exactly one cell is masked while the total is not, the smallest other cell with it, so that the total less the
 * shown cells does not give the masked one back (secondary suppression within one table).
 */
export function maskBreakdownFor(exact: boolean, cells: readonly number[]): MaskedCount[] {
  const masked = cells.map((n) => !exact && n < smallCountLimit);
  const total = cells.reduce((sum, n) => sum + n, 0);
  if (!exact && total >= smallCountLimit && masked.filter(Boolean).length === 1) {
    let smallest = -1;
    cells.forEach((n, i) => {
      if (!masked[i] && (smallest < 0 || n < cells[smallest])) smallest = i;
    });
    if (smallest >= 0) masked[smallest] = true;
  }
  return cells.map((n, i) => (masked[i] ? { value: null, masked: true, text: maskedText } : maskCountFor(true, n)));
}
