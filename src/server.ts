/**
 * The Apollo Server: schema, resolvers, error policy and plugins. No AWS imports, so the same
 * server runs in the Lambda, locally and in unit tests (`server.executeOperation`).
 */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Stage } from './config';
import type { GraphQLContext } from './context';
import { typeDefs } from './generated/type-defs';
import { formatError } from './graphql-errors';
import { errorLoggingPlugin } from './plugins/error-logging';
import { serviceUnavailableStatusPlugin } from './plugins/service-unavailable-status';
import { resolvers } from './resolvers';

export interface ServerDependencies {
  readonly logger: Logger;
  /** Introspection and the embedded Apollo Sandbox landing page. */
  readonly sandbox: boolean;
  /** In prod, validation errors do not suggest field names ("Did you mean …?"). */
  readonly stage: Stage;
}

/** Builds the server; the caller starts it (the Lambda integration does so itself). */
export function createServer(deps: ServerDependencies): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    logger: apolloLogger(deps.logger),
    introspection: deps.sandbox,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deps.stage === 'prod',
    csrfPrevention: true,
    formatError,
    plugins: [
      deps.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      errorLoggingPlugin(deps.logger),
      serviceUnavailableStatusPlugin(),
    ],
  });
}

/** Apollo's own messages (startup, shutdown, deprecations) as Powertools log lines. */
function apolloLogger(logger: Logger): NonNullable<ApolloServerOptions<GraphQLContext>['logger']> {
  const text = (message: unknown): string => (typeof message === 'string' ? message : String(message));
  return {
    debug: (message) => logger.debug(text(message)),
    info: (message) => logger.info(text(message)),
    warn: (message) => logger.warn(text(message)),
    error: (message) => logger.error(text(message)),
  };
}
