/**
 * The cue words of a sentence, as the families' cheap tests read them: which of the words the
 * families registered (`cueWords`, at module load) are maximal runs of ASCII letters of its text,
 * case kept; found by one pass over the text per sentence, shared by every family that asks.
 *
 * Why runs of ASCII letters: a pattern `\bword\b` (a word of ASCII letters, case-sensitive) can
 * match only where the word is such a run (the characters on both sides are not word characters,
 * so not letters), so `hasAnyRun(s, words)` is an exact necessary condition for it, and a family
 * tests it before running the pattern over the whole sentence: one pass over the text for all
 * families instead of one per family and pattern. (Not the sentence's tokens: a tokenizer may keep
 * "-" or "’" inside a token where `\b` sees a boundary.)
 */
import type { Sentence } from '../document';

/** Every registered word, and per first letter a bit per length of the registered words (≤ 31). */
const REGISTERED = new Set<string>();
const LENGTHS = new Uint32Array(128);
let longest = 0;

/**
 * Registers `words` (ASCII letters only) as cue words and returns them: call it at module load on
 * every list later passed to `hasAnyRun`.
 */
export function cueWords(words: readonly string[]): readonly string[] {
  for (const w of words) {
    if (!/^[A-Za-z]{1,31}$/.test(w)) throw new Error(`relate: a cue word is 1 to 31 ASCII letters: "${w}"`);
    REGISTERED.add(w);
    LENGTHS[w.charCodeAt(0)]! |= 1 << w.length;
    longest = Math.max(longest, w.length);
  }
  return words;
}

// The families ask sentence by sentence, in text order: the last answer is all there is to keep.
let lastSentence: Sentence | undefined;
let lastFound: ReadonlySet<string> = new Set();

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The registered words that are maximal runs of ASCII letters of `s.text`. */
function found(s: Sentence): ReadonlySet<string> {
  if (s === lastSentence) return lastFound;
  const text = s.text;
  const out = new Set<string>();
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < text.length && isLetter(text.charCodeAt(k))) k++;
    const n = k - i;
    // Only a run whose first letter and length some registered word has is cut out and looked up.
    if (n <= longest && (LENGTHS[c]! & (1 << n)) !== 0) {
      const w = text.slice(i, k);
      if (REGISTERED.has(w)) out.add(w);
    }
    i = k;
  }
  lastSentence = s;
  lastFound = out;
  return out;
}

/** Whether one of `words` (registered with `cueWords`) is a maximal run of ASCII letters of the sentence's text. */
export function hasAnyRun(s: Sentence, words: readonly string[]): boolean {
  const runs = found(s);
  if (runs.size === 0) return false;
  for (const w of words) if (runs.has(w)) return true;
  return false;
}
