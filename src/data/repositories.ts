/**
 * The interfaces resolvers and the seed depend on. Only their DynamoDB implementations
 * (`*-repository.ts` in this folder) import the AWS SDK; unit tests use in-memory fakes.
 */
import type {
  ArticleRecord,
  Direction,
  EntityRecord,
  EntityType,
  FactStatus,
  MentionRecord,
  Page,
  PageRequest,
  RelationshipRecord,
} from './model';

/**
 * Keeps only facts with one of these statuses; null or absent keeps every status. A list of one
 * status has the order of the list without status but cursors of its own: each list and status is
 * one partition of a `byStatus` index (src/data/tables.ts), so a page reads only itself, and a
 * cursor of another status (or of the list without status) is refused as another list's.
 */
export type StatusFilter = readonly FactStatus[] | null;

export interface ArticleReader {
  /** BatchGetItem in chunks of 100; results in key order, `null` for ids with no article. */
  getArticles(ids: readonly string[]): Promise<Array<ArticleRecord | null>>;
  /** All articles, newest first (undated last). */
  listArticles(page: PageRequest): Promise<Page<ArticleRecord>>;
  /** Mentions in one article ordered by entity type then entity id, optionally of one type. */
  listMentions(articleId: string, filter: { type?: EntityType | null }, page: PageRequest): Promise<Page<MentionRecord>>;
  /** Ids of the articles mentioning an entity, newest first. */
  listArticleIdsMentioning(entityId: string, page: PageRequest): Promise<Page<string>>;
}

export interface EntityReader {
  /** BatchGetItem in chunks of 100; results in key order, `null` for ids with no entity. */
  getEntities(ids: readonly string[]): Promise<Array<EntityRecord | null>>;
  /** Entities by name, optionally of one type and statuses. */
  listEntities(filter: { type?: EntityType | null; status?: StatusFilter }, page: PageRequest): Promise<Page<EntityRecord>>;
  /** Ids of entities with a name or alias word starting with `query`, best match first, at most `limit`. */
  searchEntityIds(query: string, limit: number): Promise<string[]>;
}

export interface RelationshipReader {
  /** BatchGetItem in chunks of 100; results in key order, `null` for ids with no relationship. */
  getRelationships(ids: readonly string[]): Promise<Array<RelationshipRecord | null>>;
  /** All relationships by id, optionally of one type and statuses. */
  listRelationships(filter: { type?: string | null; status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>>;
  /** An entity's relationships ordered by type then id, in one direction or both, optionally of some statuses. */
  listEntityRelationships(
    entityId: string,
    filter: { direction: Direction; type?: string | null; status?: StatusFilter },
    page: PageRequest,
  ): Promise<Page<RelationshipRecord>>;
  /** Relationships an article gives evidence for, ordered by id, optionally of some statuses. */
  listArticleRelationships(articleId: string, filter: { status?: StatusFilter }, page: PageRequest): Promise<Page<RelationshipRecord>>;
}

/** The version of the stored data (./data-version-item.ts); the HTTP edge reads it, resolvers never do. */
export interface DataVersionReader {
  /** The version the last seed wrote, or `null` when none has been written. */
  getDataVersion(): Promise<string | null>;
}

/** Everything the API reads. */
export interface Repositories {
  readonly articles: ArticleReader;
  readonly entities: EntityReader;
  readonly relationships: RelationshipReader;
}

/**
 * The shared store of automatic persisted queries: documents by their SHA-256. Callers check the
 * hash and the document's size; the store only keeps what it is given until it expires.
 */
export interface PersistedQueryStore {
  /** The live document registered under `hash`, or undefined (never registered, or expired). */
  getDocument(hash: string): Promise<string | undefined>;
  /** Registers `document` under `hash` for `ttlSeconds` from now (again: refreshes its expiry). */
  putDocument(hash: string, document: string, ttlSeconds: number): Promise<void>;
}
