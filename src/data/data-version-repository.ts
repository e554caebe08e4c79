/**
 * Reads and writes the data version item (./data-version-item.ts) in the articles table.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dataVersionKey, toDataVersionItem } from './data-version-item';
import type { DataVersionReader } from './repositories';
import { TableRepository } from './table-repository';

export class DataVersionRepository extends TableRepository implements DataVersionReader {
  /** One eventually consistent GetItem of one small attribute; `null` before any seed wrote a version. */
  async getDataVersion(): Promise<string | null> {
    const { Item } = await this.document.send(
      new GetCommand({ TableName: this.tableName, Key: dataVersionKey(), ProjectionExpression: 'version' }),
    );
    return typeof Item?.version === 'string' ? Item.version : null;
  }

  /** One PutItem; the seed calls it after its last write. */
  async writeDataVersion(version: string, writtenAt: Date = new Date()): Promise<void> {
    await this.document.send(new PutCommand({ TableName: this.tableName, Item: toDataVersionItem(version, writtenAt) }));
  }
}
