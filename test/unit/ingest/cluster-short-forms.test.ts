import { articleText, runUntil } from './support';

/** name → [type, aliases] of the entities stage cluster finds. */
const entitiesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, [e.type, [...e.aliases].sort()]]));

describe('stage cluster: short forms of organisations', () => {
  it('takes an organisation’s first word alone as its short form', () => {
    // Act
    const found = entitiesOf(articleText('Deal', 'Tolvex Dynamics, the drone maker, agreed to a merger on Friday.', 'Shares in Tolvex rose after the deal.'));
    // Assess
    expect(found['Tolvex Dynamics']).toEqual(['ORGANIZATION', ['Tolvex']]);
    expect(Object.keys(found)).not.toContain('Tolvex');
  });

  it('keeps the first word apart when the text makes the longer name a part of it', () => {
    // Act
    const found = entitiesOf(articleText('Games', 'Tolvex Play, Tolvex’s games division, will run the studio.', 'Tolvex said the deal would close in May.'));
    // Assess
    expect(found['Tolvex Play']).toEqual(['ORGANIZATION', []]);
    expect(found.Tolvex?.[0]).toBe('ORGANIZATION');
  });

  it('never joins a place to an organisation named after it, nor a word two organisations share', () => {
    // Act
    const place = entitiesOf(articleText('Port', 'The Lima Harbour Group, a shipping company, said trade had grown.', 'Ships waited outside Lima on Monday.'));
    const two = entitiesOf(articleText('Banks', 'Vasko Capital Group bought a stake.', 'Vasko Freight Group sold it.', 'Vasko said the deal was done.'));
    // Assess
    expect(place['Lima Harbour Group']?.[1]).toEqual([]);
    expect(two['Vasko Capital Group']?.[1]).toEqual([]);
    expect(two['Vasko Freight Group']?.[1]).toEqual([]);
  });
});

describe('stage cluster: acronyms in parentheses', () => {
  it('makes the acronym after a name an alias of it, whatever its letters, and types the name an organisation', () => {
    // Act
    const found = entitiesOf(articleText('Vote', 'Rafe Dunmore, the leader of the Civic Union for Progress (UCP), won 20 seats.', 'In May New Harbour Compact (NHC) took 12. The UCP and the NHC will talk.'));
    // Assess
    expect(found['Civic Union for Progress']).toEqual(['ORGANIZATION', ['UCP']]);
    expect(found['New Harbour Compact']).toEqual(['ORGANIZATION', ['NHC']]);
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['UCP']));
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['NHC']));
  });

  it('keeps a person with a party’s acronym after the name a person, and gives the person no alias', () => {
    // Act
    const found = entitiesOf(articleText('Vote', 'Omar Vance (TPP) said the vote was fair.'));
    // Assess
    expect(found['Omar Vance']).toEqual(['PERSON', []]);
  });
});
