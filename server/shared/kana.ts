/**
 * Readings (よみがな): telling kana from other text, and folding katakana and hiragana into each other so that a
 * search in either finds both. A leaf module (it imports nothing): the web app's search uses it too.
 */

/** Hiragana, katakana, the prolonged sound mark, the middle dot and spaces: what a reading is written with. */
const kanaOnly = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u30fb\s]+$/u;

/** The reading as stored: NFKC (half-width ｶﾅ become full-width), trimmed. */
export function readingForm(text: string): string {
  return text.normalize('NFKC').trim();
}

/** Whether the text is a reading: kana only (after NFKC), at least one of them. */
export function isKana(text: string): boolean {
  return kanaOnly.test(readingForm(text));
}

/** Katakana as hiragana (カタカナ → かたかな); anything else as it is. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Hiragana as katakana (ひらがな → ヒラガナ); anything else as it is. */
export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}
