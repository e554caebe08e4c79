/**
 * Mention: both ends through the loaders, so all the mentions on a page share one BatchGetItem.
 */
import type { MentionResolvers } from '../../generated/graphql';
import { loadReferenced } from '../loaders';

export const Mention: MentionResolvers = {
  entity: (mention, _, { loaders }) => loadReferenced(loaders.entityById, mention.entityId, `A mention in ${mention.articleId}`),
  article: (mention, _, { loaders }) => loadReferenced(loaders.articleById, mention.articleId, `A mention of ${mention.entityId}`),
};
