import { describe, expect, it } from 'vitest';
import { maskBreakdownFor, maskCount, maskRate } from './smallCounts.js';
import { UserRole, type Viewer } from './viewer.js';

const as = (role: UserRole): Viewer => ({ username: 'u', role, areaIds: [], scope: undefined, municipalityIds: [] });
const under5 = { value: null, masked: true, text: '5未満' };

describe('small counts of people', () => {
  it.each([UserRole.PLANNER, UserRole.COUNCIL_MEMBER])('shows %s 0 to 4 as 5未満 and 5 as 5', (role) => {
    expect([0, 1, 4].map((n) => maskCount(as(role), n))).toEqual([under5, under5, under5]);
    expect(maskCount(as(role), 5)).toEqual({ value: 5, masked: false, text: '5' });
  });

  it.each([UserRole.ADMIN, UserRole.COORDINATOR])('shows %s every count exactly', (role) => {
    expect(maskCount(as(role), 1)).toEqual({ value: 1, masked: false, text: '1' });
    expect(maskRate(as(role), 0.25, [1, 4])).toEqual({ value: 0.25, masked: false });
  });

  it('masks a rate made from a masked count', () => {
    const planner = as(UserRole.PLANNER);
    expect(maskRate(planner, 0.5, [3, 6])).toEqual({ value: null, masked: true });
    expect(maskRate(planner, 0.5, [5, 10])).toEqual({ value: 0.5, masked: false });
  });

  it('hides a second cell of a breakdown when one alone is under 5, so the total does not give it back', () => {
    const shown = (n: number) => ({ value: n, masked: false, text: String(n) });
    expect(maskBreakdownFor(false, [3, 20, 8])).toEqual([under5, shown(20), under5]);
    // two small cells already hide each other; a small total hides every cell by itself
    expect(maskBreakdownFor(false, [3, 2, 8])).toEqual([under5, under5, shown(8)]);
    expect(maskBreakdownFor(false, [1, 2])).toEqual([under5, under5]);
    expect(maskBreakdownFor(true, [3, 20, 8])).toEqual([shown(3), shown(20), shown(8)]);
  });
});
