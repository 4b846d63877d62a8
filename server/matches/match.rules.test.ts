import { describe, expect, it } from 'vitest';
import { nextFollowUp, stageProblem, stepDateProblem } from './match.rules.js';

describe('the stages of a match', () => {
  it('moves 提案 → 本人と相談中 → 参加開始 → 定着 → 終結, and may be declined before it begins', () => {
    expect(stageProblem('PROPOSED', 'DISCUSSING')).toBeUndefined();
    expect(stageProblem('DISCUSSING', 'STARTED')).toBeUndefined();
    expect(stageProblem('STARTED', 'SETTLED')).toBeUndefined();
    expect(stageProblem('SETTLED', 'ENDED')).toBeUndefined();
    expect(stageProblem('STARTED', 'ENDED')).toBeUndefined();
    expect(stageProblem('PROPOSED', 'DECLINED')).toBeUndefined();
    expect(stageProblem('DISCUSSING', 'DECLINED')).toBeUndefined();
  });

  it('refuses skipping a step, going back, staying put and changing a finished match', () => {
    expect(stageProblem('DISCUSSING', 'SETTLED')).toBe(
      'a match in DISCUSSING (本人と相談中) moves on only to STARTED (参加開始) or DECLINED (本人辞退)',
    );
    expect(stageProblem('PROPOSED', 'STARTED')).toContain('only to DISCUSSING');
    expect(stageProblem('SETTLED', 'STARTED')).toContain('only to ENDED');
    expect(stageProblem('STARTED', 'DECLINED')).toContain('only to SETTLED (定着) or ENDED (終結)');
    expect(stageProblem('STARTED', 'STARTED')).toContain('already');
    expect(stageProblem('ENDED', 'STARTED')).toContain('does not change');
    expect(stageProblem('DECLINED', 'DISCUSSING')).toContain('does not change');
  });
});

describe('the dates of a match', () => {
  it('refuses a date before the match began and one after today', () => {
    const began = { date: '2025-04-01', what: 'the match began' };
    expect(stepDateProblem('on', '2025-03-31', { notBefore: began, today: '2025-05-01' })).toBe(
      'on (2025-03-31) is before the match began (2025-04-01)',
    );
    expect(stepDateProblem('on', '2025-04-01', { notBefore: began, today: '2025-05-01' })).toBeUndefined();
    expect(stepDateProblem('on', '2025-05-02', { today: '2025-05-01' })).toContain('after today');
  });

  it('takes the next follow-up from the latest record, none once the match is over', () => {
    const records = [
      { on: '2025-05-01', nextOn: '2025-06-01' },
      { on: '2025-06-01', nextOn: '2025-07-01' },
    ];
    expect(nextFollowUp('STARTED', '2025-05-01', records)).toBe('2025-07-01');
    expect(nextFollowUp('STARTED', '2025-05-01', [])).toBe('2025-05-01');
    expect(nextFollowUp('SETTLED', null, [{ on: '2025-06-01', nextOn: null }])).toBeNull();
    expect(nextFollowUp('ENDED', '2025-05-01', records)).toBeNull();
  });
});
