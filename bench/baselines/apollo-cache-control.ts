/**
 * A bench-only stand-in for `@apollo/server/plugin/disabled`: the same exports, except that the
 * cache-control "disabled" plugin is Apollo's cache-control plugin itself (defaultMaxAge 60, HTTP
 * headers on). Built into newsgraph's bundle with an esbuild alias (bench/cache-control-bundle.ts),
 * it measures what the alternative to newsgraph's static policy would cost: the plugin walks the
 * schema at start and wraps every field resolution to compute the policy from cache hints.
 */
import { ApolloServerPluginCacheControl } from '../../node_modules/@apollo/server/dist/esm/plugin/cacheControl/index.js';

export {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '../../node_modules/@apollo/server/dist/esm/plugin/disabled/index.js';

export const ApolloServerPluginCacheControlDisabled = () => ApolloServerPluginCacheControl({ defaultMaxAge: 60, calculateHttpHeaders: true });
