import { knownFile, runUntil } from './support';

/**
 * Stage `cluster`, event-links.ts: "the earthquake" links to the known event whose descriptive name
 * ("<year> <place>–<place> <kind>") the article attests word by word, and to nothing otherwise.
 * Invented events and text.
 */
const QUAKE = knownFile('article:00000000000000aa', [{ id: 'entity:2019-chile-peru-earthquake', type: 'EVENT', name: '2019 Chile–Peru earthquake', aliases: ['earthquake'], wikidataId: 'Q1' }]);
const VOTE = knownFile('article:00000000000000bb', [{ id: 'entity:2021-kenyan-presidential-election', type: 'EVENT', name: '2021 Kenyan presidential election', aliases: ['election'] }]);

/** An article with an image block whose caption carries a date. */
const article = (caption: string, ...paragraphs: string[]) => `Rescuers search the rubble\n\nRescuers in a street\n${caption} - Ana Ruiz/Reuters\n\n${paragraphs.join('\n\n')}\n`;

const events = (raw: string, known = [QUAKE, VOTE]) =>
  [...runUntil('cluster', raw, known).entities!.values()].filter((e) => e.type === 'EVENT').map((e) => `${e.id} ${e.name} [${[...e.aliases].sort().join(', ')}] ${e.linked ? 'linked' : 'new'}`);

describe('cluster: an unnamed event links to the known event its text spells out', () => {
  it('links "the earthquake" when the year, both places and the kind are in the text', () => {
    // Act
    const found = events(article('Rescuers in Arica on 3 May 2019', 'Officials said that last week’s earthquake hit Chile and Peru before dawn on Friday.', 'Aid agencies said the earthquake had left thousands without shelter.'));
    // Assess
    expect(found).toEqual(['entity:2019-chile-peru-earthquake 2019 Chile–Peru earthquake [earthquake] linked']);
  });

  it('does not link when the text never gives the year', () => {
    // Act
    const found = events(article('Rescuers in Arica', 'Officials said that last week’s earthquake hit Chile and Peru before dawn on Friday.'));
    // Assess
    expect(found).toEqual([expect.stringMatching(/earthquake \[.*\] new$/)]);
  });

  it('does not link an event of another year ("the 2015 earthquake")', () => {
    // Act
    const found = events(article('Rescuers in Arica on 3 May 2019', 'Officials recalled that the 2015 earthquake hit Chile and Peru before dawn.'));
    // Assess
    expect(found).toEqual([expect.stringMatching(/earthquake \[.*\] new$/)]);
  });

  it('does not link when a place of the name is not named with the kind', () => {
    // Act
    const found = events(article('Rescuers in Arica on 3 May 2019', 'Officials said that last week’s earthquake hit Chile before dawn on Friday.', 'Peru sent two planes of aid.'));
    // Assess
    expect(found).toEqual([expect.stringMatching(/earthquake \[.*\] new$/)]);
  });

  it('does not link when two known events fit', () => {
    // Arrange
    const twin = knownFile('article:00000000000000cc', [{ id: 'entity:2019-peru-chile-earthquake', type: 'EVENT', name: '2019 Peru–Chile earthquake' }]);
    // Act
    const found = events(article('Rescuers in Arica on 3 May 2019', 'Officials said that last week’s earthquake hit Chile and Peru before dawn on Friday.'), [QUAKE, twin]);
    // Assess
    expect(found).toEqual([expect.stringMatching(/earthquake \[.*\] new$/)]);
  });

  it('needs the known name’s modifier before the kind ("presidential election", not "parliamentary election")', () => {
    // Act
    const presidential = events(article('Voters queue in Nairobi on 9 August 2021', 'Turnout was high in Kenya’s presidential election on Tuesday, observers said.'));
    const parliamentary = events(article('Voters queue in Nairobi on 9 August 2021', 'Turnout was high in Kenya’s parliamentary election on Tuesday, observers said.'));
    // Assess
    expect(presidential.filter((e) => e.includes('linked'))).toEqual([expect.stringMatching(/^entity:2021-kenyan-presidential-election 2021 Kenyan presidential election \[.*\] linked$/)]);
    expect(parliamentary).toEqual([expect.stringMatching(/election.* new$/)]);
  });

  it('keeps the class of an election when an attended event links by context ("held its parliamentary election")', () => {
    // Act
    const parliamentary = events(article('Voters queue in Nairobi on 9 August 2021', 'Kenya held its parliamentary election on Tuesday, and turnout was high.'));
    const presidential = events(article('Voters queue in Nairobi on 9 August 2021', 'Kenya held its presidential election on Tuesday, and turnout was high.'));
    // Assess
    expect(parliamentary).toEqual([expect.stringMatching(/election.* new$/)]);
    expect(presidential.filter((e) => e.includes('linked'))).toEqual([expect.stringMatching(/^entity:2021-kenyan-presidential-election /)]);
  });
});
