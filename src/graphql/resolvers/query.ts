/**
 * Root fields. Lists read their repository directly (one call, nothing to batch) and prime the
 * by-id loaders with what they return; lookups go through the loaders, and an article or entity
 * lookup starts the reads of the lists selected under it at once (./read-ahead.ts).
 */
import {
  entityIdArgument,
  isArticleId,
  isEntityId,
  isRelationshipId,
  maxHopsArgument,
  relationshipTypeArgument,
  searchQueryArgument,
  statusArgument,
} from '../arguments';
import type { EntityRecord } from '../../data/model';
import { createNeighbourLookup } from '../entity-neighbours';
import type { QueryResolvers } from '../../generated/graphql';
import { primeAll } from '../loaders';
import { pageRequest, pageSize, toConnection } from '../pagination';
import { findShortestPath } from '../path-finder';
import { articleLists } from './article';
import { entityLists } from './entity';
import { loadNode } from './node';
import { readAhead } from './read-ahead';

export const Query: QueryResolvers = {
  node: (_, { id }, { loaders }) => loadNode(id, loaders),

  article: (_, { id }, { loaders }, info) => {
    if (!isArticleId(id)) return null;
    readAhead(info, 'Article', articleLists(id, loaders));
    return loaders.articleById.load(id);
  },

  articles: async (_, args, { repositories, loaders }) => {
    const page = await repositories.articles.listArticles(pageRequest(args));
    primeAll(loaders.articleById, page.items.map((item) => item.node));
    return toConnection(page);
  },

  entity: (_, { id }, { loaders }, info) => {
    if (!isEntityId(id)) return null;
    readAhead(info, 'Entity', entityLists(id, loaders));
    return loaders.entityById.load(id);
  },

  entities: async (_, { type, status, ...paging }, { repositories, loaders }) => {
    const page = await repositories.entities.listEntities({ type: type ?? null, status: statusArgument(status) }, pageRequest(paging));
    primeAll(loaders.entityById, page.items.map((item) => item.node));
    return toConnection(page);
  },

  searchEntities: async (_, { query, first }, { repositories, loaders }) => {
    const ids = await repositories.entities.searchEntityIds(searchQueryArgument(query), pageSize(first));
    const entities = await Promise.all(ids.map((id) => loaders.entityById.load(id)));
    // Search terms are written with their entity, so a miss is a term left behind by a removed
    // entity: skip it rather than fail the whole search.
    return entities.filter((entity): entity is EntityRecord => entity !== null);
  },

  relationship: (_, { id }, { loaders }) => (isRelationshipId(id) ? loaders.relationshipById.load(id) : null),

  relationships: async (_, { type, status, ...paging }, { repositories, loaders }) => {
    const page = await repositories.relationships.listRelationships(
      { type: relationshipTypeArgument(type), status: statusArgument(status) },
      pageRequest(paging),
    );
    primeAll(loaders.relationshipById, page.items.map((item) => item.node));
    return toConnection(page);
  },

  path: async (_, args, { loaders }) => {
    const maxHops = maxHopsArgument(args.maxHops);
    const fromId = entityIdArgument(args.fromId, 'fromId');
    const toId = entityIdArgument(args.toId, 'toId');
    const status = statusArgument(args.status);
    if (fromId === toId) {
      // The search would not read anything, so existence must be checked here.
      return (await loaders.entityById.load(fromId)) === null ? null : { entityIds: [fromId], relationships: [] };
    }
    return findShortestPath({ fromId, toId, maxHops }, createNeighbourLookup(loaders, status));
  },
};
