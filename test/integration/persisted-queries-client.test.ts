/**
 * Apollo Client 4's persisted-query link (`useGETForHashedQueries`; the README's Web Crypto SHA-256
 * for one client, Node's for the other), as the README shows it, against two containers of the app, each behind its own local HTTP front (the front
 * calls the Lambda handler as API Gateway does). Every HTTP request the clients send is recorded.
 */
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql, type DocumentNode } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { EntitiesPageDocument } from '../../src/generated/documents/graphql';
import { createLocalHttpServer, listen, shutdown } from '../../src/local/http-server';
import { appOn, seededTables } from './support/seeded-app';

type App = ReturnType<typeof appOn>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The README's SHA-256 for browsers (Web Crypto, also in Node 20), word for word. */
const webSha256 = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');

interface SentRequest {
  readonly method: string;
  readonly status: number;
  /** Only PersistedQueryNotFound answers are asserted on here; the HTTP caching of the others is tested with it. */
  readonly cacheControl: string | null;
}

/** A front end: Apollo Client 4 with the persisted-query link over GET, recording what it sends. */
function frontEnd(uri: string, hashing: { sha256: (text: string) => string | Promise<string> } | { generateHash: (document: DocumentNode) => string }) {
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    sent.push({ method: init?.method ?? 'GET', status: response.status, cacheControl: response.headers.get('cache-control') });
    return response;
  };
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([new PersistedQueryLink({ ...hashing, useGETForHashedQueries: true }), new HttpLink({ uri, fetch: recordingFetch })]),
  });
  return { client, sent };
}

/** The calls the app made to the persisted-queries table. */
const storeCalls = (app: App) =>
  app.calls.calls.filter((call) => (call.input as { TableName?: string }).TableName === app.tables.persistedQueries).map((call) => call.command);

const ENTITY = gql`
  query FrontEndEntity($id: ID!) {
    entity(id: $id) {
      id
      name
      aliases
    }
  }
`;

let containers: App[];
let fronts: Server[];
let urls: string[];

beforeAll(async () => {
  const tables = await seededTables();
  containers = [appOn(tables), appOn(tables)];
  fronts = containers.map((app) => createLocalHttpServer({ handler: app.handler, corsOrigins: ['*'], log: () => undefined }));
  urls = await Promise.all(fronts.map(async (front) => `${(await listen(front, 0)).origin}/graphql`));
});
afterAll(async () => {
  await Promise.all(fronts.map((front) => shutdown(front)));
  for (const app of containers) app.clients.client.destroy();
});

describe("Apollo Client 4's persisted-query link with useGETForHashedQueries", () => {
  it('registers through one container, and a second client on another container sends exactly one GET', async () => {
    // Prepare
    const [first, second] = containers;
    const registering = frontEnd(urls[0]!, { sha256: webSha256 });
    const reading = frontEnd(urls[1]!, { sha256 });

    // Act
    const registered = await registering.client.query({ query: ENTITY, variables: { id: 'entity:xi-jinping' } });
    const read = await reading.client.query({ query: ENTITY, variables: { id: 'entity:xi-jinping' } });

    // Assess
    expect(registering.sent).toEqual([
      { method: 'GET', status: 200, cacheControl: 'no-store' },
      expect.objectContaining({ method: 'POST', status: 200 }),
    ]);
    expect(storeCalls(first!)).toEqual(['GetItemCommand', 'PutItemCommand']);
    expect(reading.sent).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
    expect(storeCalls(second!)).toEqual(['GetItemCommand']);
    expect(read.data).toEqual(registered.data);
    expect(read.data).toEqual({
      entity: { __typename: 'Entity', id: 'entity:xi-jinping', name: 'Xi Jinping', aliases: expect.arrayContaining(['Xi']) },
    });
  });

  it('sends a trusted document by its generated hash in one GET, which no container looks up in the store', async () => {
    // Prepare: the hash the codegen manifest holds, else the document's own (for ad-hoc operations)
    const [, second] = containers;
    second!.calls.reset();
    const generateHash = (document: DocumentNode) =>
      (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? sha256(print(document));
    const trusted = frontEnd(urls[1]!, { generateHash });

    // Act
    const result = await trusted.client.query({ query: EntitiesPageDocument, variables: { type: 'COUNTRY', first: 3 } });

    // Assess
    expect(trusted.sent).toEqual([expect.objectContaining({ method: 'GET', status: 200 })]);
    expect(storeCalls(second!)).toEqual([]);
    expect(result.data?.entities.edges).toHaveLength(3);
    expect(result.data?.entities.edges[0]?.node).toEqual({ __typename: 'Entity', id: expect.stringMatching(/^entity:/), name: expect.any(String), type: 'COUNTRY' });
  });
});
