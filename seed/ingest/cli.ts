/**
 * `npm run ingest -- <file-or-dir>... [--out <dir>] [--known <dir>] [--json]`
 *
 * Extracts a seed file from each plain-text article (seed/README.md, "Ingesting articles"): its
 * entities linked to the known ones (default seed/data/), new entities and relationships marked
 * `proposed`. Prints per article the entities linked and new, relationships by type and the
 * low-confidence items, then a summary (`--json`: the same as JSON). A malformed article is
 * reported with its file and line, the others are still processed, and the exit code is 1.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED_DIR } from '../cli';
import { ingestFiles, LOW_CONFIDENCE, resolveArticlePaths, type ArticleReport } from './ingest-files';

const USAGE = 'Usage: npm run ingest -- <file-or-dir>... [--out <dir>] [--known <dir>] [--json]';

function formatReport(r: ArticleReport): string {
  if (r.status === 'failed') return `✗ ${r.message}`;
  const lines = [`${r.status === 'skipped-curated' ? '⊘' : '✓'} ${r.file} → ${r.output ?? '(not written)'} (${r.articleId}${r.status === 'unchanged' ? ', unchanged' : ''})`];
  if (r.message) lines.push(`  ${r.message}`);
  lines.push(`  entities: ${r.entitiesLinked.length} linked${r.entitiesLinked.length ? ` (${r.entitiesLinked.join(', ')})` : ''}, ${r.entitiesNew.length} new${r.entitiesNew.length ? ` (${r.entitiesNew.join(', ')})` : ''}`);
  const types = Object.entries(r.relationshipsByType).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`  relationships: ${types.reduce((n, [, c]) => n + c, 0)}${types.length ? ` (${types.map(([t, c]) => `${t} ${c}`).join(', ')})` : ''}`);
  if (r.lowConfidence.length) lines.push(`  below ${LOW_CONFIDENCE} confidence, review first:`, ...r.lowConfidence.map((x) => `    ${x}`));
  return lines.join('\n');
}

export async function main(argv: readonly string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: 'string', default: DEFAULT_SEED_DIR }, known: { type: 'string', default: DEFAULT_SEED_DIR }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
  } catch (e) {
    error(`ingest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    log(USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    error(`ingest: name at least one article file or directory\n${USAGE}`);
    return 2;
  }
  let reports: ArticleReport[];
  try {
    const paths = await resolveArticlePaths(positionals);
    if (paths.length === 0) throw new Error(`no .txt articles in ${positionals.join(', ')}`);
    reports = await ingestFiles(paths, { out: values.out!, known: values.known! });
  } catch (e) {
    error(`ingest: ${(e as Error).message}`);
    return 1;
  }
  const failed = reports.filter((r) => r.status === 'failed');
  const summary = {
    articles: reports.length,
    written: reports.filter((r) => r.status === 'written').length,
    unchanged: reports.filter((r) => r.status === 'unchanged').length,
    skippedCurated: reports.filter((r) => r.status === 'skipped-curated').length,
    failed: failed.length,
    entitiesLinked: reports.reduce((n, r) => n + r.entitiesLinked.length, 0),
    entitiesNew: reports.reduce((n, r) => n + r.entitiesNew.length, 0),
    relationships: reports.reduce((n, r) => n + Object.values(r.relationshipsByType).reduce((a, b) => a + b, 0), 0),
    lowConfidence: reports.reduce((n, r) => n + r.lowConfidence.length, 0),
  };
  if (values.json) {
    log(JSON.stringify({ articles: reports, summary }, null, 2));
  } else {
    for (const r of reports) (r.status === 'failed' ? error : log)(formatReport(r));
    log(
      `Summary: ${summary.articles} article(s): ${summary.written} written, ${summary.unchanged} unchanged, ${summary.skippedCurated} skipped (curated), ${summary.failed} failed; ` +
        `${summary.entitiesLinked} entities linked, ${summary.entitiesNew} new, ${summary.relationships} relationships, ${summary.lowConfidence} low-confidence items.`,
    );
    if (summary.written + summary.unchanged > 0) log(`Check them with: npm run seed -- --check ${DEFAULT_SEED_DIR === values.out ? 'seed/data' : `seed/data ${values.out}`}`);
  }
  return failed.length > 0 ? 1 : 0;
}

if (require.main === module) {
  // exitCode, not process.exit: exiting at once drops what is still queued for a pipe on stdout
  // (seen: a piped run lost its last reports and the summary).
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
