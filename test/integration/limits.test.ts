/**
 * Limits at the Lambda handler on seeded DynamoDB Local: a request over any limit is refused with
 * a 4xx and a GraphQL-shaped error before the first DynamoDB call (counted by the call recorder);
 * a hung DynamoDB holds a request no longer than its time budget.
 */
import net from 'node:net';
import { createApp } from '../../src/lambda/app';
import { loadConfig } from '../../src/config';
import { createDynamoDbClients } from '../../src/data/dynamodb-client';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { apiGatewayEvent, graphqlEvent, invoke } from '../support/lambda-events';
import { RecordingLogger } from '../support/recording-logger';
import { seededApp } from './support/seeded-app';

type App = Awaited<ReturnType<typeof seededApp>>;
const JSON_HEADERS = { 'content-type': 'application/json' };

describe('limits at the Lambda handler', () => {
  let app: App;
  beforeAll(async () => {
    app = await seededApp();
  });
  beforeEach(() => app.calls.reset());

  it.each<[string, string, string, RegExp]>([
    [
      'depth',
      `{ entity(id: "entity:vladimir-putin") { relationships(first: 1) { edges { node { target { relationships(first: 1) {
        edges { node { target { relationships(first: 1) { edges { node { id } } } } } } } } } } } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 12 exceeded, found 13\.$/,
    ],
    ['cost', '{ articles { edges { node { mentions(first: 100) { edges { node { entity { name } } } } } } } }', 'GRAPHQL_VALIDATION_FAILED', /^Query cost limit of 1000 exceeded, found 4041\./],
    ['aliases', `{ ${Array.from({ length: 16 }, (_, i) => `e${i}: entity(id: "entity:china") { name }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED', /^Aliases limit of 15 exceeded, found 16\.$/],
    ['directives', `{ entity(id: "entity:china") { ${'name @skip(if: false) '.repeat(21)}} }`, 'GRAPHQL_VALIDATION_FAILED', /^Directives limit of 20 exceeded, found 21\.$/],
    ['tokens', `{ entity(id: "entity:china") { ${'name '.repeat(1000)}} }`, 'GRAPHQL_PARSE_FAILED', /more that 1000 tokens/],
  ])('refuses a query over the %s limit with 400 and makes no DynamoDB call', async (_limit, query, code, message) => {
    // Act
    const response = await invoke(app.handler, graphqlEvent(query));

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.json).toEqual({ errors: [expect.objectContaining({ message: expect.stringMatching(message), extensions: { code } })] });
    expect(app.calls.calls).toEqual([]);
  });

  it('applies the limits to GET queries too', async () => {
    // Prepare
    const query = '{ articles { edges { node { mentions(first: 100) { edges { node { entity { name } } } } } } } }';

    // Act
    const response = await invoke(app.handler, apiGatewayEvent({
      method: 'GET',
      url: `/graphql?query=${encodeURIComponent(query)}`,
      headers: { 'apollo-require-preflight': 'true' },
    }));

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.json.errors[0].message).toMatch(/^Query cost limit of 1000 exceeded/);
    expect(app.calls.calls).toEqual([]);
  });

  it('refuses a batch (a JSON array of operations) with a GraphQL-shaped 400 and no DynamoDB call', async () => {
    // Act
    const response = await invoke(app.handler, apiGatewayEvent({
      headers: JSON_HEADERS,
      body: JSON.stringify([{ query: '{ entity(id: "entity:china") { name } }' }, { query: '{ articles { edges { cursor } } }' }]),
    }));

    // Assess
    expect(response.statusCode).toBe(400);
    expect(response.json).toEqual({ errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(app.calls.calls).toEqual([]);
  });

  it('refuses a body over MAX_REQUEST_BODY_BYTES with a GraphQL-shaped 413 and no DynamoDB call', async () => {
    // Prepare: a valid query padded past 64 KiB
    const body = JSON.stringify({ query: `{ entity(id: "entity:china") { name } }${' '.repeat(70_000)}` });

    // Act
    const response = await invoke(app.handler, apiGatewayEvent({ headers: JSON_HEADERS, body }));

    // Assess
    expect(response.statusCode).toBe(413);
    expect(response.json).toEqual({
      errors: [{ message: `The request body is ${body.length} bytes; the limit is 65536.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(app.calls.calls).toEqual([]);
  });

  it('still answers a normal query after all of that', async () => {
    // Act
    const response = await invoke(app.handler, graphqlEvent('{ entity(id: "entity:china") { name } }'));

    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.json).toEqual({ data: { entity: { name: 'China' } } });
  });
});

describe('the time budget at the Lambda handler', () => {
  /** A DynamoDB that accepts connections and never answers. */
  let hung: net.Server;
  const sockets: net.Socket[] = [];
  let endpoint: string;
  const closers: Array<() => void> = [];

  beforeAll(async () => {
    hung = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(hung.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const close of closers) close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hung.close(resolve));
  });

  const configWith = (env: Record<string, string>) =>
    loadConfig({ STAGE: 'dev', ARTICLES_TABLE: 'a', ENTITIES_TABLE: 'e', RELATIONSHIPS_TABLE: 'r', DYNAMODB_ENDPOINT: endpoint, ...env });

  it('answers SERVICE_UNAVAILABLE with 503 once REQUEST_TIME_BUDGET_MS is spent, however long the SDK would wait', async () => {
    // Prepare: the SDK would wait 3 attempts of 5 s; the budget is 300 ms
    const clients = createDynamoDbClients({ region: 'us-east-1', endpoint, requestTimeoutMs: 5000, maxAttempts: 3 });
    closers.push(() => clients.client.destroy());
    const logger = new RecordingLogger();
    const { handler } = createApp(configWith({ REQUEST_TIME_BUDGET_MS: '300' }), { clients, logger });
    const startedAt = Date.now();

    // Act
    const response = await invoke(handler, graphqlEvent('{ entity(id: "entity:china") { name } }'));

    // Assess
    const elapsed = Date.now() - startedAt;
    expect(response.statusCode).toBe(503);
    expect(response.json).toEqual({
      data: { entity: null },
      errors: [expect.objectContaining({ path: ['entity'], extensions: { code: 'SERVICE_UNAVAILABLE' } })],
    });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2000);
    expect(logger.at('WARN')).toEqual([
      expect.objectContaining({ error: expect.objectContaining({ message: "The request's time budget of 300 ms ran out" }) }),
    ]);
  });

  it('gives the DynamoDB clients it builds the configured requestTimeout and maxAttempts', async () => {
    // Prepare
    const app = createApp(configWith({ DYNAMODB_REQUEST_TIMEOUT_MS: '200', DYNAMODB_MAX_ATTEMPTS: '2', REQUEST_TIME_BUDGET_MS: '5000' }), {
      logger: new RecordingLogger(),
    });
    closers.push(() => app.clients.client.destroy());
    const calls = recordDynamoDbCalls(app.clients.client);
    const startedAt = Date.now();

    // Act
    const response = await invoke(app.handler, graphqlEvent('{ entity(id: "entity:china") { name } }'));

    // Assess: two attempts of 200 ms and one backoff, well before the 5 s budget
    expect(calls.calls.map((call) => call.attempts)).toEqual([2]);
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(response.statusCode).toBe(503);
    expect(response.json.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } })]);
  });
});
