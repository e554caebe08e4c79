import { loadGazetteer } from '../../../seed/ingest/gazetteer';
import { articleText, runUntil } from './support';

const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('gazetteer and cluster: states and provinces (round 9)', () => {
  it('knows states and provinces from compromise’s lexicon, but not a name that is a country or a city', () => {
    // Act
    const g = loadGazetteer();
    // Assess
    expect(g.isSubdivision('Saskatchewan')).toBe(true);
    expect(g.isSubdivision('Tamil Nadu')).toBe(true);
    expect(g.isSubdivision('Georgia')).toBe(false);
    expect(g.isSubdivision('New York')).toBe(false);
    expect(g.isSubdivision('Pei')).toBe(false);
  });

  it('types a state or province named alone as a region, in either wording', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Orvane Mining will build a plant in Saskatchewan next year.', 'Farmers in Karnataka said Tolvex had not paid them; Tasmania declined to comment.'));
    // Assess
    expect(found).toMatchObject({ Saskatchewan: 'REGION', Karnataka: 'REGION', Tasmania: 'REGION' });
  });

  it('leaves a stronger cue before the gazetteer: an honorific makes a person', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Ms Montana Velkor said the vote was close. Velkor then left.'));
    // Assess
    expect(found['Montana']).toBeUndefined();
  });
});

describe('candidates and cluster: hyphenated names (round 9)', () => {
  it('keeps a lower-case particle between hyphens inside a name, in a party’s or a town’s name', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The police banned Tehreek-e-Orvan on Monday, and Hizb-ut-Velmar called a strike.', 'Protesters gathered in Orvel-on-Sea.'));
    // Assess
    expect(found).toMatchObject({ 'Tehreek-e-Orvan': 'ORGANIZATION', 'Hizb-ut-Velmar': 'ORGANIZATION' });
    expect(found['Orvel-on-Sea']).toBeDefined();
    expect(found['Tehreek']).toBeUndefined();
    expect(found['Orvan']).toBeUndefined();
  });

  it('reads a hyphenated name standing alone as a company, whoever writes it', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Investors sold shares of Orvex-Tolland on Monday.', 'Analysts said Velmar-Kessel had bid for the mine.'));
    // Assess
    expect(found).toMatchObject({ 'Orvex-Tolland': 'ORGANIZATION', 'Velmar-Kessel': 'ORGANIZATION' });
  });

  it('does not make an entity of two peoples or places joined, of a lower-case tail, or of a person’s surname', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The Sino-Tolvan talks failed, and Tolvex-based firms sued.', 'Anna Orvel-Kessel spoke first; Orvel-Kessel then left.'));
    // Assess
    expect(found['Sino-Tolvan']).toBeUndefined();
    expect(found['Tolvex-based']).toBeUndefined();
    expect(found['Orvel-Kessel']).toBeUndefined();
    expect(found['Anna Orvel-Kessel']).toBe('PERSON');
  });
});
