/**
 * `npm start`: a seeded local newsgraph with Apollo Sandbox.
 *
 * Checks the configuration and takes the port first, so a mistake in either fails at once with
 * nothing started; this module imports only what that needs, and the AWS SDK, the seed and the
 * server are loaded after. Then it starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the
 * tables, loads seed/data, and serves the very Lambda handler that ships to AWS
 * (src/lambda/handler.ts) over HTTP, each request turned into an API Gateway v2 event; until then
 * requests get a 503. PORT (default 4000) and HOST (default 127.0.0.1) pick the address;
 * LOCAL_ACCESS_LOG=true prints one JSON line per request. Ctrl-C,
 * SIGTERM or SIGHUP (to npm, to this process or to its group) stops everything, DynamoDB Local
 * included.
 */
import './quiet-sdk';
import { loadConfig } from '../config';
import { ARTICLES_TABLE, ENTITIES_TABLE, LOCAL_TABLE_NAMES, PERSISTED_QUERIES_TABLE, RELATIONSHIPS_TABLE } from '../data/tables';
import type { LocalDynamoDb } from './dynamodb-local';
import { type AccessLogEntry, createLocalHttpServer, listen, shutdown, type LocalLambdaHandler } from './http-server';
import { listenForStopRequest } from './stop-request';

/** PORT from the environment; 0 picks any free port (the tests use it). */
function portOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 4000;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

/** What a request gets while DynamoDB Local starts and the seed runs: the port is taken first. */
const starting: LocalLambdaHandler = async () => ({
  statusCode: 503,
  headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '2' },
  body: JSON.stringify({ errors: [{ message: 'newsgraph is starting; retry in a few seconds', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
});

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
  void listenForStopRequest().requested.then((reason) => {
    console.log(`Stopping (${reason}) …`);
    return stop(0);
  });

  try {
    // The handler reads its configuration from the environment exactly as on Lambda, so the
    // environment it will see is the one checked here.
    const port = portOf(process.env.PORT);
    const host = process.env.HOST?.trim() || '127.0.0.1';
    process.env.STAGE ??= 'local';
    process.env[ARTICLES_TABLE.envVar] = LOCAL_TABLE_NAMES.articles;
    process.env[ENTITIES_TABLE.envVar] = LOCAL_TABLE_NAMES.entities;
    process.env[RELATIONSHIPS_TABLE.envVar] = LOCAL_TABLE_NAMES.relationships;
    process.env[PERSISTED_QUERIES_TABLE.envVar] = LOCAL_TABLE_NAMES.persistedQueries;
    const config = loadConfig(process.env);
    let handler: LocalLambdaHandler = starting;
    // LOCAL_ACCESS_LOG=true: one JSON line per request on stdout, like the HTTP API's access log.
    const accessLog = process.env.LOCAL_ACCESS_LOG === 'true'
      ? (entry: AccessLogEntry) => process.stdout.write(`${JSON.stringify(entry)}\n`)
      : undefined;
    server = createLocalHttpServer({ handler: (event, context, callback) => handler(event, context, callback), corsOrigins: config.corsOrigins, accessLog });
    const address = await listen(server, port, host).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use; start with another, e.g. PORT=${port + 1} npm start`) : error;
    });

    const [{ useDynamoDb }, { createTables }, { createLocalDynamoDbClient }, seed] = await Promise.all([
      import('./dynamodb-local'),
      import('./create-tables'),
      import('./local-client'),
      loadSeedModules(),
    ]);
    db = await useDynamoDb(process.env);
    console.log(`DynamoDB ${db.started ? 'Local started' : 'in use'} at ${db.endpoint}`);
    await createTables(createLocalDynamoDbClient(db.endpoint), LOCAL_TABLE_NAMES);

    const files = await seed.loadSeedFiles([seed.DEFAULT_SEED_DIR]);
    const { document } = seed.createDynamoDbClients({ region: 'us-east-1', endpoint: db.endpoint });
    const summary = await seed.seedGraph(seed.buildGraph(files), seed.createRepositories(document, LOCAL_TABLE_NAMES));
    console.log(`Seeded ${summary.articles} article(s), ${summary.entities} entities, ${summary.relationships} relationships`);

    process.env.DYNAMODB_ENDPOINT = db.endpoint;
    ({ handler } = await import('../lambda/handler'));
    const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
    console.log(`\nnewsgraph is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    console.log(`  GraphQL:        http://${shown}:${address.port}/graphql`);
    console.log(`  Apollo Sandbox: open http://${shown}:${address.port}/graphql in a browser`);
    console.log('Press Ctrl-C to stop.');
  } catch (error) {
    // Every failure here is ours to explain (config, port, Java, seed): the message, never a stack.
    console.error(`npm start failed: ${(error as Error).message}`);
    await stop(1);
  }
}

/** The seed's code path and the app's DynamoDB clients, loaded once the configuration is known good. */
async function loadSeedModules() {
  const [buildGraph, cli, loadSeedFiles, seed, repositories, clients] = await Promise.all([
    import('../../seed/build-graph'),
    import('../../seed/cli'),
    import('../../seed/load-seed-files'),
    import('../../seed/seed'),
    import('../data/create-repositories'),
    import('../data/dynamodb-client'),
  ]);
  return {
    buildGraph: buildGraph.buildGraph,
    DEFAULT_SEED_DIR: cli.DEFAULT_SEED_DIR,
    loadSeedFiles: loadSeedFiles.loadSeedFiles,
    seedGraph: seed.seedGraph,
    createRepositories: repositories.createRepositories,
    createDynamoDbClients: clients.createDynamoDbClients,
  };
}

void main();
