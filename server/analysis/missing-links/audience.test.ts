import { describe, expect, it } from 'vitest';
import { ageRange, fitsAudience } from './audience.js';

const person = (ageBand: string | null, needs: string[] = [], householdAgeBands: string[] = []) => ({
  ageBand,
  needs,
  householdAgeBands,
});

describe('whom a hub is for', () => {
  it('reads decades, spans and single ages', () => {
    expect(ageRange('80代')).toEqual([80, 89]);
    expect(ageRange('0-5')).toEqual([0, 5]);
    expect(ageRange('１６−１８'.replace('−', '-'))).toEqual([16, 18]);
    expect(ageRange('72歳')).toEqual([72, 72]);
    expect(ageRange('不明')).toBeUndefined();
    expect(ageRange(null)).toBeUndefined();
  });

  it('offers a place with no audience, or for 誰でも, to anyone', () => {
    expect(fitsAudience(person('80代'), [])).toBe(true);
    expect(fitsAudience(person('0-5'), ['ANYONE', 'ELDERLY'])).toBe(true);
  });

  it('does not offer a 子育て room to an 80-year-old, even one living with small grandchildren', () => {
    expect(fitsAudience(person('80代', ['ELDERLY'], ['0-5']), ['PARENTING'])).toBe(false);
    expect(fitsAudience(person('30代', [], ['0-5']), ['PARENTING'])).toBe(true);
    expect(fitsAudience(person('30代', ['CHILD']), ['PARENTING'])).toBe(true);
    expect(fitsAudience(person('30代'), ['PARENTING'])).toBe(false);
    expect(fitsAudience(person('16-18', ['CHILD']), ['PARENTING'])).toBe(false);
  });

  it('keeps a 高齢者 salon for those from 65 or with a need of 高齢, and 子ども places for the under-18s', () => {
    expect(fitsAudience(person('60代'), ['ELDERLY'])).toBe(true);
    expect(fitsAudience(person('50代'), ['ELDERLY'])).toBe(false);
    expect(fitsAudience(person('50代', ['ELDERLY']), ['ELDERLY'])).toBe(true);
    expect(fitsAudience(person('13-15'), ['CHILDREN'])).toBe(true);
    expect(fitsAudience(person('20代'), ['CHILDREN'])).toBe(false);
    expect(fitsAudience(person('40代', ['DISABILITY']), ['DISABILITY'])).toBe(true);
    expect(fitsAudience(person('40代'), ['DISABILITY', 'ELDERLY'])).toBe(false);
  });

  it('does not rule out by age someone whose age is not known', () => {
    expect(fitsAudience(person(null), ['ELDERLY'])).toBe(true);
    expect(fitsAudience(person(null, [], ['6-12']), ['PARENTING'])).toBe(true);
  });
});
