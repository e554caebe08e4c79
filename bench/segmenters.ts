/**
 * The segmenter comparison behind stage `segment` (seed/ingest/segment.ts): wink-nlp with its
 * English lite model against compromise, on the real articles (seed/articles, test/fixtures/articles),
 * measured in the same run.
 *
 * For each library: sentences per article body and how many of their boundaries both agree on,
 * warm milliseconds per article, and what each gives per token that the later stages need (part of
 * speech; a date/number recogniser). compromise's people/places/organisations are printed beside the
 * proper-noun tokens wink tags, to show why its ready-made entity lists are not used.
 *
 * `npm run bench:segmenters`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import compromise from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseArticleText } from '../seed/ingest/parse-article';

const ROOT = join(__dirname, '..');
const nlp = winkNLP(model);

function articles(): Array<{ name: string; body: string }> {
  return ['seed/articles', 'test/fixtures/articles'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => ({ name: n.slice(0, 3), body: parseArticleText(join(dir, n), readFileSync(join(ROOT, dir, n), 'utf8')).body })),
  );
}

/** Warm mean milliseconds of `run` over `rounds` passes of every text. */
function timeMs(texts: readonly string[], run: (text: string) => unknown, rounds: number): number {
  for (const t of texts) run(t);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of texts) run(t);
  return Number(process.hrtime.bigint() - start) / 1e6 / (rounds * texts.length);
}

/** Where each sentence ends in `text` (character offsets), found in order. */
function ends(text: string, sentences: readonly string[]): Set<number> {
  const out = new Set<number>();
  let cursor = 0;
  for (const s of sentences) {
    const trimmed = s.trim();
    const at = text.indexOf(trimmed, cursor);
    if (at === -1) continue;
    cursor = at + trimmed.length;
    out.add(cursor);
  }
  return out;
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 10);
  const list = articles();
  console.log(`Segmenters on ${list.length} real article bodies (${rounds} warm rounds each)\n`);
  console.log('| Article | wink sentences | compromise sentences | boundaries both agree on |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const a of list) {
    const w = nlp.readDoc(a.body).sentences().out() as string[];
    const c = compromise(a.body).sentences().out('array') as string[];
    const we = ends(a.body, w);
    const ce = ends(a.body, c);
    const both = [...we].filter((e) => ce.has(e)).length;
    console.log(`| ${a.name} | ${w.length} | ${c.length} | ${both} |`);
  }
  const bodies = list.map((a) => a.body);
  const winkMs = timeMs(bodies, (t) => nlp.readDoc(t).tokens().out(nlp.its.pos), rounds);
  const compromiseMs = timeMs(bodies, (t) => compromise(t).terms().json(), rounds);
  console.log('\n| Library | ms per article, warm | Part of speech per token | Dates and numbers |');
  console.log('| --- | ---: | --- | --- |');
  console.log(`| wink-nlp + wink-eng-lite-web-model | ${winkMs.toFixed(1)} | Universal POS tags | entity recogniser (DATE, CARDINAL, …) |`);
  console.log(`| compromise | ${compromiseMs.toFixed(1)} (${(compromiseMs / winkMs).toFixed(1)}×) | its own tag sets per term | #Date, #Value tags |`);
  const first = list[0]!;
  const doc = compromise(first.body);
  console.log(`\ncompromise's ready-made lists on article ${first.name} (not used: punctuation kept, names split):`);
  console.log(`  people: ${JSON.stringify(doc.people().out('array'))}`);
  console.log(`  places: ${JSON.stringify(doc.places().out('array'))}`);
  console.log(`  organizations: ${JSON.stringify(doc.organizations().out('array'))}`);
}

main();
