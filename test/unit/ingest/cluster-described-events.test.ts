import { articleText, runUntil } from './support';

/** name → [type, aliases] of the entities stage cluster finds. */
const entitiesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, [e.type, [...e.aliases].sort()]]));

describe('stage cluster: events named by a phrase', () => {
  it('reads "last week’s <class> <event noun>", "the <year> <event noun>" and "at an <class> <event noun>" as events', () => {
    // Act
    const found = entitiesOf(articleText('Vote', 'The Civic Union, which won last week’s general election in Tolvania, met at an extraordinary congress on Monday.', 'Homes destroyed in the 2009 earthquake were rebuilt.'));
    // Assess
    expect(found).toMatchObject({ 'general election': ['EVENT', []], 'extraordinary congress': ['EVENT', []], '2009 earthquake': ['EVENT', []] });
  });

  it('takes "last week’s summit" for the one named summit of the text', () => {
    // Act
    const found = entitiesOf(articleText('Summit', 'Leaders met at the Andean Trade Summit in Lima.', 'Omar Vance said last week’s summit had gone well.'));
    // Assess
    expect(found['Andean Trade Summit']).toEqual(['EVENT', ['summit']]);
    expect(Object.keys(found)).not.toContain('summit');
  });

  it('takes no news conference and no unclassified adjective for an event', () => {
    // Act
    const found = entitiesOf(articleText('Talks', 'Omar Vance spoke at a news conference after last week’s bitter talks.'));
    // Assess
    // (an adjective that does not classify the event is no part of a phrase the rule reads)
    expect(Object.values(found).filter(([type]) => type === 'EVENT')).toEqual([]);
  });

  it('names an edition given by ordinal and year, gives a year’s phrase to its edition, and drops the bare series name', () => {
    // Act
    const found = entitiesOf(articleText('Cup', 'Tolvania will host the 2030 Pan Ocean Cup and Vasko the 2034 Pan Ocean Cup.', 'Tolvania staged the first Pan Ocean Cup in 1950, and the Pan Ocean Cup has grown since.', 'The 2030 tournament will have 48 teams.'));
    // Assess
    expect(found['1950 Pan Ocean Cup']).toEqual(['EVENT', ['first Pan Ocean Cup']]);
    expect(found['2030 Pan Ocean Cup']).toEqual(['EVENT', ['2030 tournament']]);
    expect(Object.keys(found)).not.toContain('Pan Ocean Cup');
  });
});

describe('stage cluster: a programme with a year, an economic area', () => {
  it('keeps a year closing a one-word name, and types an "… Area" a region', () => {
    // Act
    const found = entitiesOf(articleText('Plan', 'Tolvania has spent heavily as part of Horizon 2040, the economic programme, across the Andean Free Trade Area.', 'Omar Vance said in May 2023 that it was working.'));
    // Assess
    expect(found['Horizon 2040']?.[0]).toBe('PROJECT');
    expect(found['Andean Free Trade Area']?.[0]).toBe('REGION');
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining([expect.stringMatching(/2023/)]));
  });
});
