/**
 * The integration tier's world: fresh tables on the shared DynamoDB Local, loaded with the
 * committed seed data through the seed's own code path, and the app wired on top of them
 * with a call recorder on its DynamoDB client.
 */
import { buildGraph } from '../../../seed/build-graph';
import { DEFAULT_SEED_DIR } from '../../../seed/cli';
import { loadSeedFiles } from '../../../seed/load-seed-files';
import { seedGraph } from '../../../seed/seed';
import { createApp } from '../../../src/lambda/app';
import { loadConfig } from '../../../src/config';
import { createRepositories } from '../../../src/data/create-repositories';
import { createDynamoDbClients } from '../../../src/data/dynamodb-client';
import type { TableNames } from '../../../src/data/tables';
import { RecordingLogger } from '../../support/recording-logger';
import { recordDynamoDbCalls } from '../../support/dynamodb-calls';
import { createIsolatedTables } from './tables';
import { integrationClient, integrationEndpoint } from './local-dynamodb';

/** The app's own clients (the document client the repositories use) on the integration DynamoDB. */
export function localClients() {
  return createDynamoDbClients({ region: 'us-east-1', endpoint: integrationEndpoint() });
}

/** Fresh, uniquely named tables created from the shared definition. */
export function freshTables(): Promise<TableNames> {
  return createIsolatedTables(integrationClient());
}

/** Fresh tables with the committed seed data written through the repositories. */
export async function seededTables(): Promise<TableNames> {
  const tables = await freshTables();
  const { document } = localClients();
  await seedGraph(buildGraph(await loadSeedFiles([DEFAULT_SEED_DIR])), createRepositories(document, tables));
  return tables;
}

/** The app (the same wiring as src/lambda/handler.ts) on seeded tables, its DynamoDB calls recorded. */
export async function seededApp(overrides: Record<string, string> = {}) {
  return appOnTables(await seededTables(), overrides);
}

/** The app (the same wiring as src/lambda/handler.ts) on the given tables, its DynamoDB calls recorded. */
export function appOnTables(tables: TableNames, overrides: Record<string, string> = {}) {
  const config = loadConfig({
    STAGE: 'dev',
    ARTICLES_TABLE: tables.articles,
    ENTITIES_TABLE: tables.entities,
    RELATIONSHIPS_TABLE: tables.relationships,
    DYNAMODB_ENDPOINT: integrationEndpoint(),
    ...overrides,
  });
  const clients = localClients();
  const calls = recordDynamoDbCalls(clients.client);
  const logger = new RecordingLogger();
  const app = createApp(config, { clients, logger });
  return { ...app, tables, calls, logger };
}
