import { ingestMany } from '../../../seed/ingest/ingest-many';
import { buildKnownIndex } from '../../../seed/ingest/link';
import { ArticleParseError } from '../../../seed/ingest/parse-article';
import { PIPELINE, ingestText, type IngestContext } from '../../../seed/ingest/pipeline';
import { serializeSeedFile, toSeedFile } from '../../../seed/ingest/to-seed-file';
import { articleText, knownFile } from './support';

const ARTICLES = [
  articleText('Ferry line to reopen', 'Talia Brennock, the Kenyan transport minister, will arrive in Peru on Monday.', 'Ms Brennock said Kenya and Peru would sign an agreement.'),
  articleText('Port strike ends', 'Dockers at the Orvane Shipping Company returned to work on Tuesday, the union said.'),
  articleText('Rains return', 'Rivers rose in the north of Kenya. Schools closed in Mombasa.'),
].map((raw, i) => ({ path: `00${i + 1}_000000000000000${i}.txt`, raw }));
const BROKEN = { path: '009_00000000000000bb.txt', raw: 'Headline\nno blank line here\n\nBody.\n' };
const known = { known: buildKnownIndex([knownFile('article:known', [{ id: 'entity:kenya', type: 'COUNTRY', name: 'Kenya' }])]) };
const seedText = (doc: Parameters<typeof toSeedFile>[0]) => serializeSeedFile(toSeedFile(doc));

describe('ingestMany: parse and segment a batch ahead, the other stages per article', () => {
  it('gives each article the seed file ingestText gives it alone, in input order, for any batch size', () => {
    // Prepare
    const alone = ARTICLES.map((a) => seedText(ingestText(a.path, a.raw, known)));
    // Act
    const bySize = [1, 2, 16].map((batchSize) => [...ingestMany(ARTICLES, () => known, { batchSize })]);
    // Assess
    for (const results of bySize) {
      expect(results.map((r) => r.item.path)).toEqual(ARTICLES.map((a) => a.path));
      expect(results.map((r) => seedText(r.doc!))).toEqual(alone);
    }
  });

  it('yields a malformed article its parse error, naming file and line, and goes on with the others', () => {
    // Prepare
    const items = [ARTICLES[0]!, BROKEN, ARTICLES[1]!];
    // Act
    const results = [...ingestMany(items, () => known)];
    // Assess
    expect(results.map((r) => (r.error ? 'failed' : 'ingested'))).toEqual(['ingested', 'failed', 'ingested']);
    expect(results[1]!.error).toBeInstanceOf(ArticleParseError);
    expect(results[1]!.error!.message).toBe('009_00000000000000bb.txt:2: expected a blank line after the headline');
    expect(seedText(results[2]!.doc!)).toBe(seedText(ingestText(ARTICLES[1]!.path, ARTICLES[1]!.raw, known)));
  });

  it('asks for an article’s context in its turn, after the articles before it were consumed', () => {
    // Prepare
    const events: string[] = [];
    const contextFor = (doc: { article?: { title: string } }): IngestContext => {
      events.push(`context ${doc.article!.title}`);
      return known;
    };
    // Act
    for (const r of ingestMany(ARTICLES, contextFor, { batchSize: 16 })) events.push(`consumed ${r.doc!.article!.title}`);
    // Assess
    expect(events).toEqual(['context Ferry line to reopen', 'consumed Ferry line to reopen', 'context Port strike ends', 'consumed Port strike ends', 'context Rains return', 'consumed Rains return']);
  });

  it('runs the text-only stages ahead in batches of the given size, and never lets them read the known set', () => {
    // Prepare
    const order: string[] = [];
    const traced = PIPELINE.map((c) => ({ name: c.name, run: (doc: Parameters<typeof c.run>[0], ctx: IngestContext) => (order.push(`${c.name} ${doc.path[2]}`), c.run(doc, ctx)) }));
    const peeking = [{ name: 'parse', run: PIPELINE[0]!.run }, { name: 'segment', run: (doc: Parameters<(typeof PIPELINE)[0]['run']>[0], ctx: IngestContext) => (void ctx.known, doc) }];
    // Act
    [...ingestMany(ARTICLES, () => known, { batchSize: 2, components: traced })];
    const peek = () => [...ingestMany(ARTICLES, () => known, { components: peeking })];
    // Assess
    expect(order.filter((o) => /^(parse|segment|link) /.test(o))).toEqual(['parse 1', 'segment 1', 'parse 2', 'segment 2', 'link 1', 'link 2', 'parse 3', 'segment 3', 'link 3']);
    expect(peek).toThrow('ingest: a stage up to "segment" read the known set');
  });
});
