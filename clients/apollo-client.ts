import { ApolloClient, HttpLink, InMemoryCache, type Reference, type StoreObject, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
// Which types implement Node, generated from schema.graphql by graphql-codegen's fragment-matcher
// plugin (`npm run codegen`); copy the file, or generate it in your app the same way.
import introspection from '../src/generated/possible-types';

type Item = Reference | StoreObject;

/**
 * How newsgraph's types are cached. Article, Entity and Relationship are normalized by Apollo's
 * default `__typename:id` (select `id`); every connection is Relay-style, stored once per filter
 * argument (never per `first`/`after`), and pages fetched with `after` are appended; the objects
 * without an id (a path, a relationship's evidence) are merged, not replaced, when two queries
 * select different fields of them.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      articles: relayStylePagination(),
      entities: relayStylePagination(['type']),
      relationships: relayStylePagination(['type']),
    },
  },
  Article: {
    fields: {
      mentions: relayStylePagination(['type']),
      relationships: relayStylePagination(),
    },
  },
  Entity: {
    fields: {
      relationships: relayStylePagination(['direction', 'type']),
      articles: relayStylePagination(),
    },
  },
  Relationship: {
    fields: {
      evidence: {
        // The same quote at the same place keeps the fields other queries read; a new one replaces it.
        merge(existing: readonly Item[] = [], incoming: readonly Item[], { readField, mergeObjects }) {
          return incoming.map((item, i) => {
            const old = existing[i];
            const quote = old && readField<string>('quote', old);
            return old && quote !== undefined && quote === readField<string>('quote', item) ? mergeObjects(old, item) : item;
          });
        },
      },
    },
  },
  Path: { merge: true },
};

/** An Apollo Client 4 for newsgraph at `uri`, e.g. `http://localhost:4000/graphql`. */
export function createApolloClient(uri: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies }),
  });
}
