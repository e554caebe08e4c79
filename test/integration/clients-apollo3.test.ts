/**
 * Apollo Client 3.x (`@apollo/client` 3.14, installed as `apollo-client-3`, imported from its
 * `core` entry as a non-React front end does) against the local HTTP front of `npm start`: what
 * the README says of 3.x holds. The README's client module (clients/apollo-client.ts) is loaded
 * with its `@apollo/client` imports resolved to 3.x, as a 3.x app that copies it gets it, so the
 * type policies and possibleTypes under test are the README's own. All console output during a
 * test is captured, and any line of it fails the test.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloClient, ApolloError, gql, HttpLink, InMemoryCache, type NormalizedCacheObject } from 'apollo-client-3/core';
import { loadDevMessages, loadErrorMessages } from 'apollo-client-3/dev';
import { README_QUERIES } from '../../bench/example-queries';
import introspection from '../../src/generated/possible-types';
import { createLocalHttpServer, listen, shutdown } from '../../src/local/http-server';
import { captureConsole, rawAnswer, withoutTypenames } from './support/client-checks';
import { seededApp } from './support/seeded-app';

jest.mock('@apollo/client', () => jest.requireActual('apollo-client-3/core'));
jest.mock('@apollo/client/utilities', () => jest.requireActual('apollo-client-3/utilities'));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the mocks above, with 3.x inside
const { typePolicies } = require('../../clients/apollo-client') as typeof import('../../clients/apollo-client');

const FIRST_ZERO = 'Argument "first" must be between 1 and 100, got 0.';

let url: string;
let front: http.Server;
let output: string[] = [];
let client: ApolloClient<NormalizedCacheObject>;

beforeAll(async () => {
  const app = await seededApp();
  front = createLocalHttpServer({ handler: app.handler, corsOrigins: ['*'], log: () => undefined });
  url = `http://127.0.0.1:${((await listen(front, 0)) as AddressInfo).port}/graphql`;
  loadDevMessages();
  loadErrorMessages();
});
afterAll(async () => {
  await shutdown(front);
});
beforeEach(() => {
  output = captureConsole();
  // With a link, as on 4.x: 3.14 still accepts a bare `uri` but warns that it is deprecated (a test below).
  client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes, typePolicies: typePolicies as never }) });
});
afterEach(() => {
  jest.restoreAllMocks();
});

const NODE_ID = gql`fragment NodeId on Node { id }`;

describe('Apollo Client 3.x with the README cache, on npm start', () => {
  it.each(README_QUERIES.map((example) => [example.id, example] as const))('README query %s: the server\'s data, its objects in the cache under their ids, no warning', async (_id, example) => {
    // Prepare
    const raw = await rawAnswer(url, example.query);

    // Act
    const { data } = await client.query({ query: gql(example.query) });
    const cached = client.cache.extract();

    // Assess
    expect(raw.body.errors).toBeUndefined();
    expect(withoutTypenames(data)).toEqual(raw.body.data);
    const ids = Object.keys(cached).filter((key) => key !== 'ROOT_QUERY');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids.filter((key) => /^(Entity|Relationship):/.test(key))) {
      expect(client.readFragment({ id, fragment: NODE_ID })).toEqual(expect.objectContaining({ id: id.slice(id.indexOf(':') + 1) }));
    }
    expect(output).toEqual([]);
  });

  it('appends the page fetchMore fetches to the connection (relayStylePagination from 3.x)', async () => {
    // Prepare
    const countries = gql`query Countries($after: String) {
      entities(type: COUNTRY, first: 5, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
    }`;
    const watched = client.watchQuery<any>({ query: countries });
    const first = await new Promise<any>((resolve, reject) => {
      const subscription = watched.subscribe({ next: (result) => { if (!result.loading) { subscription.unsubscribe(); resolve(result); } }, error: reject });
    });

    // Act
    await watched.fetchMore({ variables: { after: first.data.entities.pageInfo.endCursor } });
    const merged = client.readQuery<any>({ query: countries });

    // Assess
    const ids = (result: any): string[] => result.entities.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const all = await rawAnswer(url, '{ entities(type: COUNTRY, first: 10) { edges { node { id } } } }');
    expect(ids(merged)).toEqual(ids(all.body.data).slice(0, 10));
    expect(ids(merged)).toHaveLength(Math.min(10, ids(all.body.data).length));
    expect(output).toEqual([]);
  });

  it('warns, on 3.14, that a bare `uri` without a `link` is deprecated (why the README gives 3.x a link too)', async () => {
    // Prepare
    const bare = new ApolloClient({ uri: url, cache: new InMemoryCache() });

    // Act
    const { data } = await bare.query<any>({ query: gql`{ entity(id: "entity:china") { id name } }` });

    // Assess
    expect(data.entity).toEqual({ __typename: 'Entity', id: 'entity:china', name: 'China' });
    expect(output).toEqual(expect.arrayContaining([expect.stringMatching(/`uri` is deprecated/)]));
  });

  it('shows a field error (`first: 0`) as one ApolloError whose graphQLErrors[0] is the server\'s', async () => {
    // Act
    const failure = await client
      .query({ query: gql`query ($id: ID!) { entity(id: $id) { id relationships(first: 0) { edges { cursor } } } }`, variables: { id: 'entity:xi-jinping' } })
      .then(() => undefined, (error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ApolloError);
    expect((failure as ApolloError).graphQLErrors[0]).toEqual(expect.objectContaining({
      message: FIRST_ZERO,
      path: ['entity', 'relationships'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    }));
    expect(output).toEqual([]);
  });

  it('shows a request refused with 400 only in networkError.result.errors', async () => {
    // Act
    const failure = await client.query({ query: gql`{ entity(id: "entity:china") { population } }` }).then(() => undefined, (error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ApolloError);
    const error = failure as ApolloError & { networkError: { statusCode: number; result: { errors: Array<{ message: string; extensions: { code: string } }> } } };
    expect(error.graphQLErrors).toEqual([]);
    expect(error.networkError.statusCode).toBe(400);
    expect(error.networkError.result.errors[0]).toEqual(expect.objectContaining({
      message: 'Cannot query field "population" on type "Entity".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }));
    expect(output).toEqual([]);
  });
});
