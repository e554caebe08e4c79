/**
 * `npm run eval [-- --json <file>] [-- --verbose]`
 *
 * Beside the pipeline's figures it prints those of the naive baseline of issue 11 §4 (a general
 * NLP library's people/places/organisations and every pair in a sentence: seed/ingest/baseline.ts),
 * measured on the same keys in the same run.
 *
 * Extracts each evaluation article (seed/articles/ for the curated seed files, test/fixtures/
 * articles/ for the answer keys in test/fixtures/answer-keys/) from its text alone, compares the
 * result with its key and prints a table per key, the mean and the targets. Writes every figure to
 * `.cache/eval/latest.json` (or `--json <file>`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineExtract } from './baseline';
import { defaultSources, runEval, TARGETS, type EvalReport, type MeanFigures } from './eval';

const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

export function formatEval(report: EvalReport): string {
  const head = '| Key | Entities P | R | F1 | Type acc. | Pair P | Pair R | Typed P | Typed R | Linking | Verbatim | Invented |';
  const rule = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';
  const rows = report.keys.map((k) =>
    `| ${k.key} | ${pct(k.entities.precision)} | ${pct(k.entities.recall)} | ${pct(k.entities.f1)} | ${pct(k.typeAccuracy)} | ${pct(k.pairs.precision)} | ${pct(k.pairs.recall)} | ${pct(k.typed.precision)} | ${pct(k.typed.recall)} | ${k.linkingAccuracy === null ? 'n/a' : `${pct(k.linkingAccuracy)} (${k.linkable})`} | ${pct(k.verbatimRate)} | ${k.invented} |`,
  );
  const groupRows = report.groups.map((g) => {
    const x = g.mean;
    return `| mean, ${g.name} (${g.keys.length}) | ${pct(x.entityPrecision)} | ${pct(x.entityRecall)} | ${pct(x.entityF1)} | ${pct(x.typeAccuracy)} | ${pct(x.pairPrecision)} | ${pct(x.pairRecall)} | ${pct(x.typedPrecision)} | ${pct(x.typedRecall)} | ${pct(x.linkingAccuracy)} | ${pct(x.verbatimRate)} | ${x.invented} |`;
  });
  const m = report.mean;
  const meanRow = `| **mean, all keys (${report.keys.length})** | ${pct(m.entityPrecision)} | ${pct(m.entityRecall)} | **${pct(m.entityF1)}** | **${pct(m.typeAccuracy)}** | **${pct(m.pairPrecision)}** | **${pct(m.pairRecall)}** | ${pct(m.typedPrecision)} | ${pct(m.typedRecall)} | **${pct(m.linkingAccuracy)}** | **${pct(m.verbatimRate)}** | **${m.invented}** |`;
  const ok = (v: boolean) => (v ? 'met' : 'NOT met');
  const targets = [
    `| target | | | ≥ ${TARGETS.entityF1} | ≥ ${TARGETS.typeAccuracy} | ≥ ${TARGETS.pairPrecision} | ≥ ${TARGETS.pairRecall} | | | ${TARGETS.linkingAccuracy} | ${TARGETS.verbatimRate} | ${TARGETS.invented} |`,
    `| held? | | | ${ok(m.entityF1 >= TARGETS.entityF1)} | ${ok(m.typeAccuracy >= TARGETS.typeAccuracy)} | ${ok(m.pairPrecision >= TARGETS.pairPrecision)} | ${ok(m.pairRecall >= TARGETS.pairRecall)} | | | ${ok(m.linkingAccuracy === null || m.linkingAccuracy >= TARGETS.linkingAccuracy)} | ${ok(m.verbatimRate >= TARGETS.verbatimRate)} | ${ok(m.invented <= TARGETS.invented)} |`,
  ];
  const notes = report.groups.filter((g) => g.name !== 'development').map((g) => `- ${g.name}: ${g.note}.`);
  return [head, rule, ...rows, ...groupRows, meanRow, ...targets, ...(notes.length ? ['', 'The targets are on the mean over all keys. The groups:', ...notes] : [])].join('\n');
}

const pairF1 = (m: MeanFigures) => (m.pairPrecision + m.pairRecall === 0 ? 0 : (2 * m.pairPrecision * m.pairRecall) / (m.pairPrecision + m.pairRecall));

/** Per group and overall: the pipeline's entity F1 and pair figures beside the naive baseline's. */
export function formatBaseline(report: EvalReport, baseline: EvalReport): string {
  const rows = [...report.groups.map((g) => ({ name: `mean, ${g.name} (${g.keys.length})`, ours: g.mean, theirs: baseline.groups.find((b) => b.name === g.name)?.mean })), { name: `mean, all keys (${report.keys.length})`, ours: report.mean, theirs: baseline.mean }];
  const cell = (m: MeanFigures | undefined, pick: (m: MeanFigures) => number) => (m ? pct(pick(m)) : 'n/a');
  return [
    'Against the naive baseline (compromise’s people/places/organisations, every pair of them in a sentence), same keys, same run:',
    '',
    '| Group | Entity F1 | baseline | Pair P | baseline | Pair R | baseline | Pair F1 | baseline |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ name, ours, theirs }) =>
      `| ${name} | ${pct(ours.entityF1)} | ${cell(theirs, (m) => m.entityF1)} | ${pct(ours.pairPrecision)} | ${cell(theirs, (m) => m.pairPrecision)} | ${pct(ours.pairRecall)} | ${cell(theirs, (m) => m.pairRecall)} | ${pct(pairF1(ours))} | ${cell(theirs, pairF1)} |`,
    ),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { json: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
  const root = join(__dirname, '../..');
  const sources = await defaultSources(root);
  const report = await runEval(sources);
  const baseline = await runEval(sources, (name, text) => baselineExtract(name, text));
  console.log(formatEval(report));
  console.log(`\n${formatBaseline(report, baseline)}`);
  if (values.verbose) {
    console.log('\nPer rule (items the keys confirm / items):');
    for (const [rule, { correct, total }] of Object.entries(report.rules)) console.log(`  ${rule}: ${correct}/${total}`);
    for (const k of report.keys) {
      console.log(`\n${k.key}\n  missed: ${k.missedEntities.join('; ')}\n  spurious: ${k.spuriousEntities.join('; ')}\n  wrong type: ${k.wrongTypes.join('; ')}\n  invented: ${k.inventedItems.join('; ')}`);
    }
  }
  const out = values.json ?? join(root, '.cache/eval/latest.json');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ ...report, baseline: { groups: baseline.groups, mean: baseline.mean } }, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(1);
  });
}
