import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { CORS_ALLOW_HEADERS } from '../../../src/cors';
import {
  createLocalHttpServer,
  listen,
  shutdown,
  type LocalHttpServerOptions,
  type LocalLambdaHandler,
} from '../../../src/local/http-server';

interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  readonly text: string;
}

interface SendOptions {
  readonly method?: string;
  /** An array value sends the header once per element, as separate lines. */
  readonly headers?: Readonly<Record<string, string | string[]>>;
  readonly body?: string | Buffer;
  readonly agent?: http.Agent;
}

/** A raw HTTP client, so repeated header lines and exact request targets reach the server as written. */
function send(url: string, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

interface Invocation {
  readonly event: APIGatewayProxyEventV2;
  readonly context: Context;
}

/** A fake Lambda handler that records what it was given and returns `result`. */
function recordingHandler(result: unknown = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"data":{}}' }) {
  const invocations: Invocation[] = [];
  const handler: LocalLambdaHandler = async (event, context) => {
    invocations.push({ event, context });
    return result;
  };
  return { handler, invocations };
}

const running: http.Server[] = [];

/** Starts a server on a free port; afterEach stops it. */
async function start(options: Partial<LocalHttpServerOptions> & Pick<LocalHttpServerOptions, 'handler'>) {
  const logLines: string[] = [];
  const server = createLocalHttpServer({ corsOrigins: ['*'], log: (line) => logLines.push(line), ...options });
  running.push(server);
  const address = await listen(server, 0);
  return { server, origin: address.origin, url: `${address.origin}/graphql`, logLines };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => shutdown(server, 0)));
});

const MASKED_500 = '{"errors":[{"message":"Internal server error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}';

describe('createLocalHttpServer', () => {
  describe('the event given to the handler', () => {
    it('carries a GET query string raw, decoded into queryStringParameters with repeats comma-joined', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });
      const rawQueryString = 'query=%7B%20hello%20%7D&tag=a&tag=b&empty=';

      // Act
      const reply = await send(`${url}?${rawQueryString}`, { headers: { 'user-agent': 'jest-client' } });

      // Assess
      expect(reply.status).toBe(200);
      expect(invocations).toHaveLength(1);
      const { event } = invocations[0]!;
      expect(event).toMatchObject({
        version: '2.0',
        routeKey: 'GET /graphql',
        rawPath: '/graphql',
        rawQueryString,
        queryStringParameters: { query: '{ hello }', tag: 'a,b', empty: '' },
        isBase64Encoded: false,
        requestContext: {
          accountId: 'local',
          apiId: 'local',
          routeKey: 'GET /graphql',
          stage: '$default',
          http: { method: 'GET', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest-client' },
        },
      });
      expect(event.body).toBeUndefined();
      expect(event.cookies).toBeUndefined();
      expect(event.requestContext.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
      expect(Math.abs(event.requestContext.timeEpoch - Date.now())).toBeLessThan(60_000);
      expect(event.requestContext.domainName).toBe(new URL(url).host);
      expect(reply.headers['apigw-requestid']).toBe(event.requestContext.requestId);
    });

    it('leaves queryStringParameters out when there is no query string', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });

      // Act
      await send(url);

      // Assess
      expect(invocations[0]!.event.rawQueryString).toBe('');
      expect(invocations[0]!.event).not.toHaveProperty('queryStringParameters');
    });

    it('passes a JSON POST body as text', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });
      const body = JSON.stringify({ query: '{ hello }', variables: { name: 'Zoë' } });

      // Act
      await send(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

      // Assess
      const { event } = invocations[0]!;
      expect(event.routeKey).toBe('POST /graphql');
      expect(event.requestContext.http.method).toBe('POST');
      expect(event.isBase64Encoded).toBe(false);
      expect(event.body).toBe(body);
      expect(event.headers['content-type']).toBe('application/json');
      expect(event.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    });

    it('base64-encodes a binary body, as API Gateway does for non-text content types', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });
      const bytes = Buffer.from([0x00, 0xff, 0x10, 0x80]);

      // Act
      await send(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });

      // Assess
      const { event } = invocations[0]!;
      expect(event.isBase64Encoded).toBe(true);
      expect(event.body).toBe(bytes.toString('base64'));
    });

    it('lower-cases header names, comma-joins repeated headers and adds the forwarding headers', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });

      // Act
      await send(url, { headers: { 'X-Mixed-Case': 'yes', 'x-repeated': ['one', 'two'], 'X-Forwarded-For': '203.0.113.9' } });

      // Assess
      const { headers } = invocations[0]!.event;
      expect(headers['x-mixed-case']).toBe('yes');
      expect(headers).not.toHaveProperty('X-Mixed-Case');
      expect(headers['x-repeated']).toBe('one,two');
      expect(headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
      expect(headers['x-forwarded-proto']).toBe('http');
      expect(headers['x-forwarded-port']).toBe(new URL(url).port);
      expect(headers['x-amzn-trace-id']).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}$/);
    });

    it('moves cookies from the Cookie header into the cookies array', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });

      // Act
      await send(url, { headers: { cookie: 'session=abc; theme=dark' } });

      // Assess
      const { event } = invocations[0]!;
      expect(event.cookies).toEqual(['session=abc', 'theme=dark']);
      expect(event.headers).not.toHaveProperty('cookie');
    });

    it('gives a Lambda context whose awsRequestId is the event request id', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, timeoutMs: 10_000, region: 'eu-west-1' });

      // Act
      await send(url);

      // Assess
      const { event, context } = invocations[0]!;
      expect(context).toMatchObject({
        awsRequestId: event.requestContext.requestId,
        functionName: 'newsgraph-local',
        functionVersion: '$LATEST',
        invokedFunctionArn: 'arn:aws:lambda:eu-west-1:000000000000:function:newsgraph-local',
        logGroupName: '/aws/lambda/newsgraph-local',
      });
      expect(context.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
      expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
      expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(10_000);
    });
  });

  describe('the response built from the handler result', () => {
    it('sends status, headers and one set-cookie per cookie', async () => {
      // Prepare
      const { handler } = recordingHandler({
        statusCode: 201,
        headers: { 'Content-Type': 'application/json', 'x-count': 3, 'content-length': '999' },
        cookies: ['a=1; Path=/', 'b=2; HttpOnly'],
        body: '{"ok":true}',
      });
      const { url } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(201);
      expect(reply.headers['content-type']).toBe('application/json');
      expect(reply.headers['x-count']).toBe('3');
      expect(reply.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; HttpOnly']);
      expect(reply.headers['content-length']).toBe('11');
      expect(reply.text).toBe('{"ok":true}');
    });

    it('decodes a base64 body', async () => {
      // Prepare
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
      const { handler } = recordingHandler({
        statusCode: 200,
        headers: { 'content-type': 'image/png' },
        body: bytes.toString('base64'),
        isBase64Encoded: true,
      });
      const { url } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.body.equals(bytes)).toBe(true);
    });

    it('answers a bare string result with 200 application/json, as API Gateway infers', async () => {
      // Prepare
      const { handler } = recordingHandler('{"data":{"hello":"world"}}');
      const { url } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('application/json');
      expect(reply.text).toBe('{"data":{"hello":"world"}}');
    });

    it('serializes an object without statusCode as the JSON body', async () => {
      // Prepare
      const { handler } = recordingHandler({ body: 'not a structured response' });
      const { url } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ body: 'not a structured response' });
    });

    it('accepts a callback-style handler', async () => {
      // Prepare
      const handler: LocalLambdaHandler = (_event, _context, callback) => {
        setImmediate(() => callback(null, { statusCode: 202, body: 'later' }));
      };
      const { url } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(202);
      expect(reply.text).toBe('later');
    });

    it('ignores multiValueHeaders, which payload format 2.0 does not have, and says so in the log', async () => {
      // Prepare
      const { handler } = recordingHandler({ statusCode: 200, multiValueHeaders: { 'x-multi': ['a', 'b'] }, body: '' });
      const { url, logLines } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers).not.toHaveProperty('x-multi');
      expect(logLines).toEqual([expect.stringContaining('multiValueHeaders')]);
    });
  });

  describe('routes', () => {
    it('answers other paths with a GraphQL-shaped 404 without calling the handler', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { origin } = await start({ handler });

      // Act
      const reply = await send(`${origin}/graphql/extra`, { method: 'POST', body: '{}' });

      // Assess
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.text).toBe('{"errors":[{"message":"Not found: use /graphql","extensions":{"code":"NOT_FOUND"}}]}');
      expect(invocations).toHaveLength(0);
    });

    it('serves a configured path instead of /graphql', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { origin } = await start({ handler, path: '/api' });

      // Act
      const served = await send(`${origin}/api`);
      const missed = await send(`${origin}/graphql`);

      // Assess
      expect(served.status).toBe(200);
      expect(invocations[0]!.event.routeKey).toBe('GET /api');
      expect(missed.status).toBe(404);
      expect(JSON.parse(missed.text).errors[0].message).toBe('Not found: use /api');
    });

    it('answers other methods with 405 and an Allow header', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler });

      // Act
      const reply = await send(url, { method: 'PUT', body: '{}' });

      // Assess
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET, POST, OPTIONS');
      expect(JSON.parse(reply.text)).toEqual({
        errors: [{ message: 'Method PUT is not allowed on /graphql; use GET or POST', extensions: { code: 'METHOD_NOT_ALLOWED' } }],
      });
      expect(invocations).toHaveLength(0);
    });

    it('redirects / to /graphql, keeping the query string', async () => {
      // Prepare
      const { handler } = recordingHandler();
      const { origin } = await start({ handler });

      // Act
      const reply = await send(`${origin}/?query=%7Bhello%7D`);

      // Assess
      expect(reply.status).toBe(302);
      expect(reply.headers.location).toBe('/graphql?query=%7Bhello%7D');
    });
  });

  describe('body size limit', () => {
    it('refuses a declared body over the limit with 413 without calling the handler', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, maxBodyBytes: 1024 });

      // Act
      const reply = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(4096) });

      // Assess
      expect(reply.status).toBe(413);
      expect(reply.text).toBe('{"errors":[{"message":"Request body is larger than 1024 bytes","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}');
      expect(invocations).toHaveLength(0);
    });

    it('refuses a chunked body once it passes the limit', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, maxBodyBytes: 1024 });

      // Act
      const reply = await new Promise<number>((resolve, reject) => {
        const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        // The server closes the connection mid-upload: a write error after the answer is expected.
        req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
        req.write('x'.repeat(800));
        req.write('x'.repeat(800));
        req.end();
      });

      // Assess
      expect(reply).toBe(413);
      expect(invocations).toHaveLength(0);
    });

    it('accepts a body exactly at the limit', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, maxBodyBytes: 1024 });

      // Act
      const reply = await send(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(1024) });

      // Assess
      expect(reply.status).toBe(200);
      expect(invocations[0]!.event.body).toHaveLength(1024);
    });
  });

  describe('CORS, as API Gateway corsPreflight answers it', () => {
    const appOrigin = 'http://localhost:5173';

    it('answers a preflight with 204 and the allowed origin, methods, headers and max age', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(url, {
        method: 'OPTIONS',
        headers: { origin: appOrigin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

      // Assess
      expect(reply.status).toBe(204);
      expect(reply.headers['access-control-allow-origin']).toBe(appOrigin);
      expect(reply.headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
      expect(reply.headers['access-control-allow-headers']).toBe(CORS_ALLOW_HEADERS.join(','));
      expect(reply.headers['access-control-allow-headers']).toContain('apollo-require-preflight');
      expect(Number(reply.headers['access-control-max-age'])).toBeGreaterThan(0);
      expect(reply.headers.vary).toBe('Origin');
      expect(invocations).toHaveLength(0);
    });

    it('answers a preflight from a disallowed origin without CORS headers', async () => {
      // Prepare
      const { handler } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });

      // Assess
      expect(reply.status).toBe(204);
      expect(reply.headers).not.toHaveProperty('access-control-allow-origin');
      expect(reply.headers).not.toHaveProperty('access-control-allow-methods');
    });

    it('adds the allowed origin to a handler response and drops CORS headers the handler set', async () => {
      // Prepare
      const { handler } = recordingHandler({
        statusCode: 200,
        headers: { 'access-control-allow-origin': 'https://from-handler.example', vary: 'Accept' },
        body: '{}',
      });
      const { url } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(url, { headers: { origin: appOrigin } });

      // Assess
      expect(reply.headers['access-control-allow-origin']).toBe(appOrigin);
      expect(reply.headers.vary).toBe('Accept, Origin');
    });

    it('echoes any origin when configured with *', async () => {
      // Prepare
      const { handler } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: ['*'] });

      // Act
      const reply = await send(url, { headers: { origin: 'https://anything.example' } });

      // Assess
      expect(reply.headers['access-control-allow-origin']).toBe('https://anything.example');
    });

    it('serves a disallowed origin without CORS headers, leaving the browser to block it', async () => {
      // Prepare
      const { handler, invocations } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(url, { headers: { origin: 'https://evil.example' } });

      // Assess
      expect(reply.status).toBe(200);
      expect(invocations).toHaveLength(1);
      expect(reply.headers).not.toHaveProperty('access-control-allow-origin');
    });

    it.each([
      ['404', '/nowhere', 'GET', 404],
      ['405', '/graphql', 'DELETE', 405],
    ])('puts the allowed origin on a %s error', async (_label, target, method, status) => {
      // Prepare
      const { handler } = recordingHandler();
      const { origin } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(`${origin}${target}`, { method, headers: { origin: appOrigin } });

      // Assess
      expect(reply.status).toBe(status);
      expect(reply.headers['access-control-allow-origin']).toBe(appOrigin);
    });

    it('puts the allowed origin on a 413', async () => {
      // Prepare
      const { handler } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: [appOrigin], maxBodyBytes: 10 });

      // Act
      const reply = await send(url, { method: 'POST', headers: { origin: appOrigin, 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' });

      // Assess
      expect(reply.status).toBe(413);
      expect(reply.headers['access-control-allow-origin']).toBe(appOrigin);
    });

    it('puts the allowed origin on a masked 500', async () => {
      // Prepare
      const handler: LocalLambdaHandler = async () => {
        throw new Error('boom');
      };
      const { url } = await start({ handler, corsOrigins: [appOrigin] });

      // Act
      const reply = await send(url, { headers: { origin: appOrigin } });

      // Assess
      expect(reply.status).toBe(500);
      expect(reply.headers['access-control-allow-origin']).toBe(appOrigin);
    });

    it('does no CORS at all when no origin is configured, like an API without corsPreflight', async () => {
      // Prepare
      const { handler } = recordingHandler();
      const { url } = await start({ handler, corsOrigins: [] });

      // Act
      const preflight = await send(url, { method: 'OPTIONS', headers: { origin: appOrigin, 'access-control-request-method': 'POST' } });
      const get = await send(url, { headers: { origin: appOrigin } });

      // Assess
      expect(preflight.status).toBe(405);
      expect(preflight.headers.allow).toBe('GET, POST');
      expect(get.headers).not.toHaveProperty('access-control-allow-origin');
      expect(get.headers).not.toHaveProperty('vary');
    });
  });

  describe('handler failures', () => {
    it('masks a thrown error as a 500 and logs one line with the request id', async () => {
      // Prepare
      const handler: LocalLambdaHandler = async () => {
        throw new Error('DynamoDB said no\n    at secret/stack.ts:1');
      };
      const { url, logLines } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(500);
      expect(reply.text).toBe(MASKED_500);
      expect(logLines).toHaveLength(1);
      expect(logLines[0]).toContain(String(reply.headers['apigw-requestid']));
      expect(logLines[0]).toContain('Error: DynamoDB said no');
      expect(logLines[0]).not.toContain('\n');
    });

    it.each([
      ['nothing', undefined],
      ['an invalid status code', { statusCode: 'ok', body: '' }],
      ['a non-string body', { statusCode: 200, body: { data: {} } }],
      ['an invalid header', { statusCode: 200, headers: { 'bad header': 'x' }, body: '' }],
    ])('masks a handler returning %s as a 500', async (_label, result) => {
      // Prepare
      const handler: LocalLambdaHandler = async () => result;
      const { url, logLines } = await start({ handler });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(500);
      expect(reply.text).toBe(MASKED_500);
      expect(logLines).toEqual([expect.stringContaining('InvalidLambdaResultError')]);
    });

    it('masks a handler that outlives the function timeout as a 500', async () => {
      // Prepare
      const handler: LocalLambdaHandler = () => new Promise(() => undefined);
      const { url, logLines } = await start({ handler, timeoutMs: 50 });

      // Act
      const reply = await send(url);

      // Assess
      expect(reply.status).toBe(500);
      expect(reply.text).toBe(MASKED_500);
      expect(logLines).toEqual([expect.stringContaining('Task timed out')]);
    });
  });

  describe('with a real Apollo Server behind the Lambda integration', () => {
    let apollo: ApolloServer;
    let url: string;

    beforeEach(async () => {
      apollo = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
      const handler = startServerAndCreateLambdaHandler(apollo, handlers.createAPIGatewayProxyEventV2RequestHandler());
      ({ url } = await start({ handler }));
    });

    afterEach(async () => {
      await apollo.stop();
    });

    it('answers a JSON POST', async () => {
      // Act
      const reply = await send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ hello }"}' });

      // Assess
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ data: { hello: 'world' } });
    });

    it('answers a GET with ?query= when the CSRF-prevention header is present', async () => {
      // Act
      const reply = await send(`${url}?query=${encodeURIComponent('{ hello }')}`, { headers: { 'apollo-require-preflight': 'true' } });

      // Assess
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ data: { hello: 'world' } });
    });

    it('serves the landing page to a browser GET', async () => {
      // Act
      const reply = await send(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

      // Assess
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/html/);
      expect(reply.text).toMatch(/<!DOCTYPE html>/i);
    });

    it('blocks a POST that is not application/json as a potential CSRF', async () => {
      // Act
      const reply = await send(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ hello }"}' });

      // Assess
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('Cross-Site Request Forgery');
    });

    it('blocks a GET without apollo-require-preflight as a potential CSRF', async () => {
      // Act
      const reply = await send(`${url}?query=${encodeURIComponent('{ hello }')}`);

      // Assess
      expect(reply.status).toBe(400);
      expect(reply.text).toContain('Cross-Site Request Forgery');
    });
  });

  describe('listen and shutdown', () => {
    it('resolves listen with the bound port and a printable origin', async () => {
      // Prepare
      const server = createLocalHttpServer({ handler: recordingHandler().handler, corsOrigins: [] });
      running.push(server);

      // Act
      const address = await listen(server, 0);

      // Assess
      expect(address.port).toBeGreaterThan(0);
      expect(address.origin).toBe(`http://127.0.0.1:${address.port}`);
    });

    it('rejects listen on a port in use', async () => {
      // Prepare
      const { server } = await start({ handler: recordingHandler().handler });
      const second = createLocalHttpServer({ handler: recordingHandler().handler, corsOrigins: [] });

      // Act
      const attempt = listen(second, (server.address() as { port: number }).port);

      // Assess
      await expect(attempt).rejects.toMatchObject({ code: 'EADDRINUSE' });
    });

    it('closes idle keep-alive connections instead of waiting for them to time out', async () => {
      // Prepare
      const { server, url } = await start({ handler: recordingHandler().handler });
      const agent = new http.Agent({ keepAlive: true });
      await send(url, { agent });

      // Act: a grace period longer than the test timeout, so only closing idle sockets lets this finish.
      await shutdown(server, 120_000);

      // Assess
      expect(server.listening).toBe(false);
      agent.destroy();
    }, 10_000);

    it('lets a request in flight finish before closing', async () => {
      // Prepare
      let release: () => void = () => undefined;
      let reached: () => void = () => undefined;
      const handlerReached = new Promise<void>((resolve) => {
        reached = resolve;
      });
      const handler: LocalLambdaHandler = () => new Promise((resolve) => {
        release = () => resolve({ statusCode: 200, body: 'finished' });
        reached();
      });
      const { server, url } = await start({ handler });
      const inFlight = send(url);
      await handlerReached;

      // Act
      const closing = shutdown(server, 120_000);
      release();

      // Assess
      expect((await inFlight).text).toBe('finished');
      await closing;
      expect(server.listening).toBe(false);
    }, 10_000);
  });
});
