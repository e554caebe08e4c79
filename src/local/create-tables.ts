/**
 * Creates newsgraph's tables in a local DynamoDB from the one table definition, so the local tables
 * cannot drift from the deployed ones.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  type KeySchemaElement,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
} from '@aws-sdk/client-dynamodb';
import { type KeyAttribute, keyAttributes, type AllTableNames, type TableDefinition, TABLES } from '../data/tables';

// The SDK waiters' defaults (first retry after 20 s) suit AWS; DynamoDB Local settles at once.
const WAIT = { minDelay: 1, maxDelay: 2, maxWaitTime: 60 };

/**
 * The CreateTable request for a table definition: string keys, on-demand billing, and every GSI
 * projecting all attributes (DynamoDB refuses an empty index list, so a table without one has none).
 */
function createTableInput(table: TableDefinition, tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes(table).map((a) => ({ AttributeName: a.name, AttributeType: a.type })),
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    GlobalSecondaryIndexes: table.indexes.length === 0 ? undefined : table.indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

/**
 * Turns on the table's time to live when its definition names an attribute for it and it is not
 * on yet. UpdateTimeToLive refuses to enable it twice, which a concurrent creation of the same
 * tables may just have done: that refusal is success once the table reports it enabled.
 */
async function enableTimeToLive(client: DynamoDBClient, table: TableDefinition, TableName: string): Promise<void> {
  const AttributeName = table.timeToLiveAttribute;
  if (AttributeName === undefined) return;
  if (await timeToLiveEnabled(client, TableName)) return;
  try {
    await client.send(new UpdateTimeToLiveCommand({ TableName, TimeToLiveSpecification: { AttributeName, Enabled: true } }));
  } catch (error) {
    if (!(await timeToLiveEnabled(client, TableName))) throw error;
  }
}

async function timeToLiveEnabled(client: DynamoDBClient, TableName: string): Promise<boolean> {
  const { TimeToLiveDescription } = await client.send(new DescribeTimeToLiveCommand({ TableName }));
  return TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' || TimeToLiveDescription?.TimeToLiveStatus === 'ENABLING';
}

/**
 * Creates every table of {@link TABLES} under the given names, waits until each is ACTIVE and turns
 * on its time to live where the definition has one.
 * Idempotent: a table that already exists (or is being created concurrently) is left as it is.
 */
export async function createTables(client: DynamoDBClient, names: AllTableNames): Promise<void> {
  await Promise.all(
    TABLES.map(async (table) => {
      const TableName = names[table.id];
      try {
        await client.send(new CreateTableCommand(createTableInput(table, TableName)));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      await waitUntilTableExists({ client, ...WAIT }, { TableName });
      await enableTimeToLive(client, table, TableName);
    }),
  );
}

/** Deletes the named tables and waits until they are gone; missing tables are skipped. */
export async function deleteTables(client: DynamoDBClient, names: AllTableNames): Promise<void> {
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
