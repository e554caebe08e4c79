/**
 * Article: its lists go through the per-request list loaders, so the lists of all the articles
 * on a page are read in one parallel wave (see src/loaders.ts).
 */
import type { ArticleRecord, EntityType } from '../data/model';
import type { ArticleResolvers } from '../generated/graphql';
import { primeAll } from '../loaders';
import { pageRequest, toConnection } from '../pagination';

export const Article: ArticleResolvers = {
  mentions: async (article, { type, ...paging }, { loaders }) => {
    const page = await loaders.mentionsOfArticle.load({ articleId: article.id, type: type ?? null, page: pageRequest(paging) });
    return { ...toConnection(page), totalCount: mentionCount(article, type ?? null) };
  },

  relationships: async (article, paging, { loaders }) => {
    const page = await loaders.relationshipsOfArticle.load({ articleId: article.id, page: pageRequest(paging) });
    primeAll(loaders.relationshipById, page.items.map((item) => item.node));
    return toConnection(page);
  },
};

/** Mentioned entities of one type, or of all types, from the counts stored on the article. */
function mentionCount(article: ArticleRecord, type: EntityType | null): number {
  if (type !== null) return article.mentionCounts[type] ?? 0;
  return Object.values(article.mentionCounts).reduce<number>((sum, count) => sum + (count ?? 0), 0);
}
