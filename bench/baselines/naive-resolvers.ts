/**
 * Baseline: newsgraph's schema served the way a first version usually is. Every resolver calls
 * DynamoDB itself, for its own parent only: a GetItem per referenced item, a Query per list, no
 * DataLoader and no BatchGetItem. An entity's relationships are read as a Query of its edge keys
 * followed by a GetItem per relationship.
 *
 * Same tables, keys and orders as newsgraph (it uses the repositories for the root lists, which
 * are one Query either way), so it gives the same answers; the bench checks that before it
 * compares what the two cost. It covers the fields the bench's queries ask for.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ArticleRepository } from '../../src/data/article-repository';
import { articleKey, fromArticleItem } from '../../src/data/article-item';
import { encodeCursor } from '../../src/data/cursor';
import { entityKey, fromEntityItem } from '../../src/data/entity-item';
import { EntityRepository } from '../../src/data/entity-repository';
import type { ArticleRecord, Direction, EntityRecord, Page, PageRequest, RelationshipRecord } from '../../src/data/model';
import { entityDirectionPartition, entityEdgePrefix, fromRelationshipItem, relationshipKey } from '../../src/data/relationship-item';
import { indexOf, RELATIONSHIPS_TABLE, type TableNames } from '../../src/data/tables';
import type { Resolvers } from '../../src/generated/graphql';
import { MAX_PAGE_SIZE, pageRequest, pageSize, toConnection } from '../../src/graphql/pagination';
import { findShortestPath } from '../../src/graphql/path-finder';

export interface NaiveContext {
  readonly document: DynamoDBDocumentClient;
  readonly tables: TableNames;
}

async function getItem(context: NaiveContext, tableName: string, key: Record<string, string>): Promise<Record<string, unknown> | null> {
  const { Item } = await context.document.send(new GetCommand({ TableName: tableName, Key: key }));
  return Item ?? null;
}

async function findArticle(context: NaiveContext, id: string): Promise<ArticleRecord | null> {
  const item = await getItem(context, context.tables.articles, articleKey(id));
  return item ? fromArticleItem(item) : null;
}

async function findEntity(context: NaiveContext, id: string): Promise<EntityRecord | null> {
  const item = await getItem(context, context.tables.entities, entityKey(id));
  return item ? fromEntityItem(item) : null;
}

/** An item another item refers to, which must exist. */
async function referenced<T>(find: Promise<T | null>, what: string): Promise<T> {
  const found = await find;
  if (found === null) throw new Error(`${what} does not exist`);
  return found;
}

const getArticle = (context: NaiveContext, id: string) => referenced(findArticle(context, id), id);
const getEntity = (context: NaiveContext, id: string) => referenced(findEntity(context, id), id);
const getRelationship = (context: NaiveContext, id: string) => referenced(findRelationship(context, id), id);

async function findRelationship(context: NaiveContext, id: string): Promise<RelationshipRecord | null> {
  const item = await getItem(context, context.tables.relationships, relationshipKey(id));
  return item ? fromRelationshipItem(item) : null;
}

const articles = (context: NaiveContext) => new ArticleRepository({ document: context.document, tableName: context.tables.articles });
const entities = (context: NaiveContext) => new EntityRepository({ document: context.document, tableName: context.tables.entities });

/** One page of an entity's edge keys (Query on the edge index), then a GetItem per relationship. */
async function relationshipsOf(
  context: NaiveContext,
  entityId: string,
  direction: Direction,
  type: string | null,
  page: PageRequest,
  startKey?: Record<string, unknown>,
): Promise<Page<RelationshipRecord> & { lastKey?: Record<string, unknown> }> {
  if (page.after) throw new Error('The naive baseline reads first pages only');
  const index = indexOf(RELATIONSHIPS_TABLE, direction === 'BOTH' ? 'byEntity' : 'byEntityDirection');
  const partition = direction === 'BOTH' ? entityId : entityDirectionPartition(entityId, direction === 'OUTGOING' ? 'OUT' : 'IN');
  const keyNames = ['pk', 'sk', index.partitionKey.name, index.sortKey.name];
  const output = await context.document.send(
    new QueryCommand({
      TableName: context.tables.relationships,
      IndexName: index.indexName,
      KeyConditionExpression: type ? '#ipk = :pk AND begins_with(#isk, :prefix)' : '#ipk = :pk',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk', '#ipk': index.partitionKey.name, '#isk': index.sortKey.name },
      ExpressionAttributeValues: type ? { ':pk': partition, ':prefix': entityEdgePrefix(type) } : { ':pk': partition },
      ProjectionExpression: '#pk, #sk, #ipk, #isk',
      ExclusiveStartKey: startKey,
      Limit: page.first + 1,
    }),
  );
  const found = output.Items ?? [];
  const edges = found.slice(0, page.first);
  const nodes = await Promise.all(edges.map((edge) => getRelationship(context, String(edge.pk))));
  const lastKey = edges.length > 0 ? Object.fromEntries(keyNames.map((name) => [name, edges[edges.length - 1]![name]])) : undefined;
  return {
    items: edges.map((edge, i) => ({
      node: nodes[i]!,
      cursor: encodeCursor(Object.fromEntries(keyNames.map((name) => [name, String(edge[name])]))),
    })),
    hasNextPage: found.length > page.first,
    lastKey,
  };
}

/** Every relationship of one entity, one page after the other. */
async function allRelationshipsOf(context: NaiveContext, entityId: string): Promise<RelationshipRecord[]> {
  const all: RelationshipRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  for (;;) {
    const page = await relationshipsOf(context, entityId, 'BOTH', null, { first: MAX_PAGE_SIZE }, startKey);
    all.push(...page.items.map((item) => item.node));
    if (!page.hasNextPage) return all;
    startKey = page.lastKey;
  }
}

export const naiveResolvers: Resolvers<NaiveContext> = {
  Query: {
    article: (_, { id }, context) => findArticle(context, id),
    entity: (_, { id }, context) => findEntity(context, id),
    articles: async (_, args, context) => toConnection(await articles(context).listArticles(pageRequest(args))),
    entities: async (_, { type, ...paging }, context) =>
      toConnection(await entities(context).listEntities({ type: type ?? null }, pageRequest(paging))),
    searchEntities: async (_, { query, first }, context) => {
      const ids = await entities(context).searchEntityIds(query.trim(), pageSize(first));
      return Promise.all(ids.map((id) => getEntity(context, id)));
    },
    path: (_, { fromId, toId, maxHops }, context) =>
      findShortestPath({ fromId, toId, maxHops: maxHops ?? 3 }, async (ids) =>
        new Map(await Promise.all(ids.map(async (id) => [id, await allRelationshipsOf(context, id)] as const))),
      ),
  },
  Article: {
    mentions: async (article, { type, ...paging }, context) => {
      const page = await articles(context).listMentions(article.id, { type: type ?? null }, pageRequest(paging));
      const counts = Object.entries(article.mentionCounts).filter(([t]) => !type || t === type);
      return { ...toConnection(page), totalCount: counts.reduce((sum, [, count]) => sum + (count ?? 0), 0) };
    },
  },
  Mention: {
    entity: (mention, _, context) => getEntity(context, mention.entityId),
    article: (mention, _, context) => getArticle(context, mention.articleId),
  },
  Entity: {
    relationships: async (entity, { direction, type, ...paging }, context) =>
      toConnection(await relationshipsOf(context, entity.id, direction ?? 'BOTH', type ?? null, pageRequest(paging))),
  },
  Relationship: {
    source: (relationship, _, context) => getEntity(context, relationship.sourceId),
    target: (relationship, _, context) => getEntity(context, relationship.targetId),
  },
  Evidence: {
    article: (evidence, _, context) => getArticle(context, evidence.articleId),
  },
  Path: {
    length: (path) => path.relationships.length,
    entities: (path, _, context) => Promise.all(path.entityIds.map((id) => getEntity(context, id))),
    relationships: (path) => [...path.relationships],
  },
};
