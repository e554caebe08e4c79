/**
 * `t[k]` for a token index that may be negative (the token before a sentence's first: "the word
 * before the name" when the name opens the sentence). An array read at a negative index is no
 * element read: V8 looks the key up as a named property along the prototype chain, about ten
 * times the cost of an element read, and the read's inline cache turns generic for every index.
 * A negative index holds nothing, so this answers `undefined` there without the read: the same
 * value `t[k]` gives for every k.
 */
export function tokenAt<T>(t: readonly T[], k: number): T | undefined {
  return k >= 0 ? t[k] : undefined;
}
