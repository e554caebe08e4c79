/**
 * `npm run bench [-- --runs 20 --iterations 200 --articles 1000,10000 | --quick | --cold-start-only | --ingest-only] [--before-bundle <index.js>]`
 *
 * Builds the Lambda bundles, starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), and measures
 * newsgraph next to its baselines: bundle size, cold start, DynamoDB calls per query, warm
 * latency, behaviour at 1,000× the seed data, seed throughput, memory and HTTP caching through nginx
 * (bench/cdn.ts; skipped without nginx). Prints a report
 * (Markdown tables; progress goes to stderr) and writes every figure to bench/results/<time>.json.
 * See BENCHMARKS.md for what each figure means and a reference run.
 */
import './production-env';

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED_DIR } from '../seed/cli';
import { deleteTables } from '../src/local/create-tables';
import { useDynamoDb } from '../src/local/dynamodb-local';
import { createLocalDynamoDbClient } from '../src/local/local-client';
import { apiGatewayEvent, graphqlEvent } from '../test/support/lambda-events';
import { buildBundles, givenBundle, type BuiltBundle } from './bundles';
import { APOLLO_CACHE_CONTROL_BUNDLE, buildApolloCacheControlBundle } from './cache-control-bundle';
import { runCdnBench } from './cdn';
import { countNaiveCalls, countNewsgraphCalls, countNodes } from './calls';
import { measureColdStarts, type ColdStartSample, type ColdStartTarget } from './cold-start';
import { createBenchTables, createPeerTable, loadGraph, seedTables } from './database';
import { ARTICLE_WITH_MENTIONS, BENCH_QUERIES, LIST_WITH_NESTED } from './example-queries';
import { formatIngest, measureIngest } from './ingest';
import { floorLatency, handlerLatency } from './latency';
import { describeMachine } from './machine';
import { createBenchApp, functionEnvironment } from './newsgraph-app';
import { formatBundlesAndColdStarts, formatReport } from './report';
import type { BenchResults, QueryFigures } from './results';
import { datasetOf, queriesOn, seedThroughput, type Dataset, type ScaleOptions } from './scale';

const REPO_ROOT = join(__dirname, '..');
const WORK_DIR = join(REPO_ROOT, '.cache', 'bench');
const RESULTS_DIR = join(__dirname, 'results');

/** The function's NODE_OPTIONS and memory size in the stack (infra/graphql-function.ts). */
const LAMBDA_NODE_OPTIONS = ['--enable-source-maps'];
const LAMBDA_MEMORY_MB = 512;

interface Options {
  readonly runs: number;
  readonly iterations: number;
  readonly articles: readonly number[];
  /** Bundles and cold starts only (a minute or two: for work on the cold start). */
  readonly coldStartOnly: boolean;
  /** A bundle of src/lambda/handler.ts built elsewhere (an earlier commit), measured as "newsgraph before". */
  readonly beforeBundle?: string;
  /** The ingest rows only (bench/ingest.ts, about a minute; no DynamoDB). */
  readonly ingestOnly: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '20' },
      iterations: { type: 'string', default: '200' },
      articles: { type: 'string', default: '1000,10000' },
      quick: { type: 'boolean', default: false },
      'cold-start-only': { type: 'boolean', default: false },
      'before-bundle': { type: 'string' },
      'ingest-only': { type: 'boolean', default: false },
    },
  });
  const positive = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
    return n;
  };
  const coldStartOnly = values['cold-start-only'];
  const beforeBundle = values['before-bundle'];
  const ingestOnly = values['ingest-only'];
  if (values.quick) return { runs: 15, iterations: 50, articles: [1000], coldStartOnly, beforeBundle, ingestOnly };
  return {
    coldStartOnly,
    beforeBundle,
    ingestOnly,
    runs: positive('runs', values.runs),
    iterations: positive('iterations', values.iterations),
    articles: values.articles === 'none' ? [] : values.articles.split(',').map((n) => positive('articles', n.trim())),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The Lambda-provided part of a function's environment, pointed at DynamoDB Local. */
function lambdaEnvironment(functionName: string, endpoint: string): Record<string, string> {
  return {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_LAMBDA_FUNCTION_NAME: functionName,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(LAMBDA_MEMORY_MB),
    NODE_ENV: 'production',
    // The SDK's own endpoint setting, read by every DynamoDB client that is given none.
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    // Lambda runs Node 22+, where the SDK has nothing to warn about; a warning would cost time here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** What Lambda and the stack add to the environment of a function with active tracing (infra/graphql-function.ts). */
const TRACED_FUNCTION_ENVIRONMENT: Readonly<Record<string, string>> = {
  POWERTOOLS_TRACE_ENABLED: 'true',
  POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_XRAY_DAEMON_ADDRESS: '127.0.0.1:2000',
  AWS_XRAY_CONTEXT_MISSING: 'LOG_ERROR',
  _X_AMZN_TRACE_ID: 'Root=1-674c0000-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
};

function expectAnswer(marker: string): (sample: ColdStartSample) => void {
  return (sample) => {
    if (sample.statusCode !== 200 || sample.hasErrors || !sample.body.includes(marker)) {
      throw new Error(`A cold start answered ${sample.statusCode}: ${sample.body.slice(0, 300)}`);
    }
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options.ingestOnly) {
    console.log(formatIngest(measureIngest({ log })).join('\n'));
    return;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  mkdirSync(WORK_DIR, { recursive: true });

  log('Building the bundles …');
  const bundles = [
    ...(await buildBundles(join(WORK_DIR, 'bundles'))),
    ...(await buildBundles(join(WORK_DIR, 'bundles'), 'esbuild-defaults', ['newsgraph', 'peer'])),
    ...(options.beforeBundle ? [givenBundle(options.beforeBundle, 'newsgraph-before', `newsgraph before (${options.beforeBundle})`)] : []),
    await buildApolloCacheControlBundle(join(WORK_DIR, 'bundles')),
  ];
  const bundle = (name: string): BuiltBundle => bundles.find((b) => b.name === name)!;

  log('Starting DynamoDB …');
  const db = await useDynamoDb(process.env);
  const client = createLocalDynamoDbClient(db.endpoint);
  try {
    log('Seeding the seed data …');
    const graph = await loadGraph([DEFAULT_SEED_DIR]);
    const tables = await createBenchTables(client, 'seed');
    const seedRun = await seedTables(db.endpoint, tables, graph);
    const seedArticle = graph.articles[0]!.article;
    const peerTable = await createPeerTable(client, { id: seedArticle.id, title: seedArticle.title });

    log(`Cold starts: ${options.runs} per bundle …`);
    const newsgraphTarget = (built: BuiltBundle): ColdStartTarget => ({
      bundle: built,
      environment: { ...lambdaEnvironment('newsgraph', db.endpoint), ...functionEnvironment(tables) },
      event: graphqlEvent(ARTICLE_WITH_MENTIONS.query),
      check: expectAnswer('"mentions"'),
    });
    const newsgraphGet = (built: BuiltBundle): ColdStartTarget => ({
      ...newsgraphTarget(built),
      event: apiGatewayEvent({
        method: 'GET',
        url: `/graphql?${new URLSearchParams({ query: ARTICLE_WITH_MENTIONS.query })}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
    });
    const peerQuery = `{ article(id: "${seedArticle.id}") { id title } }`;
    const peerTarget = (built: BuiltBundle): ColdStartTarget => ({
      bundle: built,
      environment: { ...lambdaEnvironment('peer', db.endpoint), TABLE_NAME: peerTable },
      event: graphqlEvent(peerQuery),
      check: expectAnswer('"title"'),
    });
    const coldTargets: ColdStartTarget[] = [
      newsgraphTarget(bundle('newsgraph')),
      // The whole app answering the peer's own query: what the app costs, apart from the larger answer.
      {
        ...newsgraphTarget(bundle('newsgraph')),
        name: 'newsgraph-peer-query',
        label: "newsgraph answering the peer's query",
        event: graphqlEvent(peerQuery),
        check: expectAnswer('"title"'),
      },
      peerTarget(bundle('peer')),
      { bundle: bundle('hello'), environment: lambdaEnvironment('hello', db.endpoint), event: graphqlEvent('{ hello }'), check: expectAnswer('"world"') },
      newsgraphTarget(bundle('newsgraph-defaults')),
      peerTarget(bundle('peer-defaults')),
      // Tracing on, in the environment Lambda gives a traced function: X-Ray sees a Lambda with a
      // trace header and sends its segments over UDP to the daemon address (nothing listens here).
      {
        ...newsgraphTarget(bundle('newsgraph-traced')),
        environment: {
          ...newsgraphTarget(bundle('newsgraph-traced')).environment,
          ...TRACED_FUNCTION_ENVIRONMENT,
          LAMBDA_TASK_ROOT: join(bundle('newsgraph-traced').file, '..'),
        },
      },
      ...(options.beforeBundle ? [newsgraphTarget(bundle('newsgraph-before'))] : []),
      // HTTP caching: the same query as a GET (what a CDN caches), with caching on, off, and with
      // Apollo's cache-control plugin in place of the static policy.
      { ...newsgraphGet(bundle('newsgraph')), name: 'newsgraph-get', label: 'newsgraph, query 1 as a GET, HTTP caching on' },
      {
        ...newsgraphGet(bundle('newsgraph')),
        name: 'newsgraph-get-no-cache',
        label: 'newsgraph, query 1 as a GET, HTTP caching off (HTTP_CACHE_MAX_AGE_SECONDS=0)',
        environment: { ...newsgraphGet(bundle('newsgraph')).environment, HTTP_CACHE_MAX_AGE_SECONDS: '0' },
      },
      { ...newsgraphGet(bundle(APOLLO_CACHE_CONTROL_BUNDLE)), name: 'newsgraph-get-apollo-cache-control', label: "newsgraph, query 1 as a GET, Apollo's cache-control plugin" },
    ];
    const coldStart = await measureColdStarts(coldTargets, { runs: options.runs, nodeOptions: LAMBDA_NODE_OPTIONS, workDir: WORK_DIR });
    const bundleFigures = bundles.map((b) => ({ name: b.name, label: b.label, bytes: b.bytes, gzipBytes: b.gzipBytes, mapBytes: b.mapBytes, largest: b.contents.slice(0, 10) }));
    const coldStartFigures = { runs: options.runs, nodeOptions: LAMBDA_NODE_OPTIONS, query: ARTICLE_WITH_MENTIONS.title, results: coldStart };
    if (options.coldStartOnly) {
      console.log(formatBundlesAndColdStarts({ bundles: bundleFigures, coldStart: coldStartFigures }).join('\n').trimStart());
      log(`\nCold starts only (${((performance.now() - started) / 1000).toFixed(0)} s); results are written by a full run.`);
      return;
    }

    log('DynamoDB calls: newsgraph and the naive resolvers …');
    const app = createBenchApp(db.endpoint, tables);
    const newsgraphCalls = await countNewsgraphCalls(app, BENCH_QUERIES);
    const naiveCalls = await countNaiveCalls(db.endpoint, tables, BENCH_QUERIES, newsgraphCalls);

    log(`Warm latency: ${options.iterations} runs per query …`);
    const latencyOptions = { iterations: options.iterations, warmup: 10, budgetMs: 60_000, minIterations: 20 };
    const handlerMs = await handlerLatency(app, BENCH_QUERIES, latencyOptions);
    const floorMs = await floorLatency(graph, BENCH_QUERIES, latencyOptions);
    app.destroy();

    const queries: QueryFigures[] = BENCH_QUERIES.map((q) => ({
      id: q.id,
      title: q.title,
      minimumWaves: q.minimumWaves,
      newsgraph: newsgraphCalls.get(q.id)!.count,
      naive: naiveCalls.get(q.id)!,
      resultNodes: countNodes(newsgraphCalls.get(q.id)!.data),
      handlerMs: handlerMs.get(q.id)!,
      floorMs: floorMs.get(q.id)!,
    }));

    // At scale each query runs for a bounded time: the list-with-nested query reads thousands of items there.
    const scaleOptions: ScaleOptions = {
      endpoint: db.endpoint,
      client,
      queries: BENCH_QUERIES,
      latency: { iterations: 50, warmup: 3, budgetMs: 20_000, minIterations: 5 },
      log,
    };
    log('Scale: the seed data …');
    const datasets: Dataset[] = [
      {
        label: 'seed data',
        syntheticArticles: 0,
        articles: graph.articles.length,
        entities: graph.entities.length,
        relationships: graph.relationships.length,
        items: seedRun.summary.itemWrites,
        seedSeconds: seedRun.seconds,
        queries: await queriesOn(tables, scaleOptions),
      },
    ];
    const throughputArticles = options.articles[0];
    let throughput;
    if (throughputArticles !== undefined) {
      log(`Seed throughput on ${throughputArticles} synthetic articles …`);
      throughput = await seedThroughput(throughputArticles, scaleOptions);
    }
    let heaviest: BenchResults['memory']['heaviest'];
    for (const [i, articles] of options.articles.entries()) {
      log(`Scale: ${articles} synthetic articles …`);
      const { dataset, tables: corpusTables } = await datasetOf(articles, scaleOptions);
      datasets.push(dataset);
      if (i === options.articles.length - 1) {
        log('Memory: cold processes answering the list-with-nested query on the largest data set …');
        const resultNodes = dataset.queries.find((q) => q.query === LIST_WITH_NESTED.id)!.resultNodes;
        try {
          const [heavy] = await measureColdStarts(
            [
              {
                ...newsgraphTarget(bundle('newsgraph')),
                environment: { ...lambdaEnvironment('newsgraph', db.endpoint), ...functionEnvironment(corpusTables) },
                event: graphqlEvent(LIST_WITH_NESTED.query),
                check: expectAnswer('"relationships"'),
              },
            ],
            { runs: 3, nodeOptions: LAMBDA_NODE_OPTIONS, workDir: WORK_DIR },
          );
          heaviest = { dataset: dataset.label, resultNodes, rssMb: heavy!.maxRssMb, firstAnswerMs: heavy!.firstAnswerMs };
        } catch (error) {
          // DynamoDB Local can fail a few of this query's hundreds of parallel reads; report it, keep the run.
          heaviest = { dataset: dataset.label, resultNodes, failure: (error as Error).message.split('\n')[0]!.slice(0, 300) };
        }
      }
      await deleteTables(client, corpusTables);
    }

    log('HTTP caching through nginx (bench/cdn.ts) …');
    const cdn = await runCdnBench({ requests: 5000, connections: 50, log });
    if ('skipped' in cdn) log(`  skipped: ${cdn.skipped}`);

    const results: BenchResults = {
      startedAt,
      seconds: (performance.now() - started) / 1000,
      command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
      machine,
      loadAverageAtEnd: os.loadavg()[0]!,
      bundles: bundleFigures,
      coldStart: coldStartFigures,
      queries,
      scale: { throughput, datasets },
      cdn,
      memory: { lambdaMemoryMb: LAMBDA_MEMORY_MB, coldRssMb: coldStart.find((r) => r.name === 'newsgraph')!.maxRssMb, heaviest },
    };
    log('Ingest …');
    const ingest = measureIngest({ log });
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${startedAt.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify({ ...results, ingest }, null, 2)}\n`);
    console.log(formatReport(results));
    console.log(`\n${formatIngest(ingest).join('\n')}`);
    log(`\nFigures written to ${file}`);
  } finally {
    client.destroy();
    await db.stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
