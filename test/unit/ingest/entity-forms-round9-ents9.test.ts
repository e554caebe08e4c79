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
