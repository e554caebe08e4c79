/**
 * The data version: one item under a reserved key of the articles table, rewritten by every seed
 * run after its last write, and read (rarely) by the function to derive its entity tags. A new
 * value means "answers may have changed", so an HTTP cache's stored tags stop matching.
 *
 * The key cannot collide with an article: article ids start with `article:` (src/data/ids.ts), and
 * the item carries none of the index attributes, so no Query of the API ever returns it.
 */
import { randomUUID } from 'node:crypto';

export const DATA_VERSION_PK = 'META#DATA_VERSION';
export const DATA_VERSION_SK = 'META';

export interface DataVersionItem {
  readonly pk: typeof DATA_VERSION_PK;
  readonly sk: typeof DATA_VERSION_SK;
  readonly version: string;
  /** When the seed wrote it (ISO 8601), for people reading the table. */
  readonly writtenAt: string;
}

export const dataVersionKey = () => ({ pk: DATA_VERSION_PK, sk: DATA_VERSION_SK }) as const;

/** A version never written before: the time (readable in the table) and a random part (two seeds in one millisecond). */
export function newDataVersion(now: Date = new Date()): string {
  return `${now.toISOString()}.${randomUUID().slice(0, 8)}`;
}

export function toDataVersionItem(version: string, writtenAt: Date): DataVersionItem {
  return { ...dataVersionKey(), version, writtenAt: writtenAt.toISOString() };
}
