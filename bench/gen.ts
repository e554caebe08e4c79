/**
 * `npm run gen -- --articles N [--out DIR] [--seed S]`
 *
 * Writes a deterministic synthetic corpus of N seed files (bench/corpus.ts) to DIR, default
 * bench/corpus/N (not committed). Any `synthetic_*.json` already there is replaced. Seed it on top
 * of the real data with `npm run seed -- seed/data bench/corpus/N`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus';

export const CORPUS_ROOT = join(__dirname, 'corpus');

/** Where the corpus of `articles` articles lives unless told otherwise. */
export const corpusDir = (articles: number) => join(CORPUS_ROOT, String(articles));

/** Writes the corpus; returns the number of files written. */
export function writeCorpus(articles: number, dir: string = corpusDir(articles), seed = 1): number {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (/^synthetic_\d+\.json$/.test(name)) rmSync(join(dir, name));
  }
  let written = 0;
  for (const file of generateCorpus({ articles, seed })) {
    writeFileSync(join(dir, file.name), `${JSON.stringify(file.content, null, 2)}\n`);
    written++;
  }
  return written;
}

function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', default: false } },
  });
  const usage = 'Usage: npm run gen -- --articles <N> [--out <dir>] [--seed <integer>]';
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const articles = Number(values.articles);
  const seed = Number(values.seed);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`--articles must be a positive integer.\n${usage}`);
    return 1;
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be an integer.\n${usage}`);
    return 1;
  }
  const dir = values.out ?? corpusDir(articles);
  const started = performance.now();
  const written = writeCorpus(articles, dir, seed);
  console.log(`Wrote ${written} synthetic seed files to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
