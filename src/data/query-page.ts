/**
 * One page of a Query on a table or index, as a Relay-style forward page.
 *
 * Reads `first + 1` items (looping over DynamoDB's 1 MB pages if it must) to know whether a
 * next page exists without a second request. Each item's cursor is its own key, so any edge
 * can be used as `after`.
 *
 * There is no FilterExpression: DynamoDB applies `Limit` before a filter, so a filtered page
 * would read on past its page until it had enough matches, at a cost set by the table, not the
 * result. Every list, status lists included, is a partition (and sort-key prefix) whose items all
 * belong to it (src/data/tables.ts), so a page reads at most `first + 1` items.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from './model';
import { InvalidCursorError } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';
import type { IndexDefinition, TableDefinition } from './tables';

export interface QuerySpec<T> {
  readonly table: TableDefinition;
  readonly tableName: string;
  /** The index to read, or undefined for the table itself. */
  readonly index?: IndexDefinition;
  /** Value of the (index) partition key. */
  readonly partition: string;
  /** Restrict the (index) sort key to values starting with this prefix. */
  readonly sortKeyPrefix?: string;
  /** @default true (ascending) */
  readonly ascending?: boolean;
  readonly map: (item: Record<string, unknown>) => T;
}

function keyNamesOf(spec: QuerySpec<unknown>): string[] {
  const names = [spec.table.partitionKey.name, spec.table.sortKey.name];
  if (spec.index) names.push(spec.index.partitionKey.name, spec.index.sortKey.name);
  return names;
}

export async function queryPage<T>(document: DynamoDBDocumentClient, spec: QuerySpec<T>, page: PageRequest): Promise<Page<T>> {
  const pkName = (spec.index ?? spec.table).partitionKey.name;
  const skName = (spec.index ?? spec.table).sortKey.name;
  const keyNames = keyNamesOf(spec);
  let startKey: Record<string, string> | undefined = page.after
    ? { ...decodeCursor(page.after, keyNames, { [pkName]: spec.partition }) }
    : undefined;
  if (startKey && spec.sortKeyPrefix !== undefined && !startKey[skName]!.startsWith(spec.sortKeyPrefix)) {
    // A cursor from the same partition but another filter (e.g. another type) is not this list's.
    throw new InvalidCursorError();
  }

  const items: Array<Record<string, unknown>> = [];
  const want = page.first + 1;
  do {
    const output = await document.send(
      new QueryCommand({
        TableName: spec.tableName,
        IndexName: spec.index?.indexName,
        KeyConditionExpression: spec.sortKeyPrefix === undefined ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: spec.sortKeyPrefix === undefined ? { '#pk': pkName } : { '#pk': pkName, '#sk': skName },
        ExpressionAttributeValues:
          spec.sortKeyPrefix === undefined ? { ':pk': spec.partition } : { ':pk': spec.partition, ':prefix': spec.sortKeyPrefix },
        ScanIndexForward: spec.ascending ?? true,
        ExclusiveStartKey: startKey,
        Limit: want - items.length,
      }),
    );
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey as Record<string, string> | undefined;
  } while (startKey && items.length < want);

  const pageItems = items.slice(0, page.first);
  return {
    items: pageItems.map((item) => ({
      node: spec.map(item),
      cursor: encodeCursor(Object.fromEntries(keyNames.map((name) => [name, String(item[name])]))),
    })),
    hasNextPage: items.length > page.first,
  };
}

/** Every item of a partition (or of a sort-key prefix in it), for the seed's bookkeeping. */
export async function queryAll(
  document: DynamoDBDocumentClient,
  spec: Omit<QuerySpec<unknown>, 'map' | 'ascending'> & { readonly projection?: readonly string[] },
): Promise<Array<Record<string, unknown>>> {
  const pkName = (spec.index ?? spec.table).partitionKey.name;
  const skName = (spec.index ?? spec.table).sortKey.name;
  const names: Record<string, string> = { '#pk': pkName };
  if (spec.sortKeyPrefix !== undefined) names['#sk'] = skName;
  spec.projection?.forEach((attribute, i) => (names[`#p${i}`] = attribute));
  const items: Array<Record<string, unknown>> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await document.send(
      new QueryCommand({
        TableName: spec.tableName,
        IndexName: spec.index?.indexName,
        KeyConditionExpression: spec.sortKeyPrefix === undefined ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues:
          spec.sortKeyPrefix === undefined ? { ':pk': spec.partition } : { ':pk': spec.partition, ':prefix': spec.sortKeyPrefix },
        ProjectionExpression: spec.projection?.map((_, i) => `#p${i}`).join(', '),
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return items;
}
