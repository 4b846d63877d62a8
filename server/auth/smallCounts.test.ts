import { describe, expect, it } from 'vitest';
import { maskCount, maskRate } from './smallCounts.js';
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
});
