/**
 * Wires one container's worth of newsgraph: DynamoDB clients, repositories, the Apollo server
 * and its Lambda handler. `src/lambda/handler.ts` calls it once at module scope (the cold start);
 * tests call it with their own configuration and clients.
 */
import { startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Config } from '../config';
import { createContext } from '../graphql/context';
import { countDynamoDbCalls, currentDynamoDbCallCounter, DynamoDbCallCounter } from '../data/call-counter';
import { createRepositories } from '../data/create-repositories';
import { createDynamoDbClients, type DynamoDbClients } from '../data/dynamodb-client';
import { conditionalGet, originVerification, type EdgeMiddleware } from './cdn-edge';
import { DataVersionCache } from './data-version-cache';
import { PersistedQueryRepository } from '../data/persisted-query-repository';
import { TRUSTED_DOCUMENTS } from '../graphql/trusted-documents';
import { createHttpRequestHandler } from './http-request-handler';
import { createMetrics, powertoolsRequestMetrics } from './powertools-metrics';
import { RequestDeadline } from '../graphql/request-deadline';
import { createServer } from '../graphql/server';

export interface AppOptions {
  /** Clients to use instead of new ones (tests attach call recorders to them). */
  readonly clients?: DynamoDbClients;
  readonly logger?: Logger;
  /** Called with the clients before the repositories are built on them (the traced entry captures them for X-Ray). */
  readonly instrumentClients?: (clients: DynamoDbClients) => void;
  /** Powertools Metrics to publish through (tests capture its stdout). @default createMetrics() */
  readonly metrics?: Metrics;
  /** The clock of the data version's refresh interval (tests move it). @default Date.now */
  readonly now?: () => number;
}

/** Time kept back from the function's remaining time, to write the answer before Lambda stops it. */
export const RESPONSE_MARGIN_MS = 500;

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? new Logger({ serviceName: 'newsgraph' });
  const metrics = options.metrics ?? createMetrics();
  const { timeLimits } = config;
  const clients = options.clients ?? createDynamoDbClients({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    requestTimeoutMs: timeLimits.dynamodbRequestTimeoutMs,
    maxAttempts: timeLimits.dynamodbMaxAttempts,
  });
  options.instrumentClients?.(clients);
  const repositories = createRepositories(clients.document, config.tables);
  const { maxAgeSeconds, dataVersionRefreshSeconds } = config.httpCache;
  // One per container: at most one read of the data version per refresh interval.
  const dataVersion = new DataVersionCache({
    read: () => repositories.dataVersion.getDataVersion(),
    refreshMs: dataVersionRefreshSeconds * 1000,
    now: options.now,
    onError: (error) => logger.warn('Could not read the data version; answers are not cacheable until the next read', error as Error),
  });
  const persistedQueries = new PersistedQueryRepository({ document: clients.document, tableName: config.tables.persistedQueries });
  const server = createServer({
    logger,
    sandbox: config.sandbox,
    stage: config.stage,
    queryLimits: config.queryLimits,
    persistedQueries: { store: persistedQueries, settings: config.persistedQueries, trusted: TRUSTED_DOCUMENTS },
    metrics: powertoolsRequestMetrics(metrics),
    httpCache: { maxAgeSeconds, dataVersion: () => dataVersion.current() },
  });
  const requestHandler = createHttpRequestHandler({
    maxBodyBytes: config.maxRequestBodyBytes,
    logger,
    ...(config.persistedQueries.trustedDocumentsOnly && { admit: (parameters) => TRUSTED_DOCUMENTS.admits(parameters) }),
  });
  const middleware: EdgeMiddleware[] = [
    ...(config.originVerifySecret !== undefined ? [originVerification(config.originVerifySecret)] : []),
    ...(maxAgeSeconds > 0 ? [conditionalGet({ dataVersion, maxAgeSeconds })] : []),
  ];
  const graphqlHandler = startServerAndCreateLambdaHandler(server, requestHandler, {
    middleware,
    context: async ({ context }) =>
      createContext(repositories, {
        requestId: context.awsRequestId,
        deadline: new RequestDeadline(requestBudgetMs(timeLimits.requestBudgetMs, context)),
        dynamodbCalls: currentDynamoDbCallCounter(),
      }),
  });
  // Each invocation counts its own DynamoDB commands (src/data/call-counter.ts says how).
  const handler: typeof graphqlHandler = (event: APIGatewayProxyEventV2, context: Context, callback) => {
    metrics.captureColdStartMetric(context.functionName);
    const work = async () => (await graphqlHandler(event, context, callback)) as APIGatewayProxyStructuredResultV2;
    return countDynamoDbCalls(new DynamoDbCallCounter(), work, { concurrent: config.concurrentRequests });
  };
  return { handler, server, clients, repositories, logger, metrics, dataVersion };
}

/** The configured budget, or less when the function has less time left than that. */
function requestBudgetMs(configured: number, context: Context): number {
  return Math.max(0, Math.min(configured, context.getRemainingTimeInMillis() - RESPONSE_MARGIN_MS));
}
