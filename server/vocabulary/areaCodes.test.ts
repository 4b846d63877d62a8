import { describe, expect, it } from 'vitest';
import { checkDigitOf, localGovernmentCodeProblem, machiazaIdProblem } from './areaCodes.js';

describe('the 全国地方公共団体コード', () => {
  it.each([
    ['13101', 6], // 千代田区
    ['01100', 2], // 札幌市
    ['14100', 3], // 横浜市
    ['27140', 3], // 堺市
    ['01202', 5], // 函館市
  ])('of %s has the check digit %i', (five, digit) => {
    expect(checkDigitOf(five)).toBe(digit);
  });

  it('is the six digits with their check digit, in any width of digit', () => {
    expect(localGovernmentCodeProblem('131016')).toBeNull();
    expect(localGovernmentCodeProblem('１３１０１６')).toBeNull();
  });

  it('tells a five-digit code its sixth digit, and a wrong one the right one', () => {
    expect(localGovernmentCodeProblem('13101')).toContain('(131016)');
    expect(localGovernmentCodeProblem('131017')).toBe('"131017" has the check digit 7, but 13101 has 6 (131016)');
    expect(localGovernmentCodeProblem('千代田区')).toContain('six digits');
  });
});

describe('the 町字ID', () => {
  it('is seven digits', () => {
    expect(machiazaIdProblem('0001001')).toBeNull();
    expect(machiazaIdProblem('0001')).toContain('seven digits');
  });
});
