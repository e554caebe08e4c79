/**
 * Entity: its lists go through the per-request list loaders, so the lists of all the entities in
 * a result are read in one parallel wave (see src/graphql/loaders.ts), and the lists of an entity asked
 * for by id are read in the same wave as the entity (see ./read-ahead.ts).
 */
import { relationshipTypeArgument, statusArgument } from '../arguments';
import { statusOf } from '../../data/provenance';
import type { EntityArticlesArgs, EntityRelationshipsArgs, EntityResolvers } from '../../generated/graphql';
import { loadReferenced, primeAll, type ArticleIdsMentioningEntityKey, type Loaders, type RelationshipsOfEntityKey } from '../loaders';
import { pageRequest, toConnection, withNodes } from '../pagination';
import type { ListField } from './read-ahead';

const relationshipsKey = (entityId: string, { direction, type, status, ...paging }: EntityRelationshipsArgs): RelationshipsOfEntityKey => ({
  entityId,
  // An explicit null asks for no direction filter, which is what BOTH means.
  direction: direction ?? 'BOTH',
  type: relationshipTypeArgument(type),
  status: statusArgument(status),
  page: pageRequest(paging),
});

const articlesKey = (entityId: string, paging: EntityArticlesArgs): ArticleIdsMentioningEntityKey => ({ entityId, page: pageRequest(paging) });

export const Entity: EntityResolvers = {
  status: (entity) => statusOf(entity.proposal),
  confidence: (entity) => entity.proposal?.confidence ?? null,
  rule: (entity) => entity.proposal?.rule ?? null,

  relationships: async (entity, args, { loaders }) => {
    const page = await loaders.relationshipsOfEntity.load(relationshipsKey(entity.id, args));
    primeAll(loaders.relationshipById, page.items.map((item) => item.node));
    return toConnection(page);
  },

  articles: async (entity, args, { loaders }) => {
    const page = await loaders.articleIdsMentioningEntity.load(articlesKey(entity.id, args));
    // Requested together as soon as the id pages of all entities resolve: one BatchGetItem.
    const articles = await Promise.all(
      page.items.map(({ node: id }) => loadReferenced(loaders.articleById, id, `A mention of ${entity.id}`)),
    );
    return toConnection(withNodes(page, articles));
  },
};

/** The lists of the entity `entityId` that `Query.entity` reads ahead. */
export function entityLists(entityId: string, loaders: Loaders): ListField[] {
  return [
    { name: 'relationships', load: (args) => loaders.relationshipsOfEntity.load(relationshipsKey(entityId, args)) },
    { name: 'articles', load: (args) => loaders.articleIdsMentioningEntity.load(articlesKey(entityId, args)) },
  ];
}
