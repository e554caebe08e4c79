/**
 * HTTP caching through the real Lambda handler and through the local HTTP front, on seeded
 * DynamoDB Local: Cache-Control per kind of answer, entity tags that change exactly when a seed
 * runs, 304s answered before Apollo runs, and the data version read at most once per container per
 * refresh interval (DynamoDB calls counted by a client middleware, never timed).
 */
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import { buildGraph } from '../../seed/build-graph';
import { DEFAULT_SEED_DIR } from '../../seed/cli';
import { loadSeedFiles } from '../../seed/load-seed-files';
import { seedGraph } from '../../seed/seed';
import { createRepositories } from '../../src/data/create-repositories';
import { createLocalHttpServer, listen, shutdown } from '../../src/local/http-server';
import { apiGatewayEvent, graphqlEvent, invoke } from '../support/lambda-events';
import { appOn, localClients, seededApp, seededTables } from './support/seeded-app';

type App = Awaited<ReturnType<typeof seededApp>>;

const QUERY = '{ entity(id: "entity:xi-jinping") { id name aliases } }';
const getUrl = (query: string, extra: Record<string, string> = {}) => `/graphql?${new URLSearchParams({ query, ...extra })}`;
/** A GET as Apollo Client sends it (the CSRF-prevention header included). */
const getEvent = (query: string, headers: Record<string, string> = {}) =>
  apiGatewayEvent({ method: 'GET', url: getUrl(query), headers: { 'apollo-require-preflight': 'true', ...headers } });

describe('HTTP caching through the Lambda handler', () => {
  let app: App;
  let clock = 1_000_000;
  const get = (query: string, headers?: Record<string, string>) => invoke(app.handler, getEvent(query, headers));

  beforeAll(async () => {
    app = await seededApp({ HTTP_CACHE_MAX_AGE_SECONDS: '60', DATA_VERSION_REFRESH_SECONDS: '5' }, { now: () => clock });
  });
  beforeEach(() => app.calls.reset());
  /** The reads of the data version item among the calls recorded. */
  const versionReads = () => app.calls.calls.filter((c) => JSON.stringify(c.input).includes('META#DATA_VERSION'));

  it('answers a successful GET query with public, max-age and a weak ETag', async () => {
    // Act
    const response = await get(QUERY);

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.json.data.entity.name).toBe('Xi Jinping');
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    expect(response.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
  });

  it('gives the same request the same tag, and another request another tag', async () => {
    // Act
    const [first, second, other] = [await get(QUERY), await get(QUERY), await get('{ entity(id: "entity:china") { id name } }')];

    // Assess
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(other.headers.etag).toMatch(/^W\//);
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('answers If-None-Match with the current tag by a 304 without a body, reading nothing', async () => {
    // Prepare
    const { headers } = await get(QUERY);
    app.calls.reset();

    // Act
    const response = await get(QUERY, { 'if-none-match': headers.etag! });

    // Assess
    expect(response.statusCode).toBe(304);
    expect(response.body).toBe('');
    expect(response.headers).toEqual({ etag: headers.etag, 'cache-control': 'public, max-age=60' });
    expect(app.calls.calls).toEqual([]);
  });

  it('answers a stale or foreign tag with the full answer', async () => {
    // Act
    const response = await get(QUERY, { 'if-none-match': 'W/"not-the-tag", "neither"' });

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.json.data.entity.id).toBe('entity:xi-jinping');
  });

  it('reads the data version exactly once per refresh interval, whatever the number of requests', async () => {
    // Prepare: a new interval
    clock += 5_000;

    // Act: 20 requests at once, then 10 more within the interval, then one after it
    await Promise.all(Array.from({ length: 20 }, () => get(QUERY)));
    for (let i = 0; i < 10; i++) await get(QUERY);
    clock += 4_999;
    await get(QUERY);
    const withinInterval = versionReads().length;
    clock += 1;
    await get(QUERY);
    const afterInterval = versionReads();

    // Assess
    expect(withinInterval).toBe(1);
    expect(afterInterval).toHaveLength(2);
    expect(afterInterval.map((c) => c.command)).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand']);
  });

  it('reads the data version as one BatchGetItem of exactly one key, and nothing else on a 304', async () => {
    // Prepare
    clock += 5_000;
    const { headers } = await get(QUERY);
    clock += 5_000;
    app.calls.reset();

    // Act
    const response = await get(QUERY, { 'if-none-match': headers.etag! });

    // Assess
    expect(response.statusCode).toBe(304);
    expect(app.calls.calls.map((c) => [c.command, c.input])).toEqual([
      ['BatchGetItemCommand', { RequestItems: { [app.tables.articles]: { Keys: [{ pk: 'META#DATA_VERSION', sk: 'META' }] } } }],
    ]);
  });

  it('changes the tag after a re-seed, once the refresh interval has passed, and 304s only the new tag', async () => {
    // Prepare
    clock += 5_000;
    const before = (await get(QUERY)).headers.etag!;
    const { document } = localClients();
    const summary = await seedGraph(buildGraph(await loadSeedFiles([DEFAULT_SEED_DIR])), createRepositories(document, app.tables));

    // Act
    const withinInterval = await get(QUERY, { 'if-none-match': before });
    clock += 5_000;
    const afterInterval = await get(QUERY, { 'if-none-match': before });
    const revalidated = await get(QUERY, { 'if-none-match': afterInterval.headers.etag! });

    // Assess
    expect(summary.dataVersion).toMatch(/^\d{4}-\d\d-\d\dT.+\.[0-9a-f]{8}$/);
    expect(withinInterval.statusCode).toBe(304);
    expect(afterInterval.statusCode).toBe(200);
    expect(afterInterval.headers.etag).not.toBe(before);
    expect(revalidated.statusCode).toBe(304);
  });

  it.each([
    ['a POST', () => graphqlEvent(QUERY)],
    ['a GET that fails validation', () => getEvent('{ entity(id: "entity:china") { nam } }')],
    ['a GET with a bad argument', () => getEvent('{ entities(first: 0) { edges { cursor } } }')],
    ['a GET introspection query', () => getEvent('{ __schema { queryType { name } } }')],
    ['a GET introspection query in a fragment', () => getEvent('query { ...F } fragment F on Query { __type(name: "Entity") { name } }')],
    ['a GET without the CSRF header', () => apiGatewayEvent({ method: 'GET', url: getUrl(QUERY) })],
    ['a GET of a persisted query hash the server does not know', () => apiGatewayEvent({
      method: 'GET',
      url: `/graphql?${new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }) })}`,
      headers: { 'apollo-require-preflight': 'true' },
    })],
    ['a body that is not JSON', () => apiGatewayEvent({ headers: { 'content-type': 'application/json' }, body: '{' })],
  ])('answers %s with no-store and no ETag', async (_case, event) => {
    // Act
    const response = await invoke(app.handler, event());

    // Assess
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers).not.toHaveProperty('etag');
  });

  it('answers a POST with no-store even when its If-None-Match holds a current GET tag', async () => {
    // Prepare
    const { headers } = await get(QUERY);

    // Act
    const response = await invoke(app.handler, apiGatewayEvent({
      headers: { 'content-type': 'application/json', 'if-none-match': headers.etag! },
      body: JSON.stringify({ query: QUERY }),
    }));

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('HTTP caching turned off (HTTP_CACHE_MAX_AGE_SECONDS=0)', () => {
  it('answers GETs with no-store, no ETag, and never reads the data version', async () => {
    // Prepare
    const app = await seededApp({ HTTP_CACHE_MAX_AGE_SECONDS: '0' });

    // Act
    const response = await invoke(app.handler, getEvent(QUERY, { 'if-none-match': '*' }));

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers).not.toHaveProperty('etag');
    expect(app.calls.calls.filter((c) => JSON.stringify(c.input).includes('META#DATA_VERSION'))).toEqual([]);
  });
});

describe('HTTP caching through the local HTTP front (npm start) on DynamoDB Local', () => {
  let app: App;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    app = await seededApp({ HTTP_CACHE_MAX_AGE_SECONDS: '30' });
    server = createLocalHttpServer({ handler: app.handler, corsOrigins: ['*'] });
    origin = (await listen(server, 0)).origin;
  });
  afterAll(() => shutdown(server));

  it('serves 200 with Cache-Control and ETag, then 304 with no body for the same tag', async () => {
    // Prepare
    const url = `${origin}${getUrl(QUERY)}`;
    const headers = { 'apollo-require-preflight': 'true' };

    // Act
    const first = await fetch(url, { headers });
    const firstBody = (await first.json()) as { data: { entity: { name: string } } };
    app.calls.reset();
    const second = await fetch(url, { headers: { ...headers, 'if-none-match': first.headers.get('etag')! } });
    const secondBody = await second.text();

    // Assess
    expect(first.status).toBe(200);
    expect(firstBody.data.entity.name).toBe('Xi Jinping');
    expect(first.headers.get('cache-control')).toBe('public, max-age=30');
    expect(second.status).toBe(304);
    expect(secondBody).toBe('');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-length')).toBeNull();
    expect(app.calls.calls).toEqual([]);
  });

  it('answers a POST through the front with no-store', async () => {
    // Act
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });

    // Assess
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('origin protection (ORIGIN_VERIFY_SECRET)', () => {
  const SECRET = 'test-origin-secret-0123456789abcdef';
  let app: App;
  beforeAll(async () => {
    app = await seededApp({ ORIGIN_VERIFY_SECRET: SECRET });
  });
  beforeEach(() => app.calls.reset());

  it.each([
    ['without the header', {}],
    ['with a wrong value', { 'x-origin-verify': 'test-origin-secret-0123456789abcdeX' }],
    ['with a prefix of the secret', { 'x-origin-verify': SECRET.slice(0, 20) }],
  ])('refuses a request %s with a GraphQL-shaped 403, reading nothing', async (_case, headers) => {
    // Act
    const response = await invoke(app.handler, getEvent(QUERY, headers));

    // Assess
    expect(response.statusCode).toBe(403);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json).toEqual({
      errors: [{
        message: 'This API answers only through its CDN: send the request to the CdnGraphQlUrl of the stack, not to the API Gateway URL.',
        extensions: { code: 'FORBIDDEN' },
      }],
    });
    expect(app.calls.calls).toEqual([]);
  });

  it('refuses a conditional GET without the header before answering 304', async () => {
    // Prepare
    const { headers } = await invoke(app.handler, getEvent(QUERY, { 'x-origin-verify': SECRET }));

    // Act
    const response = await invoke(app.handler, getEvent(QUERY, { 'if-none-match': headers.etag! }));

    // Assess
    expect(response.statusCode).toBe(403);
  });

  it('serves GETs and POSTs that carry the secret', async () => {
    // Act
    const get = await invoke(app.handler, getEvent(QUERY, { 'x-origin-verify': SECRET }));
    const post = await invoke(app.handler, apiGatewayEvent({
      headers: { 'content-type': 'application/json', 'x-origin-verify': SECRET },
      body: JSON.stringify({ query: QUERY }),
    }));

    // Assess
    expect([get.statusCode, post.statusCode]).toEqual([200, 200]);
    expect(get.json.data.entity.name).toBe('Xi Jinping');
    expect(post.json.data.entity.name).toBe('Xi Jinping');
  });
});

describe('a persisted query over GET, registered through another container', () => {
  it('answers the hash-only GET with 200, public max-age and an ETag, then 304 to that tag', async () => {
    // Prepare: two containers on the same tables; the query is registered through the first
    const tables = await seededTables();
    const [first, second] = [appOn(tables), appOn(tables)];
    const query = '{ entity(id: "entity:china") { id name type } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const registered = await invoke(first.handler, apiGatewayEvent({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions }),
    }));
    const hashOnly = () => apiGatewayEvent({
      method: 'GET',
      url: `/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions) })}`,
      headers: { 'apollo-require-preflight': 'true' },
    });

    // Act
    const answer = await invoke(second.handler, hashOnly());
    const conditional = hashOnly();
    conditional.headers['if-none-match'] = answer.headers.etag!;
    const revalidated = await invoke(second.handler, conditional);

    // Assess
    expect(registered.statusCode).toBe(200);
    expect(registered.headers['cache-control']).toBe('no-store');
    expect(answer.statusCode).toBe(200);
    expect(answer.json).toEqual({ data: { entity: { id: 'entity:china', name: 'China', type: 'COUNTRY' } } });
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
    expect(answer.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
  });
});
