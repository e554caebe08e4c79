/**
 * Stored shape and keys of the articles table's items (see ARTICLES_TABLE for access patterns).
 */
import type { ArticleRecord, EntityType, MentionRecord, TextSpanRecord } from './model';

export const ARTICLE_SK = 'ARTICLE';
export const ARTICLE_LIST_PARTITION = 'ARTICLE';
export const MENTION_SK_PREFIX = 'MENTION#';

export interface ArticleItem extends ArticleRecord {
  readonly pk: string;
  readonly sk: typeof ARTICLE_SK;
  readonly listPk: typeof ARTICLE_LIST_PARTITION;
  readonly listSk: string;
}

export interface MentionItem {
  readonly pk: string;
  readonly sk: string;
  readonly articleId: string;
  readonly entityId: string;
  readonly entityType: EntityType;
  readonly count: number;
  readonly spans: readonly TextSpanRecord[];
  readonly entityPk: string;
  readonly entitySk: string;
}

export const articleKey = (id: string) => ({ pk: id, sk: ARTICLE_SK }) as const;

/** Newest first when read descending; undated articles ("0000") sort last. */
export const articleOrderKey = (article: Pick<ArticleRecord, 'id' | 'publishedAt'>) => `${article.publishedAt ?? '0000'}#${article.id}`;

export const mentionSortKey = (entityType: EntityType, entityId: string) => `${MENTION_SK_PREFIX}${entityType}#${entityId}`;

export function toArticleItem(article: ArticleRecord): ArticleItem {
  return { ...article, ...articleKey(article.id), listPk: ARTICLE_LIST_PARTITION, listSk: articleOrderKey(article) };
}

export function fromArticleItem(item: Record<string, unknown>): ArticleRecord {
  const a = item as unknown as ArticleItem;
  return {
    id: a.id,
    title: a.title,
    body: a.body,
    publishedAt: a.publishedAt ?? null,
    dateDescription: a.dateDescription ?? null,
    publisher: a.publisher ?? null,
    url: a.url ?? null,
    imageAlt: a.imageAlt ?? null,
    imageCaption: a.imageCaption ?? null,
    imageCredit: a.imageCredit ?? null,
    mentionCounts: a.mentionCounts ?? {},
  };
}

export function toMentionItem(mention: MentionRecord, article: ArticleRecord): MentionItem {
  return {
    pk: mention.articleId,
    sk: mentionSortKey(mention.entityType, mention.entityId),
    articleId: mention.articleId,
    entityId: mention.entityId,
    entityType: mention.entityType,
    count: mention.count,
    spans: mention.spans,
    entityPk: mention.entityId,
    entitySk: articleOrderKey(article),
  };
}

export function fromMentionItem(item: Record<string, unknown>): MentionRecord {
  const m = item as unknown as MentionItem;
  return { articleId: m.articleId, entityId: m.entityId, entityType: m.entityType, count: m.count, spans: m.spans };
}
