/**
 * Evidence: the quote, span and provenance are stored on the relationship; the article is loaded.
 */
import { statusOf } from '../../data/provenance';
import type { EvidenceResolvers } from '../../generated/graphql';
import { loadReferenced } from '../loaders';

export const Evidence: EvidenceResolvers = {
  status: (evidence) => statusOf(evidence.proposal),
  confidence: (evidence) => evidence.proposal?.confidence ?? null,
  rule: (evidence) => evidence.proposal?.rule ?? null,
  article: (evidence, _, { loaders }) => loadReferenced(loaders.articleById, evidence.articleId, 'Evidence'),
};
