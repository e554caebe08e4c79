/**
 * Ingesting article files into seed files: the known set, the curated-file guard and the report.
 * Used by the CLI (seed/ingest/cli.ts), the eval and the bench.
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SeedFile } from '../schema';
import { seedFileSchema } from '../schema';
import type { IngestDocument } from './document';
import { BATCH_SIZE, ingestMany } from './ingest-many';
import { buildKnownIndex } from './link';
import { serializeSeedFile, toSeedFile } from './to-seed-file';

/** Items below this confidence are listed for review. */
export const LOW_CONFIDENCE = 0.6;

export interface ArticleReport {
  readonly file: string;
  readonly articleId: string;
  /** Where the seed file was written, or null when it was not (skipped or failed). */
  readonly output: string | null;
  readonly status: 'written' | 'unchanged' | 'skipped-curated' | 'failed';
  readonly message?: string;
  readonly entitiesLinked: readonly string[];
  readonly entitiesNew: readonly string[];
  readonly relationshipsByType: Readonly<Record<string, number>>;
  readonly lowConfidence: readonly string[];
}

/** The .txt files named, or inside the directories named, sorted by path. */
export async function resolveArticlePaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or directory`);
    if (info.isDirectory()) files.push(...(await readdir(path)).filter((n) => n.endsWith('.txt')).sort().map((n) => join(path, n)));
    else files.push(path);
  }
  return [...new Set(files)];
}

/** Valid seed files of a directory (absent or empty → none), with their paths. */
export async function readSeedDir(dir: string): Promise<Array<{ path: string; data: SeedFile }>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Array<{ path: string; data: SeedFile }> = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = seedFileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${path}: not a valid seed file (${parsed.error.issues[0]?.message}); check it with npm run seed -- --check`);
    out.push({ path, data: parsed.data });
  }
  return out;
}

/** Whether a seed file holds anything a person curated (an item without `proposed`). */
export const hasCuratedItems = (file: SeedFile) => file.entities.some((e) => !e.proposed) || file.relationships.some((r) => !r.proposed);

/** The output name: `NNN_<hash>.json` for `NNN_<hash>.txt`, else `<hash>.json` of the article id. */
export function outputName(path: string, articleId: string): string {
  const name = basename(path);
  return /^\d{3}_[0-9a-f]{16}\.txt$/.test(name) ? name.replace(/\.txt$/, '.json') : `${articleId.slice('article:'.length)}.json`;
}

export interface IngestOptions {
  readonly out: string;
  readonly known: string;
}

/**
 * Ingests each article in order. The known set for an article is the known directory's files plus
 * the drafts written earlier in this run, minus any file of the same article (so re-ingesting an
 * article never links against its own previous draft). An article whose output directory already
 * holds a file with curated items for its id is skipped and left untouched.
 */
export async function ingestFiles(paths: readonly string[], options: IngestOptions): Promise<ArticleReport[]> {
  const known = await readSeedDir(options.known);
  const existing = await readSeedDir(options.out);
  const drafts: Array<{ path: string; data: SeedFile }> = [];
  const reports: ArticleReport[] = [];
  await mkdir(options.out, { recursive: true });
  const empty = { entitiesLinked: [], entitiesNew: [], relationshipsByType: {}, lowConfidence: [] };
  // The known set of each article is built in its turn, after the drafts of the articles before it.
  const contextFor = (doc: IngestDocument) => {
    const articleId = doc.article!.id;
    return { known: buildKnownIndex([...known, ...drafts].filter((f) => f.data.article.id !== articleId).map((f) => f.data)) };
  };
  // Files are read a batch at a time, the batch ingestMany parses and segments ahead (ingest-many.ts).
  for (let from = 0; from < paths.length; from += BATCH_SIZE) {
    const batch: Array<{ path: string; raw: string | null; readError?: string }> = [];
    for (const path of paths.slice(from, from + BATCH_SIZE)) {
      try {
        batch.push({ path, raw: await readFile(path, 'utf8') });
      } catch (error) {
        batch.push({ path, raw: null, readError: (error as Error).message });
      }
    }
    const results = ingestMany(
      batch.filter((b): b is { path: string; raw: string } => b.raw !== null),
      contextFor,
    );
    for (const { path, raw, readError } of batch) {
      const file = basename(path);
      if (raw === null) {
        reports.push({ file, articleId: '', output: null, status: 'failed', message: `${file}:1: cannot read: ${readError}`, ...empty });
        continue;
      }
      const result = results.next();
      if (result.done) throw new Error(`ingest: no result for ${path}`);
      if (result.value.error) {
        reports.push({ file, articleId: '', output: null, status: 'failed', message: result.value.error.message, ...empty });
        continue;
      }
      const seed = toSeedFile(result.value.doc);
      const articleId = seed.article.id;
      // A curated file for this article, in the output or the known set: the draft would overwrite
      // it, or sit beside it as a second copy of one article (which the seed refuses).
      const curated = [...existing, ...known].find((f) => f.data.article.id === articleId && hasCuratedItems(f.data));
      const summary = {
        entitiesLinked: seed.entities.filter((e) => e.proposed?.rule.startsWith('link-')).map((e) => e.id),
        entitiesNew: seed.entities.filter((e) => !e.proposed?.rule.startsWith('link-')).map((e) => e.id),
        relationshipsByType: seed.relationships.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.type]: (acc[r.type] ?? 0) + 1 }), {}),
        lowConfidence: [
          ...seed.entities.filter((e) => e.proposed!.confidence < LOW_CONFIDENCE).map((e) => `${e.id} (${e.type}, ${e.proposed!.confidence}, ${e.proposed!.rule})`),
          ...seed.relationships.filter((r) => r.proposed!.confidence < LOW_CONFIDENCE).map((r) => `${r.source} ${r.type} ${r.target} (${r.proposed!.confidence}, ${r.proposed!.rule})`),
        ],
      };
      if (curated) {
        reports.push({ file, articleId, output: null, status: 'skipped-curated', message: `${curated.path} holds curated items for ${articleId}; skipped, nothing written (for a draft to compare, use --known and --out directories without it)`, ...summary });
        continue;
      }
      const target = existing.find((f) => f.data.article.id === articleId)?.path ?? join(options.out, outputName(path, articleId));
      const text = serializeSeedFile(seed);
      const before = await readFile(target, 'utf8').catch(() => null);
      if (before !== text) await writeFile(target, text);
      drafts.push({ path: target, data: seed });
      reports.push({ file, articleId, output: target, status: before === text ? 'unchanged' : 'written', ...summary });
    }
  }
  return reports;
}
