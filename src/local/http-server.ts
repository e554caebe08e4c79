/**
 * The local HTTP front for `npm start`. It serves the very Lambda handler that runs on AWS by doing
 * API Gateway HTTP API's part: the route, CORS as `corsPreflight` configures it, the body size limit,
 * and the translation to and from payload format 2.0 (./api-gateway-v2.ts). Node's `http` only.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CORS_MAX_AGE_SECONDS } from '../cors';
import {
  createApiGatewayEvent,
  createLogStreamName,
  interpretLambdaResult,
  invokeLambdaHandler,
  splitRequestTarget,
  type LambdaEnvironment,
  type LocalLambdaHandler,
} from './api-gateway-v2';

export type { LocalLambdaHandler } from './api-gateway-v2';

export interface LocalHttpServerOptions {
  /** The Lambda handler, exactly as deployed (e.g. the one from `startServerAndCreateLambdaHandler`). */
  readonly handler: LocalLambdaHandler;
  /**
   * Origins allowed by CORS: exact origins, `*` for any, or `https://*` / `http://*` for any origin
   * with that scheme (API Gateway's forms). Empty means CORS is not configured: no preflight answers,
   * no CORS headers.
   */
  readonly corsOrigins: readonly string[];
  /** The only route. @default '/graphql' */
  readonly path?: string;
  /** Larger request bodies get a 413; at most this much is ever buffered. @default 1048576 (1 MiB) */
  readonly maxBodyBytes?: number;
  /**
   * The function timeout: `context.getRemainingTimeInMillis()` counts down from it, and a handler still
   * running then gets a 500, as a timed-out Lambda does. @default 10000, the deployed function's timeout
   */
  readonly timeoutMs?: number;
  /** Only shows in `context.invokedFunctionArn`. @default 'us-east-1' */
  readonly region?: string;
  /** Receives one line per failed invocation or suspicious result. @default a line on stderr */
  readonly log?: (line: string) => void;
  /**
   * Receives one entry per answered request, as API Gateway's access log records it (the CDN bench
   * counts origin invocations with it). @default none
   */
  readonly accessLog?: (entry: AccessLogEntry) => void;
}

/** One answered request, in the words of API Gateway's access log (infra/graphql-http-api.ts). */
export interface AccessLogEntry {
  readonly requestId: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly status: number;
  /** From the request's arrival to the answer's last byte handed to the socket. */
  readonly responseLatency: number;
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
type HeaderPairs = Array<readonly [string, string]>;

/** A GraphQL-shaped error body, so clients handle every failure the way they handle API errors. */
function errorBody(message: string, code: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** The request's Origin if CORS allows it, matching API Gateway's `allowOrigins` forms. */
function allowedOrigin(origin: string | undefined, corsOrigins: readonly string[]): string | undefined {
  if (origin === undefined) return undefined;
  const allowed = corsOrigins.some((pattern) => pattern === '*'
    || pattern === origin
    || ((pattern === 'https://*' || pattern === 'http://*') && origin.startsWith(pattern.slice(0, -1))));
  return allowed ? origin : undefined;
}

/** One line, no stack: the local terminal is the only reader and the client must learn nothing. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `thrown value ${String(error)}`;
  return text.replace(/\s+/g, ' ').trim();
}

type BodyOutcome = { readonly kind: 'complete'; readonly body: Buffer } | { readonly kind: 'too-large' } | { readonly kind: 'aborted' };

/**
 * Reads the request body up to `maxBytes`. A declared Content-Length over the limit is refused before
 * reading; an undeclared (chunked) body is refused as soon as it passes the limit, keeping at most
 * `maxBytes` in memory.
 */
function readBody(req: http.IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: BodyOutcome): void => {
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      resolve(outcome);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) finish({ kind: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ kind: 'complete', body: Buffer.concat(chunks, size) });
    // 'close' before 'end' (or an 'error') means the client went away mid-body.
    const onClose = (): void => finish({ kind: 'aborted' });
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
  });
}

/**
 * Creates the local API Gateway: `GET`/`POST` on `path` invoke the handler with a payload format 2.0
 * event; `/` redirects to `path`; other paths get 404, other methods 405, oversized bodies 413, and a
 * handler that throws, times out or returns something API Gateway would reject gets a masked 500.
 * CORS headers go on every response, errors included, when the request's Origin is allowed.
 * The server is not listening yet: see {@link listen}.
 */
export function createLocalHttpServer(options: LocalHttpServerOptions): http.Server {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const corsEnabled = options.corsOrigins.length > 0;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // One server is one warm container: the log stream stays the same across invocations.
  const environment: LambdaEnvironment = {
    functionName: 'newsgraph-local',
    region: options.region ?? 'us-east-1',
    memoryLimitInMB: 512,
    timeoutMs: options.timeoutMs ?? 10_000,
    logStreamName: createLogStreamName(),
  };

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const receivedAt = new Date();
    const requestId = randomUUID();
    const method = req.method ?? 'GET';
    const { rawPath, rawQueryString } = splitRequestTarget(req.url ?? '/');
    const origin = corsEnabled ? allowedOrigin(req.headers.origin, options.corsOrigins) : undefined;

    const send = (statusCode: number, headers: HeaderPairs, body: Buffer | string = ''): void => {
      const all: HeaderPairs = [...headers, ['apigw-requestid', requestId]];
      if (corsEnabled) {
        // The response differs by Origin whether or not this one is allowed; caches must know.
        const vary = all.findIndex(([name]) => name === 'vary');
        if (vary === -1) all.push(['vary', 'Origin']);
        else all[vary] = ['vary', `${all[vary]![1]}, Origin`];
        if (origin !== undefined) all.push(['access-control-allow-origin', origin]);
      }
      const grouped = new Map<string, string[]>();
      for (const [name, value] of all) grouped.set(name, [...(grouped.get(name) ?? []), value]);
      for (const [name, values] of grouped) {
        res.setHeader(name, name === 'set-cookie' ? values : values.join(', '));
      }
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      // A 304 has no body, and its Content-Length would be the stored answer's, not 0 (RFC 9110 8.6).
      if (statusCode !== 304) res.setHeader('content-length', bytes.length);
      res.writeHead(statusCode);
      res.end(method === 'HEAD' ? undefined : bytes);
      options.accessLog?.({ requestId, httpMethod: method, path: rawPath, status: statusCode, responseLatency: Date.now() - receivedAt.getTime() });
    };
    const sendError = (statusCode: number, message: string, code: string, extra: HeaderPairs = []): void =>
      send(statusCode, [['content-type', JSON_CONTENT_TYPE], ...extra], errorBody(message, code));

    // API Gateway answers preflight itself, on any path, once CORS is configured.
    if (method === 'OPTIONS' && corsEnabled) {
      const preflight = origin !== undefined && req.headers['access-control-request-method'] !== undefined;
      send(204, preflight
        ? [
          ['access-control-allow-methods', CORS_ALLOW_METHODS.join(',')],
          ['access-control-allow-headers', CORS_ALLOW_HEADERS.join(',')],
          ['access-control-max-age', String(CORS_MAX_AGE_SECONDS)],
        ]
        : []);
      return;
    }
    if (rawPath === '/' && (method === 'GET' || method === 'HEAD')) {
      send(302, [['location', rawQueryString === '' ? path : `${path}?${rawQueryString}`]]);
      return;
    }
    if (rawPath !== path) {
      sendError(404, `Not found: use ${path}`, 'NOT_FOUND');
      return;
    }
    if (method !== 'GET' && method !== 'POST') {
      const allow = corsEnabled ? 'GET, POST, OPTIONS' : 'GET, POST';
      sendError(405, `Method ${method} is not allowed on ${path}; use GET or POST`, 'METHOD_NOT_ALLOWED', [['allow', allow]]);
      return;
    }

    const outcome = await readBody(req, maxBodyBytes);
    if (outcome.kind === 'aborted') return;
    if (outcome.kind === 'too-large') {
      // Closing the connection stops the rest of the body instead of reading it for nothing.
      sendError(413, `Request body is larger than ${maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE', [['connection', 'close']]);
      return;
    }

    const event = createApiGatewayEvent(
      {
        method,
        url: req.url ?? '/',
        rawHeaders: req.rawHeaders,
        httpVersion: req.httpVersion,
        sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        localPort: req.socket.localPort ?? 0,
        body: outcome.body,
      },
      { routeKey: `${method} ${path}`, requestId, receivedAt },
    );
    try {
      const result = await invokeLambdaHandler(options.handler, event, environment);
      const response = interpretLambdaResult(result, (warning) => log(`WARN ${requestId} ${method} ${rawPath}: ${warning}`));
      // With CORS configured, API Gateway ignores the integration's own CORS headers.
      const headers = corsEnabled
        ? response.headers.filter(([name]) => !name.startsWith('access-control-'))
        : [...response.headers];
      send(response.statusCode, headers, response.body);
    } catch (error) {
      log(`ERROR ${requestId} ${method} ${rawPath} -> 500: ${oneLine(error)}`);
      sendError(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
    }
  }

  return http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      // Only a bug in this file gets here; the client still gets an answer if one can be sent.
      log(`ERROR ${req.method ?? '?'} ${req.url ?? '?'}: local HTTP front failed: ${oneLine(error)}`);
      if (res.headersSent) res.destroy();
      else res.writeHead(500, { 'content-type': JSON_CONTENT_TYPE }).end(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    });
  });
}

/** Where the server listens; `origin` is ready to print, e.g. `http://127.0.0.1:4000`. */
export interface LocalHttpAddress extends AddressInfo {
  readonly origin: string;
}

/**
 * Starts listening and resolves with the bound address (useful with port 0).
 * @param host - @default '127.0.0.1', so the local API is not exposed to the network
 * @throws the listen error, e.g. EADDRINUSE.
 */
export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<LocalHttpAddress> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({ ...address, origin: `http://${hostPart}:${address.port}` });
    });
  });
}

/**
 * Stops accepting connections, closes idle keep-alive sockets at once, and gives requests in flight
 * `graceMs` before cutting their sockets too, so Ctrl-C stops `npm start` promptly.
 * Resolves once the server is closed; does nothing if it is not listening.
 * @param graceMs - @default 1000
 */
export function shutdown(server: http.Server, graceMs = 1000): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
