import http from 'node:http';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { integrationEndpoint } from './support/local-dynamodb';
import { launchNpmStart, type LaunchedNpmStart } from './support/npm-start';

/**
 * `npm start` takes its port first and answers 503 (with Retry-After and a GraphQL error body)
 * until DynamoDB Local is up and the seed is loaded. To hold it in that state for as long as the
 * test needs, its DynamoDB endpoint is a gate in front of the integration tier's DynamoDB Local:
 * requests wait at the gate until the test opens it, then pass through unchanged.
 */
interface Gate {
  readonly url: string;
  /** DynamoDB requests that arrived and are waiting. */
  pending(): number;
  open(): void;
  close(): Promise<void>;
}

async function startGate(target: string): Promise<Gate> {
  const waiting: Array<() => void> = [];
  let opened = false;
  const forward = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };
  const server = http.createServer((req, res) => {
    if (opened) forward(req, res);
    else {
      req.pause();
      waiting.push(() => {
        req.resume();
        forward(req, res);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pending: () => waiting.length,
    open: () => {
      opened = true;
      waiting.splice(0).forEach((go) => go());
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function until(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const post = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

describe('npm start while it starts', () => {
  let gate: Gate;
  let started: LaunchedNpmStart | undefined;

  beforeEach(async () => {
    gate = await startGate(integrationEndpoint());
  });

  afterEach(async () => {
    await started?.stop();
    await gate.close();
  });

  it('answers 503 with Retry-After and a SERVICE_UNAVAILABLE error until the seed is loaded, then serves', async () => {
    // Prepare
    const port = await freePort();
    started = launchNpmStart({ PORT: String(port), DYNAMODB_ENDPOINT: gate.url });
    await until('npm start to call DynamoDB (its port is taken before that)', () => gate.pending() > 0);
    const url = `http://127.0.0.1:${port}/graphql`;

    // Act
    const whileStarting = await post(url);
    const startingBody = await whileStarting.text();
    gate.open();
    const ready = await started.ready;
    const afterwards = await post(ready.url);

    // Assess
    expect(whileStarting.status).toBe(503);
    expect(whileStarting.headers.get('retry-after')).toBe('2');
    expect(whileStarting.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(startingBody)).toEqual({ errors: [{ message: expect.stringMatching(/starting/), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    expect(startingBody).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
    expect(afterwards.status).toBe(200);
    expect(await afterwards.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
