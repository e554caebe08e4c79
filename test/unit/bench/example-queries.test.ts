/**
 * The bench measures the README's example queries: bench/example-queries.ts holds them, and the
 * README shows exactly those.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'graphql';
import { BENCH_QUERIES, README_QUERIES } from '../../../bench/example-queries';

describe("the bench's example queries", () => {
  it.each(README_QUERIES.map((q) => [q.id, q.query]))('%s appears in the README word for word', (_id, query) => {
    // Prepare
    const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

    // Act
    const shown = readme.includes(query);

    // Assess
    expect(shown).toBe(true);
  });

  it('are all valid GraphQL with a unique id', () => {
    // Act
    const parseAll = () => BENCH_QUERIES.forEach((q) => parse(q.query));
    const ids = new Set(BENCH_QUERIES.map((q) => q.id));

    // Assess
    expect(parseAll).not.toThrow();
    expect(ids.size).toBe(BENCH_QUERIES.length);
  });
});
