/**
 * What API Gateway HTTP API (payload format 2.0) and the Lambda runtime do at the function boundary,
 * reproduced for the local run: the event and `Context` the handler receives, the invocation itself
 * (promise or callback), and how API Gateway reads the value the handler returns.
 *
 * Pure apart from the clock and random ids, so the HTTP front (./http-server.ts) stays about HTTP.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 */
import { randomBytes } from 'node:crypto';
import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { APIGatewayProxyEventV2, Context, Handler } from 'aws-lambda';

/**
 * A Lambda handler as API Gateway invokes it. The result is `unknown` on purpose: API Gateway accepts
 * any JSON, and {@link interpretLambdaResult} decides what it means, as API Gateway would.
 */
export type LocalLambdaHandler = Handler<APIGatewayProxyEventV2, unknown>;

/** The parts of an incoming HTTP request that API Gateway puts into the event. */
export interface IncomingRequestFacts {
  readonly method: string;
  /** The request target as received, e.g. `/graphql?query=%7B...%7D`. */
  readonly url: string;
  /** Header names and values alternating, as received (Node's `IncomingMessage.rawHeaders`). */
  readonly rawHeaders: readonly string[];
  /** e.g. `1.1` */
  readonly httpVersion: string;
  readonly sourceIp: string;
  /** The port this server accepted the request on (API Gateway's `x-forwarded-port`). */
  readonly localPort: number;
  /** Empty when the request had no body. */
  readonly body: Buffer;
}

export interface EventDetails {
  /** e.g. `POST /graphql`, or `$default` for a catch-all route. */
  readonly routeKey: string;
  readonly requestId: string;
  readonly receivedAt: Date;
}

/** Splits a request target into API Gateway's `rawPath` and `rawQueryString` (without the `?`). */
export function splitRequestTarget(url: string): { rawPath: string; rawQueryString: string } {
  let target = url;
  // Absolute-form targets (`GET http://host/graphql`) come from clients that think they talk to a proxy.
  if (!target.startsWith('/')) {
    target = target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
    if (!target.startsWith('/')) target = `/${target}`;
  }
  const queryAt = target.indexOf('?');
  return queryAt === -1
    ? { rawPath: target, rawQueryString: '' }
    : { rawPath: target.slice(0, queryAt), rawQueryString: target.slice(queryAt + 1) };
}

/**
 * Content types API Gateway hands over as text; any other body (binary types, form posts, no
 * content type at all) arrives base64-encoded with `isBase64Encoded: true`. The docs do not list them;
 * this split was observed against AWS (ministackorg/ministack#766).
 */
function isTextContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const essence = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return essence.startsWith('text/')
    || essence === 'application/json'
    || essence === 'application/xml'
    || essence === 'application/javascript';
}

/** `12/Mar/2020:19:03:58 +0000`, the format of `requestContext.time`. */
function formatClfTime(date: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${months[date.getUTCMonth()]}/${date.getUTCFullYear()}:`
    + `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/** An X-Ray trace header like the one API Gateway adds: `Root=1-<epoch seconds hex>-<96 random bits>`. */
function traceHeader(receivedAt: Date): string {
  const seconds = Math.floor(receivedAt.getTime() / 1000).toString(16).padStart(8, '0');
  return `Root=1-${seconds}-${randomBytes(12).toString('hex')}`;
}

/**
 * Builds the payload format 2.0 event API Gateway would send for this request: header names
 * lower-cased and repeats joined with commas, `Cookie` headers moved into `cookies` (one entry per
 * cookie), repeated query parameters joined with commas, optional fields omitted when empty, and the
 * forwarding headers API Gateway adds.
 */
export function createApiGatewayEvent(request: IncomingRequestFacts, details: EventDetails): APIGatewayProxyEventV2 {
  const { rawPath, rawQueryString } = splitRequestTarget(request.url);

  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i]!.toLowerCase();
    const value = request.rawHeaders[i + 1]!;
    if (name === 'cookie') {
      cookies.push(...value.split(';').map((c) => c.trim()).filter(Boolean));
    } else {
      headers[name] = name in headers ? `${headers[name]},${value}` : value;
    }
  }
  headers['x-forwarded-for'] = headers['x-forwarded-for'] === undefined
    ? request.sourceIp
    : `${headers['x-forwarded-for']}, ${request.sourceIp}`;
  headers['x-forwarded-port'] = String(request.localPort);
  headers['x-forwarded-proto'] = 'http';
  headers['x-amzn-trace-id'] = traceHeader(details.receivedAt);

  let queryStringParameters: Record<string, string> | undefined;
  if (rawQueryString !== '') {
    queryStringParameters = {};
    for (const [key, value] of new URLSearchParams(rawQueryString)) {
      queryStringParameters[key] = key in queryStringParameters ? `${queryStringParameters[key]},${value}` : value;
    }
  }

  const domainName = headers.host ?? 'localhost';
  const hasBody = request.body.length > 0;
  const base64 = hasBody && !isTextContentType(headers['content-type']);
  return {
    version: '2.0',
    routeKey: details.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 && { cookies }),
    headers,
    ...(queryStringParameters !== undefined && { queryStringParameters }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split(/[.:]/, 1)[0]!,
      http: {
        method: request.method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: details.requestId,
      routeKey: details.routeKey,
      stage: '$default',
      time: formatClfTime(details.receivedAt),
      timeEpoch: details.receivedAt.getTime(),
    },
    ...(hasBody && { body: base64 ? request.body.toString('base64') : request.body.toString('utf8') }),
    isBase64Encoded: base64,
  };
}

/** What stays the same for every invocation of one local "container". */
export interface LambdaEnvironment {
  readonly functionName: string;
  readonly region: string;
  readonly memoryLimitInMB: number;
  /** The function timeout; `getRemainingTimeInMillis` counts down from it. */
  readonly timeoutMs: number;
  readonly logStreamName: string;
}

/** A log stream name in Lambda's form, `2024/01/31/[$LATEST]<32 hex>`; one per container. */
export function createLogStreamName(now: Date = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '/');
  return `${day}/[$LATEST]${randomBytes(16).toString('hex')}`;
}

/** Thrown when the handler does not settle within the function timeout, as Lambda would stop it. */
export class LambdaTimeoutError extends Error {
  override readonly name = 'LambdaTimeoutError';
}

/**
 * Invokes the handler as the Node.js Lambda runtime does: the result is the returned promise's value,
 * or what is passed to the callback (or to the legacy `context.succeed/fail/done`), whichever comes
 * first. `context.awsRequestId` is the event's request id, so local log lines correlate.
 * @throws whatever the handler throws or rejects with; {@link LambdaTimeoutError} after `timeoutMs`.
 */
export function invokeLambdaHandler(
  handler: LocalLambdaHandler,
  event: APIGatewayProxyEventV2,
  environment: LambdaEnvironment,
): Promise<unknown> {
  return new Promise<unknown>((resolve, reject) => {
    const deadline = Date.now() + environment.timeoutMs;
    const timer = setTimeout(
      () => reject(new LambdaTimeoutError(`Task timed out after ${(environment.timeoutMs / 1000).toFixed(2)} seconds`)),
      environment.timeoutMs,
    );
    const succeed = (result: unknown): void => {
      clearTimeout(timer);
      resolve(result);
    };
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      reject(error);
    };
    const callback = (error?: unknown, result?: unknown): void => {
      if (error !== undefined && error !== null) fail(error);
      else succeed(result);
    };

    const context: Context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: environment.functionName,
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${environment.region}:000000000000:function:${environment.functionName}`,
      memoryLimitInMB: String(environment.memoryLimitInMB),
      awsRequestId: event.requestContext.requestId,
      logGroupName: `/aws/lambda/${environment.functionName}`,
      logStreamName: environment.logStreamName,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: callback,
      fail,
      succeed,
    };

    try {
      const returned = handler(event, context, callback);
      if (isPromiseLike(returned)) returned.then(succeed, fail);
    } catch (error) {
      fail(error);
    }
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** The handler returned something API Gateway would answer with a 500. */
export class InvalidLambdaResultError extends Error {
  override readonly name = 'InvalidLambdaResultError';
}

/** An HTTP response ready to write: headers as name/value pairs, since `set-cookie` repeats. */
export interface HttpResponseParts {
  readonly statusCode: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: Buffer;
}

/**
 * Headers that describe this hop rather than the response; API Gateway sets its own, and the body
 * length is recomputed from the decoded body.
 */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade']);

/**
 * Reads the handler's return value as API Gateway does for payload format 2.0:
 * - an object with `statusCode` is a structured response: `headers`, `cookies` (each becomes a
 *   `set-cookie`), `body` (base64-decoded when `isBase64Encoded`);
 * - any other string or JSON value is the body of a 200 `application/json` response (a string as is,
 *   anything else serialized); `undefined`/`null` (the handler returned nothing) is invalid.
 *
 * Format 2.0 has no `multiValueHeaders`; API Gateway ignores that field, so it is ignored here too
 * and reported through `warn`, rather than working locally and silently failing once deployed.
 * @throws InvalidLambdaResultError for `undefined`, a malformed status, headers, cookies or body.
 */
export function interpretLambdaResult(result: unknown, warn: (message: string) => void = () => undefined): HttpResponseParts {
  if (typeof result === 'string') {
    return { statusCode: 200, headers: [['content-type', 'application/json']], body: Buffer.from(result, 'utf8') };
  }
  // Lambda serializes `undefined` as null: the handler forgot to return, which deserves a loud 500.
  if (result === undefined || result === null || typeof result === 'function' || typeof result === 'symbol' || typeof result === 'bigint') {
    throw new InvalidLambdaResultError(`the handler returned ${result === null ? 'null' : typeof result}, not a response`);
  }
  if (typeof result !== 'object' || !('statusCode' in result)) {
    return { statusCode: 200, headers: [['content-type', 'application/json']], body: Buffer.from(JSON.stringify(result), 'utf8') };
  }

  const structured = result as Record<string, unknown>;
  const { statusCode } = structured;
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 200 || statusCode > 599) {
    throw new InvalidLambdaResultError(`statusCode must be an integer from 200 to 599, got ${JSON.stringify(statusCode)}`);
  }

  const headers: Array<[string, string]> = [];
  if (structured.headers !== undefined) {
    if (typeof structured.headers !== 'object' || structured.headers === null || Array.isArray(structured.headers)) {
      throw new InvalidLambdaResultError('headers must be an object of strings');
    }
    for (const [name, value] of Object.entries(structured.headers)) {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new InvalidLambdaResultError(`header "${name}" must be a string, number or boolean`);
      }
      const lower = name.toLowerCase();
      if (HOP_HEADERS.has(lower)) continue;
      try {
        validateHeaderName(lower);
        validateHeaderValue(lower, String(value));
      } catch {
        throw new InvalidLambdaResultError(`header "${name}" is not a valid HTTP header`);
      }
      headers.push([lower, String(value)]);
    }
  }

  if (structured.cookies !== undefined) {
    if (!Array.isArray(structured.cookies) || !structured.cookies.every((c) => typeof c === 'string')) {
      throw new InvalidLambdaResultError('cookies must be an array of strings');
    }
    for (const cookie of structured.cookies as string[]) {
      try {
        validateHeaderValue('set-cookie', cookie);
      } catch {
        throw new InvalidLambdaResultError('a cookie is not a valid set-cookie value');
      }
      headers.push(['set-cookie', cookie]);
    }
  }

  if (structured.multiValueHeaders !== undefined) {
    warn('the handler returned multiValueHeaders, which payload format 2.0 ignores; use headers (comma-joined) or cookies');
  }

  const { body } = structured;
  if (body !== undefined && body !== null && typeof body !== 'string') {
    throw new InvalidLambdaResultError(`body must be a string, got ${typeof body}`);
  }
  const text = typeof body === 'string' ? body : '';
  return {
    statusCode,
    headers,
    body: structured.isBase64Encoded === true ? Buffer.from(text, 'base64') : Buffer.from(text, 'utf8'),
  };
}
