/**
 * DynamoDB faults that DynamoDB Local cannot produce, injected under the Lambda handler: throttling,
 * 5xx answers, partial BatchGetItem results, attempts slower than the timeout, an unreachable
 * engine. Every query ends one of two ways, and each test asserts which: the complete answer, equal
 * to the answer without the fault, or SERVICE_UNAVAILABLE with HTTP 503 and nothing internal in the
 * body. Never an answer with an item silently missing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../src/lambda/app';
import { DEFAULT_RETRY_POLICY } from '../../src/data/batch';
import { createDynamoDbClients, type DynamoDbClients } from '../../src/data/dynamodb-client';
import type { AllTableNames } from '../../src/data/tables';
import { type DynamoDbCall, recordDynamoDbCalls } from '../support/dynamodb-calls';
import { everyItemAlways, failAttempts, halfOfEachBatchOnce, INTERNAL_SERVER_ERROR, partialBatchGets, THROTTLED } from '../support/dynamodb-faults';
import { closedPort, type DynamoDbProxy, startDynamoDbProxy } from '../support/dynamodb-proxy';
import { graphqlEvent, invoke, type InvokeResult } from '../support/lambda-events';
import { RecordingLogger } from '../support/recording-logger';
import { integrationEndpoint } from './support/local-dynamodb';
import { seededTables, configOn } from './support/seeded-app';

/**
 * The per-attempt timeout of the slow cases: short, to keep them quick, yet long enough for DynamoDB
 * Local to answer an attempt on a busy machine. The other cases keep the production default, 2000 ms.
 */
const REQUEST_TIMEOUT_MS = 500;
const MAX_ATTEMPTS = 3;

/** The README's example queries, between them covering every kind of DynamoDB read. */
const QUERIES: Record<string, string> = {
  'the article with its mentions': `{ article(id: "article:ed35ebebeaaf3e62") {
    title mentions(first: 50) { totalCount edges { node { count entity { id name type } spans { field start end } } } } } }`,
  "an entity's relationships with their evidence": `{ entity(id: "entity:vladimir-putin") {
    name aliases relationships(first: 50) { edges { node { type source { name } target { name } evidence { quote article { title } } } } } } }`,
  'countries, paged': '{ entities(type: COUNTRY, first: 5) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
  'a search': '{ searchEntities(query: "xi") { id name type aliases } }',
  'nodes by id': `{ a: node(id: "article:ed35ebebeaaf3e62") { id } e: node(id: "entity:china") { ... on Entity { name } }
    r: node(id: "relationship:vladimir-putin:VISITS:china") { ... on Relationship { type } } }`,
  'the path from Antony Blinken to Vladimir Putin': `{ path(fromId: "entity:antony-blinken", toId: "entity:vladimir-putin") {
    length entities { name } relationships { type source { name } target { name } } } }`,
};
const CASES = Object.entries(QUERIES);
/** Queries whose answer needs BatchGetItem (all but the paged list, which is one Query). */
const BATCH_CASES = CASES.filter(([name]) => name !== 'countries, paged');

describe('the GraphQL handler when DynamoDB fails', () => {
  let tables: AllTableNames;
  const expected = new Map<string, unknown>();
  const opened: Array<{ destroy(): void }> = [];
  const proxies: DynamoDbProxy[] = [];

  /** Clients as the app builds them, on `endpoint`. */
  const clientsOn = (endpoint: string, requestTimeoutMs?: number): DynamoDbClients => {
    const clients = createDynamoDbClients({ region: 'us-east-1', endpoint, requestTimeoutMs, maxAttempts: MAX_ATTEMPTS });
    opened.push(clients.client);
    return clients;
  };

  /** The app (src/lambda/app.ts wiring) on the seeded tables with the given clients. */
  const appWith = (clients: DynamoDbClients) => {
    const config = configOn(tables, { STAGE: 'dev' });
    const logger = new RecordingLogger();
    const app = createApp(config, { clients, logger });
    const ask = (query: string) => invoke(app.handler, graphqlEvent(query));
    return { ask, logger, calls: recordDynamoDbCalls(clients.client) };
  };

  const proxy = async (intercept: Parameters<typeof startDynamoDbProxy>[1]) => {
    const started = await startDynamoDbProxy(integrationEndpoint(), intercept);
    proxies.push(started);
    return started;
  };

  /** The clear error: 503, every error SERVICE_UNAVAILABLE with the generic message, nothing internal. */
  const expectServiceUnavailable = (response: InvokeResult) => {
    expect(response.statusCode).toBe(503);
    expect(response.json.errors.length).toBeGreaterThan(0);
    for (const error of response.json.errors) {
      expect(error).toEqual({
        message: 'The service is temporarily unavailable; please retry shortly.',
        locations: expect.any(Array),
        path: expect.any(Array),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    for (const name of Object.values(tables)) expect(response.body).not.toContain(name);
    expect(response.body).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|Timeout|Throughput|InternalServerError|stack|\bat \S+:\d+/i);
  };

  /**
   * The SDK gave up only after its last attempt, and never went beyond it. (A read started alongside
   * the one that failed the answer may still be retrying when the answer is sent.)
   */
  const expectRetriedToTheLimit = (calls: readonly DynamoDbCall[]) => {
    expect(Math.max(...calls.map((call) => call.attempts))).toBe(MAX_ATTEMPTS);
    expect(calls.every((call) => call.attempts <= MAX_ATTEMPTS)).toBe(true);
  };

  beforeAll(async () => {
    tables = await seededTables();
    const { ask } = appWith(clientsOn(integrationEndpoint()));
    for (const [name, query] of CASES) {
      const response = await ask(query);
      expect(response.json.errors).toBeUndefined();
      expected.set(name, response.json);
    }
  });

  afterAll(async () => {
    for (const client of opened) client.destroy();
    await Promise.all(proxies.map((p) => p.close()));
  });

  describe('throttling (ProvisionedThroughputExceededException)', () => {
    it.each(CASES)('answers %s completely when every third call is throttled once', async (name, query) => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      const injected = failAttempts(clients.client, THROTTLED, ({ call, attempt }) => call % 3 === 1 && attempt === 1);
      const { ask, calls } = appWith(clients);

      // Act
      const response = await ask(query);

      // Assess
      expect(injected.count).toBeGreaterThan(0);
      expect(calls.calls.some((call) => call.attempts === 2)).toBe(true);
      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual(expected.get(name));
    });

    it('answers SERVICE_UNAVAILABLE with 503 once every attempt is throttled, after the SDK retried', async () => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      const injected = failAttempts(clients.client, THROTTLED, () => true);
      const { ask, calls, logger } = appWith(clients);

      // Act
      const response = await ask(QUERIES["an entity's relationships with their evidence"]!);

      // Assess
      expectServiceUnavailable(response);
      expect(response.json.data).toEqual({ entity: null });
      expectRetriedToTheLimit(calls.calls);
      expect(injected.count).toBeGreaterThanOrEqual(MAX_ATTEMPTS);
      expect(logger.at('WARN')).toEqual([
        expect.objectContaining({
          message: 'DynamoDB unavailable for a GraphQL request',
          error: expect.objectContaining({ name: 'ServiceUnavailableError', message: expect.stringContaining('ProvisionedThroughputExceededException') }),
        }),
      ]);
    });
  });

  describe('5xx answers (InternalServerError)', () => {
    it('answers completely when every third call first gets a 500', async () => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      const injected = failAttempts(clients.client, INTERNAL_SERVER_ERROR, ({ call, attempt }) => call % 3 === 1 && attempt === 1);
      const { ask } = appWith(clients);
      const name = 'the path from Antony Blinken to Vladimir Putin';

      // Act
      const response = await ask(QUERIES[name]!);

      // Assess
      expect(injected.count).toBeGreaterThan(0);
      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual(expected.get(name));
    });

    it('answers SERVICE_UNAVAILABLE with 503 when every attempt gets a 500', async () => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      failAttempts(clients.client, INTERNAL_SERVER_ERROR, () => true);
      const { ask } = appWith(clients);

      // Act
      const response = await ask(QUERIES['countries, paged']!);

      // Assess
      expectServiceUnavailable(response);
      expect(response.json.data).toBeNull();
    });
  });

  describe('partial BatchGetItem results (UnprocessedKeys)', () => {
    it.each(BATCH_CASES)('answers %s completely when every BatchGetItem first returns only half of its items', async (name, query) => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      const withheld = partialBatchGets(clients.client, halfOfEachBatchOnce());
      const { ask } = appWith(clients);

      // Act
      const response = await ask(query);

      // Assess
      expect(withheld.count).toBeGreaterThan(0);
      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual(expected.get(name));
    });

    it('answers 503 with no data, not a list with items missing, when keys always stay unprocessed', async () => {
      // Prepare: the relationships come from a Query, their source and target from BatchGetItem
      const clients = clientsOn(integrationEndpoint());
      const withheld = partialBatchGets(clients.client, everyItemAlways);
      const { ask, calls } = appWith(clients);

      // Act
      const response = await ask('{ relationships(type: "VISITS") { edges { node { id source { name } target { name } } } } }');

      // Assess
      expect(withheld.count).toBeGreaterThan(0);
      expect(calls.byCommand()).toEqual({ QueryCommand: 1, BatchGetItemCommand: 1 + DEFAULT_RETRY_POLICY.maxRetries });
      expectServiceUnavailable(response);
      expect(response.json.data).toBeNull();
    });

    it('answers a nullable field with null and SERVICE_UNAVAILABLE (503), never as if the item did not exist', async () => {
      // Prepare
      const clients = clientsOn(integrationEndpoint());
      partialBatchGets(clients.client, everyItemAlways);
      const { ask } = appWith(clients);

      // Act
      const response = await ask('{ article(id: "article:ed35ebebeaaf3e62") { title } }');

      // Assess
      expectServiceUnavailable(response);
      expect(response.json.data).toEqual({ article: null });
      expect(response.json.errors).toEqual([expect.objectContaining({ path: ['article'] })]);
    });
  });

  describe('attempts slower than the request timeout', () => {
    it.each(CASES)('answers %s completely when the first attempt of every call hangs', async (name, query) => {
      // Prepare: a first attempt is held well past the timeout; the retry goes straight through
      const slow = await proxy(async (request, forward) => {
        if (request.attempt === 1) await sleep(REQUEST_TIMEOUT_MS * 3);
        return forward();
      });
      const { ask } = appWith(clientsOn(slow.endpoint, REQUEST_TIMEOUT_MS));

      // Act
      const response = await ask(query);

      // Assess
      expect(slow.requests.some((request) => request.attempt === 2)).toBe(true);
      expect(response.statusCode).toBe(200);
      expect(response.json).toEqual(expected.get(name));
    });

    it('answers SERVICE_UNAVAILABLE with 503 within the attempts × timeout budget when DynamoDB hangs', async () => {
      // Prepare: every request is held until the proxy closes
      const hung = await proxy(() => new Promise(() => undefined));
      const { ask, calls } = appWith(clientsOn(hung.endpoint, REQUEST_TIMEOUT_MS));
      const startedAt = Date.now();

      // Act
      const response = await ask(QUERIES['the article with its mentions']!);

      // Assess
      const elapsed = Date.now() - startedAt;
      expectServiceUnavailable(response);
      expect(response.json.data).toEqual({ article: null });
      expectRetriedToTheLimit(calls.calls);
      // Per wave of calls: three attempts of 500 ms plus the SDK's backoff (at most 100 + 200 ms
      // before retries 1 and 2). Room is left for a busy machine; without a working requestTimeout
      // the SDK would wait for its 300 s socket timeout.
      const perWave = MAX_ATTEMPTS * REQUEST_TIMEOUT_MS + 300;
      expect(elapsed).toBeGreaterThanOrEqual(MAX_ATTEMPTS * REQUEST_TIMEOUT_MS);
      expect(elapsed).toBeLessThan(calls.waves() * perWave + 2000);
    });
  });

  describe('an unreachable DynamoDB', () => {
    it('answers SERVICE_UNAVAILABLE with 503, masked: no endpoint, table, SDK text or stack', async () => {
      // Prepare: a closed port, so every attempt is refused
      const port = await closedPort();
      const { ask, calls, logger } = appWith(clientsOn(`http://127.0.0.1:${port}`));

      // Act
      const response = await ask(QUERIES['the path from Antony Blinken to Vladimir Putin']!);

      // Assess
      expectServiceUnavailable(response);
      expect(response.body).not.toContain(String(port));
      expect(response.json.data).toEqual({ path: null });
      expectRetriedToTheLimit(calls.calls);
      expect(logger.at('WARN')).toEqual([
        expect.objectContaining({ error: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }) }),
      ]);
    });
  });
});
