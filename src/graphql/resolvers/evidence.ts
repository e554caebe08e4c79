/**
 * Evidence: the quote and span are stored on the relationship; the article is loaded.
 */
import type { EvidenceResolvers } from '../../generated/graphql';
import { loadReferenced } from '../loaders';

export const Evidence: EvidenceResolvers = {
  article: (evidence, _, { loaders }) => loadReferenced(loaders.articleById, evidence.articleId, 'Evidence'),
};
