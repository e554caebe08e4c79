/**
 * newsgraph's schema (schema.graphql through src/generated/type-defs.ts) with a resolver map
 * attached, for running queries with graphql-js alone: the naive baseline and the in-memory floor.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '../src/generated/type-defs';

type ResolverMap = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * A fresh schema whose fields resolve with `resolvers` (field functions and `__resolveType`).
 * @throws Error naming a resolver that has no field or type to go to.
 */
export function executableSchema(resolvers: ResolverMap): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers, resolverValidationOptions: { requireResolversToMatchSchema: 'error' } });
}
