/**
 * What the relation rules of stage `relate` share: the document's entities and mentions, the
 * gazetteer, and the two helpers every rule uses, `fill` (which entity fills a role) and `add` (a
 * relationship with its verbatim evidence, merged with an earlier one of the same triple).
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { loadGazetteer } from '../gazetteer';
import type { RelationshipType } from '../vocabulary';

export type Gazetteer = ReturnType<typeof loadGazetteer>;

export interface RelateContext {
  readonly sentences: readonly Sentence[];
  readonly entities: ReadonlyMap<string, DocEntity>;
  readonly mentions: readonly DocMention[];
  readonly g: Gazetteer;
  /** The article's COUNTRY entities by ISO code. */
  readonly byCode: ReadonlyMap<string, DocEntity>;
  /** The entity that fills a role: itself, or for a capital in a party role, its country. */
  readonly fill: (m: DocMention, allowed: readonly EntityType[]) => DocEntity | undefined;
  /** Records `source type target` with sentence `s` as evidence (merged with the same triple). */
  readonly add: (source: DocEntity, type: RelationshipType, target: DocEntity, s: Sentence, confidence: number, rule: string, description?: string | null) => void;
  /** The entity of one of `types` named last before sentence `s` in its field (for "he", "the company"). */
  readonly lastOf: (s: Sentence, types: readonly EntityType[]) => string | undefined;
}

/** One sentence as the rules see it. */
export interface SentenceScope {
  readonly s: Sentence;
  /** The sentence's mentions in text order. */
  readonly ms: readonly DocMention[];
  /** The sentence's text between two offsets of its field. */
  readonly local: (from: number, to: number) => string;
  /** The sentence opens with a condition ("If …", "Unless …"). */
  readonly conditional: boolean;
  /** Whether a stretch ending at a mention states a fact (no negation, condition or hedge in its clause). */
  readonly factual: (between: string) => boolean;
  /**
   * The sentence's tokens lower-cased, in the order of `s.tokens` (computed once per sentence, on
   * first ask, and shared by the gates and every family: read it instead of lower-casing again).
   */
  readonly lowerTokens: () => readonly string[];
  /** Whether one of the sentence's tokens, lower-cased, is `word` (a set of `lowerTokens`, built on first ask). */
  readonly hasWord: (word: string) => boolean;
  /**
   * Whether the sentence's text holds one of the words of `set` as `\b(?:w1|w2|…)\b` (a regex
   * without the `i` flag) finds them: the exact answer of that regex, from the sentence's word runs
   * (`wordRuns`, read once per sentence on first ask and shared by every family), so a family can
   * pass a sentence over before running a regex that needs one of the words.
   */
  readonly hasAny: (set: WordSet) => boolean;
}

/** Words of `wordSet`, compiled once at module load. */
export interface WordSet {
  readonly words: readonly string[];
}

/** Whether a code unit is one `\b` counts as a word character ([A-Za-z0-9_]). */
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The words `hasAny` looks for, from "w1|w2|…": each must be made of [A-Za-z0-9_] (what `\b`
 * delimits), so that a regex `\b(?:w1|w2|…)\b` matches exactly when one of them is a run of `wordRuns`.
 * @throws Error naming a word that is not one run
 */
export function wordSet(words: string): WordSet {
  const list = [...new Set(words.split('|'))];
  for (const w of list) if (w === '' || ![...w].every((ch) => isWordCode(ch.charCodeAt(0)) && ch.length === 1)) throw new Error(`wordSet: "${w}" is not one word of [A-Za-z0-9_]`);
  return { words: list };
}

/**
 * The maximal runs of [A-Za-z0-9_] in `text`: a word `w` of such characters is one of them exactly
 * when `\bw\b` matches `text`.
 */
export function wordRuns(text: string): ReadonlySet<string> {
  const runs = new Set<string>();
  for (let k = 0; k < text.length; k++) {
    if (!isWordCode(text.charCodeAt(k))) continue;
    const start = k;
    while (k + 1 < text.length && isWordCode(text.charCodeAt(k + 1))) k++;
    runs.add(text.slice(start, k + 1));
  }
  return runs;
}

/** Whether one of the words of `set` is among `runs` (`hasAny` of the scope). */
export function hasAnyWord(runs: ReadonlySet<string>, set: WordSet): boolean {
  for (const w of set.words) if (runs.has(w)) return true;
  return false;
}

/**
 * What a family needs in a sentence before its `perSentence` can add anything: a sentence without
 * it is passed over without calling the family (no regex of it runs). A gate must be exact: the
 * family adds nothing on a sentence the gate rejects (its rules all need one of these).
 */
export interface SentenceGate {
  /** A mention of an entity of one of these types (looked up in the sentence's set of types). */
  readonly types?: readonly EntityType[];
  /** One of these words, lower-cased, among the sentence's tokens. */
  readonly words?: readonly string[];
}

/** A family of relation rules: run on each sentence that has mentions, or once on the document. */
export interface RelationRules {
  readonly name: string;
  /** Passes over the sentences that cannot hold one of the family's relationships (see SentenceGate). */
  readonly gate?: SentenceGate;
  readonly perSentence?: (ctx: RelateContext, scope: SentenceScope) => void;
  readonly perDocument?: (ctx: RelateContext) => void;
}
