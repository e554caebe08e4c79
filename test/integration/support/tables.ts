import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ARTICLES_TABLE,
  ENTITIES_TABLE,
  RELATIONSHIPS_TABLE,
  type TableDefinition,
  type TableNames,
} from '../../../src/data/tables';
import { createTables } from '../../../src/local/create-tables';

/**
 * Creates a fresh set of newsgraph tables from the shared definition, named `<local name>-<random
 * suffix>`, so a test file's data never meets another's in the shared DynamoDB Local.
 * @returns the names to give the repositories under test.
 */
export async function createIsolatedTables(client: DynamoDBClient): Promise<TableNames> {
  const suffix = randomUUID().slice(0, 8);
  const name = (table: TableDefinition): string => `${table.localName}-${suffix}`;
  const names: TableNames = {
    articles: name(ARTICLES_TABLE),
    entities: name(ENTITIES_TABLE),
    relationships: name(RELATIONSHIPS_TABLE),
  };
  await createTables(client, names);
  return names;
}
