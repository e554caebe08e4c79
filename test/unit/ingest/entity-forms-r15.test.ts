import type { DocEntity, Token } from '../../../seed/ingest/document';
import type { CountryEntry, Gazetteer } from '../../../seed/ingest/gazetteer';
import type { KnownIndex } from '../../../seed/ingest/link';
import { greaterCityRegion, metonymCountryName, positionedOrSpannedPlace, retypeR15, townNotPerson } from '../../../seed/ingest/entity-forms-r15';

/** A gazetteer of invented places: Tolvania with its capital Velmoux, two towns. */
const TOLVANIA: CountryEntry = { code: 'TV', name: 'Tolvania', names: ['Tolvania'], dependent: false };
const TOWNS = new Set(['Velmoux', 'Port Orvieux', 'Tarnay']);
const g: Gazetteer = {
  country: (s) => (s === 'Tolvania' ? TOLVANIA : undefined),
  demonym: () => undefined,
  capitalOf: (s) => (s === 'Velmoux' ? TOLVANIA : undefined),
  isCity: (s) => s === 'Velmoux',
  isTown: (s) => TOWNS.has(s),
  isBigCity: () => false,
  isRegion: () => false,
  isSubdivision: () => false,
};

const entity = (name: string, type: DocEntity['type'], rule: string, linked = false): DocEntity => ({ id: `entity:${name.toLowerCase().replace(/\s+/g, '-')}`, type, name, aliases: [], description: null, wikidataId: null, linked, confidence: 0.45, rule });

/** Tokens of a sentence, one space apart. */
function tokens(text: string): Token[] {
  let at = 0;
  return text.split(' ').map((w) => {
    const t = { text: w, pos: /^\p{Lu}/u.test(w) ? 'PROPN' : 'NOUN', numeric: false, start: at, end: at + w.length } as Token;
    at += w.length + 1;
    return t;
  });
}

const known = (strings: string[]): KnownIndex => ({ size: 1, byId: new Map([['entity:tolvania', { id: 'entity:tolvania', type: 'COUNTRY', name: 'Tolvania', wikidataId: null, strings }]]), byFirstWord: new Map(), companions: new Map() }) as unknown as KnownIndex;
const idFor = (n: string) => `entity:${n.toLowerCase()}`;

describe('round 15 entity forms (entity-forms-r15.ts)', () => {
  it('reads "in central <City>" and "from <City> to <Name>" as places', () => {
    const a = tokens('Offices closed in central Velmoux on Monday');
    expect(positionedOrSpannedPlace(a, 4, 4)).toBe(true);
    const b = tokens('The line will run from Velmoux to Tarnay by 2030');
    expect(positionedOrSpannedPlace(b, 5, 5)).toBe(true);
  });

  it('does not read a position word without a preposition, or "from <City>" alone, as a place', () => {
    const a = tokens('The central Velmoux government said no');
    expect(positionedOrSpannedPlace(a, 2, 2)).toBe(false);
    const b = tokens('Congratulations came from Velmoux and others');
    expect(positionedOrSpannedPlace(b, 3, 3)).toBe(false);
  });

  it('names a capital metonym by its known country only when the known set writes the capital for it', () => {
    expect(metonymCountryName(TOLVANIA, 'Velmoux', g, known(['Tolvania', 'Velmoux']), idFor)).toBe('Tolvania');
    expect(metonymCountryName(TOLVANIA, 'Velmoux', g, known(['Tolvania']), idFor)).toBe('Velmoux');
    expect(metonymCountryName(TOLVANIA, 'Tolvania', g, known(['Tolvania', 'Velmoux']), idFor)).toBe('Tolvania');
  });

  it('types "Greater <City>" a region and a town the personal default typed a city', () => {
    const greater = entity('Greater Velmoux', 'PERSON', 'capitalised-name');
    const port = entity('Port Orvieux', 'PERSON', 'capitalised-name');
    retypeR15(new Map([[greater.id, greater], [port.id, port]]), g);
    expect(greater.type).toBe('REGION');
    expect(port.type).toBe('CITY');
  });

  it('leaves "Greater <not a city>", a linked entity, a given name first and a strong person alone', () => {
    expect(greaterCityRegion(entity('Greater Orvane', 'PERSON', 'capitalised-name'), g)).toBe(false);
    expect(greaterCityRegion(entity('Greater Velmoux', 'PERSON', 'capitalised-name', true), g)).toBe(false);
    TOWNS.add('Mary Orvane');
    expect(townNotPerson(entity('Mary Orvane', 'PERSON', 'capitalised-name'), g)).toBe(false);
    expect(townNotPerson(entity('Port Orvieux', 'PERSON', 'apposition'), g)).toBe(false);
  });
});
