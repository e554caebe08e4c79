/**
 * `npm run bench:cdn`: proof with a real HTTP cache. nginx (Debian's `nginx-light`) stands in for
 * CloudFront as a caching reverse proxy in front of `npm start`'s server on seeded DynamoDB Local:
 * it caches what the function marks `Cache-Control: public, max-age=…`, keyed like the
 * distribution's cache policy (src/cdn.ts), and revalidates with the ETag.
 *
 * 5,000 persisted GET requests of the README queries (Apollo's APQ hash in `extensions`; plain
 * `?query=` GETs when the server has no persisted queries) from 50 connections, four times: through
 * the cache and straight to the origin, each plain and with `If-None-Match`. Printed: origin
 * invocations (counted at the origin, from its access log), nginx's cache status
 * ($upstream_cache_status, from its log), 304s, and p50/p99 latency, beside each other.
 *
 * Without nginx it prints how to install it and exits 0 (and `npm run bench` skips its row).
 * Everything it starts (nginx, the server, DynamoDB Local) is stopped on exit, failure, Ctrl-C,
 * SIGTERM and SIGHUP. Options (environment): CDN_REQUESTS (default 5000), CDN_CONNECTIONS (50).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { CACHE_KEY_QUERY_STRINGS } from '../src/cdn';
import { README_QUERIES } from './example-queries';
import { startLocalServer, stopGroup } from './local-server';

/** Where nginx is looked for: PATH, then Debian's location (not on a non-root PATH). */
const NGINX_CANDIDATES = ['nginx', '/usr/sbin/nginx'];
const INSTALL_HINT = 'Install it with: sudo apt-get update && sudo apt-get install -y nginx-light   (Debian/Ubuntu; any nginx ≥ 1.19.5 works)';

export interface CdnBenchOptions {
  readonly requests: number;
  readonly connections: number;
  readonly log: (line: string) => void;
}

export interface PhaseFigures {
  readonly name: string;
  readonly target: 'nginx' | 'origin';
  readonly conditional: boolean;
  readonly requests: number;
  readonly originInvocations: number;
  /** HTTP status → answers. */
  readonly statuses: Readonly<Record<string, number>>;
  /** nginx's $upstream_cache_status → requests (HIT, MISS, REVALIDATED, …); empty straight to the origin. */
  readonly cacheStatuses: Readonly<Record<string, number>>;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly timeouts: number;
}

export interface CdnFigures {
  readonly nginx: string;
  /** Requests carried the APQ hash only (the server has persisted queries), or the full query. */
  readonly persisted: boolean;
  readonly distinctRequests: number;
  readonly maxAgeSeconds: number;
  readonly connections: number;
  readonly phases: readonly PhaseFigures[];
  /** Of the repeated GETs through nginx (all but the first of each distinct request), the share nginx answered from its cache. */
  readonly repeatedHitRatio: number;
  /** p50 through nginx / p50 straight to the origin (plain GETs). */
  readonly p50Ratio: number;
  readonly loadAverage: readonly [number, number];
}

export type CdnBenchOutcome = { readonly skipped: string } | { readonly figures: CdnFigures };

/** The nginx binary and its version line, or undefined when there is none. */
function findNginx(): { bin: string; version: string } | undefined {
  for (const bin of NGINX_CANDIDATES) {
    const probe = spawnSync(bin, ['-v'], { encoding: 'utf8' });
    if (probe.error === undefined && probe.status === 0) return { bin, version: (probe.stderr || probe.stdout).trim() };
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A caching reverse proxy as the distribution is one: keyed on the GraphQL query-string parameters
 * only, GET and HEAD cached, TTL from the origin's Cache-Control, revalidation with If-None-Match,
 * concurrent misses of one key collapsed into one origin request (CloudFront does the same).
 * One process (`master_process off`), so it runs unprivileged with every path in `dir`.
 */
export function nginxConfig(dir: string, port: number, originPort: number): string {
  const key = ['$request_method', '$uri', ...CACHE_KEY_QUERY_STRINGS.map((name) => `$arg_${name}`)].join('|');
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format cache '$upstream_cache_status $status';
  access_log ${dir}/access.log cache;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=graphql:10m max_size=64m inactive=10m use_temp_path=off;
  upstream origin {
    server 127.0.0.1:${originPort};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location = /nginx-ready { access_log off; return 204; }
    location = /graphql {
      proxy_pass http://origin;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache graphql;
      proxy_cache_methods GET HEAD;
      proxy_cache_key "${key}";
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

/** Stops a process group: SIGTERM, SIGKILL after `graceMs`; resolves once the leader has exited. */
async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function startNginx(bin: string, dir: string, port: number, originPort: number): Promise<ChildProcess> {
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig(dir, port, originPort));
  // -e: the error log before the configuration is read, so nothing is written to /var/log/nginx.
  const child = spawn(bin, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${log}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/nginx-ready`)).status === 204) return child;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  await stopProcess(child);
  throw new Error(`nginx did not answer on port ${port} within 10 s: ${stderr}`);
}

interface GraphqlGet {
  readonly name: string;
  /** Path and query string. */
  readonly path: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The README queries as the GETs a front end sends: Apollo's persisted-query link with
 * `useGETForHashedQueries` sends the hash alone, once the server knows it (registered here by one
 * POST each, as the link does after a miss). A server without persisted queries gets `?query=`.
 */
async function graphqlGets(originUrl: string): Promise<{ gets: GraphqlGet[]; persisted: boolean }> {
  let persisted = true;
  for (const { query } of README_QUERIES) {
    const response = await fetch(originUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    if (body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) persisted = false;
    else if (response.status !== 200 || body.errors) throw new Error(`Registering a persisted query answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  const path = new URL(originUrl).pathname;
  const gets = README_QUERIES.map(({ id, query }) => {
    const params: Record<string, string> = persisted
      ? { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }) }
      : { query };
    return { name: id, path: `${path}?${new URLSearchParams(params)}` };
  });
  return { gets, persisted };
}

/** Apollo's CSRF prevention wants this on a GET; the CDN forwards it (every viewer header but Host). */
const GET_HEADERS = { 'apollo-require-preflight': 'true' };

/** The ETag of each request, checking on the way that each one answers 200 with data and no error. */
async function entityTags(base: string, gets: readonly GraphqlGet[]): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const get of gets) {
    const response = await fetch(`${base}${get.path}`, { headers: GET_HEADERS });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    const etag = response.headers.get('etag');
    if (response.status !== 200 || body.errors || !body.data || !etag) {
      throw new Error(`GET ${get.name} answered ${response.status} (ETag ${etag}): ${JSON.stringify(body).slice(0, 300)}`);
    }
    tags.set(get.name, etag);
  }
  return tags;
}

/** Lines of nginx's cache log written so far, counted by cache status. */
function cacheLog(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

const countBy = (values: readonly string[]) => values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

/** Runs the whole bench; resolves `{ skipped }` without nginx. */
export async function runCdnBench(options: CdnBenchOptions): Promise<CdnBenchOutcome> {
  const nginx = findNginx();
  if (!nginx) return { skipped: `nginx is not installed. ${INSTALL_HINT}` };
  const { log } = options;

  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cdn-'));
  let origin: Awaited<ReturnType<typeof startLocalServer>> | undefined;
  let proxy: ChildProcess | undefined;
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      if (proxy) await stopProcess(proxy).catch(() => undefined);
      if (origin) await stopGroup(origin.child).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    })());
  // Whatever ends this process stops what it started: signals here, failures in `finally`, and a
  // last synchronous SIGKILL on exit for anything still running.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: stopping nginx, the server and DynamoDB Local …`);
    void stopAll().then(() => process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143));
  };
  const onExit = () => {
    for (const child of [proxy, origin?.child]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Gone.
        }
      }
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  process.on('exit', onExit);

  try {
    const maxAgeSeconds = 60;
    let originInvocations = 0;
    let partial = '';
    log('Starting the origin as `npm start` does (DynamoDB Local, tables, seed), with its access log …');
    origin = await startLocalServer({ LOCAL_ACCESS_LOG: 'true', HTTP_CACHE_MAX_AGE_SECONDS: String(maxAgeSeconds) }, (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      originInvocations += lines.filter((line) => line.startsWith('{"requestId"')).length;
    });
    const originUrl = new URL(origin.url);
    const port = await freePort();
    log(`Starting ${nginx.version} as a caching proxy on 127.0.0.1:${port} in front of ${originUrl.host} …`);
    mkdirSync(join(dir, 'cache'));
    proxy = await startNginx(nginx.bin, dir, port, Number(originUrl.port));

    const { gets, persisted } = await graphqlGets(origin.url);
    const tags = await entityTags(originUrl.origin, gets);
    const accessLog = join(dir, 'access.log');
    const loadBefore = loadavg()[0]!;

    const phase = async (name: string, target: 'nginx' | 'origin', conditional: boolean): Promise<PhaseFigures> => {
      const base = target === 'nginx' ? `http://127.0.0.1:${port}` : originUrl.origin;
      // The origin's access log lines arrive through a pipe: let the last phase's settle first.
      await sleep(300);
      const logBefore = cacheLog(accessLog).length;
      const invocationsBefore = originInvocations;
      const statuses: Record<string, number> = {};
      log(`${name}: ${options.requests} requests from ${options.connections} connections …`);
      const result = await autocannon({
        url: base,
        connections: options.connections,
        amount: options.requests,
        requests: gets.map((get) => ({
          method: 'GET' as const,
          path: get.path,
          headers: conditional ? { ...GET_HEADERS, 'if-none-match': tags.get(get.name)! } : GET_HEADERS,
          onResponse: (status: number) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
          },
        })),
      });
      await sleep(300);
      const cacheStatuses = target === 'nginx' ? countBy(cacheLog(accessLog).slice(logBefore).map((line) => line.split(' ')[0]!)) : {};
      return {
        name,
        target,
        conditional,
        requests: result.requests.total,
        originInvocations: originInvocations - invocationsBefore,
        statuses,
        cacheStatuses,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
      };
    };

    // Through the cache first, while its entries are fresh (the origin phases take about a minute).
    const phases = [
      await phase('GETs through nginx (empty cache at the start)', 'nginx', false),
      await phase('GETs with If-None-Match through nginx', 'nginx', true),
      await phase('GETs straight to the origin', 'origin', false),
      await phase('GETs with If-None-Match straight to the origin', 'origin', true),
    ];
    const [cached, , direct] = phases;
    const repeated = cached!.requests - gets.length;
    return {
      figures: {
        nginx: nginx.version,
        persisted,
        distinctRequests: gets.length,
        maxAgeSeconds,
        connections: options.connections,
        phases,
        repeatedHitRatio: (cached!.cacheStatuses.HIT ?? 0) / repeated,
        p50Ratio: cached!.p50Ms / direct!.p50Ms,
        loadAverage: [loadBefore, loadavg()[0]!],
      },
    };
  } finally {
    await stopAll();
    for (const signal of signals) process.off(signal, onSignal);
    process.off('exit', onExit);
  }
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const counts = (record: Readonly<Record<string, number>>) =>
  Object.entries(record).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} × ${n}`).join(', ') || '–';

/** The Markdown rows and targets of a run (shared with `npm run bench`). */
export function formatCdnFigures(f: CdnFigures): string[] {
  const direct = f.phases.find((p) => p.target === 'origin' && !p.conditional)!;
  const cached = f.phases.find((p) => p.target === 'nginx' && !p.conditional)!;
  const requestKind = f.persisted ? 'persisted GETs (APQ hash only)' : 'GETs with ?query= (this server has no persisted queries)';
  return [
    `${f.phases[0]!.requests} ${requestKind} of the ${f.distinctRequests} README queries per row, ${f.connections} connections; ${f.nginx} in front of \`npm start\`'s server (origin max-age ${f.maxAgeSeconds} s).`,
    '',
    '| requests | origin invocations | answers | nginx cache status | p50 ms | p99 ms | p50 vs straight to origin |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...f.phases.map((p) => `| ${p.name} | ${p.originInvocations} | ${counts(p.statuses)}${p.errors || p.timeouts ? `; ${p.errors} errors, ${p.timeouts} timeouts` : ''} | ${counts(p.cacheStatuses)} | ${p.p50Ms} | ${p.p99Ms} | ${(p.p50Ms / direct.p50Ms).toFixed(3)}× |`),
    '',
    '| target | met | figure |',
    '| --- | --- | --- |',
    `| ≥ 99% of repeated GETs answered by the cache | ${f.repeatedHitRatio >= 0.99 ? 'yes' : '**no**'} | ${percent(f.repeatedHitRatio)} (${cached.cacheStatuses.HIT ?? 0} HIT of ${cached.requests - f.distinctRequests} repeated; ${cached.originInvocations} origin invocations for ${cached.requests} requests) |`,
    `| p50 through the cache ≤ 0.1× straight to the origin | ${f.p50Ratio <= 0.1 ? 'yes' : '**no**'} | ${f.p50Ratio.toFixed(3)}× (${cached.p50Ms} against ${direct.p50Ms} ms) |`,
    '',
    `Load average ${f.loadAverage[0].toFixed(2)} before, ${f.loadAverage[1].toFixed(2)} after; ${cpus().length} CPUs shared by autocannon, nginx, the server and DynamoDB Local.`,
  ];
}

async function main(): Promise<void> {
  const positive = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${process.env[name]}"`);
    return value;
  };
  const outcome = await runCdnBench({
    requests: positive('CDN_REQUESTS', 5000),
    connections: positive('CDN_CONNECTIONS', 50),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if ('skipped' in outcome) {
    console.log(`Skipped: ${outcome.skipped}`);
    return;
  }
  console.log(formatCdnFigures(outcome.figures).join('\n'));
  console.log('\nCold start with HTTP caching on against off: `npm run bench -- --cold-start-only` (row "HTTP caching at cold start").');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`npm run bench:cdn failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
