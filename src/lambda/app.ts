/**
 * Wires one container's worth of newsgraph: DynamoDB clients, repositories, the Apollo server
 * and its Lambda handler. `src/lambda/handler.ts` calls it once at module scope (the cold start);
 * tests call it with their own configuration and clients.
 */
import { startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import type { Config } from '../config';
import { createContext } from '../graphql/context';
import { createRepositories } from '../data/create-repositories';
import { createDynamoDbClients, type DynamoDbClients } from '../data/dynamodb-client';
import { createHttpRequestHandler } from './http-request-handler';
import { RequestDeadline } from '../graphql/request-deadline';
import { createServer } from '../graphql/server';

export interface AppOptions {
  /** Clients to use instead of new ones (tests attach call recorders to them). */
  readonly clients?: DynamoDbClients;
  readonly logger?: Logger;
}

/** Time kept back from the function's remaining time, to write the answer before Lambda stops it. */
export const RESPONSE_MARGIN_MS = 500;

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? new Logger({ serviceName: 'newsgraph' });
  const { timeLimits } = config;
  const clients = options.clients ?? createDynamoDbClients({
    region: config.region,
    endpoint: config.dynamodbEndpoint,
    requestTimeoutMs: timeLimits.dynamodbRequestTimeoutMs,
    maxAttempts: timeLimits.dynamodbMaxAttempts,
  });
  const repositories = createRepositories(clients.document, config.tables);
  const server = createServer({ logger, sandbox: config.sandbox, stage: config.stage, queryLimits: config.queryLimits });
  const requestHandler = createHttpRequestHandler({ maxBodyBytes: config.maxRequestBodyBytes, logger });
  const handler = startServerAndCreateLambdaHandler(server, requestHandler, {
    context: async ({ context }) =>
      createContext(repositories, {
        requestId: context.awsRequestId,
        deadline: new RequestDeadline(requestBudgetMs(timeLimits.requestBudgetMs, context)),
      }),
  });
  return { handler, server, clients, repositories, logger };
}

/** The configured budget, or less when the function has less time left than that. */
function requestBudgetMs(configured: number, context: Context): number {
  return Math.max(0, Math.min(configured, context.getRemainingTimeInMillis() - RESPONSE_MARGIN_MS));
}
