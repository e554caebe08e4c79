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
import type { AllTableNames } from '../../../src/data/tables';
import { RecordingLogger } from '../../support/recording-logger';
import { recordDynamoDbCalls } from '../../support/dynamodb-calls';
import { createIsolatedTables } from './tables';
import { integrationClient, integrationEndpoint } from './local-dynamodb';

/** The app's own clients (the document client the repositories use) on the integration DynamoDB. */
export function localClients() {
  return createDynamoDbClients({ region: 'us-east-1', endpoint: integrationEndpoint() });
}

/** The app's configuration on the given tables and the integration DynamoDB (dev unless overridden). */
export function configOn(tables: AllTableNames, overrides: Record<string, string> = {}) {
  return loadConfig({
    STAGE: 'dev',
    ARTICLES_TABLE: tables.articles,
    ENTITIES_TABLE: tables.entities,
    RELATIONSHIPS_TABLE: tables.relationships,
    PERSISTED_QUERIES_TABLE: tables.persistedQueries,
    DYNAMODB_ENDPOINT: integrationEndpoint(),
    ...overrides,
  });
}

/** Fresh, uniquely named tables created from the shared definition. */
export function freshTables(): Promise<AllTableNames> {
  return createIsolatedTables(integrationClient());
}

/** Fresh tables with the committed seed data written through the repositories. */
export async function seededTables(): Promise<AllTableNames> {
  const tables = await freshTables();
  const { document } = localClients();
  await seedGraph(buildGraph(await loadSeedFiles([DEFAULT_SEED_DIR])), createRepositories(document, tables));
  return tables;
}

/** The app (the same wiring as src/lambda/handler.ts) on seeded tables, its DynamoDB calls recorded. */
export async function seededApp(overrides: Record<string, string> = {}, options: AppOnOptions = {}) {
  return appOn(await seededTables(), overrides, options);
}

export interface AppOnOptions {
  /** The clock of the data version's refresh interval. @default Date.now */
  readonly now?: () => number;
}

/**
 * One more container of the app on the given tables: its own DynamoDB clients (and call recorder),
 * its own in-memory caches, the same tables, as a second Lambda container would be.
 */
export function appOn(tables: AllTableNames, overrides: Record<string, string> = {}, options: AppOnOptions = {}) {
  const config = configOn(tables, overrides);
  const clients = localClients();
  const calls = recordDynamoDbCalls(clients.client);
  const logger = new RecordingLogger();
  const app = createApp(config, { clients, logger, now: options.now });
  return { ...app, tables, calls, logger };
}
