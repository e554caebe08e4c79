import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { substringGate } from '../../../seed/ingest/substring-gate';

describe('the substring gate', () => {
  it('answers exactly what includes answers, for present, absent and short strings', () => {
    // Prepare
    const text = 'Tolva’s general election, held at a school in Port Velma, was a runoff.\nThe war ended.';
    const probes = ['’s ', "'s ", 'general ', 'election', 'elections', 'at a', 'war', 'award', 'runoff', 'run-off', 'a', '', 'ed.', 'Velma', 'velma', 'n.\nT', 'earthquake'];
    // Act
    const has = substringGate(text).includes;
    // Assess
    for (const p of probes) expect([p, has(p)]).toEqual([p, text.includes(p)]);
  });

  it('agrees with includes on every word and word pair of the real articles', () => {
    // Prepare
    const root = join(__dirname, '../../..');
    const texts = ['seed/articles', 'test/fixtures/articles'].flatMap((d) => readdirSync(join(root, d)).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(root, d, n), 'utf8')));
    const words = [...new Set(texts.flatMap((t) => t.split(/\s+/)))];
    const probes = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
    // Act
    const disagreements = texts.slice(0, 8).flatMap((t) => {
      const has = substringGate(t).includes;
      return probes.filter((p) => has(p) !== t.includes(p));
    });
    // Assess
    expect(disagreements).toEqual([]);
  });
});

describe('two gates at once', () => {
  it('keeps the older gate exact once a newer one has taken the shared bits', () => {
    // Prepare
    const older = substringGate('the earthquake struck');
    // Act
    const newer = substringGate('a summit was held');
    // Assess
    expect([older.includes('earthquake'), older.includes('summit'), newer.includes('summit'), newer.includes('earthquake')]).toEqual([true, false, true, false]);
  });
});
