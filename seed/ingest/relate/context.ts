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
