/**
 * The bench's DynamoDB: DynamoDB Local (or DYNAMODB_ENDPOINT), fresh tables per data set, and the
 * seed run through the seed's own code path.
 */
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, type DynamoDBClient, PutItemCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { buildGraph, type SeedGraph } from '../seed/build-graph';
import { loadSeedFiles } from '../seed/load-seed-files';
import { seedGraph, type SeedSummary } from '../seed/seed';
import { createRepositories } from '../src/data/create-repositories';
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import type { AllTableNames, TableNames } from '../src/data/tables';
import { createTables } from '../src/local/create-tables';

/** Fresh newsgraph tables named `bench-<label>-<random>-<table>`, created from the shared definition. */
export async function createBenchTables(client: DynamoDBClient, label: string): Promise<AllTableNames> {
  const prefix = `bench-${label}-${randomUUID().slice(0, 6)}`;
  const names: AllTableNames = {
    articles: `${prefix}-articles`,
    entities: `${prefix}-entities`,
    relationships: `${prefix}-relationships`,
    persistedQueries: `${prefix}-persisted-queries`,
  };
  await createTables(client, names);
  return names;
}

/** The minimal peer's table (`id` string key) holding one article; returns its name. */
export async function createPeerTable(client: DynamoDBClient, article: { id: string; title: string }): Promise<string> {
  const TableName = `bench-peer-${randomUUID().slice(0, 6)}`;
  await client.send(
    new CreateTableCommand({
      TableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    }),
  );
  await waitUntilTableExists({ client, minDelay: 1, maxDelay: 2, maxWaitTime: 60 }, { TableName });
  await client.send(new PutItemCommand({ TableName, Item: { id: { S: article.id }, title: { S: article.title } } }));
  return TableName;
}

/** Validates seed files (directories or files) into one graph, as `npm run seed` does. */
export async function loadGraph(paths: readonly string[]): Promise<SeedGraph> {
  return buildGraph(await loadSeedFiles(paths));
}

export interface SeedRun {
  readonly summary: SeedSummary;
  readonly seconds: number;
}

/** Writes `graph` to `tables` with `seedGraph` through the repositories, timed. */
export async function seedTables(endpoint: string, tables: TableNames, graph: SeedGraph): Promise<SeedRun> {
  const { client, document } = createDynamoDbClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 30_000 });
  try {
    const started = performance.now();
    const summary = await seedGraph(graph, createRepositories(document, tables));
    return { summary, seconds: (performance.now() - started) / 1000 };
  } finally {
    client.destroy();
  }
}
