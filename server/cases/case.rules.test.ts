import { describe, expect, it } from 'vitest';
import { dateProblem, moveProblem, nextReview } from './case.rules.js';

describe('the status machine of a case', () => {
  it('moves INTAKE → ASSESSMENT → ACTIVE (with a plan) and back to ASSESSMENT', () => {
    expect(moveProblem('INTAKE', 'ASSESSMENT', false)).toBeUndefined();
    expect(moveProblem('ASSESSMENT', 'ACTIVE', true)).toBeUndefined();
    expect(moveProblem('ACTIVE', 'ASSESSMENT', true)).toBeUndefined();
    expect(moveProblem('ACTIVE', 'ACTIVE', true)).toBeUndefined();
  });

  it('refuses skipping a step, ACTIVE without a plan, closing without closeCase and changing a closed case', () => {
    expect(moveProblem('INTAKE', 'ACTIVE', true)).toContain('only to ASSESSMENT');
    expect(moveProblem('ASSESSMENT', 'ACTIVE', false)).toContain('with a plan');
    expect(moveProblem('ACTIVE', 'CLOSED', true)).toContain('closeCase');
    expect(moveProblem('CLOSED', 'ASSESSMENT', true)).toContain('closed case');
    expect(moveProblem('ASSESSMENT', 'INTAKE', false)).toContain('only to ACTIVE');
  });
});

describe('the dates of a case', () => {
  it('refuses a date before the opening and, for what has happened, after today', () => {
    const opened = { date: '2025-04-01', what: 'the case was opened' };
    expect(dateProblem('reviewOn', '2025-03-31', { notBefore: opened })).toBe(
      'reviewOn (2025-03-31) is before the case was opened (2025-04-01)',
    );
    expect(dateProblem('reviewOn', '2025-04-01', { notBefore: opened })).toBeUndefined();
    expect(dateProblem('on', '2025-05-02', { notAfterToday: '2025-05-01' })).toContain('after today');
  });

  it('takes the next review from the earliest open item', () => {
    expect(
      nextReview([
        { reviewOn: '2025-05-01', status: 'DONE' },
        { reviewOn: '2025-07-01', status: 'ONGOING' },
        { reviewOn: '2025-06-01', status: 'PLANNED' },
        { reviewOn: null, status: 'PLANNED' },
      ]),
    ).toBe('2025-06-01');
    expect(nextReview([{ reviewOn: '2025-05-01', status: 'STOPPED' }])).toBeNull();
  });
});
