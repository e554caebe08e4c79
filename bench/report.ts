/**
 * The bench's printed report: Markdown tables (readable in a terminal, pasted as is into
 * BENCHMARKS.md), every figure next to its baseline and the ratio.
 */
import type { ColdStartResult } from './cold-start';
import { formatCdnFigures } from './cdn';
import { judgeTargets, scaleRatios, type BenchResults } from './results';
import type { LatencySummary } from './latency';
import type { Summary } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const x = (value: number) => `${value.toFixed(2)}×`;
const range = (s: Summary) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const { machine } = results;
  out.push(
    `Run ${results.startedAt} (${results.seconds.toFixed(0)} s): \`${results.command}\``,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}; ${machine.java}; ` +
      `DynamoDB Local from ${machine.dynamodbLocal}; esbuild ${machine.esbuild}. ` +
      `Load average ${machine.loadAverage.toFixed(2)} at the start, ${results.loadAverageAtEnd.toFixed(2)} at the end.`,
  );

  out.push(...formatBundlesAndColdStarts(results));

  out.push(
    '',
    '### 3. DynamoDB calls per query (seed data; counted, not timed)',
    '',
    table(
      ['query', 'minimum waves', 'newsgraph requests', 'newsgraph waves', 'naive requests', 'naive waves', 'naive/newsgraph requests'],
      results.queries.map((q) => [
        q.id,
        String(q.minimumWaves),
        `${q.newsgraph.requests} (${commands(q.newsgraph.byCommand)})`,
        String(q.newsgraph.waves),
        `${q.naive.requests} (${commands(q.naive.byCommand)})`,
        String(q.naive.waves),
        x(q.naive.requests / q.newsgraph.requests),
      ]),
    ),
  );

  out.push(
    '',
    '### 4. Warm latency (seed data; ms)',
    '',
    table(
      ['query', 'handler p50', 'handler p99', 'in-memory floor p50', 'floor p99', 'handler/floor p50', 'runs'],
      results.queries.map((q) => [
        q.id,
        ms(q.handlerMs.median),
        ms(q.handlerMs.p99),
        ms(q.floorMs.median),
        ms(q.floorMs.p99),
        x(q.handlerMs.median / q.floorMs.median),
        runs(q.handlerMs),
      ]),
    ),
  );

  const { throughput, datasets } = results.scale;
  out.push('', '### 5. Scale', '');
  if (throughput) {
    out.push(
      table(
        ['seed writer (seed data + ' + throughput.syntheticArticles.toLocaleString('en-US') + ' synthetic articles)', 'items', 'seconds', 'items/s', 'vs raw loop'],
        [
          [`seedGraph (npm run seed; faster of ${seconds(throughput.seedGraphRuns)})`, String(throughput.items), throughput.seedGraphSeconds.toFixed(1), throughput.seedGraphItemsPerSecond.toFixed(0), x(throughput.seedGraphItemsPerSecond / throughput.rawItemsPerSecond)],
          [`raw BatchWriteItem loop (faster of ${seconds(throughput.rawRuns)})`, String(throughput.items), throughput.rawSeconds.toFixed(1), throughput.rawItemsPerSecond.toFixed(0), '1.00×'],
        ],
      ),
      '',
    );
  }
  out.push(
    table(
      ['data set', 'articles', 'entities', 'relationships', 'items', 'seed s', 'items/s'],
      datasets.map((d) => [d.label, String(d.articles), String(d.entities), String(d.relationships), String(d.items), d.seedSeconds.toFixed(1), (d.items / d.seedSeconds).toFixed(0)]),
    ),
  );
  const [seed] = datasets;
  if (seed) {
    const rows: string[][] = [];
    for (const dataset of datasets) {
      const ratios = scaleRatios(seed, dataset);
      for (const q of dataset.queries) {
        const r = ratios.find((c) => c.query === q.query)!;
        rows.push([
          q.query,
          dataset.label,
          String(q.calls.requests),
          String(q.calls.waves),
          String(q.resultNodes),
          ms(q.latencyMs.median),
          ms(q.latencyMs.p99),
          runs(q.latencyMs),
          dataset === seed ? '–' : `${x(r.calls)} / ${x(r.latency)}`,
        ]);
      }
    }
    rows.sort((a, b) => a[0]!.localeCompare(b[0]!) || 0);
    out.push(
      '',
      table(['query', 'data set', 'requests', 'waves', 'result nodes', 'p50 ms', 'p99 ms', 'runs', 'vs seed data per result node: calls / p50'], rows),
    );
  }

  const { memory } = results;
  out.push(
    '',
    '### 6. Memory',
    '',
    `Peak RSS of a cold newsgraph process (module load and first answer): ${range(memory.coldRssMb)} MB; Lambda memory size ${memory.lambdaMemoryMb} MB.` +
      heaviest(memory.heaviest),
  );

  if (results.cdn) {
    out.push('', '### 7. HTTP caching through nginx, the CDN stand-in (bench/cdn.ts)', '');
    out.push(...('skipped' in results.cdn ? [`Skipped: ${results.cdn.skipped}`] : formatCdnFigures(results.cdn.figures)));
  }

  out.push(
    '',
    '### Targets',
    '',
    table(['target', 'met', 'figure'], judgeTargets(results).map((t) => [t.name, t.met ? 'yes' : '**no**', t.figure])),
  );
  return out.join('\n');
}

/** Sections 1 and 2 (bundles and cold starts), also printed alone by `npm run bench -- --cold-start-only`. */
export function formatBundlesAndColdStarts(results: Pick<BenchResults, 'bundles' | 'coldStart'>): string[] {
  const out: string[] = [];
  const bundle = (name: string) => results.bundles.find((b) => b.name === name)!;
  // A build with esbuild's defaults compares with the peer built the same way.
  const peerOf = (name: string) => (name.endsWith('-defaults') ? 'peer-defaults' : 'peer');
  out.push(
    '',
    '### 1. Bundle (esbuild, the settings of infra/bundling.ts; "esbuild defaults": without its main fields and alias)',
    '',
    table(
      ['bundle', 'index.js', 'gzip', 'index.js.map', 'vs peer', 'vs hello-world'],
      results.bundles.map((b) => [b.label, kb(b.bytes), kb(b.gzipBytes), kb(b.mapBytes), x(b.bytes / bundle(peerOf(b.name)).bytes), x(b.bytes / bundle('hello').bytes)]),
    ),
    '',
    `Largest parts of newsgraph's bundle: ${bundle('newsgraph').largest.map((p) => `${p.source} ${kb(p.bytes)}`).join(', ')}.`,
  );

  const cold = (name: string) => results.coldStart.results.find((r) => r.name === name)!;
  out.push(
    '',
    `### 2. Cold start (${results.coldStart.runs} fresh \`node ${results.coldStart.nodeOptions.join(' ')}\` processes per bundle; ms, median (min–max))`,
    '',
    table(
      ['bundle', 'module load', 'first answer', 'total', 'CPU ms (load + answer)', 'total vs peer: wall / CPU', 'total vs hello-world: wall / CPU'],
      results.coldStart.results.map((r) => [
        r.label,
        range(r.loadMs),
        range(r.firstAnswerMs),
        range(r.totalMs),
        `${ms(r.loadCpuMs.median)} + ${ms(r.firstAnswerCpuMs.median)}`,
        `${x(r.totalMs.median / cold(peerOf(r.name)).totalMs.median)} / ${x(cpuTotal(r) / cpuTotal(cold(peerOf(r.name))))}`,
        `${x(r.totalMs.median / cold('hello').totalMs.median)} / ${x(cpuTotal(r) / cpuTotal(cold('hello')))}`,
      ]),
    ),
    '',
    `newsgraph answers \`${results.coldStart.query}\`; the peer its GetItem; hello-world \`{ hello }\`. ` +
      `Module load: newsgraph/peer ${x(cold('newsgraph').loadMs.median / cold('peer').loadMs.median)}, first answer: ${x(cold('newsgraph').firstAnswerMs.median / cold('peer').firstAnswerMs.median)}.`,
  );
  const comparedWithNewsgraph = (name: string, what: string): void => {
    const other = results.coldStart.results.find((r) => r.name === name);
    const otherBundle = results.bundles.find((b) => b.name === name);
    if (!other || !otherBundle) return;
    const base = cold('newsgraph');
    out.push(
      `${what} (differences are theirs minus newsgraph's): bundle ${kb(otherBundle.bytes)} against ${kb(bundle('newsgraph').bytes)} (${signed((otherBundle.bytes - bundle('newsgraph').bytes) / 1024)} KB); ` +
        `cold start total ${ms(other.totalMs.median)} ms against ${ms(base.totalMs.median)} ms (${signed(other.totalMs.median - base.totalMs.median)} ms), ` +
        `CPU ${ms(cpuTotal(other))} ms against ${ms(cpuTotal(base))} ms (${signed(cpuTotal(other) - cpuTotal(base))} ms).`,
    );
  };
  comparedWithNewsgraph('newsgraph-traced', 'With tracing (src/lambda/traced-handler.ts)');
  comparedWithNewsgraph('newsgraph-before', 'The given earlier bundle');
  const cachingOn = results.coldStart.results.find((r) => r.name === 'newsgraph-get');
  const cachingOff = results.coldStart.results.find((r) => r.name === 'newsgraph-get-no-cache');
  const apolloPlugin = results.coldStart.results.find((r) => r.name === 'newsgraph-get-apollo-cache-control');
  if (cachingOn && cachingOff && apolloPlugin) {
    const vs = (a: ColdStartResult, b: ColdStartResult) => `${x(a.totalMs.median / b.totalMs.median)} wall / ${x(cpuTotal(a) / cpuTotal(b))} CPU`;
    out.push(
      `HTTP caching at cold start (query 1 as a GET): caching on against off ${vs(cachingOn, cachingOff)}; ` +
        `Apollo's cache-control plugin against the static policy ${vs(apolloPlugin, cachingOn)} ` +
        `(first answer ${ms(apolloPlugin.firstAnswerMs.median)} against ${ms(cachingOn.firstAnswerMs.median)} ms, module load ${ms(apolloPlugin.loadMs.median)} against ${ms(cachingOn.loadMs.median)} ms).`,
    );
  }
  const samePeerQuery = results.coldStart.results.find((r) => r.name === 'newsgraph-peer-query');
  if (samePeerQuery) {
    out.push(
      `Answering the peer's own query (\`{ article(id) { id title } }\`), newsgraph's first answer is ${x(samePeerQuery.firstAnswerMs.median / cold('peer').firstAnswerMs.median)} the peer's ` +
        `and its total ${x(samePeerQuery.totalMs.median / cold('peer').totalMs.median)}: the rest of the gap is the larger answer (${ms(cold('newsgraph').firstAnswerMs.median - samePeerQuery.firstAnswerMs.median)} ms).`,
    );
  }
  return out;
}

function heaviest(figures: BenchResults['memory']['heaviest']): string {
  if (!figures) return '';
  const what = ` Cold processes answering the list-with-nested query on ${figures.dataset} (${figures.resultNodes} result nodes)`;
  if (!figures.rssMb || !figures.firstAnswerMs) return `${what}: failed (${figures.failure}).`;
  return `${what}: peak RSS ${range(figures.rssMb)} MB, first answer ${range(figures.firstAnswerMs)} ms.`;
}

/** A difference with its sign, e.g. +3.2 or -1.0. */
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;

/** Median CPU time of load plus median CPU time of the first answer. */
const cpuTotal = (r: ColdStartResult) => r.loadCpuMs.median + r.firstAnswerCpuMs.median;
const seconds = (runs: readonly number[]) => runs.map((s) => `${s.toFixed(1)} s`).join(', ');

/** Runs timed, and the failed runs if any (with the first failure's reason). */
function runs(latency: LatencySummary): string {
  if (latency.failures === 0) return String(latency.samples);
  return `${latency.samples} (+${latency.failures} failed: ${(latency.failure ?? '').split('\n')[0]!.slice(0, 120)})`;
}

function commands(byCommand: Readonly<Record<string, number>>): string {
  return Object.entries(byCommand)
    .map(([command, count]) => `${count} ${command.replace(/Command$/, '')}`)
    .join(', ');
}
