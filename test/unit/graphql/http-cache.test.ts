import { parse, type OperationDefinitionNode, type SelectionSetNode, Kind } from 'graphql';
import { entityTag, ifNoneMatchMatches, isIntrospection, publicCacheControl } from '../../../src/graphql/http-cache';

const search = (params: Record<string, string>) => new URLSearchParams(params).toString();

function introspects(source: string): boolean {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  return isIntrospection(operation, fragments);
}

describe('entity tags', () => {
  it('are weak, stable for the same version and request, whatever other parameters come along', () => {
    // Act
    const a = entityTag('v1', search({ query: '{ a }', variables: '{"x":1}' }));
    const b = entityTag('v1', search({ variables: '{"x":1}', query: '{ a }', _: 'cache-buster' }));

    // Assess
    expect(a).toMatch(/^W\/"[\w-]{27}"$/);
    expect(b).toBe(a);
  });

  it.each([
    ['another data version', 'v2', { query: '{ a }', variables: '{"x":1}' }],
    ['another query', 'v1', { query: '{ b }', variables: '{"x":1}' }],
    ['other variables', 'v1', { query: '{ a }', variables: '{"x":2}' }],
    ['an operation name', 'v1', { query: '{ a }', variables: '{"x":1}', operationName: 'A' }],
    ['extensions', 'v1', { query: '{ a }', variables: '{"x":1}', extensions: '{"persistedQuery":{}}' }],
    ['the variables moved into the query', 'v1', { query: '{ a }{"x":1}' }],
  ])('change with %s', (_case, version, params) => {
    // Act
    const tag = entityTag(version, search(params));

    // Assess
    expect(tag).not.toBe(entityTag('v1', search({ query: '{ a }', variables: '{"x":1}' })));
  });

  it('match If-None-Match by weak comparison, in a list, but never for *', () => {
    // Prepare
    const tag = entityTag('v1', search({ query: '{ a }' }));
    const opaque = tag.slice(2);

    // Act
    const results = [tag, opaque, `"other", ${tag}`, '*', 'W/"other"'].map((value) => ifNoneMatchMatches(value, tag));

    // Assess
    expect(results).toEqual([true, true, true, false, false]);
  });
});

describe('Cache-Control and introspection', () => {
  it('states public and the max-age', () => {
    // Act / Assess
    expect(publicCacheControl(60)).toBe('public, max-age=60');
  });

  it.each([
    ['{ __schema { types { name } } }', true],
    ['{ __type(name: "Entity") { name } }', true],
    ['{ ... on Query { __schema { queryType { name } } } }', true],
    ['{ ...F } fragment F on Query { __type(name: "A") { name } }', true],
    ['{ ...F } fragment F on Query { ...F }', false],
    ['{ __typename entity(id: "entity:a") { name } }', false],
  ])('tells introspection from data: %s', (source, expected) => {
    // Act / Assess
    expect(introspects(source)).toBe(expected);
  });
});
