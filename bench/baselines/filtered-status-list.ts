/**
 * Baseline: a status list read the way newsgraph read it before round 6, as a FilterExpression on
 * the `status` attribute over the Query of the list without status. DynamoDB applies `Limit`
 * before the filter, so the page keeps reading (each call asking for twice as many items as the
 * last, up to 1,000) until it holds `first + 1` matches or the partition ends. Items still carry
 * the plain `status` it filters on (src/data/entity-item.ts), so it reads today's tables.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FactStatus } from '../../src/data/model';

/** The most items one filtered call asked for (as the old queryPage's MAX_FILTERED_READ). */
const MAX_FILTERED_READ = 1000;

export interface FilteredList {
  readonly tableName: string;
  readonly indexName: string;
  /** The partition key attribute of the index and its value: the list without status. */
  readonly partitionKey: string;
  readonly partition: string;
  readonly status: FactStatus;
  readonly first: number;
}

export interface FilteredPage {
  readonly ids: string[];
  readonly hasNextPage: boolean;
  /** Query calls made. */
  readonly calls: number;
  /** Items DynamoDB read (the sum of `ScannedCount`): what the page cost. */
  readonly itemsRead: number;
}

/** One page of the list filtered on status, as before round 6 (the first page; no cursor). */
export async function filteredStatusPage(document: DynamoDBDocumentClient, list: FilteredList): Promise<FilteredPage> {
  const want = list.first + 1;
  // Items written before provenance existed have no status and are curated.
  const expression = list.status === 'CURATED' ? 'attribute_not_exists(#f) OR #f IN (:f0)' : '#f IN (:f0)';
  const ids: string[] = [];
  let calls = 0;
  let itemsRead = 0;
  let limit = want;
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await document.send(
      new QueryCommand({
        TableName: list.tableName,
        IndexName: list.indexName,
        KeyConditionExpression: '#pk = :pk',
        FilterExpression: expression,
        ExpressionAttributeNames: { '#pk': list.partitionKey, '#f': 'status' },
        ExpressionAttributeValues: { ':pk': list.partition, ':f0': list.status },
        ExclusiveStartKey: startKey,
        Limit: limit,
      }),
    );
    calls++;
    itemsRead += output.ScannedCount ?? 0;
    ids.push(...(output.Items ?? []).map((item) => String(item.id)));
    startKey = output.LastEvaluatedKey;
    limit = Math.min(limit * 2, MAX_FILTERED_READ);
  } while (startKey && ids.length < want);
  return { ids: ids.slice(0, list.first), hasNextPage: ids.length > list.first, calls, itemsRead };
}
