/**
 * newsgraph's schema (schema.graphql through src/generated/type-defs.ts) with a resolver map
 * attached, for running queries with graphql-js alone: the naive baseline and the in-memory floor.
 */
import { buildSchema, isAbstractType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { typeDefs } from '../src/generated/type-defs';

type ResolverMap = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * A fresh schema whose fields resolve with `resolvers` (field functions and `__resolveType`).
 * @throws Error naming a resolver that has no field or type to go to.
 */
export function executableSchema(resolvers: ResolverMap): GraphQLSchema {
  const schema = buildSchema(typeDefs);
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolver] of Object.entries(fields)) {
      if (fieldName === '__resolveType' && isAbstractType(type)) {
        type.resolveType = resolver as GraphQLTypeResolver<unknown, unknown>;
      } else if (isObjectType(type) && type.getFields()[fieldName]) {
        type.getFields()[fieldName]!.resolve = resolver as GraphQLFieldResolver<unknown, unknown>;
      } else {
        throw new Error(`The schema has no field ${typeName}.${fieldName} to resolve`);
      }
    }
  }
  return schema;
}
