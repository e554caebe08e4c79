/**
 * Everything in a set of newsgraph tables, for comparing two runs item for item. Tests may Scan;
 * request paths never do.
 */
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DATA_VERSION_PK } from '../../../src/data/data-version-item';
import type { TableNames } from '../../../src/data/tables';

export type TableContents = Record<keyof TableNames, Array<Record<string, unknown>>>;

/**
 * Every item of each table, in key order (`pk`, then `sk`), so equal contents compare equal; the
 * data version item (src/data/data-version-item.ts) is left out, since every seed run writes a new
 * one by design.
 */
export async function tableContents(document: DynamoDBDocumentClient, tables: TableNames): Promise<TableContents> {
  const scan = async (tableName: string) => {
    const items: Array<Record<string, unknown>> = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await document.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    const key = (item: Record<string, unknown>) => `${String(item.pk)}\u0000${String(item.sk)}`;
    return items.filter((item) => item.pk !== DATA_VERSION_PK).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  };
  const [articles, entities, relationships] = await Promise.all([scan(tables.articles), scan(tables.entities), scan(tables.relationships)]);
  return { articles, entities, relationships };
}

/** Number of items across the three tables. */
export function itemCount(contents: TableContents): number {
  return contents.articles.length + contents.entities.length + contents.relationships.length;
}
