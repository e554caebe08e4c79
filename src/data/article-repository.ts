/**
 * The articles table: articles and the mentions of entities in them.
 */
import {
  ARTICLE_LIST_PARTITION,
  articleKey,
  fromArticleItem,
  fromMentionItem,
  MENTION_SK_PREFIX,
  toArticleItem,
  toMentionItem,
} from './article-item';
import { batchGetItems } from './batch';
import { TableRepository } from './table-repository';
import type { ArticleRecord, EntityType, MentionRecord, Page, PageRequest } from './model';
import { writePartitions } from './partition-writer';
import { queryPage } from './query-page';
import type { ArticleReader } from './repositories';
import { ARTICLES_TABLE, indexOf } from './tables';

/** An article with its mentions, as the seed writes it. */
export interface ArticleWithMentions {
  readonly article: ArticleRecord;
  readonly mentions: readonly MentionRecord[];
}

const KEY_NAMES = [ARTICLES_TABLE.partitionKey.name, ARTICLES_TABLE.sortKey.name];

export class ArticleRepository extends TableRepository implements ArticleReader {
  async getArticles(ids: readonly string[]): Promise<Array<ArticleRecord | null>> {
    const items = await batchGetItems(this.document, this.tableName, ids.map(articleKey), KEY_NAMES, this.retryPolicy);
    return items.map((item) => (item ? fromArticleItem(item) : null));
  }

  listArticles(page: PageRequest): Promise<Page<ArticleRecord>> {
    return queryPage(
      this.document,
      {
        table: ARTICLES_TABLE,
        tableName: this.tableName,
        index: indexOf(ARTICLES_TABLE, 'byList'),
        partition: ARTICLE_LIST_PARTITION,
        ascending: false,
        map: fromArticleItem,
      },
      page,
    );
  }

  listMentions(articleId: string, filter: { type?: EntityType | null }, page: PageRequest): Promise<Page<MentionRecord>> {
    return queryPage(
      this.document,
      {
        table: ARTICLES_TABLE,
        tableName: this.tableName,
        partition: articleId,
        sortKeyPrefix: filter.type ? `${MENTION_SK_PREFIX}${filter.type}#` : MENTION_SK_PREFIX,
        map: fromMentionItem,
      },
      page,
    );
  }

  listArticleIdsMentioning(entityId: string, page: PageRequest): Promise<Page<string>> {
    return queryPage(
      this.document,
      {
        table: ARTICLES_TABLE,
        tableName: this.tableName,
        index: indexOf(ARTICLES_TABLE, 'byEntity'),
        partition: entityId,
        ascending: false,
        map: (item) => String(item.articleId),
      },
      page,
    );
  }

  /**
   * Writes articles with exactly the given mentions (mentions no longer present are deleted).
   * @param existingIds ids of articles already in the table (their old items are pruned).
   */
  writeArticles(articles: readonly ArticleWithMentions[], existingIds: ReadonlySet<string>): Promise<number> {
    return writePartitions(
      this.document,
      ARTICLES_TABLE,
      this.tableName,
      articles.map(({ article, mentions }) => ({
        pk: article.id,
        mayExist: existingIds.has(article.id),
        items: [...mentions.map((m) => toMentionItem(m, article)), toArticleItem(article)],
      })),
      this.retryPolicy,
    );
  }
}
