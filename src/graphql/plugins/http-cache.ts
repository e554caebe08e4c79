/**
 * Cache-Control and ETag on every answer Apollo sends (src/graphql/http-cache.ts). One static
 * policy rather than Apollo's cache-control plugin: every field of this API changes at the same
 * moment (a seed run), so per-field hints would all say the same thing. The plugin's cold-start
 * cost against this one was measured (BENCHMARKS.md, "HTTP caching and the CDN"): 1.02× on a quiet
 * machine, within noise under load, so the choice rests on the hints having nothing to say.
 *
 * - A GET query answered 200 with no error, not introspection: `public, max-age=<n>` and an ETag.
 * - Anything else (POST, any error, PersistedQueryNotFound, introspection, an unknown data version):
 *   `no-store`, overriding what Apollo set (it marks PersistedQueryNotFound `private, no-cache`).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../context';
import { entityTag, isIntrospection, NO_STORE, publicCacheControl } from '../http-cache';

export interface HttpCacheOptions {
  /** `max-age` of cacheable answers; 0 makes every answer `no-store` and reads no data version. */
  readonly maxAgeSeconds: number;
  /**
   * The current data version, or undefined when it could not be read (the answer is then not
   * cacheable). Called once per GET; the caller keeps it cheap (src/lambda/data-version-cache.ts).
   */
  readonly dataVersion: () => Promise<string | undefined>;
}

export function httpCachePlugin(options: HttpCacheOptions): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      const cacheableMethod = options.maxAgeSeconds > 0 && request.http?.method === 'GET';
      let version: Promise<string | undefined> | undefined;
      return {
        async executionDidStart({ operation }) {
          // Started with execution, awaited at the end: on a cold container the one read overlaps
          // the query's own reads, and a request refused before execution reads nothing.
          if (cacheableMethod && operation.operation === 'query') version = options.dataVersion();
        },
        async willSendResponse({ response, errors, operation, document }) {
          const headers = response.http.headers;
          headers.set('cache-control', NO_STORE);
          if (version === undefined || errors?.length || response.body.kind !== 'single') return;
          if (response.body.singleResult.errors?.length || (response.http.status ?? 200) !== 200) return;
          if (!operation || operation.operation !== 'query' || !document) return;
          const fragments = new Map<string, SelectionSetNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition.selectionSet);
          }
          if (isIntrospection(operation, fragments)) return;
          const current = await version;
          if (current === undefined) return;
          headers.set('cache-control', publicCacheControl(options.maxAgeSeconds));
          headers.set('etag', entityTag(current, request.http?.search ?? ''));
        },
      };
    },
  };
}
