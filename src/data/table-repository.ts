/**
 * What every repository holds: the shared document client, its table's physical name and the
 * retry policy for unprocessed batch keys/items. Table name and client are constructor
 * arguments, so the same repository serves AWS, DynamoDB Local and isolated test tables.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './batch';

export interface RepositoryOptions {
  readonly document: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Retries of unprocessed batch keys/items. @default DEFAULT_RETRY_POLICY */
  readonly retryPolicy?: RetryPolicy;
}

export abstract class TableRepository {
  protected readonly document: DynamoDBDocumentClient;
  protected readonly tableName: string;
  protected readonly retryPolicy: RetryPolicy;

  constructor(options: RepositoryOptions) {
    this.document = options.document;
    this.tableName = options.tableName;
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  }
}
