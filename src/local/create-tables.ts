/**
 * Creates newsgraph's tables in a local DynamoDB from the one table definition, so the local tables
 * cannot drift from the deployed ones.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
  waitUntilTableNotExists,
} from '@aws-sdk/client-dynamodb';
import { type KeyAttribute, keyAttributes, type TableDefinition, type TableNames, TABLES } from '../data/tables';

// The SDK waiters' defaults (first retry after 20 s) suit AWS; DynamoDB Local settles at once.
const WAIT = { minDelay: 1, maxDelay: 2, maxWaitTime: 60 };

/**
 * The CreateTable request for a table definition: string keys, on-demand billing, and every GSI
 * projecting all attributes.
 */
function createTableInput(table: TableDefinition, tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes(table).map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    GlobalSecondaryIndexes: table.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

/**
 * Creates every table of {@link TABLES} under the given names and waits until each is ACTIVE.
 * Idempotent: a table that already exists (or is being created concurrently) is left as it is.
 */
export async function createTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await Promise.all(
    TABLES.map(async (table) => {
      const TableName = names[table.id];
      try {
        await client.send(new CreateTableCommand(createTableInput(table, TableName)));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      await waitUntilTableExists({ client, ...WAIT }, { TableName });
    }),
  );
}

/** Deletes the named tables and waits until they are gone; missing tables are skipped. */
export async function deleteTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  await Promise.all(
    Object.values(names).map(async (TableName: string) => {
      try {
        await client.send(new DeleteTableCommand({ TableName }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      await waitUntilTableNotExists({ client, ...WAIT }, { TableName });
    }),
  );
}

function keySchema(partitionKey: KeyAttribute, sortKey: KeyAttribute): KeySchemaElement[] {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    { AttributeName: sortKey.name, KeyType: 'RANGE' },
  ];
}
