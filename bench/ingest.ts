/**
 * Ingest speed and scale, each beside its baseline measured in the same run:
 * - articles/s and text MB/s of the whole pipeline (seed/ingest) on the real articles (seed/articles,
 *   test/fixtures/articles) and on the synthetic corpus (bench/corpus.ts, as plain text), against
 *   the bare NLP library's parse of the same text (wink-nlp readDoc + tokens: the floor). "The same
 *   text" is what the pipeline hands the library: the title, caption, credit and body, each parsed
 *   on its own (not the raw file, whose image alt text and front matter the pipeline never parses).
 *   Both are warmed by one untimed round over the whole corpus (the JIT compiles the pipeline's own
 *   code only after many articles), then timed in alternating rounds; each figure is the median
 *   round, so one round slowed by another job on a shared machine does not move it. The pipeline
 *   runs as the CLI runs it (seed/ingest/ingest-many.ts: parse and segment a batch ahead);
 * - per-article time linking against 10,000 known entities against the seed data's 28;
 * - peak RSS of a child process that ingests 1,000 synthetic articles as the CLI does (ingestMany:
 *   parse and segment a batch of 16 ahead, then one article at a time), written to a temporary
 *   directory and dropped (streamed: never more than one batch in memory), beside its RSS once loaded and
 *   its RSS after each quarter of the articles (flat when nothing is held).
 *
 * `npm run bench:ingest` (or `npm run bench -- --ingest-only`) runs this alone; `npm run bench`
 * adds it to the full report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeedFile } from '../seed/schema';
import { buildKnownIndex } from '../seed/ingest/link';
import { MENTION_FIELDS, fieldText } from '../seed/mentions';
import { parseArticleText } from '../seed/ingest/parse-article';
import type { IngestDocument } from '../seed/ingest/document';
import { ingestMany, type Ingested } from '../seed/ingest/ingest-many';
import { ingestText } from '../seed/ingest/pipeline';
import { bareParse } from '../seed/ingest/segment';
import { serializeSeedFile, toSeedFile } from '../seed/ingest/to-seed-file';
import { generateCorpus } from './corpus';

const ROOT = join(__dirname, '..');

export interface IngestRow {
  readonly corpus: string;
  readonly articles: number;
  readonly megabytes: number;
  readonly pipelineSeconds: number;
  readonly bareSeconds: number;
  readonly articlesPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly bareArticlesPerSecond: number;
  /** pipeline time / bare parse time (target ≤ 3). */
  readonly ratio: number;
  /** The same two by CPU time (user + system) of this process, steadier on a shared machine. */
  readonly cpuArticlesPerSecond: number;
  readonly cpuRatio: number;
}

export interface IngestFigures {
  readonly rows: readonly IngestRow[];
  readonly linking: { readonly smallKnown: number; readonly largeKnown: number; readonly smallMs: number; readonly largeMs: number; readonly ratio: number };
  readonly memory: {
    readonly articles: number;
    readonly loadedRssMb: number;
    readonly peakRssMb: number;
    readonly seconds: number;
    /** RSS after each quarter of the articles. */
    readonly rssMbByArticles?: ReadonlyArray<readonly [number, number]>;
    /** Heap in use after a full garbage collection, after each quarter of the articles. */
    readonly heapMbByArticles?: ReadonlyArray<readonly [number, number]>;
  };
}

interface Text {
  readonly path: string;
  readonly raw: string;
}

function realArticles(): Text[] {
  return ['seed/articles', 'test/fixtures/articles'].flatMap((dir) => {
    const full = join(ROOT, dir);
    let names: string[] = [];
    try {
      names = readdirSync(full).filter((n) => n.endsWith('.txt')).sort();
    } catch {
      return [];
    }
    return names.map((n) => ({ path: join(full, n), raw: readFileSync(join(full, n), 'utf8') }));
  });
}

/** Synthetic articles as plain text (headline, blank line, body), named like seed sources. */
export function* syntheticArticles(count: number, seed = 1): Generator<Text> {
  let i = 0;
  for (const file of generateCorpus({ articles: count, seed })) {
    const hash = file.content.article.id.replace(/[^0-9a-f]/g, '').padEnd(16, '0').slice(0, 16);
    yield { path: `${String(i++ % 1000).padStart(3, '0')}_${hash}.txt`, raw: `${file.content.article.title}\n\n${file.content.article.body}\n` };
  }
}

/** The document of one result of ingestMany (every bench article parses). */
function ingested(result: Ingested<Text>): IngestDocument {
  if (result.error) throw result.error;
  return result.doc;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** The texts the pipeline's parse reads from one article: its non-empty fields (stage segment). */
function parsedFields(t: Text): string[] {
  const article = parseArticleText(t.path, t.raw);
  return MENTION_FIELDS.map(({ field }) => fieldText(article, field)).filter((text) => text !== '');
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function measureRow(corpus: string, texts: readonly Text[], known: ReturnType<typeof buildKnownIndex>, rounds: number): IngestRow {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.raw), 0);
  const fields = texts.map(parsedFields);
  // What the CLI runs (ingest-files.ts): ingestMany, parse and segment a batch ahead.
  const context = { known };
  const runPipeline = () => {
    for (const r of ingestMany(texts, () => context)) serializeSeedFile(toSeedFile(ingested(r)));
  };
  const runBare = () => {
    for (const article of fields) for (const text of article) bareParse(text);
  };
  // Warm both paths on the whole corpus first (model, gazetteer, JIT).
  runPipeline();
  runBare();
  const cpuSeconds = () => {
    const d = process.cpuUsage();
    return (d.user + d.system) / 1e6;
  };
  const time = (run: () => void) => {
    const start = process.hrtime.bigint();
    const used = cpuSeconds();
    run();
    return { wall: seconds(start), cpu: cpuSeconds() - used };
  };
  const pipelineRounds: Array<{ wall: number; cpu: number }> = [];
  const bareRounds: Array<{ wall: number; cpu: number }> = [];
  for (let r = 0; r < rounds; r++) {
    pipelineRounds.push(time(runPipeline));
    bareRounds.push(time(runBare));
  }
  const pipeline = median(pipelineRounds.map((x) => x.wall));
  const bare = median(bareRounds.map((x) => x.wall));
  const pipelineCpu = median(pipelineRounds.map((x) => x.cpu));
  const bareCpu = median(bareRounds.map((x) => x.cpu));
  return {
    corpus,
    articles: texts.length,
    megabytes: bytes / 1e6,
    pipelineSeconds: pipeline,
    bareSeconds: bare,
    articlesPerSecond: texts.length / pipeline,
    megabytesPerSecond: bytes / 1e6 / pipeline,
    bareArticlesPerSecond: texts.length / bare,
    ratio: pipeline / bare,
    cpuArticlesPerSecond: texts.length / pipelineCpu,
    cpuRatio: pipelineCpu / bareCpu,
  };
}

/** 10,000 known entities: the seed data's plus synthetic ones of every type (names from the corpus). */
function largeKnownSet(seedFiles: readonly SeedFile[], total: number): SeedFile[] {
  const extra: SeedFile[] = [...seedFiles];
  const seen = new Set(seedFiles.flatMap((f) => f.entities.map((e) => e.id)));
  for (const file of generateCorpus({ articles: total, seed: 7 })) {
    const entities = file.content.entities.filter((e) => !seen.has(e.id));
    entities.forEach((e) => seen.add(e.id));
    if (entities.length) extra.push({ ...file.content, entities, relationships: [] });
    if (seen.size >= total) break;
  }
  return extra;
}

function seedDataFiles(): SeedFile[] {
  const dir = join(ROOT, 'seed/data');
  return readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as SeedFile);
}

/** Runs in a child: ingest `count` synthetic articles streamed to a temporary directory; prints RSS. */
function streamChild(count: number): void {
  const known = buildKnownIndex(seedDataFiles());
  ingestText('000_0000000000000000.txt', 'Warm\n\nWarm up.', { known });
  const loadedRssMb = process.memoryUsage().rss / 2 ** 20;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-bench-'));
  const rssMbByArticles: Array<[number, number]> = [];
  const heapMbByArticles: Array<[number, number]> = [];
  const start = process.hrtime.bigint();
  try {
    let i = 0;
    const context = { known };
    for (const r of ingestMany(syntheticArticles(count, 3), () => context)) {
      writeFileSync(join(dir, `${String(i++).padStart(6, '0')}.json`), serializeSeedFile(toSeedFile(ingested(r))));
      if (i % Math.ceil(count / 4) === 0 || i === count) {
        rssMbByArticles.push([i, process.memoryUsage().rss / 2 ** 20]);
        // The heap still in use after a full collection: flat when nothing is held between articles.
        (globalThis as { gc?: () => void }).gc?.();
        heapMbByArticles.push([i, process.memoryUsage().heapUsed / 2 ** 20]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ articles: count, loadedRssMb, peakRssMb, seconds: seconds(start), rssMbByArticles, heapMbByArticles })}\n`);
}

export function measureIngest(options: { readonly syntheticArticles?: number; readonly streamArticles?: number; readonly log?: (line: string) => void } = {}): IngestFigures {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const seedFiles = seedDataFiles();
  const known = buildKnownIndex(seedFiles);
  log('Ingest: real articles …');
  const real = realArticles();
  const rows = [measureRow(`real articles (${real.length})`, real, known, 15)];
  log('Ingest: synthetic corpus …');
  const synthetic = [...syntheticArticles(options.syntheticArticles ?? 200)];
  rows.push(measureRow(`synthetic corpus (${synthetic.length})`, synthetic, known, 5));

  log('Ingest: linking against 10,000 known entities …');
  const large = buildKnownIndex(largeKnownSet(seedFiles, 10_000));
  const perArticleMs = (index: ReturnType<typeof buildKnownIndex>) => {
    for (const t of real) ingestText(t.path, t.raw, { known: index });
    const start = process.hrtime.bigint();
    const rounds = 10;
    for (let r = 0; r < rounds; r++) for (const t of real) ingestText(t.path, t.raw, { known: index });
    return (seconds(start) * 1000) / (rounds * real.length);
  };
  // Alternate the two sets so drift on a shared machine hits both.
  const small: number[] = [];
  const big: number[] = [];
  for (let r = 0; r < 3; r++) {
    small.push(perArticleMs(known));
    big.push(perArticleMs(large));
  }
  const linking = { smallKnown: known.size, largeKnown: large.size, smallMs: median(small), largeMs: median(big), ratio: median(big) / median(small) };

  const count = options.streamArticles ?? 1000;
  log(`Ingest: ${count} articles streamed in a child process …`);
  // --expose-gc lets the child collect before each heap sample (only here: the throughput rows never collect by hand).
  // The child runs the same code the parent runs: the esbuild bundle under `npm run bench:ingest`
  // (scripts/run-compiled.mjs, argv[1] is the .cjs), this file under tsx otherwise (`npm run bench`).
  const entry = process.argv[1]?.endsWith('.cjs') ? [process.argv[1]] : ['--import', 'tsx', __filename];
  const child = spawnSync(process.execPath, ['--expose-gc', ...entry, '--stream-child', String(count)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`ingest stream child failed: ${child.stderr.slice(0, 500)}`);
  const memory = JSON.parse(child.stdout.trim().split('\n').pop()!) as IngestFigures['memory'];
  return { rows, linking, memory };
}

const f = (n: number, digits = 1) => n.toFixed(digits);

/** Markdown rows for the report. */
export function formatIngest(figures: IngestFigures): string[] {
  const ok = (held: boolean) => (held ? 'met' : 'NOT met');
  return [
    '#### Ingest (seed/ingest: article text → seed file)',
    '',
    '| Corpus | Articles | Text MB | Pipeline articles/s | Pipeline MB/s | Bare parse articles/s | Pipeline ÷ bare parse | Pipeline articles per CPU-s | ÷ bare parse, CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...figures.rows.map((r) => `| ${r.corpus} | ${r.articles} | ${f(r.megabytes, 3)} | ${f(r.articlesPerSecond)} | ${f(r.megabytesPerSecond, 3)} | ${f(r.bareArticlesPerSecond)} | ${f(r.ratio, 2)}× | ${f(r.cpuArticlesPerSecond)} | ${f(r.cpuRatio, 2)}× |`),
    '',
    '| Linking | Known entities | ms per article |',
    '| --- | ---: | ---: |',
    `| seed data | ${figures.linking.smallKnown} | ${f(figures.linking.smallMs, 2)} |`,
    `| seed data + synthetic | ${figures.linking.largeKnown} | ${f(figures.linking.largeMs, 2)} (${f(figures.linking.ratio, 2)}×) |`,
    '',
    `Load average at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores (wall-clock figures suffer when it exceeds the cores; CPU figures less).`,
    '',
    `Memory: ${figures.memory.articles} synthetic articles ingested as the CLI does (parse and segment a batch ahead, the rest one at a time) in ${f(figures.memory.seconds)} s: peak RSS ${f(figures.memory.peakRssMb)} MB (${f(figures.memory.loadedRssMb)} MB once the model and gazetteers are loaded${
      figures.memory.rssMbByArticles?.length ? `; RSS after ${figures.memory.rssMbByArticles.map(([n]) => n).join(' / ')} articles: ${figures.memory.rssMbByArticles.map(([, mb]) => f(mb)).join(' / ')} MB` : ''
    }${figures.memory.heapMbByArticles?.length ? `; heap in use after a full GC: ${figures.memory.heapMbByArticles.map(([, mb]) => f(mb)).join(' / ')} MB` : ''}).`,
    '',
    '| Target | Figure | Held? |',
    '| --- | --- | --- |',
    ...figures.rows.map((r) => `| ≥ 50 articles/s (${r.corpus}) | ${f(r.articlesPerSecond)} wall, ${f(r.cpuArticlesPerSecond)} per CPU-s | ${ok(r.articlesPerSecond >= 50)} (wall) |`),
    ...figures.rows.map((r) => `| pipeline ≤ 3× bare parse (${r.corpus}) | ${f(r.ratio, 2)}× wall, ${f(r.cpuRatio, 2)}× CPU | ${ok(r.ratio <= 3)} (wall) |`),
    `| 10,000 known ≤ 1.5× the ${figures.linking.smallKnown}-known time | ${f(figures.linking.ratio, 2)}× | ${ok(figures.linking.ratio <= 1.5)} |`,
  ];
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args[0] === '--stream-child') {
    streamChild(Number(args[1]));
  } else {
    console.log(formatIngest(measureIngest()).join('\n'));
  }
}
