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
 * Keeps only facts with one of these statuses; null or absent keeps every status. The list's
 * order and cursors are those of the unfiltered list, so a cursor stays valid whatever the filter.
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

/** Everything the API reads. */
export interface Repositories {
  readonly articles: ArticleReader;
  readonly entities: EntityReader;
  readonly relationships: RelationshipReader;
}
