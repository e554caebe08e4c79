/**
 * Issue 11's "done when", end to end on DynamoDB Local: a plain-text article that shares people
 * and countries with the curated seed goes through `ingestFiles` (what `npm run ingest` runs), the
 * draft is validated and seeded together with `seed/data` by the seed's own code, and the real
 * handler serves the new article with its mentions linked to the existing entities and every fact
 * the extractor proposed marked as proposed, with a confidence, a rule and a verbatim quote.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../seed/build-graph';
import { DEFAULT_SEED_DIR } from '../../seed/cli';
import { ingestFiles } from '../../seed/ingest/ingest-files';
import { loadSeedFiles } from '../../seed/load-seed-files';
import { seedGraph } from '../../seed/seed';
import { createRepositories } from '../../src/data/create-repositories';
import { graphqlEvent, invoke } from '../support/lambda-events';
import { appOn, freshTables, localClients } from './support/seeded-app';

const ARTICLE = join(__dirname, '../fixtures/articles/101_e0fa295d49104514.txt');
const ARTICLE_ID = 'article:e0fa295d49104514';
/** Curated entities of seed/data that the article names (its answer key shares their ids). */
const SHARED = ['entity:xi-jinping', 'entity:vladimir-putin', 'entity:china', 'entity:russia', 'entity:kremlin'];

describe('an ingested article on DynamoDB Local', () => {
  it('is served with its mentions linked to the curated entities and its proposed facts marked', async () => {
    // Prepare
    const out = await mkdtemp(join(tmpdir(), 'newsgraph-ingest-'));
    const [report] = await ingestFiles([ARTICLE], { out, known: DEFAULT_SEED_DIR });
    expect(report).toMatchObject({ status: 'written', articleId: ARTICLE_ID });
    const loaded = await loadSeedFiles([DEFAULT_SEED_DIR, out]);
    const tables = await freshTables();
    await seedGraph(buildGraph(loaded), createRepositories(localClients().document, tables));
    const app = appOn(tables);
    const text = await readFile(ARTICLE, 'utf8');
    // Act
    // Two requests: together they would pass the query cost limit (1,000).
    const { json } = await invoke(
      app.handler,
      graphqlEvent(`{
        article(id: "${ARTICLE_ID}") { title mentions(first: 100) { edges { node { entity { id status } count } } } }
        xi: entity(id: "entity:xi-jinping") { status articles(first: 10) { edges { node { id } } } }
      }`),
    );
    const facts = await invoke(
      app.handler,
      graphqlEvent(`{
        article(id: "${ARTICLE_ID}") {
          title body imageCaption imageCredit
          relationships(first: 100) {
            edges { node { id status confidence rule source { id } target { id } evidence { quote span { field } status rule confidence article { id } } } }
          }
        }
      }`),
    );
    // Assess
    expect(json.errors).toBeUndefined();
    const article = json.data.article;
    expect(article.title).toBe(text.split('\n')[0]);
    const mentioned = new Map<string, { status: string; count: number }>(article.mentions.edges.map((e: any) => [e.node.entity.id, { status: e.node.entity.status, count: e.node.count }]));
    for (const id of SHARED) expect(mentioned.get(id)).toMatchObject({ status: 'CURATED' });
    expect(json.data.xi.articles.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([ARTICLE_ID, 'article:ed35ebebeaaf3e62']));

    expect(facts.json.errors).toBeUndefined();
    const served = facts.json.data.article;
    const relationships = served.relationships.edges.map((e: any) => e.node);
    expect(relationships.length).toBeGreaterThan(0);
    const fields: Record<string, string> = { TITLE: served.title, BODY: served.body, IMAGE_CAPTION: served.imageCaption, IMAGE_CREDIT: served.imageCredit };
    for (const r of relationships) {
      const own = r.evidence.filter((e: any) => e.article.id === ARTICLE_ID);
      expect(own.length).toBeGreaterThan(0);
      for (const e of own) {
        // What this article's draft says is proposed, with its rule, and quoted verbatim.
        expect(e).toMatchObject({ status: 'PROPOSED', rule: expect.any(String) });
        expect(fields[e.span.field]).toContain(e.quote);
      }
      // A relationship only this draft gives is proposed; one the curated seed also gives stays curated.
      const curatedElsewhere = r.evidence.some((e: any) => e.article.id !== ARTICLE_ID && e.status === 'CURATED');
      if (!curatedElsewhere) {
        expect(r.status).toBe('PROPOSED');
        expect(r.confidence).toBeGreaterThan(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.rule).toEqual(expect.any(String));
      }
      expect(mentioned.has(r.source.id) && mentioned.has(r.target.id)).toBe(true);
    }
  });
});
