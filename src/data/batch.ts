/**
 * BatchGetItem and BatchWriteItem done completely: chunked to DynamoDB's limits (100 keys,
 * 25 writes), every `UnprocessedKeys` / `UnprocessedItems` retried with bounded exponential
 * backoff and full jitter, results of reads returned in key order with `null` for misses.
 * What still cannot be processed after the last round is an error, never a silent gap.
 */
import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../errors';

export const BATCH_GET_LIMIT = 100;
export const BATCH_WRITE_LIMIT = 25;
/**
 * BatchGetItem calls of one read in flight at once: the SDK's default connection pool (50 sockets).
 * A request's wave of entities fits (5,000 keys); the seed reads tens of thousands of keys, whose
 * hundreds of chunks sent together would wait for a connection until the client's connection
 * timeout failed them.
 */
export const PARALLEL_BATCH_GETS = 50;

export interface RetryPolicy {
  /** Rounds after the first call. @default 6 */
  readonly maxRetries: number;
  /** First backoff ceiling in ms, doubled each round. @default 25 */
  readonly baseDelayMs: number;
  /** Backoff ceiling in ms. @default 800 */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 6, baseDelayMs: 25, maxDelayMs: 800 };

type Item = Record<string, unknown>;
type Key = Record<string, string>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function backoff(policy: RetryPolicy, round: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** round);
  return Math.random() * ceiling;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs `work` on every item, at most `limit` at a time; rejects with the first failure. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function keyString(key: Key, keyNames: readonly string[]): string {
  return JSON.stringify(keyNames.map((name) => key[name]));
}

/**
 * Reads items by key. Duplicate keys are read once. Chunks of 100 go out in parallel, at most
 * {@link PARALLEL_BATCH_GETS} at a time.
 * @returns one entry per requested key, in the same order, `null` where no item exists.
 * @throws ServiceUnavailableError when keys stay unprocessed after the last retry.
 */
export async function batchGetItems(
  document: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  keyNames: readonly string[],
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<Array<Item | null>> {
  const unique = new Map<string, Key>();
  for (const key of keys) unique.set(keyString(key, keyNames), key);
  const found = new Map<string, Item>();

  await inParallel(chunk([...unique.values()], BATCH_GET_LIMIT), PARALLEL_BATCH_GETS, async (batch) => {
    let pending: Key[] = batch;
    for (let round = 0; pending.length > 0; round++) {
      if (round > policy.maxRetries) {
        throw new ServiceUnavailableError(`DynamoDB left ${pending.length} keys of ${tableName} unprocessed after ${policy.maxRetries} retries`);
      }
      if (round > 0) await sleep(backoff(policy, round - 1));
      const output = await document.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
      for (const item of output.Responses?.[tableName] ?? []) found.set(keyString(item as Key, keyNames), item);
      pending = (output.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
    }
  });
  return keys.map((key) => found.get(keyString(key, keyNames)) ?? null);
}

export type WriteRequest = { readonly put: Item } | { readonly delete: Key };

/**
 * Writes puts and deletes in chunks of 25 (sequentially, to keep the write rate steady).
 * @returns the number of requests written.
 * @throws Error naming the table and count when items stay unprocessed after the last retry.
 */
export async function batchWriteItems(
  document: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Promise<number> {
  let written = 0;
  for (const batch of chunk(requests, BATCH_WRITE_LIMIT)) {
    let pending = batch.map((r) => ('put' in r ? { PutRequest: { Item: r.put } } : { DeleteRequest: { Key: r.delete } }));
    for (let round = 0; pending.length > 0; round++) {
      if (round > policy.maxRetries) {
        throw new ServiceUnavailableError(`DynamoDB left ${pending.length} writes to ${tableName} unprocessed after ${policy.maxRetries} retries`);
      }
      if (round > 0) await sleep(backoff(policy, round - 1));
      const output = await document.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      const unprocessed = output.UnprocessedItems?.[tableName] ?? [];
      written += pending.length - unprocessed.length;
      pending = unprocessed as typeof pending;
    }
  }
  return written;
}
