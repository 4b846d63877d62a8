/**
 * Rule: a reading (name_kana) is written in kana only — hiragana or katakana (half-width ｶﾅ is read as full-width),
 * with ー, ・ and spaces. Kanji, romaji or digits are a problem: the reading is what a search by sound finds.
 */
import { isKana, readingForm } from '../../shared/kana.js';
import type { CellVerdict } from './rule.types.js';

export function readKana(text: string): CellVerdict<string> {
  if (!isKana(text)) return { problem: `"${text}" is not a reading; expected kana only (ひらがな or カタカナ)` };
  return { value: readingForm(text) };
}
