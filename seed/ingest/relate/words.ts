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

/**
 * Every registered word with the lists (their numbers, in order of registration) that hold it; per
 * first letter a bit per length of the registered words (≤ 31); and per first letter and length a
 * bit per last letter, case folded (`SHAPES`, see `mayBeRegistered`).
 */
const LISTS_OF_WORD = new Map<string, number[]>();
/** Each list registered with `cueWords`, by identity, and its number. */
const LIST_NUMBER = new Map<readonly string[], number>();
const LENGTHS = new Uint32Array(128);
const SHAPES = new Uint32Array(128 * 32);
/** `SHAPES` of the folded cue words alone: only a run of their shape is lower-cased and looked up. */
const FOLDED_SHAPES = new Uint32Array(128 * 32);
let longest = 0;

/** The bit of an ASCII letter in a `SHAPES` entry: its place in the alphabet, case folded (0–25). */
const letterBit = (c: number) => 1 << ((c | 32) - 97);

/**
 * Registers `words` (ASCII letters only) as cue words and returns them: call it at module load on
 * every list later passed to `hasAnyRun`.
 */
export function cueWords(words: readonly string[]): readonly string[] {
  for (const w of words) if (!/^[A-Za-z]{1,31}$/.test(w)) throw new Error(`relate: a cue word is 1 to 31 ASCII letters: "${w}"`);
  const list = LIST_NUMBER.get(words) ?? LIST_NUMBER.size;
  LIST_NUMBER.set(words, list);
  for (const w of words) {
    const lists = LISTS_OF_WORD.get(w);
    if (!lists) LISTS_OF_WORD.set(w, [list]);
    else if (!lists.includes(list)) lists.push(list);
    LENGTHS[w.charCodeAt(0)]! |= 1 << w.length;
    SHAPES[w.charCodeAt(0) * 32 + w.length]! |= letterBit(w.charCodeAt(w.length - 1));
    longest = Math.max(longest, w.length);
  }
  // A sentence read before this list was registered is read again.
  version++;
  return words;
}

/** Each case-folded cue word (`foldedCueWords`, lower case) with the folded lists that hold it. */
const FOLDED_LISTS_OF_WORD = new Map<string, number[]>();
const FOLDED_LIST_NUMBER = new Map<readonly string[], number>();

/**
 * Registers `words` (ASCII letters, lower case) as cue words read case-insensitively, for a pattern
 * `\bword\b` with the flags "iu" (see `hasAnyRunFolded`), and returns them.
 */
export function foldedCueWords(words: readonly string[]): readonly string[] {
  for (const w of words) if (!/^[a-z]{1,31}$/.test(w)) throw new Error(`relate: a folded cue word is 1 to 31 lower-case ASCII letters: "${w}"`);
  const list = FOLDED_LIST_NUMBER.get(words) ?? FOLDED_LIST_NUMBER.size;
  FOLDED_LIST_NUMBER.set(words, list);
  for (const w of words) {
    const lists = FOLDED_LISTS_OF_WORD.get(w);
    if (!lists) FOLDED_LISTS_OF_WORD.set(w, [list]);
    else if (!lists.includes(list)) lists.push(list);
    // Both cases of the first letter open such a run (the last letter's bit is case folded already).
    for (const c of [w.charCodeAt(0), w.charCodeAt(0) - 32]) {
      LENGTHS[c]! |= 1 << w.length;
      SHAPES[c * 32 + w.length]! |= letterBit(w.charCodeAt(w.length - 1));
      FOLDED_SHAPES[c * 32 + w.length]! |= letterBit(w.charCodeAt(w.length - 1));
    }
    longest = Math.max(longest, w.length);
  }
  version++;
  return words;
}

/**
 * What the pass found in one sentence: the registered words, the lists (by number) that hold one of
 * them, the same for the folded lists, and whether "ſ" or the Kelvin sign "K" stands in it. Kept per
 * sentence, since a family may read every sentence of the document (deals' buyers) while the
 * others ask sentence by sentence: each sentence is read once. `version` is the registrations'
 * count when it was read: a list registered later has a sentence read again.
 */
interface Reading {
  readonly found: string[];
  readonly lists: Uint8Array;
  readonly folded: Uint8Array;
  foldSign: boolean;
  readonly version: number;
}
let version = 0;
const readings = new WeakMap<Sentence, Reading>();
// The families ask sentence by sentence, in text order: the last reading is asked first.
let lastSentence: Sentence | undefined;
let lastReading: Reading | undefined;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The registered words that are maximal runs of ASCII letters of `s.text`, and the lists that hold
 * one of them: one pass per sentence, so a family's question is then one array read, not one lookup
 * per word of its list.
 */
function read(s: Sentence): Reading {
  if (s === lastSentence && lastReading!.version === version) return lastReading!;
  let r = readings.get(s);
  if (!r || r.version !== version) readings.set(s, (r = readText(s.text)));
  lastSentence = s;
  lastReading = r;
  return r;
}

function readText(text: string): Reading {
  const r: Reading = { found: [], lists: new Uint8Array(LIST_NUMBER.size), folded: new Uint8Array(FOLDED_LIST_NUMBER.size), foldSign: false, version };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      if (c >= 0x17f && (c === 0x17f || c === 0x212a)) r.foldSign = true;
      i++;
      continue;
    }
    let k = i + 1;
    while (k < text.length && isLetter(text.charCodeAt(k))) k++;
    const n = k - i;
    // Only a run whose first letter, length and last letter some registered word has is cut out and
    // looked up (a necessary condition: a registered word is such a run only with its own three).
    if (n <= longest && (LENGTHS[c]! & (1 << n)) !== 0 && (SHAPES[c * 32 + n]! & letterBit(text.charCodeAt(k - 1))) !== 0) {
      const w = text.slice(i, k);
      const lists = LISTS_OF_WORD.get(w);
      if (lists) {
        r.found.push(w);
        for (const list of lists) r.lists[list] = 1;
      }
      if ((FOLDED_SHAPES[c * 32 + n]! & letterBit(text.charCodeAt(k - 1))) !== 0) {
        const folded = FOLDED_LISTS_OF_WORD.get(w.toLowerCase());
        if (folded) for (const list of folded) r.folded[list] = 1;
      }
    }
    i = k;
  }
  return r;
}

/** Whether one of `words` (registered with `cueWords`) is a maximal run of ASCII letters of the sentence's text. */
export function hasAnyRun(s: Sentence, words: readonly string[]): boolean {
  const r = read(s);
  if (r.found.length === 0) return false;
  const list = LIST_NUMBER.get(words);
  if (list !== undefined) return r.lists[list] === 1;
  // A list not registered as such (its words registered in other lists): asked word by word.
  for (const w of words) if (r.found.includes(w)) return true;
  return false;
}

/**
 * Whether one of `words` (registered with `foldedCueWords`) is, case folded, a maximal run of ASCII
 * letters of the sentence's text, or the text holds "ſ" or the Kelvin sign: an exact necessary
 * condition of a pattern `\bword\b` with the flags "iu", under which those two signs match "s" and
 * "k" (and are word characters to `\b`); without them a match is such a run, its letters those of
 * the word in either case.
 */
export function hasAnyRunFolded(s: Sentence, words: readonly string[]): boolean {
  const r = read(s);
  if (r.foldSign) return true;
  const list = FOLDED_LIST_NUMBER.get(words);
  if (list === undefined) throw new Error('relate: a folded cue list must be registered with foldedCueWords');
  return r.folded[list] === 1;
}
