/**
 * Entity: its lists go through the per-request list loaders, so the lists of all the entities in
 * a result are read in one parallel wave (see src/loaders.ts).
 */
import { relationshipTypeArgument } from '../arguments';
import type { EntityResolvers } from '../generated/graphql';
import { loadReferenced, primeAll } from '../loaders';
import { pageRequest, toConnection, withNodes } from '../pagination';

export const Entity: EntityResolvers = {
  relationships: async (entity, { direction, type, ...paging }, { loaders }) => {
    const page = await loaders.relationshipsOfEntity.load({
      entityId: entity.id,
      // An explicit null asks for no direction filter, which is what BOTH means.
      direction: direction ?? 'BOTH',
      type: relationshipTypeArgument(type),
      page: pageRequest(paging),
    });
    primeAll(loaders.relationshipById, page.items.map((item) => item.node));
    return toConnection(page);
  },

  articles: async (entity, paging, { loaders }) => {
    const page = await loaders.articleIdsMentioningEntity.load({ entityId: entity.id, page: pageRequest(paging) });
    // Requested together as soon as the id pages of all entities resolve: one BatchGetItem.
    const articles = await Promise.all(
      page.items.map(({ node: id }) => loadReferenced(loaders.articleById, id, `A mention of ${entity.id}`)),
    );
    return toConnection(withNodes(page, articles));
  },
};
