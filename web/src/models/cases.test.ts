import { describe, expect, it } from 'vitest';
import { caseStatusLabels, isBackward, mayWriteCase, nextStatuses, openCaseAmong, planInput, planLines } from './cases';
import { rightsOf } from './permissions';

describe('support cases on the screens', () => {
  it('offers only the moves the server allows, ACTIVE only with a plan', () => {
    expect(nextStatuses('INTAKE', false)).toEqual(['ASSESSMENT']);
    expect(nextStatuses('ASSESSMENT', false)).toEqual([]);
    expect(nextStatuses('ASSESSMENT', true)).toEqual(['ACTIVE']);
    expect(nextStatuses('CLOSED', true)).toEqual([]);
    expect(caseStatusLabels.ACTIVE).toEqual({ ja: 'プラン実施中', en: 'Plan in progress' });
  });

  it('tells a move back to be assessed again from a move on', () => {
    expect(nextStatuses('ACTIVE', true)).toEqual(['ASSESSMENT']);
    expect(isBackward('ACTIVE', 'ASSESSMENT')).toBe(true);
    expect(isBackward('ASSESSMENT', 'ACTIVE')).toBe(false);
    expect(isBackward('INTAKE', 'ASSESSMENT')).toBe(false);
  });

  it('offers changes to a coordinator of the subject’s area only, never to a planner or council member', () => {
    const scope = new Set(['A', 'A3']);
    expect(mayWriteCase(rightsOf('COORDINATOR', scope), 'A3')).toBe(true);
    expect(mayWriteCase(rightsOf('COORDINATOR', scope), 'B3')).toBe(false);
    expect(mayWriteCase(rightsOf('ADMIN', undefined), 'B3')).toBe(true);
    expect(mayWriteCase(rightsOf('PLANNER', scope), 'A3')).toBe(false);
    expect(mayWriteCase(rightsOf('COUNCIL_MEMBER', scope), 'A3')).toBe(false);
  });

  it('finds the open case and turns plan lines into the mutation’s items', () => {
    expect(
      openCaseAmong([
        { id: 'a', status: 'CLOSED' },
        { id: 'b', status: 'INTAKE' },
      ])?.id,
    ).toBe('b');
    const lines = planLines([], '2025-04-01');
    expect(lines).toEqual([
      {
        key: expect.any(String),
        whoId: '',
        what: '',
        field: '',
        startOn: '2025-04-01',
        reviewOn: '',
        status: 'PLANNED',
      },
    ]);
    expect(planInput([...lines, { ...lines[0], whoId: 'o1', what: ' 訪問 ', reviewOn: '2025-06-01' }])).toEqual([
      { whoId: 'o1', what: '訪問', startOn: '2025-04-01', reviewOn: '2025-06-01', status: 'PLANNED' },
    ]);
  });
});
