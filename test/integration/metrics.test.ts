/**
 * The per-request metrics and log line through the real Lambda handler on seeded DynamoDB Local:
 * the embedded-metric-format lines the function writes to stdout (what CloudWatch turns into
 * metrics), read back and checked for their values and dimensions.
 */
import { ARTICLE_WITH_MENTIONS, COUNTRIES_PAGED } from '../../bench/example-queries';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/lambda/app';
import { createMetrics } from '../../src/lambda/powertools-metrics';
import { METRICS_NAMESPACE } from '../../src/metrics';
import { recordDynamoDbCalls } from '../support/dynamodb-calls';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { RecordingLogger } from '../support/recording-logger';
import { integrationEndpoint } from './support/local-dynamodb';
import { localClients, seededTables, configOn } from './support/seeded-app';

interface EmfLine {
  readonly _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: string }> }> };
  readonly [key: string]: unknown;
}

/**
 * Metrics publishing to stdout as on Lambda, for the whole file: enabled (the test setup disables
 * them; the per-code and cold-start lines are separate Metrics instances that read it when
 * created), and in an on-demand execution environment (for the cold start).
 */
const LAMBDA_ENV = { POWERTOOLS_METRICS_DISABLED: 'false', AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand' };
const savedEnv = Object.fromEntries(Object.keys(LAMBDA_ENV).map((key) => [key, process.env[key]]));

beforeAll(() => Object.assign(process.env, LAMBDA_ENV));
afterAll(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** The README query under another operation name (the README's own are named). */
const named = (query: string, name: string) => query.replace(/^\s*(query\s+\w+\s*)?\{/, `query ${name} {`);
/** The README query with its operation name taken away. */
const anonymous = (query: string) => query.replace(/^\s*query\s+\w+\s*\{/, '{');

describe('metrics of the GraphQL Lambda handler', () => {
  let app: ReturnType<typeof createApp>;
  let calls: ReturnType<typeof recordDynamoDbCalls>;
  let logger: RecordingLogger;
  let stdout: string[];
  let restore: () => void;

  /** The EMF lines written since the last call. */
  const emfLines = (): EmfLine[] => {
    const lines = stdout.join('').split('\n').filter((line) => line.startsWith('{"_aws"'));
    stdout.length = 0;
    return lines.map((line) => JSON.parse(line) as EmfLine);
  };
  const requestLine = (lines: EmfLine[]) => lines.find((line) => 'Requests' in line)!;

  beforeAll(async () => {
    const tables = await seededTables();
    const config = configOn(tables, { STAGE: 'prod' });
    const clients = localClients();
    calls = recordDynamoDbCalls(clients.client);
    logger = new RecordingLogger();
    app = createApp(config, { clients, logger, metrics: createMetrics() });
  });

  beforeEach(() => {
    stdout = [];
    const write = process.stdout.write.bind(process.stdout);
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (text.startsWith('{"_aws"')) {
        stdout.push(text);
        return true;
      }
      return write(chunk, ...(rest as []));
    });
    restore = () => spy.mockRestore();
    calls.reset();
    logger.lines.length = 0;
  });
  afterEach(() => restore());

  it('publishes the cold start once, then per request: count, duration, DynamoDB requests and waves, per operation and in total', async () => {
    // Act
    const first = await invoke(app.handler, graphqlEvent(named(ARTICLE_WITH_MENTIONS.query, 'ArticleWithMentions')));
    const firstLines = emfLines();
    const requests = calls.calls.length;
    await invoke(app.handler, graphqlEvent(anonymous(COUNTRIES_PAGED.query)));
    const secondLines = emfLines();

    // Assess
    expect(first.statusCode).toBe(200);
    expect(firstLines.filter((line) => 'ColdStart' in line)).toEqual([
      expect.objectContaining({ ColdStart: 1, function_name: 'newsgraph-test', service: 'newsgraph' }),
    ]);
    const line = requestLine(firstLines);
    expect(line._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: METRICS_NAMESPACE,
        Dimensions: [['service', 'operation'], ['service']],
        Metrics: [
          { Name: 'Requests', Unit: 'Count' },
          { Name: 'Duration', Unit: 'Milliseconds' },
          { Name: 'Errors', Unit: 'Count' },
          { Name: 'DynamoDbRequests', Unit: 'Count' },
          { Name: 'DynamoDbWaves', Unit: 'Count' },
        ],
      },
    ]);
    // The seed data's exact cost of README query 1 (test/integration/example-queries.test.ts): 3 requests in 2 waves.
    expect(requests).toBe(3);
    expect(line).toEqual(
      expect.objectContaining({ service: 'newsgraph', operation: 'ArticleWithMentions', Requests: 1, Errors: 0, DynamoDbRequests: 3, DynamoDbWaves: 2 }),
    );
    expect(line['Duration']).toBeGreaterThan(0);
    expect(secondLines.filter((l) => 'ColdStart' in l)).toEqual([]);
    expect(requestLine(secondLines)).toEqual(expect.objectContaining({ operation: '(anonymous)', DynamoDbRequests: 1, DynamoDbWaves: 1 }));
  });

  it('logs one line per request with operation, cost, DynamoDB requests and waves, duration and status', async () => {
    // Act
    await invoke(app.handler, graphqlEvent('query Countries { entities(type: COUNTRY, first: 5) { edges { node { name } } } }'));

    // Assess
    const emf = requestLine(emfLines());
    expect(logger.lines.filter((line) => line['message'] === 'GraphQL request')).toEqual([
      expect.objectContaining({
        level: 'INFO',
        operation: 'Countries',
        operationName: 'Countries',
        status: 200,
        cost: 6,
        dynamodbRequests: 1,
        dynamodbWaves: 1,
        durationMs: emf['Duration'],
        errorCodes: [],
        requestId: expect.any(String),
      }),
    ]);
  });

  it('counts an error by its code, service-wide', async () => {
    // Act
    const { statusCode } = await invoke(app.handler, graphqlEvent('query Bad { entities(first: 0) { edges { cursor } } }'));

    // Assess: a field error (200, the field null), counted by its code all the same
    expect(statusCode).toBe(200);
    const lines = emfLines();
    expect(requestLine(lines)).toEqual(expect.objectContaining({ operation: 'Bad', Errors: 1, DynamoDbRequests: 0, DynamoDbWaves: 0 }));
    const byCode = lines.filter((line) => 'ErrorsByCode' in line);
    expect(byCode).toEqual([expect.objectContaining({ errorCode: 'BAD_USER_INPUT', ErrorsByCode: 1 })]);
    expect(byCode[0]!._aws.CloudWatchMetrics[0]!.Dimensions).toEqual([['service', 'errorCode']]);
  });

  it('counts the same on Lambda, where invocations run one at a time and no async context is tracked', async () => {
    // Prepare
    const tables = await seededTables();
    const config = loadConfig({
      STAGE: 'prod',
      ARTICLES_TABLE: tables.articles,
      ENTITIES_TABLE: tables.entities,
      RELATIONSHIPS_TABLE: tables.relationships,
      PERSISTED_QUERIES_TABLE: tables.persistedQueries,
      DYNAMODB_ENDPOINT: integrationEndpoint(),
      AWS_LAMBDA_FUNCTION_NAME: 'newsgraph-prod-GraphqlFunction',
    });
    const lambda = createApp(config, { clients: localClients(), logger: new RecordingLogger(), metrics: createMetrics() });

    // Act
    await invoke(lambda.handler, graphqlEvent(named(ARTICLE_WITH_MENTIONS.query, 'First')));
    await invoke(lambda.handler, graphqlEvent(named(COUNTRIES_PAGED.query, 'Second')));

    // Assess
    expect(config.concurrentRequests).toBe(false);
    const counts = emfLines()
      .filter((line) => 'Requests' in line)
      .map((line) => [line['operation'], line['DynamoDbRequests'], line['DynamoDbWaves']]);
    expect(counts).toEqual([
      ['First', 3, 2],
      ['Second', 1, 1],
    ]);
  });

  it('keeps the counts of concurrent requests in one container apart', async () => {
    // Act: what the local server does, several requests in flight on one client
    const [article, countries, again] = await Promise.all([
      invoke(app.handler, graphqlEvent(named(ARTICLE_WITH_MENTIONS.query, 'A'))),
      invoke(app.handler, graphqlEvent(named(COUNTRIES_PAGED.query, 'C'))),
      invoke(app.handler, graphqlEvent(named(ARTICLE_WITH_MENTIONS.query, 'B'))),
    ]);

    // Assess
    expect([article.statusCode, countries.statusCode, again.statusCode]).toEqual([200, 200, 200]);
    expect(calls.calls.length).toBe(7);
    const byOperation = Object.fromEntries(
      emfLines()
        .filter((line) => 'Requests' in line)
        .map((line) => [line['operation'], [line['DynamoDbRequests'], line['DynamoDbWaves']]]),
    );
    expect(byOperation).toEqual({ A: [3, 2], B: [3, 2], C: [1, 1] });
  });
});
