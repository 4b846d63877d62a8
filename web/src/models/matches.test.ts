import { describe, expect, it } from 'vitest';
import { followUpDue, isOver, matchStageLabels, nextStages } from './matches';

describe('matches on the screens', () => {
  it('offers the next stages the server allows, none once the match is over', () => {
    expect(nextStages('DISCUSSING')).toEqual(['STARTED', 'DECLINED']);
    expect(nextStages('STARTED')).toEqual(['SETTLED', 'ENDED']);
    expect(nextStages('ENDED')).toEqual([]);
    expect(isOver('DECLINED')).toBe(true);
    expect(isOver('SETTLED')).toBe(false);
  });

  it('names the stages in Japanese and English', () => {
    expect(matchStageLabels.DISCUSSING).toEqual({ ja: '本人と相談中', en: 'talking it over with the person' });
  });

  it('marks a follow-up due on or before today', () => {
    expect(followUpDue('2025-05-01', '2025-05-01')).toBe(true);
    expect(followUpDue('2025-05-02', '2025-05-01')).toBe(false);
    expect(followUpDue(null, '2025-05-01')).toBe(false);
  });
});
