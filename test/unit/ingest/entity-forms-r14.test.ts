import type { DocEntity, Token } from '../../../seed/ingest/document';
import type { CountryEntry, Gazetteer } from '../../../seed/ingest/gazetteer';
import { countryPossessivePlace, courtOfPlay, givenNameCourt, initialGivenNameBeforeApposition, isDependency, isPlacedTown, retypeByPlace, upperLowerRegion } from '../../../seed/ingest/entity-forms-r14';
import { articleText, runUntil } from './support';

/** A gazetteer of invented places: Tolvania (a state), Orvik Isles (a dependency), two small towns. */
const country = (name: string, dependent: boolean): CountryEntry => ({ code: name.slice(0, 2).toUpperCase(), name, names: [name], dependent });
const COUNTRIES = new Map([['Tolvania', country('Tolvania', false)], ['Orvik Isles', country('Orvik Isles', true)]]);
const TOWNS = new Set(['Velmoux', 'Tarnay', 'Orvieux']);
const g: Gazetteer = {
  country: (s) => COUNTRIES.get(s),
  demonym: () => undefined,
  capitalOf: () => undefined,
  isCity: () => false,
  isTown: (s) => TOWNS.has(s),
  isBigCity: () => false,
  isRegion: () => false,
  isSubdivision: () => false,
};

const entity = (name: string, type: DocEntity['type'], rule: string, confidence = 0.35, linked = false): DocEntity => ({ id: `entity:${name.toLowerCase().replace(/\s+/g, '-')}`, type, name, aliases: [], description: null, wikidataId: null, linked, confidence, rule });

/** Tokens of "word/POS" pairs, one space apart. */
function tokens(spec: string): Token[] {
  let at = 0;
  return spec.split(' ').map((p) => {
    const [text, pos] = p.split('/') as [string, string];
    const t = { text, pos, numeric: false, start: at, end: at + text.length } as Token;
    at += text.length + 1;
    return t;
  });
}

describe('round 14 entity forms (entity-forms-r14.ts)', () => {
  it('makes a dependent territory the country gazetteer lists a region, and leaves a sovereign state a country', () => {
    // Act / Assess
    expect(isDependency(entity('Orvik Isles', 'COUNTRY', 'gazetteer-country', 0.95), g)).toBe(true);
    expect(isDependency(entity('Tolvania', 'COUNTRY', 'gazetteer-country', 0.95), g)).toBe(false);
    // (one linked to the known set keeps the known type)
    expect(isDependency(entity('Orvik Isles', 'COUNTRY', 'link-known-name', 0.95, true), g)).toBe(false);
  });

  it('makes a small town after a preposition of place or motion a city, but not one after "by" or one the text never places', () => {
    // Arrange
    const text = 'A time trial from Velmoux to Tarnay settled it; on the climb to Orvieux he cracked.';
    // Act / Assess
    expect(isPlacedTown(entity('Velmoux', 'ORGANIZATION', 'lone-proper-noun'), text, g)).toBe(true);
    expect(isPlacedTown(entity('Orvieux', 'ORGANIZATION', 'lone-proper-noun'), text, g)).toBe(true);
    expect(isPlacedTown(entity('Tarnay', 'ORGANIZATION', 'lone-proper-noun'), 'Tarnay said its profits rose; it was bought by Tarnay last year.', g)).toBe(false);
    expect(isPlacedTown(entity('Tarnay', 'ORGANIZATION', 'lone-proper-noun'), 'Tarnay said its profits rose.', g)).toBe(false);
    // (a name the town list lacks, or a strong cue's organisation, stays)
    expect(isPlacedTown(entity('Quorvex', 'ORGANIZATION', 'lone-proper-noun'), 'shares in Quorvex fell', g)).toBe(false);
    expect(isPlacedTown(entity('Velmoux', 'ORGANIZATION', 'apposition', 0.85), text, g)).toBe(false);
  });

  it('makes "in <Country>\'s <Name>" a region, but not after a word that is no country or without "in"', () => {
    // Act / Assess
    expect(countryPossessivePlace(entity('Orvik Highlands', 'PERSON', 'capitalised-name', 0.45), 'The race began in Tolvania’s Orvik Highlands on Monday.', g)).toBe(true);
    expect(countryPossessivePlace(entity('Orvik Highlands', 'PERSON', 'capitalised-name', 0.45), 'It was printed in People’s Orvik Highlands.', g)).toBe(false);
    expect(countryPossessivePlace(entity('Peter Varlen', 'PERSON', 'capitalised-name', 0.45), 'Tolvania’s Peter Varlen won.', g)).toBe(false);
  });

  it('makes "Lower/Upper <Name>" a region unless it is a chamber, or a strong cue typed it', () => {
    // Act / Assess
    expect(upperLowerRegion(entity('Lower Velmoria', 'CITY', 'in-place', 0.5))).toBe(true);
    expect(upperLowerRegion(entity('Upper House', 'ORGANIZATION', 'lone-proper-noun'))).toBe(false);
    expect(upperLowerRegion(entity('Lower Velmoria', 'ORGANIZATION', 'apposition', 0.85))).toBe(false);
  });

  it('keeps a given name the tagger misread at a sentence\'s start with its surname before an apposition, and keeps a plain opening word out', () => {
    // Act
    const found = new Map([...runUntil('cluster', articleText('Notes', 'Josh Tolvey, the governor of Velmora, said the toll would rise.')).entities!.values()].map((e) => [e.name, e]));
    // Assess
    expect(found.get('Josh Tolvey')?.type).toBe('PERSON');
    expect(found.has('Tolvey')).toBe(false);
    expect(initialGivenNameBeforeApposition(tokens('Josh/VERB Tolvey/PROPN ,/PUNCT the/DET'), 0, [false, true, false, false])).toBe(true);
    expect(initialGivenNameBeforeApposition(tokens('Faulty/ADJ Orvex/PROPN ,/PUNCT the/DET'), 0, [false, true, false, false])).toBe(false);
    expect(initialGivenNameBeforeApposition(tokens('Josh/VERB Tolvey/PROPN said/VERB it/PRON'), 0, [false, true, false, false])).toBe(false);
  });

  it('makes "<Given name> Court" a person and "on <Name> Court" a court of play, but not a court the text writes after "the"', () => {
    // Act / Assess
    expect(givenNameCourt(entity('Mara Court', 'GOVERNMENT_BODY', 'head-noun', 0.85), 'equalling the record of Mara Court.')).toBe(true);
    expect(givenNameCourt(entity('Mara Court', 'GOVERNMENT_BODY', 'head-noun', 0.85), 'the Mara Court ruled on Monday.')).toBe(false);
    expect(courtOfPlay(entity('Velm Court', 'GOVERNMENT_BODY', 'head-noun', 0.85), 'a final on Velm Court that lasted four hours')).toBe(true);
    expect(courtOfPlay(entity('Velm Court', 'GOVERNMENT_BODY', 'head-noun', 0.85), 'he commented on Velm Court rulings')).toBe(false);
    expect(courtOfPlay(entity('Velm Court', 'GOVERNMENT_BODY', 'head-noun', 0.85), 'an appeal to the Velm Court; he relied on Velm Court precedent')).toBe(false);
  });

  it('retypes the entities of a document in one pass', () => {
    // Arrange
    const entities = new Map([entity('Orvik Isles', 'COUNTRY', 'gazetteer-country', 0.95), entity('Velmoux', 'ORGANIZATION', 'lone-proper-noun'), entity('Tolvania', 'COUNTRY', 'gazetteer-country', 0.95)].map((e) => [e.id, e]));
    // Act
    retypeByPlace(entities, 'They flew from Velmoux to the Orvik Isles, a territory of Tolvania.', g);
    // Assess
    expect([...entities.values()].map((e) => `${e.name}:${e.type}`)).toEqual(['Orvik Isles:REGION', 'Velmoux:CITY', 'Tolvania:COUNTRY']);
  });
});
