/**
 * API Gateway v2 events for invoking the Lambda handler directly, built by the same code the
 * local HTTP front uses, so tests, `npm start` and the bundled-asset check speak one dialect.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  createApiGatewayEvent,
  createLogStreamName,
  invokeLambdaHandler,
  type LocalLambdaHandler,
} from '../../src/local/api-gateway-v2';

export interface HttpRequest {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';
  /** Path and query string. @default '/graphql' */
  readonly url?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export function apiGatewayEvent(request: HttpRequest = {}): APIGatewayProxyEventV2 {
  const method = request.method ?? 'POST';
  const url = request.url ?? '/graphql';
  const rawHeaders = Object.entries({ host: 'localhost', ...request.headers }).flat();
  return createApiGatewayEvent(
    { method, url, rawHeaders, httpVersion: '1.1', sourceIp: '127.0.0.1', localPort: 443, body: Buffer.from(request.body ?? '') },
    { routeKey: `${method} ${url.split('?')[0]}`, requestId: randomUUID(), receivedAt: new Date() },
  );
}

/** A POST of a GraphQL operation, as a front end sends it. */
export function graphqlEvent(query: string, variables?: Record<string, unknown>): APIGatewayProxyEventV2 {
  return apiGatewayEvent({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
}

export interface InvokeResult {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: any;
}

export async function invoke(handler: LocalLambdaHandler, event: APIGatewayProxyEventV2): Promise<InvokeResult> {
  const result = (await invokeLambdaHandler(handler, event, {
    functionName: 'newsgraph-test',
    region: 'us-east-1',
    memoryLimitInMB: 512,
    timeoutMs: 10_000,
    logStreamName: createLogStreamName(),
  })) as APIGatewayProxyStructuredResultV2;
  const body = result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString('utf8') : (result.body ?? '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { statusCode: result.statusCode ?? 200, headers: (result.headers ?? {}) as Record<string, string>, body, json };
}
