/**
 * Automatic persisted queries and trusted documents through the Lambda handler, on DynamoDB Local:
 * the exact DynamoDB calls of the register path across two containers, the trusted documents that
 * never reach the store, the size bound, expiry, and trusted-documents-only mode.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { PersistedQueryRepository } from '../../src/data/persisted-query-repository';
import type { AllTableNames } from '../../src/data/tables';
import manifest from '../../src/generated/documents/persisted-documents.json';
import { THROTTLED, failAttempts } from '../support/dynamodb-faults';
import { apiGatewayEvent, invoke } from '../support/lambda-events';
import { appOn, localClients, seededTables } from './support/seeded-app';

type App = ReturnType<typeof appOn>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An operation no manifest holds, as a front end would write it ad hoc. */
const AD_HOC = 'query AdHocEntity { entity(id: "entity:xi-jinping") { id name type } }';
const AD_HOC_HASH = sha256(AD_HOC);

/** The trusted document `name` of the generated manifest: its hash and text. */
function trusted(name: string): { hash: string; document: string } {
  const entry = Object.entries(manifest as Record<string, string>).find(([, document]) => document.startsWith(`query ${name}(`) || document.startsWith(`query ${name} `));
  if (!entry) throw new Error(`No trusted document ${name} in the manifest`);
  return { hash: entry[0], document: entry[1] };
}

const persistedQuery = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** A POST as Apollo Client's persisted-query link sends it: the hash, and the document when registering. */
function apqPost(hash: string, query?: string, variables?: Record<string, unknown>) {
  return apiGatewayEvent({
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, extensions: persistedQuery(hash) }),
  });
}

/** A GET with the hash only, as `useGETForHashedQueries` sends it. */
function apqGet(hash: string, variables?: Record<string, unknown>) {
  const search = new URLSearchParams({ extensions: JSON.stringify(persistedQuery(hash)) });
  if (variables) search.set('variables', JSON.stringify(variables));
  return apiGatewayEvent({ method: 'GET', url: `/graphql?${search}`, headers: { 'content-type': 'application/json' } });
}

/** The calls the app made to the persisted-queries table, by command. */
function storeCalls(app: App): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of app.calls.calls) {
    if ((call.input as { TableName?: string }).TableName !== app.tables.persistedQueries) continue;
    counts[call.command] = (counts[call.command] ?? 0) + 1;
  }
  return counts;
}

let tables: AllTableNames;
const apps: App[] = [];
/** A new container on the shared tables. */
const container = (overrides: Record<string, string> = {}) => {
  const app = appOn(tables, overrides);
  apps.push(app);
  return app;
};

beforeAll(async () => {
  tables = await seededTables();
});
afterAll(() => {
  for (const app of apps) app.clients.client.destroy();
});

describe('automatic persisted queries on the shared store', () => {
  let first: App;
  let second: App;
  beforeAll(() => {
    first = container();
    second = container();
  });
  beforeEach(() => {
    first.calls.reset();
    second.calls.reset();
  });

  it('(a) answers an unknown hash PersistedQueryNotFound, no-store, after one GetItem and nothing else', async () => {
    // Act
    const answer = await invoke(first.handler, apqPost(AD_HOC_HASH));

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.json.errors).toEqual([
      expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }),
    ]);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(storeCalls(first)).toEqual({ GetItemCommand: 1 });
    expect(first.calls.calls).toHaveLength(1);
  });

  it('(b) registers the document with one PutItem and no GetItem, stored before the answer returns', async () => {
    // Prepare
    const store = new PersistedQueryRepository({ document: localClients().document, tableName: tables.persistedQueries });

    // Act
    const answer = await invoke(first.handler, apqPost(AD_HOC_HASH, AD_HOC));
    const stored = await store.getDocument(AD_HOC_HASH);

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.json).toEqual({ data: { entity: { id: 'entity:xi-jinping', name: 'Xi Jinping', type: 'PERSON' } } });
    expect(storeCalls(first)).toEqual({ PutItemCommand: 1 });
    expect(stored).toBe(AD_HOC);
  });

  it('answers a hash this container has seen with no call to the store', async () => {
    // Act
    const answer = await invoke(first.handler, apqPost(AD_HOC_HASH));

    // Assess
    expect(answer.json.data.entity.name).toBe('Xi Jinping');
    expect(storeCalls(first)).toEqual({});
  });

  it('(c) finds the hash from another container with one GetItem, then from that container\'s LRU', async () => {
    // Act
    const found = await invoke(second.handler, apqPost(AD_HOC_HASH));
    const callsOfFirst = storeCalls(second);
    second.calls.reset();
    const again = await invoke(second.handler, apqGet(AD_HOC_HASH));

    // Assess
    expect(found.statusCode).toBe(200);
    expect(found.json).toEqual({ data: { entity: { id: 'entity:xi-jinping', name: 'Xi Jinping', type: 'PERSON' } } });
    expect(callsOfFirst).toEqual({ GetItemCommand: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json).toEqual(found.json);
    expect(storeCalls(second)).toEqual({});
  });

  it('registers nothing more when a client sends the document of a hash this container knows', async () => {
    // Act
    const answer = await invoke(first.handler, apqPost(AD_HOC_HASH, AD_HOC));

    // Assess
    expect(answer.json.data.entity.name).toBe('Xi Jinping');
    expect(storeCalls(first)).toEqual({});
  });

  it('answers a trusted document by hash, with variables, over GET, without any store call on a new container', async () => {
    // Prepare
    const fresh = container();
    const { hash } = trusted('SearchBox');

    // Act
    const answer = await invoke(fresh.handler, apqGet(hash, { query: 'blinken' }));

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.json.data.searchEntities).toEqual([
      expect.objectContaining({ __typename: 'Entity', id: 'entity:antony-blinken', name: 'Antony Blinken' }),
    ]);
    expect(storeCalls(fresh)).toEqual({});
  });

  it('never writes a trusted document to the store', async () => {
    // Prepare
    const { hash, document } = trusted('ArticlesPage');

    // Act
    const answer = await invoke(first.handler, apqPost(hash, document, { first: 2 }));

    // Assess: the seed has one article
    expect(answer.json.data.articles.edges).toEqual([expect.objectContaining({ node: expect.objectContaining({ id: 'article:ed35ebebeaaf3e62' }) })]);
    expect(storeCalls(first)).toEqual({});
  });

  it('refuses a hash that does not match the document with 400, storing nothing', async () => {
    // Act
    const answer = await invoke(first.handler, apqPost(sha256('something else'), AD_HOC));

    // Assess
    expect(answer.statusCode).toBe(400);
    expect(answer.json.errors[0].message).toBe('provided sha does not match query');
    expect(first.calls.calls).toHaveLength(0);
  });

  it('answers a hash that is not a SHA-256 PersistedQueryNotFound without reading the store', async () => {
    // Act
    const answer = await invoke(first.handler, apqPost('not-a-hash'));

    // Assess
    expect(answer.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(first.calls.calls).toHaveLength(0);
  });
});

describe('persisted-query limits and failures', () => {
  it('refuses to register a document over PERSISTED_QUERY_MAX_BYTES with 400 PERSISTED_QUERY_TOO_LARGE, storing nothing', async () => {
    // Prepare
    const app = container({ PERSISTED_QUERY_MAX_BYTES: '256' });
    const large = `query Large { entity(id: "entity:xi-jinping") { id name type aliases description wikidataId } }\n# ${'x'.repeat(200)}`;

    // Act
    const answer = await invoke(app.handler, apqPost(sha256(large), large));
    const later = await invoke(app.handler, apqPost(sha256(large)));

    // Assess
    expect(Buffer.byteLength(large)).toBeGreaterThan(256);
    expect(answer.statusCode).toBe(400);
    expect(answer.json.errors).toEqual([
      {
        message: `The document is ${Buffer.byteLength(large)} bytes; persisted queries are limited to 256 bytes. Send it without the persistedQuery extension.`,
        extensions: { code: 'PERSISTED_QUERY_TOO_LARGE' },
      },
    ]);
    expect(storeCalls(app)).toEqual({ GetItemCommand: 1 });
    expect(later.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('ignores a stored document whose expiry has passed, before DynamoDB deletes it', async () => {
    // Prepare: registered eight days ago with the 7-day TTL
    const query = 'query Expired { entity(id: "entity:vladimir-putin") { name } }';
    const eightDaysAgo = () => Date.now() - 8 * 24 * 3600 * 1000;
    await new PersistedQueryRepository({ document: localClients().document, tableName: tables.persistedQueries, now: eightDaysAgo })
      .putDocument(sha256(query), query, 7 * 24 * 3600);
    const app = container();

    // Act
    const answer = await invoke(app.handler, apqPost(sha256(query)));

    // Assess
    expect(answer.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(storeCalls(app)).toEqual({ GetItemCommand: 1 });
  });

  it('stores a registration with expiresAt the configured TTL from now', async () => {
    // Prepare
    const app = container({ PERSISTED_QUERY_TTL_SECONDS: '3600' });
    const query = 'query Ttl { entity(id: "entity:china") { name } }';
    const before = Math.floor(Date.now() / 1000);

    // Act
    await invoke(app.handler, apqPost(sha256(query), query));
    const { Item } = await localClients().document.send(
      new GetCommand({ TableName: tables.persistedQueries, Key: { pk: sha256(query), sk: 'DOCUMENT' } }),
    );

    // Assess
    expect(Item).toEqual({ pk: sha256(query), sk: 'DOCUMENT', document: query, expiresAt: expect.any(Number) });
    expect(Item!.expiresAt).toBeGreaterThanOrEqual(before + 3600);
    expect(Item!.expiresAt).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 3600);
  });

  it('answers a throttled store lookup as not found, and the registration that follows still runs the query', async () => {
    // Prepare
    const app = container();
    const query = 'query Throttled { entity(id: "entity:china") { id } }';
    const injection = failAttempts(app.clients.client, THROTTLED, (attempt) => attempt.operation === 'GetItem');

    // Act
    const missed = await invoke(app.handler, apqPost(sha256(query)));
    const registered = await invoke(app.handler, apqPost(sha256(query), query));

    // Assess
    expect(injection.count).toBeGreaterThan(0);
    expect(storeCalls(app)).toEqual({ GetItemCommand: 1, PutItemCommand: 1 });
    expect(missed.statusCode).toBe(200);
    expect(missed.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(registered.json).toEqual({ data: { entity: { id: 'entity:china' } } });
    expect(app.logger.at('WARN').map((line) => line['message'])).toContain('Persisted query lookup failed; answered as not found');
  });
});

describe('TRUSTED_DOCUMENTS_ONLY=true', () => {
  let app: App;
  beforeAll(() => {
    app = container({ TRUSTED_DOCUMENTS_ONLY: 'true' });
  });
  beforeEach(() => app.calls.reset());

  const NOT_TRUSTED = {
    message: 'This API only runs its trusted documents: send the persisted-query hash of one of them (or its exact text).',
    extensions: { code: 'OPERATION_NOT_TRUSTED' },
  };

  it.each([
    ['a trusted hash over POST', () => apqPost(trusted('EntitiesPage').hash, undefined, { type: 'COUNTRY', first: 2 })],
    ['a trusted hash over GET', () => apqGet(trusted('EntitiesPage').hash, { type: 'COUNTRY', first: 2 })],
    ['the exact text of a trusted document', () => apiGatewayEvent({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: trusted('EntitiesPage').document, variables: { type: 'COUNTRY', first: 2 } }),
    })],
  ])('runs %s, without any store call', async (_name, event) => {
    // Act
    const answer = await invoke(app.handler, event());

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(answer.json.data.entities.edges).toHaveLength(2);
    expect(storeCalls(app)).toEqual({});
  });

  it.each([
    ['an unknown hash', () => apqPost(AD_HOC_HASH)],
    ['an unknown hash over GET', () => apqGet(AD_HOC_HASH)],
    ['a registration of a new document', () => apqPost(AD_HOC_HASH, AD_HOC)],
    ['ad-hoc query text', () => apiGatewayEvent({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: AD_HOC }) })],
    ['query text that does not parse', () => apiGatewayEvent({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ entity(' }) })],
    ['a trusted document with one character changed', () => apiGatewayEvent({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `${trusted('EntitiesPage').document} ` }),
    })],
    ['introspection', () => apiGatewayEvent({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) })],
  ])('refuses %s with 403 OPERATION_NOT_TRUSTED and no DynamoDB call', async (_name, event) => {
    // Act
    const answer = await invoke(app.handler, event());

    // Assess
    expect(answer.statusCode).toBe(403);
    expect(answer.json).toEqual({ errors: [NOT_TRUSTED] });
    expect(app.calls.calls).toHaveLength(0);
  });

  it('stores nothing, so another container in the default mode still misses the refused document', async () => {
    // Prepare
    const query = 'query NeverRegistered { entity(id: "entity:china") { name } }';
    await invoke(app.handler, apqPost(sha256(query), query));
    const open = container();

    // Act
    const answer = await invoke(open.handler, apqPost(sha256(query)));

    // Assess
    expect(answer.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
