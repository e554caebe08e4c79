/**
 * newsgraph as the bench runs it in-process: `createApp` (the wiring of src/lambda/handler.ts) on bench
 * tables, with a call recorder on its DynamoDB client, invoked with API Gateway v2 events.
 */
import { createApp } from '../src/lambda/app';
import { loadConfig } from '../src/config';
import { createDynamoDbClients } from '../src/data/dynamodb-client';
import type { TableNames } from '../src/data/tables';
import { recordDynamoDbCalls, type DynamoDbCallRecorder } from '../test/support/dynamodb-calls';
import { graphqlEvent, invoke } from '../test/support/lambda-events';
import { RecordingLogger } from '../test/support/recording-logger';
import { recordWaves } from './calls';

/**
 * The function's environment as the stack sets it (prod stage), with the bench's tables. The
 * list-with-nested query costs far more than the production cost limit (GRAPHQL_MAX_COST, 1000)
 * allows, which is the point of that query, so the bench raises the limit; every other limit stays.
 */
export function functionEnvironment(tables: TableNames): Record<string, string> {
  return {
    STAGE: 'prod',
    SANDBOX: 'false',
    CORS_ORIGINS: '',
    POWERTOOLS_SERVICE_NAME: 'newsgraph',
    NODE_ENV: 'production',
    GRAPHQL_MAX_COST: '10000000',
    ARTICLES_TABLE: tables.articles,
    ENTITIES_TABLE: tables.entities,
    RELATIONSHIPS_TABLE: tables.relationships,
  };
}

export interface Answer {
  readonly statusCode: number;
  /** The response's `data`. */
  readonly data: unknown;
  readonly body: string;
}

export interface BenchApp {
  readonly calls: DynamoDbCallRecorder;
  /** What the app logged (errors behind a failed answer). */
  readonly logger: RecordingLogger;
  readonly waves: ReturnType<typeof recordWaves>;
  /** Answers one query as one Lambda invocation; throws on any GraphQL error. */
  query(query: string): Promise<Answer>;
  destroy(): void;
}

export function createBenchApp(endpoint: string, tables: TableNames): BenchApp {
  const config = loadConfig({ ...functionEnvironment(tables), DYNAMODB_ENDPOINT: endpoint });
  const clients = createDynamoDbClients({
    region: config.region,
    endpoint,
    requestTimeoutMs: config.timeLimits.dynamodbRequestTimeoutMs,
    maxAttempts: config.timeLimits.dynamodbMaxAttempts,
  });
  const calls = recordDynamoDbCalls(clients.client);
  const waves = recordWaves(clients.client);
  const logger = new RecordingLogger();
  const { handler } = createApp(config, { clients, logger });
  return {
    calls,
    logger,
    waves,
    async query(query) {
      const response = await invoke(handler, graphqlEvent(query));
      if (response.statusCode !== 200 || response.json?.errors) {
        const logged = logger.at('ERROR').map((line) => JSON.stringify(line).slice(0, 500));
        throw new Error(`newsgraph answered ${response.statusCode}: ${response.body.slice(0, 500)}\nIt logged: ${logged.join('\n') || 'nothing'}`);
      }
      return { statusCode: response.statusCode, data: response.json.data, body: response.body };
    },
    destroy: () => clients.client.destroy(),
  };
}
