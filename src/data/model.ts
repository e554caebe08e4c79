/**
 * The records the repositories return and the resolvers receive (codegen `mappers`).
 * Enumerations come from the generated schema types, so there is no second list of them.
 */
import type { ArticleField, Direction, EntityType, FactStatus } from '../generated/graphql';

export type { ArticleField, Direction, EntityType, FactStatus };

/**
 * What the ingest pipeline said when it proposed a fact. A fact without one (`null`) is curated:
 * a person wrote or reviewed it. See src/data/provenance.ts for how facts get their status.
 */
export interface ProposalRecord {
  /** How sure the rule was, in [0, 1]. */
  readonly confidence: number;
  /** The name of the extractor rule that produced the fact. */
  readonly rule: string;
}

/** A half-open character range [start, end) in one text field of an article. */
export interface TextSpanRecord {
  readonly field: ArticleField;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ArticleRecord {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly publishedAt: string | null;
  readonly dateDescription: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly imageAlt: string | null;
  readonly imageCaption: string | null;
  readonly imageCredit: string | null;
  /** Number of mentioned entities per entity type (for MentionConnection.totalCount). */
  readonly mentionCounts: Readonly<Partial<Record<EntityType, number>>>;
}

export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly wikidataId: string | null;
  /** Null when curated (any seed file defining the entity is curated); else the strongest proposal. */
  readonly proposal: ProposalRecord | null;
}

/** All occurrences of one entity in one article. */
export interface MentionRecord {
  readonly articleId: string;
  readonly entityId: string;
  readonly entityType: EntityType;
  readonly count: number;
  readonly spans: readonly TextSpanRecord[];
}

export interface EvidenceRecord {
  readonly articleId: string;
  readonly quote: string;
  readonly span: TextSpanRecord;
  /**
   * Null when the article's seed file states the relationship as curated; the proposal when the
   * ingest pipeline proposed it from this article. A relationship's status derives from these.
   */
  readonly proposal: ProposalRecord | null;
}

export interface RelationshipRecord {
  readonly id: string;
  readonly type: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly description: string | null;
  readonly evidence: readonly EvidenceRecord[];
}

/** A shortest path between two entities, in order from the start entity. */
export interface PathRecord {
  readonly entityIds: readonly string[];
  readonly relationships: readonly RelationshipRecord[];
}

/** Arguments of a forward page. `first` is already validated (1–100). */
export interface PageRequest {
  readonly first: number;
  /** An opaque cursor the same list returned earlier, or undefined for the first page. */
  readonly after?: string | null;
}

/** One page of a list: items with their cursors, in list order. */
export interface Page<T> {
  readonly items: ReadonlyArray<{ readonly node: T; readonly cursor: string }>;
  readonly hasNextPage: boolean;
}
