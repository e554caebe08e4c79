/**
 * The traced entry's wiring (src/lambda/tracing.ts) on seeded DynamoDB Local, with X-Ray on as in
 * a traced Lambda: the real X-Ray SDK sends its segments over UDP to the daemon address, where
 * this test listens in the daemon's place and reads what would reach X-Ray.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { ARTICLE_WITH_MENTIONS } from '../../bench/example-queries';
import { createApp } from '../../src/lambda/app';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { RecordingLogger } from '../support/recording-logger';
import { localClients, seededTables, configOn } from './support/seeded-app';

interface XraySegment {
  readonly name: string;
  readonly id: string;
  readonly parent_id?: string;
  readonly type?: string;
  readonly namespace?: string;
  readonly annotations?: Record<string, unknown>;
  readonly aws?: { operation?: string; table_name?: string };
  readonly subsegments?: XraySegment[];
}

/** What Lambda and the stack set for a traced function (infra/graphql-function.ts). */
const TRACED_ENV: Record<string, string> = {
  POWERTOOLS_TRACE_ENABLED: 'true',
  POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  LAMBDA_TASK_ROOT: __dirname,
  _X_AMZN_TRACE_ID: 'Root=1-674c0000-0123456789abcdef01234567;Parent=0123456789abcdef;Sampled=1',
};

describe('tracing (src/lambda/tracing.ts)', () => {
  let daemon: Socket;
  const received: XraySegment[] = [];
  const savedEnv: Record<string, string | undefined> = {};

  beforeAll(async () => {
    daemon = createSocket('udp4');
    daemon.on('message', (message) => {
      // Each datagram is a JSON header line, then the segment document.
      const [, document] = message.toString('utf8').split('\n');
      if (document) received.push(JSON.parse(document) as XraySegment);
    });
    await new Promise<void>((resolve) => daemon.bind(0, '127.0.0.1', resolve));
    const env = { ...TRACED_ENV, AWS_XRAY_DAEMON_ADDRESS: `127.0.0.1:${(daemon.address() as AddressInfo).port}` };
    for (const [key, value] of Object.entries(env)) {
      savedEnv[key] = process.env[key];
      process.env[key] = value;
    }
  });

  afterAll(() => {
    daemon.close();
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('answers as the untraced handler does, in a handler subsegment with a subsegment per DynamoDB command', async () => {
    // Prepare: the X-Ray SDK reads the Lambda environment when it loads, so the tracer is loaded now.
    const { createTracer, traceClients, traceHandler } = await import('../../src/lambda/tracing');
    const tables = await seededTables();
    const config = configOn(tables, { STAGE: 'prod' });
    const tracer = createTracer();
    const app = createApp(config, { clients: localClients(), logger: new RecordingLogger(), instrumentClients: (clients) => traceClients(tracer, clients) });
    const handler = traceHandler(tracer, app.handler);

    // Act
    const { statusCode, json } = await invoke(handler as typeof app.handler, graphqlEvent(ARTICLE_WITH_MENTIONS.query));
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Assess
    expect(tracer.isTracingEnabled()).toBe(true);
    expect(statusCode).toBe(200);
    expect(json.data.article.mentions.totalCount).toBe(28);
    const handlerSegment = received.find((segment) => segment.name === '## handler');
    expect(handlerSegment).toEqual(
      expect.objectContaining({ type: 'subsegment', annotations: { ColdStart: true, Service: 'newsgraph' }, parent_id: '0123456789abcdef' }),
    );
    const dynamodb = [...received, ...received.flatMap((segment) => segment.subsegments ?? [])].filter((segment) => segment.name === 'DynamoDB');
    // README query 1 costs 3 commands on the seed data (test/integration/example-queries.test.ts).
    expect(dynamodb.map((segment) => segment.aws?.operation).sort()).toEqual(['BatchGetItem', 'BatchGetItem', 'Query']);
    expect(dynamodb.every((segment) => segment.namespace === 'aws' && segment.parent_id === handlerSegment!.id)).toBe(true);
  });
});
