import { articleText, runUntil } from './support';

const entitiesOf = (title: string, ...paragraphs: string[]) => [...runUntil('cluster', articleText(title, ...paragraphs), []).entities!.values()].map((e) => ({ name: e.name, type: e.type, aliases: [...e.aliases].sort() }));

describe('stage cluster: two-word surnames and parts of countries', () => {
  it('joins a surname of two words opened by a capitalised particle, and its "Mr" form, to the one full name', () => {
    // Act
    const found = entitiesOf('Deal', 'Karim Al Rashid, the summit’s president, called the deal historic.', 'Mr Al Rashid said the talks were over. Later Al Rashid said he was pleased.');
    // Assess
    expect(found.find((e) => e.name === 'Karim Al Rashid')).toMatchObject({ type: 'PERSON', aliases: ['Al Rashid', 'Mr Al Rashid'] });
    expect(found.some((e) => e.name === 'Al Rashid')).toBe(false);
  });

  it('keeps two people apart when the two-word form ends neither’s name, or ends two of them', () => {
    // Act
    const found = entitiesOf('Deal', 'Karim Al Rashid and Layla Al Rashid, the two envoys, met Omar Van Dijk.', 'Mr Al Rashid said the talks were over.');
    // Assess
    const karim = found.find((e) => e.name === 'Karim Al Rashid')!;
    const layla = found.find((e) => e.name === 'Layla Al Rashid')!;
    expect(karim.aliases).not.toContain('Al Rashid');
    expect(layla.aliases).not.toContain('Al Rashid');
  });

  it('reads "a city in central <country>" as where the city lies, not a region; "north <country>" alone stays a region', () => {
    // Act
    const lies = entitiesOf('Cases', 'The first cases were found in Tolvaburg, a city in central Peru, last year.');
    const region = entitiesOf('Aid', 'Aid reached north Peru on Tuesday, and convoys entered north Peru again on Friday.');
    // Assess
    expect(lies.some((e) => e.name === 'central Peru')).toBe(false);
    expect(lies.find((e) => e.name === 'Peru')?.type).toBe('COUNTRY');
    expect(region.find((e) => e.name === 'north Peru')?.type).toBe('REGION');
  });
});
