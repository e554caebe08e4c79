/**
 * The document that flows through the ingest pipeline (seed/ingest/pipeline.ts). Each stage takes
 * it and returns it with one more layer filled in, the way a spaCy `Doc` gains annotations; a
 * layer a stage has not produced yet is `undefined`, and `requireLayer` names the stage missing.
 */
import type { ArticleField, EntityType } from '../../src/generated/graphql';
import type { SeedArticle } from '../schema';

/** Where an annotation sits: a field of the article and UTF-16 offsets into it. */
export interface Span {
  readonly field: ArticleField;
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  /** Universal part-of-speech tag from the NLP library (PROPN, NOUN, VERB…). */
  readonly pos: string;
  /** Set when the library's entity recogniser puts the token in a DATE, TIME, CARDINAL… span. */
  readonly numeric: boolean;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** An entity the pipeline proposes, linked to a known one or new. */
export interface DocEntity {
  /** `entity:<slug>`: the known id when linked, else derived from the canonical name. */
  id: string;
  type: EntityType;
  name: string;
  /** The other strings this article uses for the entity (each occurs in it as a whole word). */
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  /** Linked to an entity of the known set (its id, type, name and Wikidata id are kept). */
  linked: boolean;
  confidence: number;
  rule: string;
}

/** One occurrence of an entity in the text. */
export interface DocMention extends Span {
  readonly text: string;
  readonly entityId: string;
  readonly sentence: number;
}

export interface DocEvidence extends Span {
  readonly quote: string;
}

export interface DocRelationship {
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly description: string | null;
  readonly evidence: DocEvidence[];
  readonly confidence: number;
  readonly rule: string;
}

/** A proper-noun sequence found in the text that no known entity covers. */
export interface Candidate extends Span {
  /** The cleaned surface form (no possessive, honorific, quotes or punctuation at the ends). */
  readonly text: string;
  readonly sentence: number;
  /** An honorific or title word that preceded it (`Mr`, `President`), or null. */
  readonly honorific: string | null;
  /** A definite article preceded it ("the Kremlin"). */
  readonly definite: boolean;
  /** A single word that starts its sentence: its capital may only be the sentence's. */
  readonly initial: boolean;
}

export interface IngestDocument {
  /** The file the text came from (for messages and the article id). */
  readonly path: string;
  readonly raw: string;
  /** Stage `parse`: the article fields and the front matter. */
  readonly article?: SeedArticle;
  /** Stage `segment`: sentences with tokens, over title, caption, credit and body in that order. */
  readonly sentences?: readonly Sentence[];
  /** Stages `link`, `candidates`, `cluster`: the entities so far, by id. */
  readonly entities?: ReadonlyMap<string, DocEntity>;
  /** Mentions of those entities, in text order per field. */
  readonly mentions?: readonly DocMention[];
  /** Stage `candidates`: proper-noun sequences that no known entity covers. */
  readonly candidates?: readonly Candidate[];
  /** Stage `relate`: relationships with their evidence. */
  readonly relationships?: readonly DocRelationship[];
}

/** The layer `name` of `doc`, or an error naming the stage that should have produced it. */
export function requireLayer<K extends keyof IngestDocument>(doc: IngestDocument, name: K, stage: string): NonNullable<IngestDocument[K]> {
  const layer = doc[name];
  if (layer === undefined) throw new Error(`ingest: layer "${String(name)}" is missing; run stage "${stage}" first`);
  return layer as NonNullable<IngestDocument[K]>;
}
