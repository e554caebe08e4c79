/**
 * The executable schema: schema.graphql (through src/generated/type-defs.ts) with the resolvers
 * attached, built once per container.
 *
 * Apollo Server would build it from `typeDefs` with @graphql-tools' `makeExecutableSchema`, which
 * validates the SDL, merges it and copies the whole schema to attach the resolvers: about 17 ms of
 * every cold start's module load on the bench machine (BENCHMARKS.md). The schema is the same on
 * every cold start and the tests check it once (test/unit/graphql/schema.test.ts: valid, equal to
 * schema.graphql, every resolver on its field), so here graphql-js builds it without validating it
 * again and the resolvers are attached in place.
 */
import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../generated/type-defs';
import { resolvers } from './resolvers';

export function createSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true, assumeValid: true });
  return addResolversToSchema({
    schema,
    resolvers,
    updateResolversInPlace: true,
    // A resolver for a type or field the schema lacks is a mistake (a renamed field): fail at start.
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
