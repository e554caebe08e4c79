/**
 * `npm run load`: the local server under load.
 *
 * Starts newsgraph exactly as `npm start` does (its own DynamoDB Local, tables, seed data, the
 * Lambda handler behind the local HTTP front) on a free port, checks that every query of the mix
 * answers correctly once, then runs autocannon with 50 connections for 10 s, each connection
 * cycling through the README's example queries as JSON POSTs. Prints requests/s, latency p50/p99,
 * errors, timeouts, non-2xx answers, 2xx answers that carry GraphQL errors, and the server
 * process's peak RSS (VmHWM). Everything it started is stopped at the end, DynamoDB Local included.
 *
 * Options (environment): LOAD_CONNECTIONS (default 50), LOAD_DURATION_S (default 10).
 * It asserts nothing about speed (BENCHMARKS.md has a recorded run); it exits 1 when a request
 * fails, times out, answers non-2xx or carries GraphQL errors.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { README_QUERIES } from './example-queries';
import { processGroup, startLocalServer, stopGroup } from './local-server';

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 10);

/**
 * The mix: the README's five example queries, word for word (./example-queries.ts), plus a `node`
 * lookup of a relationship with its two ends, each as a front end would send it.
 */
const LOAD_MIX: ReadonlyArray<{ readonly name: string; readonly query: string }> = [
  ...README_QUERIES.map(({ id, query }) => ({ name: id, query })),
  {
    name: 'node',
    query: '{ node(id: "relationship:vladimir-putin:VISITS:china") { id ... on Relationship { type source { name } target { name } } } }',
  },
];

const bodyOf = (entry: (typeof LOAD_MIX)[number]) => JSON.stringify({ query: entry.query });

/** The Node process that runs the server: the one executing start.ts (npx and the tsx CLI only wrap it). */
function serverPid(pgid: number): number {
  const server = processGroup(pgid).find(({ command }) => command.includes('loader.mjs') && command.includes('src/local/start.ts'));
  if (!server) throw new Error('Could not find the server process of npm start');
  return server.pid;
}

/** CPU time (user + system) a process has used so far, in seconds. */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by the server, by DynamoDB Local and by this process (autocannon). */
function cpuSnapshot(pgid: number, serverPid: number) {
  const java = processGroup(pgid).find(({ command }) => command.includes('DynamoDBLocal.jar'));
  const own = process.cpuUsage();
  return {
    server: cpuSecondsOf(serverPid),
    dynamodbLocal: java ? cpuSecondsOf(java.pid) : Number.NaN,
    loadGenerator: (own.user + own.system) / 1e6,
  };
}

/** VmRSS and VmHWM (peak resident set) of a process, in MiB. */
function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

/** One request per query before the load: a wrong answer would make the figures meaningless. */
async function checkEveryQuery(url: string): Promise<void> {
  for (const entry of LOAD_MIX) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyOf(entry) });
    const json = (await response.json()) as { data?: unknown; errors?: unknown };
    if (response.status !== 200 || json.errors || !json.data) {
      throw new Error(`"${entry.name}" answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
    }
  }
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  const startedAt = Date.now();
  console.log('Starting the local server as `npm start` does (DynamoDB Local, tables, seed) …');
  const { child, url } = await startLocalServer();
  try {
    const pid = serverPid(child.pid!);
    console.log(`Ready at ${url} in ${fixed((Date.now() - startedAt) / 1000)} s (server pid ${pid})`);
    await checkEveryQuery(url);
    const before = memoryOf(pid);
    const cpuBefore = cpuSnapshot(child.pid!, pid);
    const loadBefore = loadavg()[0]!;

    let graphqlErrors = 0;
    /** Non-2xx answers by status and GraphQL error code, e.g. `503 SERVICE_UNAVAILABLE`. */
    const failures = new Map<string, number>();
    let rssSamplePeakMiB = before.rssMiB;
    const sampler = setInterval(() => {
      rssSamplePeakMiB = Math.max(rssSamplePeakMiB, memoryOf(pid).rssMiB);
    }, 250);
    console.log(`Load: ${CONNECTIONS} connections for ${DURATION_S} s, ${LOAD_MIX.length} queries in rotation …`);
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: LOAD_MIX.map((entry) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: bodyOf(entry),
        onResponse: (status: number, body: string) => {
          if (status >= 200 && status < 300) {
            if (body.includes('"errors"')) graphqlErrors++;
            return;
          }
          const kind = `${status} ${/"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'no GraphQL code'}`;
          failures.set(kind, (failures.get(kind) ?? 0) + 1);
        },
      })),
    });
    clearInterval(sampler);
    const after = memoryOf(pid);
    const cpuAfter = cpuSnapshot(child.pid!, pid);
    const cpuUsed = (key: keyof typeof cpuAfter) => `${fixed(cpuAfter[key] - cpuBefore[key])} s`;

    const rows: Array<[string, string]> = [
      ['Requests', `${result.requests.total} in ${result.duration} s`],
      ['Requests/s (mean)', fixed(result.requests.average)],
      ['Latency p50', `${result.latency.p50} ms`],
      ['Latency p99', `${result.latency.p99} ms`],
      ['Latency max', `${result.latency.max} ms`],
      ['Errors (connection)', String(result.errors)],
      ['Timeouts', String(result.timeouts)],
      ['Non-2xx answers', `${result.non2xx}${failures.size ? ` (${[...failures].map(([kind, n]) => `${kind} × ${n}`).join(', ')})` : ''}`],
      ['2xx answers with GraphQL errors', String(graphqlErrors)],
      ['Server RSS before load', `${fixed(before.rssMiB)} MiB`],
      ['Server RSS peak during load (sampled every 250 ms)', `${fixed(rssSamplePeakMiB)} MiB`],
      ['Server peak RSS (VmHWM, whole run incl. startup and seeding)', `${fixed(after.peakMiB)} MiB`],
      ['CPU used during the load: server / DynamoDB Local / autocannon', `${cpuUsed('server')} / ${cpuUsed('dynamodbLocal')} / ${cpuUsed('loadGenerator')}`],
      ['Machine load average (1 min) before → after', `${fixed(loadBefore, 2)} → ${fixed(loadavg()[0]!, 2)}`],
    ];
    console.log(`\n| Measure | Value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
    console.log(
      `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fixed(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
        'autocannon, the server and DynamoDB Local share it (and whatever else runs: see the load average).',
    );
    const clean = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && graphqlErrors === 0;
    console.log(clean ? '\nTarget met: 0 errors, 0 timeouts, 0 non-2xx.' : '\nTarget NOT met: see the counts above.');
    process.exitCode = clean ? 0 : 1;
  } finally {
    await stopGroup(child);
    console.log('Stopped the server and DynamoDB Local.');
  }
}

main().catch((error: unknown) => {
  console.error(`npm run load failed: ${(error as Error).message}`);
  process.exit(1);
});
