import { countryPrefixes } from '../../../seed/ingest/cluster';
import { articleText, runUntil } from './support';

/** name → type of the entities stage cluster finds. */
const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('stage cluster: places in lists, after a city, with an article and before a body', () => {
  it('types the names listed after "<kind nouns>:" by that kind, and no city of a list as a region', () => {
    // Act
    const found = typesOf(articleText('Tour', 'The band will play in four cities: Lima, Quito, Al Tolvar and Vaskoro, a new city on the coast.'));
    // Assess
    expect(found).toMatchObject({ Lima: 'CITY', Quito: 'CITY', 'Al Tolvar': 'CITY', Vaskoro: 'CITY' });
  });

  it('types a list after "at" by the plural kind noun before it when the count matches', () => {
    // Act
    const found = typesOf(articleText('Aid', 'Omar Vance said the two crossings between Tolvania and Vaskor, at Bab Orvalo and al-Kettar, would open.'));
    const miscounted = typesOf(articleText('Aid', 'Omar Vance said the two crossings, at Bab Orvalo, Deir Amsel and al-Kettar, would open.'));
    // Assess
    expect(found).toMatchObject({ 'Bab Orvalo': 'PROJECT', 'al-Kettar': 'PROJECT' });
    expect(miscounted['Bab Orvalo']).not.toBe('PROJECT');
  });

  it('types the place after "<city of two words>, " as its region, but not inside a list', () => {
    // Act
    const region = typesOf(articleText('Firm', 'Tolvex Dynamics, based in San Diego, Calvora, makes drones.'));
    const list = typesOf(articleText('Firm', 'Offices opened in Lima, Quito and Arequipa.'));
    // Assess
    expect(region.Calvora).toBe('REGION');
    expect(list).toMatchObject({ Lima: 'CITY', Quito: 'CITY', Arequipa: 'CITY' });
  });

  it('keeps the article of a city named with it', () => {
    // Act
    const found = typesOf(articleText('Visit', 'Omar Vance arrived in The Woodlands on Monday.'));
    // Assess
    expect(found['The Woodlands']).toBe('CITY');
    expect(Object.keys(found)).not.toContain('Woodlands');
  });

  it('names a body without the country written before it, and keeps the country', () => {
    // Act
    const doc = runUntil('cluster', articleText('Ports', 'The UK Harbour Safety Authority, whose chair is Ines Marlow, fined Tolvex.'));
    const found = Object.fromEntries([...doc.entities!.values()].map((e) => [e.name, e.type]));
    // Assess
    expect(found).toMatchObject({ 'Harbour Safety Authority': 'GOVERNMENT_BODY', 'United Kingdom': 'COUNTRY' });
    expect(Object.keys(found)).not.toContain('UK Harbour Safety Authority');
    // the prefix is read off the mentions for the relation rules: body → its country
    expect(Object.fromEntries(countryPrefixes(doc))).toEqual({ 'entity:harbour-safety-authority': 'entity:united-kingdom' });
  });

  it('reads no country prefix from a country that only stands beside a body', () => {
    // Act
    const doc = runUntil('cluster', articleText('Ports', 'Fishing boats from Peru, Harbour Safety Authority officials said, were late.'));
    // Assess
    expect(countryPrefixes(doc).size).toBe(0);
  });

  it('takes no people, no faith, nor a country’s first word used as an adjective, for an entity', () => {
    // Act
    const found = typesOf(articleText('Vote', 'Burkina Faso voted yes, and the Burkina delegation left early.', 'The Peruvians said they would abstain, and Ines Marlow has long written about Buddhism.'));
    // Assess
    expect(found['Burkina Faso']).toBe('COUNTRY');
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['Burkina']));
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['Peruvians']));
    expect(Object.keys(found)).not.toEqual(expect.arrayContaining(['Buddhism']));
  });
});
