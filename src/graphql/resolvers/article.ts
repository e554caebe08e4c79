/**
 * Article: its lists go through the per-request list loaders, so the lists of all the articles
 * on a page are read in one parallel wave (see src/graphql/loaders.ts), and the lists of an article asked
 * for by id are read in the same wave as the article (see ./read-ahead.ts).
 */
import type { ArticleRecord, EntityType } from '../../data/model';
import type { ArticleMentionsArgs, ArticleRelationshipsArgs, ArticleResolvers } from '../../generated/graphql';
import { primeAll, type Loaders, type MentionsOfArticleKey, type RelationshipsOfArticleKey } from '../loaders';
import { statusArgument } from '../arguments';
import { pageRequest, toConnection } from '../pagination';
import type { ListField } from './read-ahead';

const mentionsKey = (articleId: string, { type, ...paging }: ArticleMentionsArgs): MentionsOfArticleKey => ({
  articleId,
  type: type ?? null,
  page: pageRequest(paging),
});

const relationshipsKey = (articleId: string, { status, ...paging }: ArticleRelationshipsArgs): RelationshipsOfArticleKey => ({
  articleId,
  status: statusArgument(status),
  page: pageRequest(paging),
});

export const Article: ArticleResolvers = {
  mentions: async (article, args, { loaders }) => {
    const page = await loaders.mentionsOfArticle.load(mentionsKey(article.id, args));
    return { ...toConnection(page), totalCount: mentionCount(article, args.type ?? null) };
  },

  relationships: async (article, args, { loaders }) => {
    const page = await loaders.relationshipsOfArticle.load(relationshipsKey(article.id, args));
    primeAll(loaders.relationshipById, page.items.map((item) => item.node));
    return toConnection(page);
  },
};

/** The lists of the article `articleId` that `Query.article` reads ahead. */
export function articleLists(articleId: string, loaders: Loaders): ListField[] {
  return [
    { name: 'mentions', load: (args) => loaders.mentionsOfArticle.load(mentionsKey(articleId, args)) },
    { name: 'relationships', load: (args) => loaders.relationshipsOfArticle.load(relationshipsKey(articleId, args)) },
  ];
}

/** Mentioned entities of one type, or of all types, from the counts stored on the article. */
function mentionCount(article: ArticleRecord, type: EntityType | null): number {
  if (type !== null) return article.mentionCounts[type] ?? 0;
  return Object.values(article.mentionCounts).reduce<number>((sum, count) => sum + (count ?? 0), 0);
}
