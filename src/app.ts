/**
 * Wires one container's worth of newsgraph: DynamoDB clients, repositories, the Apollo server
 * and its Lambda handler. `src/handler.ts` calls it once at module scope (the cold start);
 * tests call it with their own configuration and clients.
 */
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Config } from './config';
import { createContext } from './context';
import { createRepositories } from './data/create-repositories';
import { createDynamoDbClients, type DynamoDbClients } from './data/dynamodb-client';
import { createServer } from './server';

export interface AppOptions {
  /** Clients to use instead of new ones (tests attach call recorders to them). */
  readonly clients?: DynamoDbClients;
  readonly logger?: Logger;
}

export function createApp(config: Config, options: AppOptions = {}) {
  const logger = options.logger ?? new Logger({ serviceName: 'newsgraph' });
  const clients = options.clients ?? createDynamoDbClients({ region: config.region, endpoint: config.dynamodbEndpoint });
  const repositories = createRepositories(clients.document, config.tables);
  const server = createServer({ logger, sandbox: config.sandbox, stage: config.stage });
  const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ context }) => createContext(repositories, { requestId: context.awsRequestId }),
  });
  return { handler, server, clients, repositories, logger };
}
