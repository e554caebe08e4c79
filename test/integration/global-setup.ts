/**
 * Jest global setup of the integration tier: one DynamoDB for the whole run (DYNAMODB_ENDPOINT if
 * set, else a DynamoDB Local started here) with the local tables created. Test files find it through
 * `process.env.DYNAMODB_ENDPOINT`, which jest passes on to its workers.
 */
import '../../src/local/quiet-sdk';
import { LOCAL_TABLE_NAMES } from '../../src/data/tables';
import { createTables } from '../../src/local/create-tables';
import { type LocalDynamoDb, useDynamoDb } from '../../src/local/dynamodb-local';
import { createLocalDynamoDbClient } from '../../src/local/local-client';

declare global {
  // Global setup and teardown share this global object (and only they do).
  var newsgraphIntegrationDynamoDb: LocalDynamoDb | undefined;
}

export default async function globalSetup(): Promise<void> {
  const db = await useDynamoDb(process.env);
  globalThis.newsgraphIntegrationDynamoDb = db;
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  const client = createLocalDynamoDbClient(db.endpoint);
  try {
    await createTables(client, LOCAL_TABLE_NAMES);
  } finally {
    client.destroy();
  }
}
