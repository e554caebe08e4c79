/**
 * @jest-environment-options {"customExportConditions": ["node", "node-addons", "development"]}
 *
 * Real clients against the local HTTP front of `npm start` (the Lambda handler on seeded DynamoDB
 * Local): Apollo Client 4 with the cache the README recommends (clients/apollo-client.ts), and
 * graphql-request. The export condition `development` loads Apollo's development build, as a
 * front end's dev server does, so every warning Apollo has is live; all console output during a
 * test is captured, and any line of it fails the test.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CombinedGraphQLErrors, gql, setLogVerbosity, type ApolloClient } from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { ClientError, request } from 'graphql-request';
import { README_QUERIES, type ExampleQuery } from '../../bench/example-queries';
import { createApolloClient } from '../../clients/apollo-client';
import { loadEntity } from '../../clients/apollo-query';
import { searchEntitiesWithFetch } from '../../clients/fetch';
import { searchEntities } from '../../clients/graphql-request';
import { createLocalHttpServer, listen, shutdown } from '../../src/local/http-server';
import { captureConsole, rawAnswer, withoutTypenames } from './support/client-checks';
import { seededApp } from './support/seeded-app';

const FIRST_ZERO = 'Argument "first" must be between 1 and 100, got 0.';

let url: string;
let front: http.Server;
let output: string[] = [];

beforeAll(async () => {
  const app = await seededApp();
  front = createLocalHttpServer({ handler: app.handler, corsOrigins: ['*'], log: () => undefined });
  url = `http://127.0.0.1:${((await listen(front, 0)) as AddressInfo).port}/graphql`;
  // Apollo's messages in full, and every level of them.
  loadDevMessages();
  loadErrorMessages();
  setLogVerbosity('debug');
});
afterAll(async () => {
  await shutdown(front);
});
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  jest.restoreAllMocks();
});

/** Every object in `value` that has an `id`, as `{ __typename, id }`, once each. */
function identifiedObjects(value: unknown, found = new Map<string, { __typename: string; id: string }>()) {
  if (Array.isArray(value)) value.forEach((item) => identifiedObjects(item, found));
  else if (value !== null && typeof value === 'object') {
    const { __typename, id } = value as { __typename?: string; id?: string };
    if (typeof __typename === 'string' && typeof id === 'string') found.set(`${__typename}:${id}`, { __typename, id });
    Object.values(value).forEach((child) => identifiedObjects(child, found));
  }
  return found;
}

/** Waits until `done()` holds, 5 s at most (the assertions after it then say what is missing). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

const NODE_ID = gql`fragment NodeId on Node { id }`;
const README = README_QUERIES.map((example) => [example.id, example] as [string, ExampleQuery]);

describe('Apollo Client 4 with the README cache, on npm start', () => {
  let client: ApolloClient;
  beforeEach(() => {
    client = createApolloClient(url);
  });

  it.each(README)('README query %s: the server\'s data, normalized by id, no warning', async (_id, example) => {
    // Prepare
    const raw = await rawAnswer(url, example.query);

    // Act
    const { data } = await client.query({ query: gql(example.query) });
    const objects = [...identifiedObjects(data).values()];
    const fromCache = objects.map((object) => client.readFragment({ id: client.cache.identify(object), fragment: NODE_ID }));

    // Assess: the same data; every object with an id is in the cache under its id, found through a
    // fragment on the Node interface (which needs possibleTypes)
    expect(raw.body.errors).toBeUndefined();
    expect(withoutTypenames(data)).toEqual(raw.body.data);
    expect(objects.length).toBeGreaterThan(0);
    expect(fromCache).toEqual(objects);
    expect(Object.keys(client.cache.extract() as object)).toEqual(expect.arrayContaining(objects.map((object) => `${object.__typename}:${object.id}`)));
    expect(output).toEqual([]);
  });

  it('reads an entity that one query returned by its id, with the fields that query selected', async () => {
    // Prepare
    await client.query({ query: gql(README_QUERIES[1]!.query) });

    // Act
    const putin = client.readFragment({
      id: client.cache.identify({ __typename: 'Entity', id: 'entity:vladimir-putin' }),
      fragment: gql`fragment Named on Entity { id name aliases }`,
    });

    // Assess
    expect(putin).toEqual({ __typename: 'Entity', id: 'entity:vladimir-putin', name: 'Vladimir Putin', aliases: expect.arrayContaining(['Putin']) });
    expect(output).toEqual([]);
  });

  it('keeps two queries selecting different fields of Article.mentions(first: 50) without "Cache data may be lost"', async () => {
    // Prepare
    const otherFields = gql`{
      article(id: "article:ed35ebebeaaf3e62") { id mentions(first: 50) { edges { cursor node { entity { id wikidataId } } } } }
    }`;

    // Act
    await client.query({ query: gql(README_QUERIES[0]!.query) });
    const { data } = await client.query<any>({ query: otherFields });

    // Assess
    expect(data?.article.mentions.edges.length).toBeGreaterThan(20);
    expect(output).toEqual([]);
  });

  it('merges the objects without an id (a path, evidence) that two queries select different fields of', async () => {
    // Prepare
    const putinVisits = 'relationship:vladimir-putin:VISITS:china';
    const evidenceQuotes = gql`query ($id: ID!) { relationship(id: $id) { id evidence { quote } } }`;
    const evidenceArticles = gql`query ($id: ID!) { relationship(id: $id) { id evidence { quote article { id title } span { start end } } } }`;
    const pathLength = gql`{ path(fromId: "entity:antony-blinken", toId: "entity:vladimir-putin") { length } }`;

    // Act
    await client.query({ query: gql(README_QUERIES[4]!.query) });
    // (network-only: the smaller selections are in the cache already, so cache-first would not fetch them)
    await client.query({ query: pathLength, fetchPolicy: 'network-only' });
    await client.query({ query: evidenceArticles, variables: { id: putinVisits } });
    await client.query({ query: evidenceQuotes, variables: { id: putinVisits }, fetchPolicy: 'network-only' });
    const path = client.readQuery<any>({ query: gql(README_QUERIES[4]!.query) });
    const evidence = client.readQuery<any>({ query: evidenceArticles, variables: { id: putinVisits } });

    // Assess: the first, larger selections are still complete in the cache after the smaller ones
    expect(path?.path.entities.length).toBe(path?.path.length + 1);
    expect(evidence?.relationship.evidence.length).toBeGreaterThan(0);
    expect(evidence?.relationship.evidence[0].article.id).toBe('article:ed35ebebeaaf3e62');
    expect(output).toEqual([]);
  });

  it('matches fragments on node (Entity, Relationship) with the generated possibleTypes, without a warning', async () => {
    // Prepare
    const query = gql`
      query Nodes($entity: ID!, $relationship: ID!) {
        entity: node(id: $entity) { ...Described }
        relationship: node(id: $relationship) { ...Described }
      }
      fragment Described on Node {
        id
        ... on Entity { name entityType }
        ... on Relationship { relationshipType source { id name } }
      }
    `;

    // Act
    const { data } = await client.query({ query, variables: { entity: 'entity:china', relationship: 'relationship:vladimir-putin:VISITS:china' } });
    const china = client.readFragment({ id: 'Entity:entity:china', fragment: gql`fragment C on Node { id ... on Entity { entityType } }` });

    // Assess
    expect(withoutTypenames(data)).toEqual({
      entity: { id: 'entity:china', name: 'China', entityType: 'COUNTRY' },
      relationship: { id: 'relationship:vladimir-putin:VISITS:china', relationshipType: 'VISITS', source: { id: 'entity:vladimir-putin', name: 'Vladimir Putin' } },
    });
    expect(china).toEqual({ __typename: 'Entity', id: 'entity:china', entityType: 'COUNTRY' });
    expect(output).toEqual([]);
  });

  it('appends the page fetchMore({ variables: { after } }) fetches to the watched connection (relayStylePagination)', async () => {
    // Prepare
    const countries = gql`query Countries($after: String) {
      entities(type: COUNTRY, first: 5, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } }
    }`;
    const watched = client.watchQuery<any>({ query: countries });
    const results: any[] = [];
    const subscription = watched.subscribe((result) => results.push(result));
    const complete = () => results.filter((result) => result.dataState === 'complete');
    await until(() => complete().length > 0);
    const firstPage = complete()[0].data;

    // Act
    const before = results.length;
    await watched.fetchMore({ variables: { after: firstPage.entities.pageInfo.endCursor } });
    // the merged list reaches the watcher once the cache broadcasts it, as a ready (7) result
    const ready = () => results.slice(before).filter((result) => result.dataState === 'complete' && result.networkStatus === 7);
    await until(() => ready().length > 0);
    const current = ready().at(-1)?.data;
    const cached = client.readQuery<any>({ query: countries });
    subscription.unsubscribe();

    // Assess: the watched list holds both pages, in order: every country there is
    const ids = (result: any): string[] => result.entities.edges.map((edge: { node: { id: string } }) => edge.node.id);
    const all = await rawAnswer(url, '{ entities(type: COUNTRY, first: 100) { edges { node { id } } } }');
    expect(ids(firstPage)).toEqual(ids(all.body.data).slice(0, 5));
    expect(ids(all.body.data).length).toBeGreaterThan(5);
    expect(ids(current)).toEqual(ids(all.body.data));
    expect(ids(cached)).toEqual(ids(all.body.data));
    expect(current?.entities.pageInfo.hasNextPage).toBe(false);
    expect(output).toEqual([]);
  });

  it('runs the README snippet (loadEntity)', async () => {
    // Act
    const xi = await loadEntity(client, 'entity:xi-jinping', 5);

    // Assess
    expect(xi).toEqual(expect.objectContaining({ id: 'entity:xi-jinping', name: 'Xi Jinping' }));
    expect(xi!.relationships.edges.length).toBeGreaterThan(0);
    expect(output).toEqual([]);
  });

  it('shows the server\'s message for `first: 0` (HTTP 200, BAD_USER_INPUT naming the argument)', async () => {
    // Prepare
    const raw = await rawAnswer(url, 'query ($id: ID!) { entity(id: $id) { id relationships(first: 0) { edges { cursor } } } }', { id: 'entity:xi-jinping' });

    // Act
    const failure = await loadEntity(client, 'entity:xi-jinping', 0).then(() => undefined, (error: unknown) => error);

    // Assess
    expect(raw.status).toBe(200);
    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    const errors = failure as CombinedGraphQLErrors;
    expect(errors.message).toContain(FIRST_ZERO);
    expect(errors.errors[0]).toEqual(expect.objectContaining({
      message: FIRST_ZERO,
      path: ['entity', 'relationships'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    }));
    expect(output).toEqual([]);
  });

  it('shows the message of a request refused with 400 (validation), read from its application/graphql-response+json body', async () => {
    // Act
    const failure = await client.query({ query: gql`{ entity(id: "entity:china") { population } }` }).then(() => undefined, (error: unknown) => error);

    // Assess
    expect(CombinedGraphQLErrors.is(failure)).toBe(true);
    expect((failure as CombinedGraphQLErrors).errors[0]).toEqual(expect.objectContaining({
      message: 'Cannot query field "population" on type "Entity".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }));
    expect(output).toEqual([]);
  });

  it('passes CSRF prevention with GET too (useGETForQueries): it sends `content-type: application/json`', async () => {
    // Prepare
    const { ApolloClient: Client, HttpLink, InMemoryCache } = await import('@apollo/client');
    const sent: Array<{ method: string; headers: Headers }> = [];
    const recordingFetch: typeof fetch = (input, init) => {
      sent.push({ method: init?.method ?? 'GET', headers: new Headers(init?.headers) });
      return fetch(input, init);
    };
    const getClient = new Client({ link: new HttpLink({ uri: url, useGETForQueries: true, fetch: recordingFetch }), cache: new InMemoryCache() });

    // Act
    const { data } = await getClient.query<any>({ query: gql(README_QUERIES[3]!.query) });

    // Assess
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('GET');
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    expect(sent[0]!.headers.get('apollo-require-preflight')).toBeNull();
    expect(data?.searchEntities.length).toBeGreaterThan(0);
    expect(output).toEqual([]);
  });
});

describe('the console capture', () => {
  it('catches the warning a cache without the README type policies prints, so the tests above can fail', async () => {
    // Prepare: a fresh copy of Apollo, since it prints each data-loss warning once per module
    let fresh!: typeof import('@apollo/client');
    jest.isolateModules(() => {
      fresh = require('@apollo/client');
    });
    const plain = new fresh.ApolloClient({ link: new fresh.HttpLink({ uri: url }), cache: new fresh.InMemoryCache() });

    // Act
    await plain.query({ query: fresh.gql(README_QUERIES[0]!.query) });
    await plain.query({ query: fresh.gql`{ article(id: "article:ed35ebebeaaf3e62") { id mentions(first: 50) { edges { node { entity { id wikidataId } } } } } }` });

    // Assess
    expect(output).toEqual([expect.stringMatching(/^console\.warn: .*Cache data may be lost when replacing the mentions field of a Article object/s)]);
  });

  it('catches the warning (and the lost fields) of a cache without possibleTypes, on a fragment on Node', async () => {
    // Prepare
    let fresh!: typeof import('@apollo/client');
    jest.isolateModules(() => {
      fresh = require('@apollo/client');
    });
    const plain = new fresh.ApolloClient({ link: new fresh.HttpLink({ uri: url }), cache: new fresh.InMemoryCache() });

    // Act
    const { data } = await plain.query<any>({ query: fresh.gql`{ node(id: "entity:china") { ...Named } } fragment Named on Node { id ... on Entity { name } }` });

    // Assess: the server sent id and name; the cache could not tell Entity is a Node
    expect(data).toEqual({ node: { __typename: 'Entity' } });
    expect(output).toEqual([expect.stringMatching(/^console\.warn: Cannot match fragment `Named` on `Node` against `Entity`\. This indicates a missing `possibleTypes` entry/)]);
  });
});

describe('graphql-request, on npm start', () => {
  it.each(README)('README query %s: the server\'s data, no warning', async (_id, example) => {
    // Prepare
    const raw = await rawAnswer(url, example.query);

    // Act
    const data = await request(url, example.query);

    // Assess
    expect(data).toEqual(raw.body.data);
    expect(output).toEqual([]);
  });

  it('runs the README snippet (searchEntities)', async () => {
    // Act
    const found = await searchEntities(url, 'blinken');

    // Assess
    expect(found).toEqual([{ id: 'entity:antony-blinken', name: 'Antony Blinken', type: 'PERSON' }]);
    expect(output).toEqual([]);
  });

  it('shows the server\'s message for `first: 0` (HTTP 200, BAD_USER_INPUT naming the argument)', async () => {
    // Act
    const failure = await searchEntities(url, 'xi', 0).then(() => undefined, (error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ClientError);
    const { response, message } = failure as ClientError;
    expect(response.status).toBe(200);
    expect(message).toContain(FIRST_ZERO);
    expect(response.errors?.[0]).toEqual(expect.objectContaining({
      message: FIRST_ZERO,
      path: ['searchEntities'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    }));
    expect(output).toEqual([]);
  });
  it('shows the message of a request refused with 400 (validation)', async () => {
    // Act
    const failure = await request(url, '{ entity(id: "entity:china") { population } }').then(() => undefined, (error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ClientError);
    const { response } = failure as ClientError;
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toEqual(expect.objectContaining({
      message: 'Cannot query field "population" on type "Entity".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }));
    expect(output).toEqual([]);
  });
});

describe('plain fetch, on npm start', () => {
  it('runs the README snippet (searchEntitiesWithFetch)', async () => {
    // Act
    const answer = await searchEntitiesWithFetch(url, 'blinken');

    // Assess
    expect(answer).toEqual({ status: 200, data: { searchEntities: [{ id: 'entity:antony-blinken', name: 'Antony Blinken', type: 'PERSON' }] }, errors: undefined });
  });
});

describe('CSRF prevention, as the README states it', () => {
  const QUERY = encodeURIComponent('{ entity(id: "entity:china") { name } }');

  it.each<[string, 'GET' | 'POST', Record<string, string>, number]>([
    ['a GET with no header', 'GET', {}, 400],
    ['a GET with content-type application/json', 'GET', { 'content-type': 'application/json' }, 200],
    ['a GET with content-type text/plain', 'GET', { 'content-type': 'text/plain' }, 400],
    ['a GET with apollo-require-preflight', 'GET', { 'apollo-require-preflight': 'true' }, 200],
    ['a GET with x-apollo-operation-name', 'GET', { 'x-apollo-operation-name': 'China' }, 200],
    ['a GET with an empty apollo-require-preflight', 'GET', { 'apollo-require-preflight': '' }, 400],
    ['a POST as application/json', 'POST', { 'content-type': 'application/json' }, 200],
    ['a POST as text/plain', 'POST', { 'content-type': 'text/plain' }, 400],
    ['a POST as a form', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, 400],
    ['a POST as text/plain with apollo-require-preflight', 'POST', { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' }, 400],
  ])('%s: %s', async (_case, method, headers, status) => {
    // Act: Node's http client, so no header is added or dropped
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const target = method === 'GET' ? `${url}?query=${QUERY}` : url;
      const outgoing = http.request(target, { method, headers }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      outgoing.on('error', reject);
      outgoing.end(method === 'POST' ? JSON.stringify({ query: decodeURIComponent(QUERY) }) : undefined);
    });

    // Assess
    expect(answer.status).toBe(status);
    if (status === 200) expect(JSON.parse(answer.body)).toEqual({ data: { entity: { name: 'China' } } });
    else expect(answer.body).toMatch(/Cross-Site Request Forgery|POST body missing/);
  });
});
