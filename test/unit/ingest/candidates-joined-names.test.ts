import { articleText, runUntil } from './support';

const texts = (raw: string) => runUntil('candidates', raw).candidates!.map((c) => c.text);
const entitiesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('stage candidates: names joined by possessives, dashes and "and"', () => {
  it('keeps a possessive of a common noun inside a name and goes on after it', () => {
    // Act
    const found = texts(articleText('Vote', 'Rafe Dunmore, the leader of the main opposition Liberal People’s Party, spoke.', 'The Workers’ Party for Land and Bread won, and Tolvex’s Institute of Mining agreed.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Liberal People’s Party', 'Workers’ Party for Land and Bread', 'Tolvex', 'Institute of Mining']));
    expect(found).not.toContain('Liberal People');
  });

  it('joins "and" after "<Head> of/for X" but not before a place', () => {
    // Act
    const found = texts(articleText('Trade', 'The Ministry of Trade and Industry met officials, and the Bank of Tolva and Peru agreed.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ministry of Trade and Industry', 'Peru']));
    expect(found).not.toContain('Bank of Tolva and Peru');
  });

  it('joins names written with an en dash or a hyphen into one', () => {
    // Act
    const found = texts(articleText('Vote', 'Ines Marlow, the leader of the Farmer–Civic Movement (FCM), and Tolva-Vasko, a new alliance, won seats.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Farmer–Civic Movement', 'Tolva-Vasko']));
    expect(found).not.toContain('Farmer');
  });
});

describe('stage cluster: a dash compound before a noun', () => {
  it('takes "the Tolva–Vasko alliance" as a description, but "the Tolva-Vasko pipeline" as a project', () => {
    // Act
    const found = entitiesOf(articleText('Deal', 'Tolvia-Civic, the Green-Civic alliance led by Ines Marlow, came second.', 'Gas flows through the Orsk-Vela pipeline.'));
    // Assess
    expect(found['Tolvia-Civic']).toBe('ORGANIZATION');
    expect(Object.keys(found)).not.toContain('Green-Civic');
    expect(found['Orsk-Vela']).toBe('PROJECT');
  });

  it('keeps a dash compound before a noun that is no tie between two ("the Velo-Rima company")', () => {
    // Act
    const found = entitiesOf(articleText('Drinks', 'Shares in the Velo-Rima company rose, and the Velo-Rima brand grew.'));
    // Assess
    expect(found['Velo-Rima']).toBe('ORGANIZATION');
  });
});
