import { formatIngest, syntheticArticles, type IngestFigures } from '../../../bench/ingest';
import { parseArticleText } from '../../../seed/ingest/parse-article';

describe('bench/ingest.ts', () => {
  it('turns the synthetic corpus into articles of the plain-text format, deterministically', () => {
    // Act
    const first = [...syntheticArticles(3)];
    const again = [...syntheticArticles(3)];
    // Assess
    expect(first).toEqual(again);
    for (const t of first) expect(parseArticleText(t.path, t.raw).body.length).toBeGreaterThan(0);
  });

  it('prints each target with whether it held', () => {
    // Prepare
    const figures: IngestFigures = {
      rows: [{ corpus: 'real', articles: 5, megabytes: 0.02, pipelineSeconds: 0.1, bareSeconds: 0.05, articlesPerSecond: 50, megabytesPerSecond: 0.2, bareArticlesPerSecond: 100, ratio: 2, cpuArticlesPerSecond: 60, cpuRatio: 1.8 }],
      linking: { smallKnown: 28, largeKnown: 10_000, smallMs: 10, largeMs: 16, ratio: 1.6 },
      memory: { articles: 1000, loadedRssMb: 200, peakRssMb: 250, seconds: 20 },
    };
    // Act
    const lines = formatIngest(figures);
    // Assess
    expect(lines).toEqual(expect.arrayContaining([
      '| ≥ 50 articles/s (real) | 50.0 wall, 60.0 per CPU-s | met (wall) |',
      '| pipeline ≤ 3× bare parse (real) | 2.00× wall, 1.80× CPU | met (wall) |',
      '| 10,000 known ≤ 1.5× the 28-known time | 1.60× | NOT met |',
    ]));
  });
});
