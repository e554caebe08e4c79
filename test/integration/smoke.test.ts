/**
 * `npm run smoke` against the local HTTP front of `npm start` (in-process, on seeded DynamoDB Local,
 * dev and prod settings), against `npm start` itself, and against addresses that do not answer.
 */
import { once } from 'node:events';
import type http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { runSmoke, SmokeFailure, type SmokeOptions } from '../../scripts/smoke-checks';
import { createApp } from '../../src/lambda/app';
import { createLocalHttpServer, listen, shutdown, type LocalLambdaHandler } from '../../src/local/http-server';
import { RecordingLogger } from '../support/recording-logger';
import { runToExit } from '../support/run-to-exit';
import { startNpmStart } from './support/npm-start';
import { freshTables, localClients, seededApp, configOn } from './support/seeded-app';

const REPO_ROOT = path.resolve(__dirname, '../..');
const ORIGIN = 'https://app.example.com';

const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => shutdown(server)));
});

/** The local HTTP front serving `handler`, as `npm start` serves it; resolves with its GraphQL URL. */
async function serve(handler: LocalLambdaHandler, corsOrigins: readonly string[]): Promise<string> {
  const server = createLocalHttpServer({ handler, corsOrigins, log: () => undefined });
  servers.push(server);
  const address = await listen(server, 0);
  return `${address.origin}/graphql`;
}

/** A port on which nothing listens (it was free a moment ago). */
async function deadPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** `npm run smoke -- …args`, as an operator runs it. */
function smokeCli(args: readonly string[]) {
  return runToExit('npm', ['run', '--silent', 'smoke', '--', ...args], { cwd: REPO_ROOT });
}

const quiet = (options: SmokeOptions): SmokeOptions => ({ log: () => undefined, ...options });

const ALL_CHECKS = [
  'README query article',
  'README query relationships',
  'README query countries',
  'README query search',
  'README query path',
  `CORS preflight from ${ORIGIN}`,
];

describe('runSmoke', () => {
  let devUrl: string;
  let prodUrl: string;
  beforeAll(async () => {
    devUrl = await serve((await seededApp({ STAGE: 'dev' })).handler, ['*']);
    prodUrl = await serve((await seededApp({ STAGE: 'prod', CORS_ORIGINS: ORIGIN })).handler, [ORIGIN]);
  }, 120_000);

  it('passes every check on a seeded dev deployment, timing each', async () => {
    // Act
    const results = await runSmoke(quiet({ url: devUrl, stage: 'dev', origin: ORIGIN }));

    // Assess
    expect(results.map((r) => r.check)).toEqual([
      ...ALL_CHECKS,
      'landing page served (stage dev)',
      'introspection allowed',
      'field error shape (articles(first: 0))',
    ]);
    expect(results.every((r) => r.ms > 0)).toBe(true);
  });

  it('passes on prod, where the landing page and introspection must be absent', async () => {
    // Act
    const results = await runSmoke(quiet({ url: prodUrl, stage: 'prod', origin: ORIGIN }));

    // Assess
    expect(results.map((r) => r.check)).toEqual([
      ...ALL_CHECKS,
      'landing page absent (stage prod)',
      'introspection refused',
      'field error shape (articles(first: 0))',
    ]);
  });

  it('fails a dev deployment checked as prod, at the landing page', async () => {
    // Act
    const run = runSmoke(quiet({ url: devUrl, stage: 'prod' }));

    // Assess
    await expect(run).rejects.toThrow(new SmokeFailure('landing page absent (stage prod)', 'the Apollo Sandbox page is served, which stage prod must not do'));
  });

  it('fails a prod deployment checked as dev, at the landing page', async () => {
    // Act
    const run = runSmoke(quiet({ url: prodUrl, stage: 'dev' }));

    // Assess
    await expect(run).rejects.toThrow(/^landing page served \(stage dev\): expected the Apollo Sandbox page, got HTTP 400/);
  });

  it('fails the preflight of an origin the deployment does not allow', async () => {
    // Act
    const run = runSmoke(quiet({ url: prodUrl, stage: 'prod', origin: 'https://elsewhere.example.com' }));

    // Assess
    await expect(run).rejects.toThrow(/^CORS preflight from https:\/\/elsewhere\.example\.com: /);
  });

  it('fails an empty deployment at the first query, saying to seed it', async () => {
    // Prepare
    const tables = await freshTables();
    const config = configOn(tables, { STAGE: 'dev' });
    const { handler } = createApp(config, { clients: localClients(), logger: new RecordingLogger() });
    const url = await serve(handler, ['*']);

    // Act
    const run = runSmoke(quiet({ url, stage: 'dev' }));

    // Assess
    await expect(run).rejects.toThrow('README query article: article came back empty: is the deployment seeded? (npm run seed -- --stack <name>)');
  });
});

describe('npm run smoke', () => {
  it('passes against npm start, printing each check with its latency', async () => {
    // Prepare
    const started = await startNpmStart();

    // Act
    const result = await smokeCli(['--url', started.url]).finally(() => started.stop());

    // Assess
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}ok {2}README query article +\d+ ms/m);
    expect(result.stdout).toMatch(/^ {2}ok {2}field error shape \(articles\(first: 0\)\) +\d+ ms/m);
    expect(result.stdout).toMatch(/^smoke passed: 9 checks in \d+ ms$/m);
  }, 180_000);

  it('fails in one line, with exit code 1 and no stack trace, where nothing listens', async () => {
    // Prepare
    const port = await deadPort();

    // Act
    const result = await smokeCli(['--url', `http://127.0.0.1:${port}/graphql`]);

    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `smoke failed: README query article: cannot reach http://127.0.0.1:${port}/graphql: connection refused (is it running? is the port right?)`,
    ]);
  }, 60_000);

  it('gives up on an address that accepts but never answers after --timeout', async () => {
    // Prepare: a listener that holds every connection open and says nothing
    const held: net.Socket[] = [];
    const silent = net.createServer((socket) => held.push(socket)).listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as net.AddressInfo;

    // Act
    const result = await smokeCli(['--url', `http://127.0.0.1:${port}/graphql`, '--timeout', '500']).finally(() => {
      held.forEach((socket) => socket.destroy());
      silent.close();
    });

    // Assess
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`smoke failed: README query article: no answer from http://127.0.0.1:${port}/graphql within 500 ms`);
  }, 60_000);

  it.each([
    [[], /^smoke: give either --url or --stack$/],
    [['--url', 'ftp://x'], /^smoke: --url must be an http\(s\) URL/],
    [['--url', 'https://api.example.com/graphql'], /^smoke: cannot tell the stage of https:\/\/api\.example\.com\/graphql: pass --stage dev or --stage prod$/],
    [['--url', 'http://localhost:1/graphql', '--stage', 'staging'], /^smoke: --stage must be dev, prod or local, got "staging"$/],
  ])('refuses %j with exit code 2, naming the option', async (args, expected) => {
    // Act
    const result = await smokeCli(args as string[]);

    // Assess
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(expected);
  }, 60_000);
});
