/**
 * Builds the three repositories on one document client and the configured table names.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ArticleRepository } from './article-repository';
import type { RetryPolicy } from './batch';
import { DataVersionRepository } from './data-version-repository';
import { EntityRepository } from './entity-repository';
import { RelationshipRepository } from './relationship-repository';
import type { Repositories } from './repositories';
import type { TableNames } from './tables';

export interface DynamoDbRepositories extends Repositories {
  readonly articles: ArticleRepository;
  readonly entities: EntityRepository;
  readonly relationships: RelationshipRepository;
  /** The data version item, in the articles table: the seed writes it, the HTTP edge reads it. */
  readonly dataVersion: DataVersionRepository;
}

export function createRepositories(document: DynamoDBDocumentClient, tables: TableNames, retryPolicy?: RetryPolicy): DynamoDbRepositories {
  return {
    articles: new ArticleRepository({ document, tableName: tables.articles, retryPolicy }),
    entities: new EntityRepository({ document, tableName: tables.entities, retryPolicy }),
    relationships: new RelationshipRepository({ document, tableName: tables.relationships, retryPolicy }),
    dataVersion: new DataVersionRepository({ document, tableName: tables.articles, retryPolicy }),
  };
}
