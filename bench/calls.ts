/**
 * DynamoDB requests and sequential waves per query: newsgraph through its Lambda handler, and the
 * naive resolver set (bench/baselines/naive-resolvers.ts) through graphql-js, on the same tables.
 * Counted by a middleware on each client, never timed.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { execute, parse } from 'graphql';
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import type { TableNames } from '../src/data/tables';
import { recordDynamoDbCalls } from '../test/support/dynamodb-calls';
import { naiveResolvers } from './baselines/naive-resolvers';
import type { ExampleQuery } from './example-queries';
import { executableSchema } from './executable-schema';
import type { BenchApp } from './newsgraph-app';

export interface CallCount {
  readonly requests: number;
  /**
   * Sequential round trips: the longest chain of calls in which each was sent after the one
   * before it had answered (a call's wave is one more than the highest wave answered when it was
   * sent, as in test/support/fake-repositories.ts). Counting the times the number of calls in
   * flight rose from zero would undercount a client whose calls overlap without being batched.
   */
  readonly waves: number;
  readonly byCommand: Readonly<Record<string, number>>;
}

export interface CallsResult {
  readonly query: string;
  readonly minimumWaves: number;
  readonly newsgraph: CallCount;
  /** Absent when the naive baseline was not run (e.g. on a large corpus). */
  readonly naive?: CallCount;
  /** Nodes (objects and list items) in newsgraph's answer: the size of the result. */
  readonly resultNodes: number;
}

/** The chain length of {@link CallCount.waves}, recorded by a middleware on `client`. */
export function recordWaves(client: Pick<DynamoDBClient, 'middlewareStack'>): { waves(): number; reset(): void } {
  let highestAnswered = 0;
  let highestSent = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      const wave = highestAnswered + 1;
      highestSent = Math.max(highestSent, wave);
      try {
        return await next(args);
      } finally {
        highestAnswered = Math.max(highestAnswered, wave);
      }
    },
    { step: 'initialize', priority: 'high', name: 'benchWaves' },
  );
  return {
    waves: () => highestSent,
    reset: () => {
      highestAnswered = 0;
      highestSent = 0;
    },
  };
}

/**
 * Counts newsgraph's calls for each query. A query that fails (DynamoDB Local can time out under
 * a large query's hundreds of parallel reads) is counted again, up to three times in all; the
 * failures are reported by the latency figures, which count them.
 */
export async function countNewsgraphCalls(app: BenchApp, queries: readonly ExampleQuery[]): Promise<Map<string, { count: CallCount; data: unknown }>> {
  const counts = new Map<string, { count: CallCount; data: unknown }>();
  for (const query of queries) {
    for (let attempt = 1; ; attempt++) {
      app.calls.reset();
      app.waves.reset();
      try {
        const { data } = await app.query(query.query);
        counts.set(query.id, { count: { requests: app.calls.calls.length, waves: app.waves.waves(), byCommand: app.calls.byCommand() }, data });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }
  return counts;
}

/**
 * Runs each query through the naive resolvers and counts their calls.
 * @throws Error when the naive answer differs from `expected` (then the comparison would be void).
 */
export async function countNaiveCalls(
  endpoint: string,
  tables: TableNames,
  queries: readonly ExampleQuery[],
  expected: ReadonlyMap<string, { data: unknown }>,
): Promise<Map<string, CallCount>> {
  const clients = createDynamoDbClients({ region: 'us-east-1', endpoint });
  const calls = recordDynamoDbCalls(clients.client);
  const waves = recordWaves(clients.client);
  const schema = executableSchema(naiveResolvers as Record<string, Record<string, unknown>>);
  const counts = new Map<string, CallCount>();
  try {
    for (const query of queries) {
      calls.reset();
      waves.reset();
      const result = await execute({ schema, document: parse(query.query), contextValue: { document: clients.document, tables } });
      if (result.errors) throw new Error(`The naive resolvers failed on ${query.id}: ${result.errors.map((e) => e.message).join('; ')}`);
      if (JSON.stringify(result.data) !== JSON.stringify(expected.get(query.id)?.data)) {
        throw new Error(`The naive resolvers answered ${query.id} differently from newsgraph`);
      }
      counts.set(query.id, { requests: calls.calls.length, waves: waves.waves(), byCommand: calls.byCommand() });
    }
  } finally {
    clients.client.destroy();
  }
  return counts;
}

/** Objects in a JSON value (the value itself included when it is one): the size of an answer. */
export function countNodes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, item) => n + countNodes(item), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce<number>((n, field) => n + countNodes(field), 1);
  return 0;
}
