/**
 * The executable schema (src/graphql/schema.ts) is built at every cold start without validation; these
 * tests are the validation it skips.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType, lexicographicSortSchema, printSchema, validateSchema } from 'graphql';
import { resolvers } from '../../../src/graphql/resolvers';
import { createSchema } from '../../../src/graphql/schema';

const sdl = readFileSync(join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');

describe('createSchema', () => {
  it('is schema.graphql, which graphql-js validates without errors', () => {
    // Prepare
    const reference = buildSchema(sdl);

    // Act
    const schema = createSchema();

    // Assess
    expect(validateSchema(reference)).toEqual([]);
    expect(printSchema(lexicographicSortSchema(schema))).toBe(printSchema(lexicographicSortSchema(reference)));
  });

  it('attaches every resolver to its field or abstract type', () => {
    // Act
    const schema = createSchema();

    // Assess
    for (const [typeName, typeResolvers] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      expect(type).toBeDefined();
      for (const [fieldName, resolver] of Object.entries(typeResolvers as Record<string, unknown>)) {
        if (fieldName === '__resolveType') {
          expect(type && 'resolveType' in type && type.resolveType).toBe(resolver);
        } else {
          // @graphql-tools binds each resolver to its type's resolver object.
          const resolve = isObjectType(type) ? type.getFields()[fieldName]?.resolve : undefined;
          expect(resolve?.name).toBe(`bound ${(resolver as { name: string }).name}`);
        }
      }
    }
  });

  it('builds a new schema per call, so servers in one process do not share mutated types', () => {
    expect(createSchema()).not.toBe(createSchema());
  });
});
