import { toTermItems, termPartition } from '../../../src/data/entity-item';
import { normalizeText, searchTerms } from '../../../src/data/normalize';
import { anEntity } from '../../support/factories';

describe('normalizeText', () => {
  it.each([
    ['Xi Jinping', 'xi jinping'],
    ['  Power of   Siberia 2 ', 'power of siberia 2'],
    ['São Paulo', 'sao paulo'],
    ['Mr Putin’s', 'mr putin s'],
    ['ÉLYSÉE', 'elysee'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('search terms', () => {
  it('cuts a name at every word so any word can start a match', () => {
    expect(searchTerms('Power of Siberia 2')).toEqual(['power of siberia 2', 'of siberia 2', 'siberia 2', '2']);
  });

  it('builds term items for the name and aliases, the name winning a shared term', () => {
    // Prepare
    const entity = anEntity({ id: 'entity:xi-jinping', name: 'Xi Jinping', aliases: ['Mr Xi', 'Xi'] });
    // Act
    const items = toTermItems(entity);
    // Assess
    expect(items.map((i) => [i.term, i.fromName, i.wordIndex])).toEqual([
      ['xi jinping', true, 0],
      ['jinping', true, 1],
      ['mr xi', false, 0],
      ['xi', false, 1],
    ]);
    expect(items.every((i) => i.termPk === termPartition(i.term) && i.termSk === `${i.term}#entity:xi-jinping`)).toBe(true);
  });
});
