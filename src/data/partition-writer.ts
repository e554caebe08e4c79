/**
 * Writes a set of partitions so that afterwards each holds exactly the given items: items are
 * put, and items left in the partition by an earlier version (a removed alias, a mention that
 * is gone) are deleted. Partitions known to be new skip the read of their old keys.
 * Derived items are written before the main item, so a main item present in the table
 * implies a complete partition even after a seed was killed mid-way.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchWriteItems, DEFAULT_RETRY_POLICY, type RetryPolicy, type WriteRequest } from './batch';
import { queryAll } from './query-page';
import type { TableDefinition } from './tables';

export interface PartitionContent {
  readonly pk: string;
  /** Items to write; the main item last. Every item has the table's pk and sk. */
  readonly items: ReadonlyArray<object>;
  /** True when the partition may hold items from an earlier write (they are read and pruned). */
  readonly mayExist: boolean;
}

export async function writePartitions(
  document: DynamoDBDocumentClient,
  table: TableDefinition,
  tableName: string,
  partitions: readonly PartitionContent[],
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<number> {
  const pk = table.partitionKey.name;
  const sk = table.sortKey.name;
  const deletes: WriteRequest[] = [];
  const existing = partitions.filter((p) => p.mayExist);
  const PARALLEL_READS = 8;
  for (let i = 0; i < existing.length; i += PARALLEL_READS) {
    await Promise.all(
      existing.slice(i, i + PARALLEL_READS).map(async (partition) => {
        const wanted = new Set(partition.items.map((item) => String((item as Record<string, unknown>)[sk])));
        const old = await queryAll(document, { table, tableName, partition: partition.pk, projection: [pk, sk] });
        for (const item of old) {
          if (!wanted.has(String(item[sk]))) deletes.push({ delete: { [pk]: String(item[pk]), [sk]: String(item[sk]) } });
        }
      }),
    );
  }
  const puts: WriteRequest[] = partitions.flatMap((p) => p.items.map((item) => ({ put: item as Record<string, unknown> })));
  return batchWriteItems(document, tableName, [...deletes, ...puts], policy);
}

/** Deletes whole partitions (every item under each pk): each is written as an empty partition. */
export function deletePartitions(
  document: DynamoDBDocumentClient,
  table: TableDefinition,
  tableName: string,
  pks: readonly string[],
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<number> {
  return writePartitions(document, table, tableName, pks.map((pk) => ({ pk, items: [], mayExist: true })), policy);
}
