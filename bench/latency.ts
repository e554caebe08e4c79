/**
 * Warm latency per query: through newsgraph's Lambda handler in-process (Apollo, loaders,
 * repositories, DynamoDB Local), and through graphql-js `execute` with the same schema and
 * resolvers over in-memory repositories (test/support/fake-repositories.ts), the floor without a
 * database.
 */
import { execute, parse, validate } from 'graphql';
import type { SeedGraph } from '../seed/build-graph';
import { createContext } from '../src/graphql/context';
import { resolvers } from '../src/graphql/resolvers';
import { FakeRepositories } from '../test/support/fake-repositories';
import type { ExampleQuery } from './example-queries';
import { executableSchema } from './executable-schema';
import type { BenchApp } from './newsgraph-app';
import { summarize, type Summary } from './stats';

export interface LatencyOptions {
  /** Runs per query, after the warm-up. */
  readonly iterations: number;
  /** Unmeasured runs first (JIT, caches, connections). */
  readonly warmup: number;
  /** Stop a query's series early once it has taken this long (at least `minIterations` runs). */
  readonly budgetMs: number;
  readonly minIterations: number;
}

/** Latencies of the runs that answered; failed runs are counted, not timed. */
export interface LatencySummary extends Summary {
  readonly failures: number;
  /** The first failure's message. */
  readonly failure?: string;
}

async function series(run: () => Promise<unknown>, options: LatencyOptions): Promise<LatencySummary> {
  let failures = 0;
  let failure: string | undefined;
  const attempt = async (): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (error) {
      failures++;
      failure ??= (error as Error).message;
      if (failures > options.iterations) throw error;
      return false;
    }
  };
  for (let i = 0; i < options.warmup; i++) await attempt();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < options.iterations && (times.length < options.minIterations || performance.now() - started < options.budgetMs)) {
    const t0 = performance.now();
    if (await attempt()) times.push(performance.now() - t0);
  }
  return { ...summarize(times), failures, ...(failure && { failure }) };
}

export async function handlerLatency(app: BenchApp, queries: readonly ExampleQuery[], options: LatencyOptions): Promise<Map<string, LatencySummary>> {
  const results = new Map<string, LatencySummary>();
  for (const query of queries) results.set(query.id, await series(() => app.query(query.query), options));
  return results;
}

/**
 * The same queries with graphql-js alone over the graph in memory. The document is parsed and
 * validated once, as Apollo's document cache does for a repeated query.
 */
export async function floorLatency(graph: SeedGraph, queries: readonly ExampleQuery[], options: LatencyOptions): Promise<Map<string, LatencySummary>> {
  const schema = executableSchema(resolvers as Record<string, Record<string, unknown>>);
  const repositories = new FakeRepositories({
    articles: graph.articles.map(({ article }) => article),
    mentions: graph.articles.flatMap(({ mentions }) => mentions),
    entities: graph.entities,
    relationships: graph.relationships,
  });
  const results = new Map<string, LatencySummary>();
  for (const query of queries) {
    const document = parse(query.query);
    const invalid = validate(schema, document);
    if (invalid.length > 0) throw new Error(`${query.id} is not valid: ${invalid[0]!.message}`);
    results.set(
      query.id,
      await series(async () => {
        repositories.resetCalls();
        const result = await execute({ schema, document, contextValue: createContext(repositories, { requestId: 'bench' }) });
        if (result.errors) throw new Error(`The in-memory run of ${query.id} failed: ${result.errors[0]!.message}`);
      }, options),
    );
  }
  return results;
}
