/**
 * The synthetic corpus (bench/corpus.ts, `npm run gen`): files the seed accepts, the same files
 * every time, and the shape the scale figures rely on.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../../../bench/corpus';
import { writeCorpus } from '../../../bench/gen';
import { buildGraph } from '../../../seed/build-graph';
import { loadSeedFiles } from '../../../seed/load-seed-files';

const ARTICLES = 300;

describe('the synthetic corpus', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-corpus-'));
    writeCorpus(ARTICLES, dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('passes the seed validation together with the real seed data', async () => {
    // Act
    const files = await loadSeedFiles([path.join(__dirname, '../../../seed/data'), dir]);

    // Assess
    expect(files).toHaveLength(ARTICLES + 1);
  });

  it('is the same for the same options, and another for another seed', () => {
    // Act
    const first = [...generateCorpus({ articles: 20 })];
    const again = [...generateCorpus({ articles: 20 })];
    const other = [...generateCorpus({ articles: 20, seed: 2 })];

    // Assess
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first));
  });

  it('mentions 5–30 entities and states 3–20 relationships per article, entities shared with a heavy tail', async () => {
    // Prepare
    const graph = buildGraph(await loadSeedFiles([dir]));

    // Act
    const mentions = graph.articles.map((a) => a.mentions.length);
    const files = [...generateCorpus({ articles: ARTICLES })];
    const relationships = files.map((f) => f.content.relationships.length);
    const articlesPerEntity = new Map<string, number>();
    for (const { mentions: list } of graph.articles) for (const m of list) articlesPerEntity.set(m.entityId, (articlesPerEntity.get(m.entityId) ?? 0) + 1);
    const counts = [...articlesPerEntity.values()].sort((a, b) => b - a);

    // Assess
    expect(Math.min(...mentions)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...mentions)).toBeLessThanOrEqual(30);
    expect(Math.min(...relationships)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...relationships)).toBeLessThanOrEqual(20);
    // A few entities are in most articles, most entities in very few.
    expect(counts[0]!).toBeGreaterThan(ARTICLES / 2);
    expect(counts[Math.floor(counts.length / 2)]!).toBeLessThanOrEqual(5);
  });

  it('never gives a synthetic entity a word starting with "xi", so the README search stays the same', () => {
    // Act
    const names = [...generateCorpus({ articles: ARTICLES })].flatMap((f) => f.content.entities.flatMap((e) => [e.name, ...e.aliases]));

    // Assess
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => /(^|[^a-z])xi/i.test(name))).toEqual([]);
  });
});
