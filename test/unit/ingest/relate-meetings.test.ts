/**
 * Stage relate, round 7 meetings and announcements: "met A, the X of Y, and B, the Z" (the second
 * person met too) and "announced what he called a “X”". Every text is invented; each rule has cases
 * where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const factsOf = (known: ReturnType<typeof knownFile>[], ...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Talks', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
};

describe('stage relate: the second person met', () => {
  it('reads "A met B, the general secretary of the X Party, and C, the Y prime minister" as meeting both', () => {
    // Act
    const found = factsOf([], 'Omar Vance, the Kenyan president, met Talia Brennock, the general secretary of the Andean Unity Party, and Jonas Brekke, the Peruvian prime minister.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Vance MEETS Talia Brennock', 'Omar Vance MEETS Jonas Brekke']));
  });

  it('reads "He also met A, the X, and B, the Y" with the previous sentence’s subject as "he"', () => {
    // Act
    const found = factsOf([], 'Omar Vance flew to Lima, where he held talks with Talia Brennock, Peru’s president.', 'He also met Ada Orrin, the head of the Tolva Council, and Ida Marsh, the Chilean foreign minister.');
    // Assess
    expect(found).toContain('Omar Vance MEETS Ida Marsh');
    expect(found).not.toContain('Talia Brennock MEETS Ida Marsh');
  });

  it('reads no meeting of a person named after a denied meeting or after a clause of another verb', () => {
    // Act
    const denied = factsOf([], 'Omar Vance did not meet Talia Brennock, the general secretary of the Andean Unity Party, and Jonas Brekke, the Peruvian prime minister.');
    const other = factsOf([], 'Omar Vance met Talia Brennock, the party leader; Jonas Brekke, the Peruvian prime minister, stayed away.');
    // Assess
    expect(denied.filter((r) => r.includes('MEETS'))).toEqual([]);
    expect(other).not.toContain('Omar Vance MEETS Jonas Brekke');
  });
});

describe('stage relate: an event announced by its quoted name', () => {
  const known = [knownFile('article:0000000000000811', [{ id: 'entity:tolva-special-operation', type: 'EVENT', name: 'Tolva Special Operation' }])];

  it('reads "A announced what he called a “Tolva Special Operation”" as announcing it, but not a denied announcement', () => {
    // Act
    const found = factsOf(known, 'Omar Vance, Peru’s president, announced what he called a “Tolva Special Operation” on Monday.');
    const denied = factsOf(known, 'Omar Vance has not announced what he called a “Tolva Special Operation”.');
    // Assess
    expect(found).toContain('Omar Vance ANNOUNCES Tolva Special Operation');
    expect(denied.filter((r) => r.includes('ANNOUNCES'))).toEqual([]);
  });
});
