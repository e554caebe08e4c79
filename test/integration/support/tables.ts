import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ARTICLES_TABLE,
  type AllTableNames,
  ENTITIES_TABLE,
  PERSISTED_QUERIES_TABLE,
  RELATIONSHIPS_TABLE,
  type TableDefinition,
} from '../../../src/data/tables';
import { createTables } from '../../../src/local/create-tables';

/**
 * Creates a fresh set of newsgraph tables from the shared definition, named `<local name>-<random
 * suffix>`, so a test file's data never meets another's in the shared DynamoDB Local.
 * @returns the names to give the repositories under test.
 */
export async function createIsolatedTables(client: DynamoDBClient): Promise<AllTableNames> {
  const suffix = randomUUID().slice(0, 8);
  const name = (table: TableDefinition): string => `${table.localName}-${suffix}`;
  const names: AllTableNames = {
    articles: name(ARTICLES_TABLE),
    entities: name(ENTITIES_TABLE),
    relationships: name(RELATIONSHIPS_TABLE),
    persistedQueries: name(PERSISTED_QUERIES_TABLE),
  };
  await createTables(client, names);
  return names;
}
