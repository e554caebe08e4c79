import type { ApolloServer } from '@apollo/server';
import { ServiceUnavailableError } from '../../../src/errors';
import type { GraphQLContext } from '../../../src/graphql/context';
import { createContext } from '../../../src/graphql/context';
import {
  BoundedNames,
  boundedOperationNames,
  MAX_NAME_LENGTH,
  OTHER_NAME,
  type RequestMetrics,
  type RequestSummary,
} from '../../../src/graphql/request-telemetry';
import { FakeRepositories } from '../../support/fake-repositories';
import { createTestServer } from '../../support/graphql-harness';
import type { RecordingLogger } from '../../support/recording-logger';
import { ids, newsGraph } from '../../support/news-graph';

/** Keeps every summary it is given. */
class RecordingMetrics implements RequestMetrics {
  readonly summaries: RequestSummary[] = [];
  record(summary: RequestSummary): void {
    this.summaries.push(summary);
  }
}

/** One request as the Lambda makes it, with the fake repositories' own call counts as the request's DynamoDB counts. */
async function run(server: ApolloServer<GraphQLContext>, repositories: FakeRepositories, query: string, variables: Record<string, unknown> = {}) {
  const dynamodbCalls = {
    get requests() {
      return repositories.calls.length;
    },
    get waves() {
      return repositories.waves;
    },
  };
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: createContext(repositories, { requestId: 'request-7', dynamodbCalls }) },
  );
  return response.http.status ?? 200;
}

describe('request telemetry plugin', () => {
  let metrics: RecordingMetrics;
  let logger: RecordingLogger;
  let server: ApolloServer<GraphQLContext>;

  beforeEach(() => {
    metrics = new RecordingMetrics();
    ({ server, logger } = createTestServer({ metrics, queryLimits: { maxDepth: 12, maxCost: 50, maxAliases: 15, maxDirectives: 20, maxTokens: 1000 } }));
  });
  afterEach(() => server.stop());

  it('reports a named operation with its status, cost, DynamoDB requests and waves', async () => {
    // Prepare
    const repositories = new FakeRepositories(newsGraph());
    const query = `query Relations { entity(id: "${ids.putin}") { name relationships(first: 5) { edges { node { target { name } } } } } }`;

    // Act
    const status = await run(server, repositories, query);

    // Assess
    expect(status).toBe(200);
    expect(repositories.calls.length).toBeGreaterThan(1);
    expect(metrics.summaries).toEqual([
      {
        requestId: 'request-7',
        operation: 'Relations',
        operationName: 'Relations',
        status: 200,
        durationMs: expect.any(Number),
        errorCodes: [],
        // entity 1 + connection 1 + 5 edges × (node 1 + target 1)
        cost: 12,
        dynamodbRequests: repositories.calls.length,
        dynamodbWaves: repositories.waves,
      },
    ]);
    expect(metrics.summaries[0]!.dynamodbWaves).toBeGreaterThan(1);
    expect(metrics.summaries[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('writes one info line per request with the same figures', async () => {
    // Act
    await run(server, new FakeRepositories(newsGraph()), `query One { entity(id: "${ids.xi}") { name } }`);

    // Assess
    const requestLines = logger.lines.filter((line) => line['message'] === 'GraphQL request');
    expect(requestLines).toEqual([
      expect.objectContaining({
        level: 'INFO',
        requestId: 'request-7',
        operation: 'One',
        operationName: 'One',
        status: 200,
        cost: 1,
        dynamodbRequests: 1,
        dynamodbWaves: 1,
        durationMs: metrics.summaries[0]!.durationMs,
        errorCodes: [],
      }),
    ]);
  });

  it('folds an anonymous operation and one that does not parse', async () => {
    // Act
    await run(server, new FakeRepositories(newsGraph()), `{ entity(id: "${ids.xi}") { name } }`);
    const parseStatus = await run(server, new FakeRepositories(newsGraph()), '{ entity(id: ');

    // Assess
    expect(parseStatus).toBe(400);
    expect(metrics.summaries.map(({ operation, operationName, errorCodes, cost, dynamodbRequests }) => ({ operation, operationName, errorCodes, cost, dynamodbRequests }))).toEqual([
      { operation: '(anonymous)', operationName: null, errorCodes: [], cost: 1, dynamodbRequests: 1 },
      { operation: '(unresolved)', operationName: null, errorCodes: ['GRAPHQL_PARSE_FAILED'], cost: null, dynamodbRequests: 0 },
    ]);
  });

  it('reports the status and codes the client gets: bad input, over the cost limit, unavailable', async () => {
    // Prepare
    const unavailable = new FakeRepositories(newsGraph()).failWith('getEntities', new ServiceUnavailableError('DynamoDB throttled'));

    // Act
    await run(server, new FakeRepositories(newsGraph()), 'query Bad { entities(first: 0) { edges { cursor } } }');
    await run(server, new FakeRepositories(newsGraph()), 'query Big { entities(first: 100) { edges { node { id } } } }');
    await run(server, unavailable, `query Down { entity(id: "${ids.xi}") { name } }`);

    // Assess
    expect(metrics.summaries.map(({ operation, status, errorCodes, cost }) => ({ operation, status, errorCodes, cost }))).toEqual([
      { operation: 'Bad', status: 200, errorCodes: ['BAD_USER_INPUT'], cost: 1 },
      { operation: 'Big', status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'], cost: 101 },
      { operation: 'Down', status: 503, errorCodes: ['SERVICE_UNAVAILABLE'], cost: 1 },
    ]);
  });
});

describe('BoundedNames', () => {
  it('keeps the first names up to its capacity and folds every later new one', () => {
    // Prepare
    const names = new BoundedNames(2, /^[A-Za-z]+$/);

    // Act
    const folded = ['First', 'Second', 'Third', 'First', 'Second', 'Fourth'].map((name) => names.fold(name));

    // Assess
    expect(folded).toEqual(['First', 'Second', OTHER_NAME, 'First', 'Second', OTHER_NAME]);
  });

  it('folds names that are too long or do not fit the pattern, without using up the capacity', () => {
    // Prepare
    const names = boundedOperationNames(1);

    // Act
    const folded = ['A'.repeat(MAX_NAME_LENGTH + 1), 'not-a-name', 'Short'].map((name) => names.fold(name));

    // Assess
    expect(folded).toEqual([OTHER_NAME, OTHER_NAME, 'Short']);
  });
});
