/**
 * Letter-case tests of a word's first letter or of its whole shape, answered from the code units
 * for ASCII (nearly every token) without running a Unicode property pattern; any other code unit
 * goes to the pattern itself, so each answers exactly what its pattern does.
 */
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** `/^\p{Lu}/u.test(s)`. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}

/** `/^\p{Ll}/u.test(s)`. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(s);
}

/** `/^\p{Lu}\p{Ll}+$/u.test(s)`: a capital and lower-case letters only ("Tolva"; "Ólafsdóttir" by the pattern). */
export function isCapitalisedWord(s: string): boolean {
  const n = s.length;
  if (n < 2) return CAPITALISED_WORD.test(s);
  const c = s.charCodeAt(0);
  if (c >= 128) return CAPITALISED_WORD.test(s);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < n; i++) {
    const d = s.charCodeAt(i);
    if (d >= 128) return CAPITALISED_WORD.test(s);
    if (d < 97 || d > 122) return false;
  }
  return true;
}
