/**
 * The persisted-queries table: GraphQL documents registered by clients under their SHA-256, shared
 * by every Lambda container. One GetItem per lookup, one PutItem per registration; nothing else.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { liveDocument, persistedQueryKey, toPersistedQueryItem } from './persisted-query-item';
import type { PersistedQueryStore } from './repositories';
import { type RepositoryOptions, TableRepository } from './table-repository';

export interface PersistedQueryRepositoryOptions extends RepositoryOptions {
  /** The clock, in ms since the epoch; tests move it. @default Date.now */
  readonly now?: () => number;
}

export class PersistedQueryRepository extends TableRepository implements PersistedQueryStore {
  private readonly now: () => number;

  constructor(options: PersistedQueryRepositoryOptions) {
    super(options);
    this.now = options.now ?? Date.now;
  }

  /**
   * Eventually consistent (half the read units of a strongly consistent read): a hash registered
   * less than a second ago through another container may still miss, and the client then sends
   * its document once more, which is what APQ does on any miss.
   */
  async getDocument(hash: string): Promise<string | undefined> {
    const { Item } = await this.document.send(new GetCommand({ TableName: this.tableName, Key: persistedQueryKey(hash) }));
    return Item ? liveDocument(Item, this.nowSeconds()) : undefined;
  }

  /** Writes (or overwrites, refreshing its expiry) the document of `hash`. */
  async putDocument(hash: string, document: string, ttlSeconds: number): Promise<void> {
    const item = toPersistedQueryItem(hash, document, this.nowSeconds() + ttlSeconds);
    await this.document.send(new PutCommand({ TableName: this.tableName, Item: item }));
  }

  private nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }
}
