import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../../seed/build-graph';
import { DEFAULT_SEED_DIR } from '../../../seed/cli';
import { loadSeedFiles } from '../../../seed/load-seed-files';
import { fieldText } from '../../../seed/mentions';

describe('the committed seed data', () => {
  const load = async () => {
    const files = await loadSeedFiles([DEFAULT_SEED_DIR]);
    return { files, graph: buildGraph(files) };
  };

  it('validates and holds the first article with 20+ entities and 25+ relationships', async () => {
    // Act
    const { files, graph } = await load();
    // Assess
    expect(files.map((f) => f.data.article.id)).toContain('article:ed35ebebeaaf3e62');
    expect(graph.entities.length).toBeGreaterThan(20);
    expect(graph.relationships.length).toBeGreaterThanOrEqual(25);
  });

  it('quotes every piece of evidence verbatim from its article, at the recorded span', async () => {
    // Prepare
    const { files, graph } = await load();
    const articles = new Map(files.map((f) => [f.data.article.id, f.data.article]));
    // Act
    const evidence = graph.relationships.flatMap((r) => r.evidence);
    // Assess
    expect(evidence.length).toBeGreaterThanOrEqual(graph.relationships.length);
    for (const e of evidence) {
      const text = fieldText(articles.get(e.articleId)!, e.span.field);
      expect(text).toContain(e.quote);
      expect(text.slice(e.span.start, e.span.end)).toBe(e.quote);
    }
  });

  it('computes mention spans that point at the name or an alias of their entity', async () => {
    // Prepare
    const { files, graph } = await load();
    const entities = new Map(graph.entities.map((e) => [e.id, e]));
    const article = files[0]!.data.article;
    // Act
    const mentions = graph.articles[0]!.mentions;
    // Assess
    expect(mentions.length).toBe(files[0]!.data.entities.length);
    for (const mention of mentions) {
      const entity = entities.get(mention.entityId)!;
      expect(mention.count).toBe(mention.spans.length);
      for (const span of mention.spans) {
        expect(fieldText(article, span.field).slice(span.start, span.end)).toBe(span.text);
        expect([entity.name, ...entity.aliases]).toContain(span.text);
      }
    }
    const putin = mentions.find((m) => m.entityId === 'entity:vladimir-putin')!;
    expect(putin.count).toBeGreaterThanOrEqual(8);
  });

  // The raw article is kept in the repository (seed/articles/), so this runs in any clone.
  const source = join(__dirname, '../../../seed/articles/000_ed35ebebeaaf3e62.txt');
  it('keeps the article text exactly as received', async () => {
    // Prepare
    const lines = readFileSync(source, 'utf8').split('\n');
    const { files } = await load();
    const article = files.find((f) => f.data.article.id === 'article:ed35ebebeaaf3e62')!.data.article;
    // Assess
    expect(article.title).toBe(lines[0]);
    expect(article.imageAlt).toBe(lines[2]);
    expect(`${article.imageCaption} - ${article.imageCredit}`).toBe(lines[3]);
    expect(article.body).toBe(lines.slice(5).join('\n'));
    expect([article.publishedAt, article.publisher, article.url]).toEqual([null, null, null]);
  });
});
