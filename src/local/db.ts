/**
 * `npm run db`: a DynamoDB Local with newsgraph's tables, until Ctrl-C.
 *
 * Listens on DYNAMODB_PORT (default 8000, the seed's default endpoint; 0 = any free port). With
 * DYNAMODB_ENDPOINT set it only creates the tables in that DynamoDB and exits.
 */
import './quiet-sdk';
import { LOCAL_TABLE_NAMES } from '../data/tables';
import { createTables } from './create-tables';
import { DynamoDbLocalError, portFromEnv, useDynamoDb } from './dynamodb-local';
import { EmulatorError } from './emulator';
import { createLocalDynamoDbClient } from './local-client';
import { listenForStopRequest } from './stop-request';

const DEFAULT_PORT = 8000;

// Listening before startup lets a Ctrl-C during it stop cleanly too.
const stop = listenForStopRequest();

async function main(): Promise<void> {
  const db = await useDynamoDb(process.env, { port: portFromEnv(process.env) ?? DEFAULT_PORT });
  try {
    const client = createLocalDynamoDbClient(db.endpoint);
    try {
      await createTables(client, LOCAL_TABLE_NAMES);
    } finally {
      client.destroy();
    }
    const tables = Object.values(LOCAL_TABLE_NAMES).join(', ');
    if (!db.started) {
      console.log(`Tables ready in DYNAMODB_ENDPOINT=${db.endpoint}: ${tables}`);
      return;
    }
    console.log(`DynamoDB Local (in memory) at ${db.endpoint} with tables ${tables}`);
    console.log(`Seed it from another terminal:  DYNAMODB_ENDPOINT=${db.endpoint} npm run seed`);
    console.log('Ctrl-C stops it (and loses the data).');
    await stop.requested;
  } finally {
    await db.stop();
  }
  console.log('DynamoDB Local stopped.');
}

main().catch((error: unknown) => {
  // Ctrl-C reaches Java and npm too, so a startup it cut short fails on purpose: say nothing.
  if (stop.isRequested()) return;
  // Our own errors carry a complete message; anything else deserves its stack.
  const known = error instanceof DynamoDbLocalError || error instanceof EmulatorError;
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
});
