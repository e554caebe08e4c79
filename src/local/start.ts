/**
 * `npm start`: a seeded local newsgraph with Apollo Sandbox.
 *
 * Starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the tables, loads seed/data, then
 * serves the very Lambda handler that ships to AWS (src/lambda/handler.ts) over HTTP, each request
 * turned into an API Gateway v2 event. PORT (default 4000) and HOST (default 127.0.0.1) pick
 * the address. Ctrl-C stops everything, DynamoDB Local included.
 */
import './quiet-sdk';
import { buildGraph } from '../../seed/build-graph';
import { DEFAULT_SEED_DIR } from '../../seed/cli';
import { loadSeedFiles } from '../../seed/load-seed-files';
import { seedGraph } from '../../seed/seed';
import { loadConfig } from '../config';
import { createRepositories } from '../data/create-repositories';
import { createDynamoDbClients } from '../data/dynamodb-client';
import { ARTICLES_TABLE, ENTITIES_TABLE, LOCAL_TABLE_NAMES, RELATIONSHIPS_TABLE } from '../data/tables';
import { createTables } from './create-tables';
import { type LocalDynamoDb, useDynamoDb } from './dynamodb-local';
import { createLocalHttpServer, listen, shutdown } from './http-server';
import { createLocalDynamoDbClient } from './local-client';
import { listenForStopRequest } from './stop-request';

/** PORT from the environment; 0 picks any free port (the tests use it). */
function portOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 4000;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  let db: LocalDynamoDb | undefined;
  let server: ReturnType<typeof createLocalHttpServer> | undefined;
  let stopping = false;

  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server) await shutdown(server).catch(() => undefined);
    if (db) await db.stop().catch(() => undefined);
    process.exit(code);
  };
  void listenForStopRequest().requested.then(() => stop(0));

  try {
    const port = portOf(process.env.PORT);
    const host = process.env.HOST?.trim() || '127.0.0.1';
    db = await useDynamoDb(process.env);
    console.log(`DynamoDB ${db.started ? 'Local started' : 'in use'} at ${db.endpoint}`);
    await createTables(createLocalDynamoDbClient(db.endpoint), LOCAL_TABLE_NAMES);

    const files = await loadSeedFiles([DEFAULT_SEED_DIR]);
    const { document } = createDynamoDbClients({ region: 'us-east-1', endpoint: db.endpoint });
    const summary = await seedGraph(buildGraph(files), createRepositories(document, LOCAL_TABLE_NAMES));
    console.log(`Seeded ${summary.articles} article(s), ${summary.entities} entities, ${summary.relationships} relationships`);

    // The handler reads its configuration from the environment exactly as on Lambda.
    process.env.STAGE ??= 'local';
    process.env.DYNAMODB_ENDPOINT = db.endpoint;
    process.env[ARTICLES_TABLE.envVar] = LOCAL_TABLE_NAMES.articles;
    process.env[ENTITIES_TABLE.envVar] = LOCAL_TABLE_NAMES.entities;
    process.env[RELATIONSHIPS_TABLE.envVar] = LOCAL_TABLE_NAMES.relationships;
    const config = loadConfig(process.env);
    const { handler } = await import('../lambda/handler');

    server = createLocalHttpServer({ handler, corsOrigins: config.corsOrigins });
    const address = await listen(server, port, host).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use; start with another, e.g. PORT=${port + 1} npm start`) : error;
    });
    const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
    console.log(`\nnewsgraph is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    console.log(`  GraphQL:        http://${shown}:${address.port}/graphql`);
    console.log(`  Apollo Sandbox: open http://${shown}:${address.port}/graphql in a browser`);
    console.log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(`npm start failed: ${(error as Error).message}`);
    await stop(1);
  }
}

void main();
