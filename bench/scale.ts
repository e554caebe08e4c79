/**
 * newsgraph at 1,000× its seed data: synthetic corpora (bench/corpus.ts) seeded on top of the real
 * seed files, seed throughput against a raw BatchWriteItem loop, and the example queries' calls and
 * latency on each corpus.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEFAULT_SEED_DIR } from '../seed/cli';
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import type { AllTableNames } from '../src/data/tables';
import { deleteTables } from '../src/local/create-tables';
import { countNewsgraphCalls, countNodes, type CallCount } from './calls';
import { createBenchTables, loadGraph, seedTables } from './database';
import type { ExampleQuery } from './example-queries';
import { corpusDir, writeCorpus } from './gen';
import { handlerLatency, type LatencyOptions, type LatencySummary } from './latency';
import { createBenchApp } from './newsgraph-app';
import { itemsOf, rawBatchWriteLoop } from './seed-throughput';

export interface QueryAtScale {
  readonly query: string;
  readonly calls: CallCount;
  readonly resultNodes: number;
  readonly latencyMs: LatencySummary;
}

export interface Dataset {
  readonly label: string;
  /** Synthetic articles on top of the seed data (0 for the seed data alone). */
  readonly syntheticArticles: number;
  readonly articles: number;
  readonly entities: number;
  readonly relationships: number;
  /** Items written by the seed (all tables). */
  readonly items: number;
  readonly seedSeconds: number;
  readonly queries: readonly QueryAtScale[];
}

export interface SeedThroughput {
  readonly syntheticArticles: number;
  readonly items: number;
  /** The faster of seedGraph's runs. */
  readonly seedGraphSeconds: number;
  /** The faster of the raw loop's runs. */
  readonly rawSeconds: number;
  readonly seedGraphRuns: readonly number[];
  readonly rawRuns: readonly number[];
  readonly seedGraphItemsPerSecond: number;
  readonly rawItemsPerSecond: number;
}

export interface ScaleOptions {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly queries: readonly ExampleQuery[];
  readonly latency: LatencyOptions;
  readonly log: (line: string) => void;
}

/** The example queries' calls and latency on seeded tables. */
export async function queriesOn(tables: AllTableNames, options: ScaleOptions): Promise<QueryAtScale[]> {
  const app = createBenchApp(options.endpoint, tables);
  try {
    const counts = await countNewsgraphCalls(app, options.queries);
    const latency = await handlerLatency(app, options.queries, options.latency);
    return options.queries.map((query) => ({
      query: query.id,
      calls: counts.get(query.id)!.count,
      resultNodes: countNodes(counts.get(query.id)!.data),
      latencyMs: latency.get(query.id)!,
    }));
  } finally {
    app.destroy();
  }
}

/**
 * Generates the corpus of `syntheticArticles`, seeds it with the seed data into fresh tables, and
 * measures the queries there. The tables are kept (the caller deletes them) so a later step can
 * run against the largest corpus.
 */
export async function datasetOf(syntheticArticles: number, options: ScaleOptions): Promise<{ dataset: Dataset; tables: AllTableNames }> {
  const dir = corpusDir(syntheticArticles);
  writeCorpus(syntheticArticles, dir);
  const graph = await loadGraph([DEFAULT_SEED_DIR, dir]);
  const tables = await createBenchTables(options.client, `n${syntheticArticles}`);
  options.log(`  seeding ${graph.articles.length} articles …`);
  const run = await seedTables(options.endpoint, tables, graph);
  options.log(`  seeded ${run.summary.itemWrites} items in ${run.seconds.toFixed(1)} s; running the queries …`);
  const queries = await queriesOn(tables, options);
  return {
    tables,
    dataset: {
      label: `seed + ${syntheticArticles.toLocaleString('en-US')} synthetic`,
      syntheticArticles,
      articles: graph.articles.length,
      entities: graph.entities.length,
      relationships: graph.relationships.length,
      items: run.summary.itemWrites,
      seedSeconds: run.seconds,
      queries,
    },
  };
}

/**
 * seedGraph against a raw BatchWriteItem loop over the same items, each into fresh tables. They
 * take turns, twice each (raw, seedGraph, raw, seedGraph), and each one's faster run counts: how fast
 * DynamoDB Local writes drifts with its warm-up and with other work on the machine, and taking
 * turns spreads that drift over both.
 */
export async function seedThroughput(syntheticArticles: number, options: ScaleOptions): Promise<SeedThroughput> {
  const dir = corpusDir(syntheticArticles);
  writeCorpus(syntheticArticles, dir);
  const graph = await loadGraph([DEFAULT_SEED_DIR, dir]);
  const items = itemsOf(graph);
  const count = Object.values(items).reduce((n, list) => n + list.length, 0);

  const raw = async (): Promise<number> => {
    const tables = await createBenchTables(options.client, 'raw');
    const { client, document } = createDynamoDbClients({ region: 'us-east-1', endpoint: options.endpoint, requestTimeoutMs: 30_000 });
    try {
      const started = performance.now();
      const written = await rawBatchWriteLoop(document, tables, items);
      if (written !== count) throw new Error(`The raw loop wrote ${written} of ${count} items`);
      return (performance.now() - started) / 1000;
    } finally {
      client.destroy();
      await deleteTables(options.client, tables);
    }
  };
  const seed = async (): Promise<number> => {
    const tables = await createBenchTables(options.client, 'seedgraph');
    try {
      const run = await seedTables(options.endpoint, tables, graph);
      if (run.summary.itemWrites !== count) throw new Error(`seedGraph wrote ${run.summary.itemWrites} items, the raw loop ${count}`);
      return run.seconds;
    } finally {
      await deleteTables(options.client, tables);
    }
  };

  const rawRuns: number[] = [];
  const seedRuns: number[] = [];
  for (let turn = 1; turn <= 2; turn++) {
    options.log(`  raw BatchWriteItem loop, ${count} items (${turn}/2) …`);
    rawRuns.push(await raw());
    options.log(`  seedGraph (${turn}/2) …`);
    seedRuns.push(await seed());
  }
  const rawSeconds = Math.min(...rawRuns);
  const seedGraphSeconds = Math.min(...seedRuns);
  return {
    syntheticArticles,
    items: count,
    seedGraphSeconds,
    rawSeconds,
    seedGraphRuns: seedRuns,
    rawRuns,
    seedGraphItemsPerSecond: count / seedGraphSeconds,
    rawItemsPerSecond: count / rawSeconds,
  };
}
