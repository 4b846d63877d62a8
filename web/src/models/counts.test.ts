import { describe, expect, it } from 'vitest';
import { anyMasked, difference, formatCount, shown } from './counts';

describe('counts of people as shown', () => {
  it('reads a masked count or rate as masked, never as a number', () => {
    expect(shown({ value: null, masked: true, text: '5未満' })).toBe('masked');
    expect(shown({ value: null, masked: true })).toBe('masked');
    expect(shown({ value: 7, masked: false, text: '7' })).toBe(7);
    expect(shown({ value: null, masked: false })).toBeUndefined();
    expect(shown(12)).toBe(12);
    expect(shown(null)).toBeUndefined();
  });

  it('masks a difference when either side is masked', () => {
    expect(difference(9, 'masked')).toBe('masked');
    expect(difference('masked', 9)).toBe('masked');
    expect(difference(9, 6)).toBe(3);
    expect(difference(9, undefined)).toBeUndefined();
  });

  it('writes a count with separators, 5未満 or under 5 when masked', () => {
    expect(formatCount(12345, 'ja')).toBe('12,345');
    expect(formatCount('masked', 'ja')).toBe('5未満');
    expect(formatCount('masked', 'en')).toBe('under 5');
    expect(formatCount(undefined, 'en')).toBe('—');
    expect(anyMasked([1, undefined])).toBe(false);
    expect(anyMasked([1, 'masked'])).toBe(true);
  });
});
