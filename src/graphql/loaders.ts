/**
 * Per-request DataLoaders. Lifetime rule: one set per request, built by `createContext`; never
 * share them across requests (their caches would serve one client's reads to another and never
 * expire).
 *
 * Why every list is a loader too, not just the by-id lookups
 * ----------------------------------------------------------
 * The goal is a bounded number of *sequential* DynamoDB round trips: one wave per nesting level of
 * the query, never one call per item. For
 *
 *   articles { edges { node { mentions { edges { node { entity { name } } } } } } }
 *
 * with 20 articles that is: 1 Query (articles), 20 Queries in parallel (mentions), 1 BatchGetItem
 * (all entities of all 20 lists).
 *
 * DataLoader collects the `load()` calls made while the current job queue runs and dispatches
 * them as one batch just after it: it schedules the dispatch with `process.nextTick` from inside a
 * resolved promise's callback, so the batch closes once the microtask queue has drained. graphql-js
 * resolves sibling list items in one synchronous pass and continues through resolved promises in
 * microtasks, so everything reachable *without I/O* joins the same batch.
 *
 * The trap is the level after a list. If each `Article.mentions` resolver awaited its own Query,
 * the 20 responses would arrive in 20 separate I/O callbacks (macrotasks); each would resolve one
 * article's mentions, graphql-js would call `entityById.load()` for that article's entities, and
 * DataLoader would dispatch them before the next response arrived: 20 BatchGetItems instead of one.
 * So the list loaders below run every Query of the batch in parallel and hand the results back
 * *together* (one `Promise.allSettled`): DataLoader then resolves all 20 keys in one loop, the
 * children of all 20 lists are requested in the same microtask run, and they share one batch.
 *
 * A failing list call fails only its own key (settled, not `Promise.all`): one malformed cursor
 * must not turn its siblings' results into errors.
 */
import DataLoader from 'dataloader';
import { DataIntegrityError } from '../errors';
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
} from '../data/model';
import type { Repositories } from '../data/repositories';

/** One page of an article's mentions, optionally of one entity type. */
export interface MentionsOfArticleKey {
  readonly articleId: string;
  readonly type: EntityType | null;
  readonly page: PageRequest;
}

/** One page of the relationships an article gives evidence for. */
export interface RelationshipsOfArticleKey {
  readonly articleId: string;
  /** Null: every status. */
  readonly status: readonly FactStatus[] | null;
  readonly page: PageRequest;
}

/** One page of an entity's relationships in one direction (or both), optionally of one type. */
export interface RelationshipsOfEntityKey {
  readonly entityId: string;
  readonly direction: Direction;
  readonly type: string | null;
  /** Null: every status. */
  readonly status: readonly FactStatus[] | null;
  readonly page: PageRequest;
}

/** One page of the ids of the articles that mention an entity. */
export interface ArticleIdsMentioningEntityKey {
  readonly entityId: string;
  readonly page: PageRequest;
}

export interface Loaders {
  readonly articleById: DataLoader<string, ArticleRecord | null>;
  readonly entityById: DataLoader<string, EntityRecord | null>;
  readonly relationshipById: DataLoader<string, RelationshipRecord | null>;
  readonly mentionsOfArticle: DataLoader<MentionsOfArticleKey, Page<MentionRecord>, string>;
  readonly relationshipsOfArticle: DataLoader<RelationshipsOfArticleKey, Page<RelationshipRecord>, string>;
  readonly relationshipsOfEntity: DataLoader<RelationshipsOfEntityKey, Page<RelationshipRecord>, string>;
  readonly articleIdsMentioningEntity: DataLoader<ArticleIdsMentioningEntityKey, Page<string>, string>;
}

/**
 * A fresh set of loaders over `repositories`. By-id loaders make one `getX(ids)` call per batch
 * (the repository chunks to 100 and returns key order with null for misses); list loaders make
 * all the batch's list calls in parallel and resolve them together.
 */
export function createLoaders(repositories: Repositories): Loaders {
  const { articles, entities, relationships } = repositories;
  return {
    articleById: new DataLoader((ids) => articles.getArticles(ids)),
    entityById: new DataLoader((ids) => entities.getEntities(ids)),
    relationshipById: new DataLoader((ids) => relationships.getRelationships(ids)),
    mentionsOfArticle: createListLoader(
      ({ articleId, type, page }) => articles.listMentions(articleId, { type }, page),
      ({ articleId, type, page }) => [articleId, type, page.first, page.after ?? null],
    ),
    relationshipsOfArticle: createListLoader(
      ({ articleId, status, page }) => relationships.listArticleRelationships(articleId, { status }, page),
      ({ articleId, status, page }) => [articleId, status?.join(',') ?? null, page.first, page.after ?? null],
    ),
    relationshipsOfEntity: createListLoader(
      ({ entityId, direction, type, status, page }) => relationships.listEntityRelationships(entityId, { direction, type, status }, page),
      ({ entityId, direction, type, status, page }) => [entityId, direction, type, status?.join(',') ?? null, page.first, page.after ?? null],
    ),
    articleIdsMentioningEntity: createListLoader(
      ({ entityId, page }) => articles.listArticleIdsMentioning(entityId, page),
      ({ entityId, page }) => [entityId, page.first, page.after ?? null],
    ),
  };
}

/**
 * A loader whose batch makes one list call per key, all in parallel, and resolves them together
 * (see the module comment for why "together" matters). Keys are objects, so `identity` turns a
 * key into the values that make it unique; equal keys in one request share one call.
 */
function createListLoader<K, V>(
  list: (key: K) => Promise<V>,
  identity: (key: K) => ReadonlyArray<string | number | null>,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const settled = await Promise.allSettled(keys.map((key) => list(key)));
      return settled.map((result) => (result.status === 'fulfilled' ? result.value : asError(result.reason)));
    },
    { cacheKeyFn: (key) => JSON.stringify(identity(key)) },
  );
}

/** DataLoader treats an `Error` in the results as that key's rejection; anything else would be a value. */
function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Loads a record that stored data says must exist (e.g. a relationship's source entity).
 * @throws DataIntegrityError when it does not, naming what referred to it.
 */
export async function loadReferenced<V>(loader: DataLoader<string, V | null>, id: string, referrer: string): Promise<V> {
  const record = await loader.load(id);
  if (record === null) throw new DataIntegrityError(`${referrer} refers to ${id}, which does not exist`);
  return record;
}

/**
 * Seeds a by-id loader with records a list call already returned, so a later lookup of the same
 * id (e.g. `Mention.article` under `articles`) costs no read.
 */
export function primeAll<V extends { readonly id: string }>(loader: DataLoader<string, V | null>, records: Iterable<V>): void {
  for (const record of records) loader.prime(record.id, record);
}
