import { describe, expect, it } from 'vitest';
import { isKana, readingForm, toHiragana, toKatakana } from './kana.js';

describe('readings', () => {
  it('tells kana from kanji, romaji and digits', () => {
    expect(['いしぐろ さとし', 'イシグロ・サトシ', 'ｲｼｸﾞﾛ', 'こーひー'].map(isKana)).toEqual([true, true, true, true]);
    expect(['石黒', 'ishiguro', 'いしぐろ1', '', ' '].map(isKana)).toEqual([false, false, false, false, false]);
  });

  it('folds katakana and hiragana into each other, and half-width into full-width', () => {
    expect(toHiragana('イシグロ サトシ')).toBe('いしぐろ さとし');
    expect(toKatakana('いしぐろ')).toBe('イシグロ');
    expect(readingForm(' ｲｼｸﾞﾛ ')).toBe('イシグロ');
    expect(toHiragana('石黒 聡')).toBe('石黒 聡');
  });
});
