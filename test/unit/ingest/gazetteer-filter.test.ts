import { filteredSet, loadGazetteer } from '../../../seed/ingest/gazetteer';

describe('filteredSet (the bit filter in front of the city set)', () => {
  it('answers exactly what the set answers, members and others alike', () => {
    const members = new Set<string>();
    for (let i = 0; i < 30_000; i++) members.add(`Vellport ${i.toString(36)}`);
    const has = filteredSet(members);
    for (const m of members) expect(has(m)).toBe(true);
    let wrong = 0;
    for (let i = 0; i < 30_000; i++) {
      const other = `Vellport ${i.toString(36)}x`;
      if (has(other) !== members.has(other)) wrong++;
    }
    expect(wrong).toBe(0);
    expect(has('')).toBe(false);
  });

  it('keeps the gazetteer’s answers for cities and for other names', () => {
    const g = loadGazetteer();
    expect(g.isCity('Lima')).toBe(true);
    expect(g.isCity('Zurich')).toBe(true);
    expect(g.isCity('Tolvex Dynamics')).toBe(false);
    expect(g.isCity('foreign ministry')).toBe(false);
  });
});
