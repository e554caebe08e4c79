/**
 * An HTTP proxy in front of DynamoDB Local that decides, request by request, what reaches it and
 * when. It produces what a client middleware cannot: real slowness on the socket (which is what
 * the SDK's requestTimeout measures), and faults for another process (a seed run by the CLI), whose
 * client is reachable only through its DYNAMODB_ENDPOINT.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One HTTP request the proxy received. */
export interface ProxiedRequest {
  /** The DynamoDB operation, e.g. `BatchWriteItem`. */
  readonly operation: string;
  /** The SDK's attempt number from its `amz-sdk-request` header (1 for a first attempt). */
  readonly attempt: number;
  /** The SDK's id for one `send`, the same for all its attempts. */
  readonly invocationId: string;
  readonly body: Buffer;
}

export interface ProxyResponse {
  readonly statusCode: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** Sends the request (or a changed body) on to DynamoDB and resolves with its complete response. */
export type Forward = (body?: Buffer) => Promise<ProxyResponse>;

/**
 * What to answer a request with. The default forwards it unchanged; a hook may wait first (a slow
 * DynamoDB), never resolve (a hung one), or change the request and the response.
 */
export type Intercept = (request: ProxiedRequest, forward: Forward) => Promise<ProxyResponse>;

export interface DynamoDbProxy {
  /** The endpoint to give a client instead of DynamoDB's. */
  readonly endpoint: string;
  /** Every request received, in order of arrival. */
  readonly requests: ProxiedRequest[];
  /** Stops listening and drops every open connection (held requests included). */
  close(): Promise<void>;
}

export async function startDynamoDbProxy(target: string, intercept: Intercept = (_request, forward) => forward()): Promise<DynamoDbProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const request: ProxiedRequest = {
        operation: String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '',
        attempt: Number(/attempt=(\d+)/.exec(String(req.headers['amz-sdk-request'] ?? ''))?.[1] ?? 1),
        invocationId: String(req.headers['amz-sdk-invocation-id'] ?? ''),
        body: Buffer.concat(chunks),
      };
      requests.push(request);
      const forward: Forward = (body = request.body) =>
        new Promise((resolve, reject) => {
          const headers = { ...req.headers, host: upstream.host, 'content-length': String(body.length) };
          const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (part: Buffer) => parts.push(part));
            answer.on('end', () => resolve({ statusCode: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(parts) }));
            answer.on('error', reject);
          });
          out.on('error', reject);
          out.end(body);
        });
      const response = await intercept(request, forward);
      // The client may have given up (its requestTimeout) while the hook waited.
      if (res.destroyed) return;
      // The body is sent whole, with its own length (and a hook may have changed it).
      const { 'x-amz-crc32': _checksum, 'content-length': _length, 'transfer-encoding': _chunked, ...headers } = response.headers;
      res.writeHead(response.statusCode, { ...headers, 'content-length': String(response.body.length) });
      res.end(response.body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on (bound once by us, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
