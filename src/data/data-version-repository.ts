/**
 * Reads and writes the data version item (./data-version-item.ts) in the articles table.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batch';
import { dataVersionKey, toDataVersionItem } from './data-version-item';
import type { DataVersionReader } from './repositories';
import { ARTICLES_TABLE } from './tables';
import { TableRepository } from './table-repository';

const KEY_NAMES = [ARTICLES_TABLE.partitionKey.name, ARTICLES_TABLE.sortKey.name];

export class DataVersionRepository extends TableRepository implements DataVersionReader {
  /**
   * One eventually consistent read of one small item; `null` before any seed wrote a version.
   *
   * A BatchGetItem of one key rather than a GetItem: the same capacity (0.5 read unit), but the
   * code of a command type runs for the first time in a container's first request, and every
   * query path already runs BatchGetItem's, so the version read adds no new command to a cold
   * start (a GetItem measured about 8 ms of CPU there; BENCHMARKS.md).
   */
  async getDataVersion(): Promise<string | null> {
    const [item] = await batchGetItems(this.document, this.tableName, [dataVersionKey()], KEY_NAMES, this.retryPolicy);
    return typeof item?.version === 'string' ? item.version : null;
  }

  /** One PutItem; the seed calls it after its last write. */
  async writeDataVersion(version: string, writtenAt: Date = new Date()): Promise<void> {
    await this.document.send(new PutCommand({ TableName: this.tableName, Item: toDataVersionItem(version, writtenAt) }));
  }
}
