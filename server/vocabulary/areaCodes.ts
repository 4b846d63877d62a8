/**
 * The codes an area may carry from outside: the 全国地方公共団体コード of a municipality (JIS X 0402: two digits of
 * the prefecture, three of the municipality, and a check digit), and the 町字ID of the アドレス・ベース・レジストリ
 * (seven digits) of the neighbourhoods a smaller area is made of. No imports: the web reads this file too.
 */

/** The check digit of a five-digit code: 11 less the weighted sum (6,5,4,3,2) modulo 11, its last digit. */
export function checkDigitOf(five: string): number {
  const sum = [...five].reduce((total, digit, i) => total + Number(digit) * (6 - i), 0);
  return (11 - (sum % 11)) % 10;
}

/** What is wrong with a 全国地方公共団体コード as written, or null when it is one. */
export function localGovernmentCodeProblem(text: string): string | null {
  const code = text.normalize('NFKC').trim();
  if (/^\d{5}$/.test(code)) {
    return `"${text}" has five digits; give the six-digit 全国地方公共団体コード with its check digit (${code}${checkDigitOf(code)})`;
  }
  if (!/^\d{6}$/.test(code)) return `"${text}" is not a 全国地方公共団体コード: six digits, e.g. 131016`;
  const expected = checkDigitOf(code.slice(0, 5));
  if (Number(code[5]) !== expected) {
    return `"${text}" has the check digit ${code[5]}, but ${code.slice(0, 5)} has ${expected} (${code.slice(0, 5)}${expected})`;
  }
  return null;
}

/** What is wrong with a 町字ID as written, or null when it is one. */
export function machiazaIdProblem(text: string): string | null {
  const id = text.normalize('NFKC').trim();
  return /^\d{7}$/.test(id)
    ? null
    : `"${text}" is not a 町字ID of the アドレス・ベース・レジストリ: seven digits, e.g. 0001001`;
}
