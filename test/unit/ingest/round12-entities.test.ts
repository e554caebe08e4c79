import { articleText, knownFile, runUntil } from './support';

/** name → type of the entities stage cluster finds in these paragraphs. */
const typesOf = (...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e.type]));

describe('round 12 entities: a country’s own name before a body is part of its name', () => {
  it('keeps "the Velmara Weather Agency" whole, and still splits a short form in capitals', () => {
    // Act
    const found = typesOf('The Peru Weather Agency issued a warning on Monday.', 'The UK Harbour Safety Authority fined the firm.');
    // Assess
    expect(found['Peru Weather Agency']).toBe('GOVERNMENT_BODY');
    expect(found['Weather Agency']).toBeUndefined();
    expect(found['Harbour Safety Authority']).toBe('GOVERNMENT_BODY');
    expect(found['United Kingdom']).toBe('COUNTRY');
  });

  it('never links a country’s body to a known body of another country', () => {
    // Arrange
    const known = [knownFile('article:0000000000000001', [{ id: 'entity:united-states-harbour-guard', type: 'GOVERNMENT_BODY', name: 'United States Harbour Guard', aliases: ['Harbour Guard'] }])];
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'The Peru Harbour Guard rescued six sailors.'), known);
    const names = [...doc.entities!.values()].map((e) => e.name);
    // Assess
    expect(names).toContain('Peru Harbour Guard');
    expect(names).not.toContain('United States Harbour Guard');
  });
});
