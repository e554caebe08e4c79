/**
 * The Apollo Server: schema, resolvers, error policy, limits and plugins. No AWS imports, so the
 * same server runs in the Lambda, locally and in unit tests (`server.executeOperation`).
 */
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import { PrefixingKeyValueCache } from '@apollo/utils.keyvaluecache';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Logger } from '@aws-lambda-powertools/logger';
import { DEFAULT_QUERY_LIMITS, type PersistedQuerySettings, type QueryLimits, type Stage } from '../config';
import type { PersistedQueryStore } from '../data/repositories';
import type { GraphQLContext } from './context';
import { createFormatError } from './graphql-errors';
import { limitParseOptions, limitValidationRules } from './limits';
import { PersistedQueryCache } from './persisted-query-cache';
import { errorLoggingPlugin } from './plugins/error-logging';
import { httpCachePlugin, type HttpCacheOptions } from './plugins/http-cache';
import { persistedQueriesPlugin } from './plugins/persisted-queries';
import { queryCostLimitPlugin } from './plugins/query-cost-limit';
import { requestTelemetryPlugin } from './plugins/request-telemetry';
import { serviceUnavailableStatusPlugin } from './plugins/service-unavailable-status';
import { NO_REQUEST_METRICS, type RequestMetrics } from './request-telemetry';
import { createSchema } from './schema';
import { TRUSTED_DOCUMENTS, type TrustedDocuments } from './trusted-documents';

/** Automatic persisted queries on a shared store, with the trusted documents preloaded. */
export interface PersistedQueryDependencies {
  /** The shared store of registered documents (the persisted-queries table). */
  readonly store: PersistedQueryStore;
  readonly settings: PersistedQuerySettings;
  /** @default TRUSTED_DOCUMENTS (the manifest generated from documents/) */
  readonly trusted?: TrustedDocuments;
}

export interface ServerDependencies {
  readonly logger: Logger;
  /** Introspection and the embedded Apollo Sandbox landing page. */
  readonly sandbox: boolean;
  /** In prod, errors do not suggest names from the schema ("Did you mean …?"). */
  readonly stage: Stage;
  /** What one operation may ask for. @default DEFAULT_QUERY_LIMITS */
  readonly queryLimits?: QueryLimits;
  /** Cache-Control and ETag of answers (./plugins/http-cache.ts). @default off: every answer `no-store` */
  readonly httpCache?: HttpCacheOptions;
  /**
   * Automatic persisted queries and trusted documents; without them a persisted-query request is
   * answered PERSISTED_QUERY_NOT_SUPPORTED (unit tests that need no store).
   */
  readonly persistedQueries?: PersistedQueryDependencies;
  /** Where each request's metrics go (the Lambda passes CloudWatch EMF). @default NO_REQUEST_METRICS */
  readonly metrics?: RequestMetrics;
}

const NO_HTTP_CACHE: HttpCacheOptions = { maxAgeSeconds: 0, dataVersion: async () => undefined };

/** Builds the server; the caller starts it (the Lambda integration does so itself). */
export function createServer(deps: ServerDependencies): ApolloServer<GraphQLContext> {
  const limits = deps.queryLimits ?? DEFAULT_QUERY_LIMITS;
  const hideSchemaDetails = deps.stage === 'prod';
  const apq = deps.persistedQueries && persistedQueryOptions(deps.persistedQueries, deps.logger);
  return new ApolloServer<GraphQLContext>({
    schema: createSchema(),
    logger: apolloLogger(deps.logger),
    introspection: deps.sandbox,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: hideSchemaDetails,
    csrfPrevention: true,
    // Apollo's default, stated: an array of operations is refused with 400.
    allowBatchedHttpRequests: false,
    persistedQueries: apq ? apq.options : false,
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    formatError: createFormatError({ hideSuggestions: hideSchemaDetails }),
    plugins: [
      deps.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      // newsgraph caches with one static policy (./plugins/http-cache.ts) and reports no traces:
      // Apollo's defaults would walk the schema at start and wrap every field resolution of every
      // request to compute hints that would all be equal (BENCHMARKS.md "HTTP caching and the CDN").
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      queryCostLimitPlugin(limits.maxCost),
      errorLoggingPlugin(deps.logger),
      serviceUnavailableStatusPlugin(),
      ...(apq ? [apq.plugin] : []),
      // No status plugin for BAD_USER_INPUT raised by a resolver (`first: 0`, a forged cursor): it is
      // a field error, answered 200 with the field null, so every client reads the message (a 400
      // made Apollo Client and graphql-http's client report only the status). Request errors
      // (parse, validation, limits, variables) stay 4xx: Apollo sets those before execution.
      // After the status plugins: it reports the status they set.
      requestTelemetryPlugin({ logger: deps.logger, metrics: deps.metrics ?? NO_REQUEST_METRICS }),
      // Last, so it sees the final status the plugins above set.
      httpCachePlugin(deps.httpCache ?? NO_HTTP_CACHE),
    ],
  });
}

/**
 * Apollo's `persistedQueries` option on the three-level cache (manifest, LRU, shared store), and
 * the plugin that bounds, awaits and marks uncacheable what the protocol does.
 */
function persistedQueryOptions(deps: PersistedQueryDependencies, logger: Logger) {
  const trusted = deps.trusted ?? TRUSTED_DOCUMENTS;
  const { ttlSeconds, maxDocumentBytes, trustedDocumentsOnly } = deps.settings;
  const cache = new PersistedQueryCache({ store: deps.store, trusted, ttlSeconds, trustedDocumentsOnly, logger });
  const plugin: ApolloServerPlugin<GraphQLContext> = persistedQueriesPlugin({ cache, trusted, maxDocumentBytes });
  return {
    // The cache holds APQ documents only, in a table of its own: Apollo's "apq:" key prefix would
    // only lengthen every key.
    options: { cache: PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(cache), ttl: ttlSeconds },
    plugin,
  };
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
