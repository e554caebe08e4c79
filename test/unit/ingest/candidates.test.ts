import { articleText, runUntil } from './support';

const texts = (raw: string) => runUntil('candidates', raw).candidates!.map((c) => [c.text, c.honorific, c.definite, c.initial]);

describe('stage candidates: proper-noun sequences', () => {
  it('cleans possessives, honorifics, quotes and sentence-initial capitals', () => {
    // Act
    const found = texts(articleText('Harbour news', 'Yesterday Mr Okafor’s boat reached “Port Velma” safely.', 'The Coastal Shipping Board said Dr. Ines Marlow agreed.'));
    // Assess
    // (a single word that starts a sentence is kept but flagged: stage cluster drops it without a cue)
    expect(found).toEqual([
      ['Harbour', null, false, true],
      ['Okafor', 'Mr', false, false],
      ['Port Velma', null, false, false],
      ['Coastal Shipping Board', null, true, false],
      ['Ines Marlow', 'Dr.', false, false],
    ]);
  });

  it('keeps connectors and a closing number inside a name, and a lower-case body noun after it', () => {
    // Act
    const found = texts(articleText('Works', 'The Bridge of Tolva 3 opened, the Harbour department said.', 'Chile’s transport ministry approved it.'));
    // Assess
    expect(found.map(([t]) => t)).toEqual(['Bridge of Tolva 3', 'Harbour department', 'Chile', 'transport ministry']);
  });

  it('joins "and" only inside a name that ends in a head noun, and drops lone demonyms', () => {
    // Act
    const found = texts(articleText('Trade', 'Peru and Chile sent Chilean envoys to the Sea and Sky Forum.'));
    // Assess
    expect(found.map(([t, , , initial]) => [t, initial])).toEqual([['Trade', true], ['Peru', true], ['Chile', false], ['Sea and Sky Forum', false]]);
  });
});
