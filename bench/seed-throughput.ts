/**
 * Seed throughput: `seedGraph` (validation done, merging with stored data, the repositories'
 * writes) against the simplest writer there is, a loop of BatchWriteItem calls over the very items
 * `seedGraph` writes into empty tables.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SeedGraph } from '../seed/build-graph';
import { toArticleItem, toMentionItem } from '../src/data/article-item';
import { BATCH_WRITE_LIMIT } from '../src/data/batch';
import { toEntityPartitionItems } from '../src/data/entity-item';
import { toRelationshipPartitionItems } from '../src/data/relationship-item';
import type { GraphTableId, TableNames } from '../src/data/tables';

type Item = Record<string, unknown>;

/** The items of `graph` per table, as the repositories write them into empty tables. */
export function itemsOf(graph: SeedGraph): Record<GraphTableId, Item[]> {
  return {
    entities: graph.entities.flatMap(toEntityPartitionItems) as unknown as Item[],
    relationships: graph.relationships.flatMap(toRelationshipPartitionItems) as unknown as Item[],
    articles: graph.articles.flatMap(({ article, mentions }) => [
      ...mentions.map((mention) => toMentionItem(mention, article)),
      toArticleItem(article),
    ]) as unknown as Item[],
  };
}

/**
 * Writes the items with one BatchWriteItem of 25 after another, in the order `seedGraph` writes
 * (entities, relationships, articles), resending unprocessed items at once.
 * @returns the number of items written.
 */
export async function rawBatchWriteLoop(document: DynamoDBDocumentClient, tables: TableNames, items: Record<GraphTableId, Item[]>): Promise<number> {
  let written = 0;
  for (const table of ['entities', 'relationships', 'articles'] as const) {
    const tableName = tables[table];
    const all = items[table];
    for (let i = 0; i < all.length; i += BATCH_WRITE_LIMIT) {
      let requests = all.slice(i, i + BATCH_WRITE_LIMIT).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const output = await document.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
        const unprocessed = (output.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        written += requests.length - unprocessed.length;
        requests = unprocessed;
      }
    }
  }
  return written;
}
