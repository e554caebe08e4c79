/**
 * The Apollo Server: schema, resolvers, error policy, limits and plugins. No AWS imports, so the
 * same server runs in the Lambda, locally and in unit tests (`server.executeOperation`).
 */
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from '@aws-lambda-powertools/logger';
import { DEFAULT_QUERY_LIMITS, type QueryLimits, type Stage } from '../config';
import type { GraphQLContext } from './context';
import { createFormatError } from './graphql-errors';
import { limitParseOptions, limitValidationRules } from './limits';
import { badUserInputStatusPlugin } from './plugins/bad-user-input-status';
import { errorLoggingPlugin } from './plugins/error-logging';
import { queryCostLimitPlugin } from './plugins/query-cost-limit';
import { serviceUnavailableStatusPlugin } from './plugins/service-unavailable-status';
import { createSchema } from './schema';

export interface ServerDependencies {
  readonly logger: Logger;
  /** Introspection and the embedded Apollo Sandbox landing page. */
  readonly sandbox: boolean;
  /** In prod, errors do not suggest names from the schema ("Did you mean …?"). */
  readonly stage: Stage;
  /** What one operation may ask for. @default DEFAULT_QUERY_LIMITS */
  readonly queryLimits?: QueryLimits;
}

/** Builds the server; the caller starts it (the Lambda integration does so itself). */
export function createServer(deps: ServerDependencies): ApolloServer<GraphQLContext> {
  const limits = deps.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const hideSchemaDetails = deps.stage === 'prod';
  return new ApolloServer<GraphQLContext>({
    schema: createSchema(),
    logger: apolloLogger(deps.logger),
    introspection: deps.sandbox,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: hideSchemaDetails,
    csrfPrevention: true,
    // Apollo's default, stated: an array of operations is refused with 400.
    allowBatchedHttpRequests: false,
    // Automatic persisted queries off: each Lambda container would hold its own cache, so hashes
    // would miss more than hit, and the cache is memory any client can fill.
    persistedQueries: false,
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    formatError: createFormatError({ hideSuggestions: hideSchemaDetails }),
    plugins: [
      deps.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      // newsgraph sets no cache hints and reports no traces: Apollo's defaults would walk the
      // schema at start and wrap every field resolution of every request for nothing (bench/).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queryCostLimitPlugin(limits.maxCost),
      errorLoggingPlugin(deps.logger),
      serviceUnavailableStatusPlugin(),
      badUserInputStatusPlugin(),
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
