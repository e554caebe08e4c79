/**
 * The request side of automatic persisted queries (Apollo runs the protocol itself, on the cache of
 * src/graphql/persisted-query-cache.ts):
 *
 * - a registration (a `query` sent with its `persistedQuery` hash) whose document is larger than
 *   the limit is refused with 400 PERSISTED_QUERY_TOO_LARGE before it is stored or run; trusted
 *   documents are never registered, so they are not measured;
 * - the answer to a registration waits until the document is in the shared store, because Lambda
 *   may freeze the container as soon as the answer is returned;
 * - `PersistedQueryNotFound` (and `PersistedQueryNotSupported`) answers are `Cache-Control: no-store`:
 *   the very next request for the same URL, after the client registers, must reach the origin.
 *   Apollo's own `private, no-cache, must-revalidate` lets a cache keep the answer.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { PERSISTED_QUERY_TOO_LARGE } from '../graphql-errors';
import type { PersistedQueryCache } from '../persisted-query-cache';
import type { TrustedDocuments } from '../trusted-documents';

export interface PersistedQueriesPluginOptions {
  readonly cache: PersistedQueryCache;
  readonly trusted: TrustedDocuments;
  /** Largest document, in UTF-8 bytes, a client may register. */
  readonly maxDocumentBytes: number;
}

const UNCACHEABLE_CODES: ReadonlySet<unknown> = new Set([
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export function persistedQueriesPlugin(options: PersistedQueriesPluginOptions): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // The one hook before Apollo's write where a thrown GraphQLError becomes the answer.
        async didResolveOperation({ metrics, queryHash, source }) {
          if (!metrics.persistedQueryRegister || options.trusted.get(queryHash) !== undefined) return;
          const bytes = Buffer.byteLength(source, 'utf8');
          if (bytes > options.maxDocumentBytes) {
            throw new GraphQLError(
              `The document is ${bytes} bytes; persisted queries are limited to ${options.maxDocumentBytes} bytes. ` +
                'Send it without the persistedQuery extension.',
              { extensions: { code: PERSISTED_QUERY_TOO_LARGE, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ errors, metrics, queryHash, response }) {
          if (metrics.persistedQueryRegister && queryHash !== undefined) await options.cache.whenStored(queryHash);
          if (errors?.some((error) => UNCACHEABLE_CODES.has(error.extensions['code']))) {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
