/**
 * Round 15 entity forms. Each is a construction class of English news, never a particular name:
 *
 * - A city after "in" and a word of position ("in central Velmoux", "in north-east Tarnay",
 *   "in downtown Orvik") is a place used as a place, as is one opening a span "from <City> to
 *   <Name>" ("runs from Velmoux to Tarnay"): a capital written so is the city, not its government.
 * - A capital used only for its government ("congratulations from Velmoux") whose country the
 *   text never names is that country; where the known set has the country under the gazetteer's
 *   name and with the capital among its known forms (another article wrote the capital for it),
 *   the entity takes the known country (its id and name), the capital an alias.
 * - "Greater <City>" ("Greater Velmoux") is the region around a city of the city list, not a
 *   person ("Velmoux" alone is no surname back-reference there).
 * - A name of two or three capitalised words that only the weak personal default typed, that the
 *   city list holds as a town ("Port Velmoux") and whose first word is no given name, is a city.
 */
import type { DocEntity, Token } from './document';
import type { CountryEntry, Gazetteer } from './gazetteer';
import type { KnownIndex } from './link';
import { givenNameGender } from './lone-words';

/** Words of position between "in" and a city's name ("in central Velmoux"). */
const POSITION_WORDS = new Set([
  'central', 'downtown', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'inner', 'outer', 'suburban', 'rural', 'greater', 'coastal', 'old',
]);
const IN_WORDS = new Set(['in', 'across', 'around', 'near', 'outside', 'through', 'throughout', 'of', 'from', 'to', 'into']);

/** "in central <City>", "from <City> to <Name>": the occurrence at token indices first..last uses the city as a place. */
export function positionedOrSpannedPlace(t: readonly Token[], first: number, last: number): boolean {
  const b1 = t[first - 1]?.text;
  if (b1 !== undefined && POSITION_WORDS.has(b1) && IN_WORDS.has(t[first - 2]?.text ?? '')) return true;
  if (b1 === 'from' || b1 === 'From') {
    const a1 = t[last + 1]?.text;
    const a2 = t[last + 2]?.text ?? '';
    return a1 === 'to' && /^\p{Lu}\p{Ll}/u.test(a2);
  }
  return false;
}

/**
 * The name a capital's metonymic country entity takes: the gazetteer's name of the country when
 * the text names no country and the known set holds that country under that name (so it links),
 * else the capital as written.
 */
export function metonymCountryName(c: CountryEntry, surface: string, g: Gazetteer, known: KnownIndex, idFor: (name: string) => string): string {
  if (surface === c.name || g.capitalOf(surface) !== c) return surface;
  const k = known.byId.get(idFor(c.name));
  return k?.type === 'COUNTRY' && k.strings.includes(surface) ? c.name : surface;
}

const GREATER = /^Greater (\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)$/u;
const WEAK = new Set(['capitalised-name', 'proper-name-no-person-evidence', 'lone-proper-noun', 'hyphenated-proper-noun']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\-’']+$/u;

/** "Greater <City>" typed by a weak default only: a region. */
export function greaterCityRegion(e: DocEntity, g: Gazetteer): boolean {
  if (e.linked || !WEAK.has(e.rule) || e.type === 'REGION') return false;
  const m = GREATER.exec(e.name);
  return m !== null && (g.isCity(m[1]!) || g.isTown(m[1]!));
}

/** A town of the city list that only the weak personal default typed, with no given name first ("Port Velmoux"). */
export function townNotPerson(e: DocEntity, g: Gazetteer): boolean {
  if (e.linked || e.type !== 'PERSON' || e.rule !== 'capitalised-name') return false;
  const ws = e.name.split(' ');
  if (ws.length < 2 || ws.length > 3 || !ws.every((w) => NAME_WORD.test(w))) return false;
  return givenNameGender(ws[0]!) === undefined && g.isTown(e.name);
}

/** The round-15 retyping pass over the document's entities (hook at the end of cluster.ts). */
export function retypeR15(entities: ReadonlyMap<string, DocEntity>, g: Gazetteer): void {
  for (const e of entities.values()) {
    if (greaterCityRegion(e, g)) {
      e.type = 'REGION';
      e.rule = 'greater-city-region';
      e.confidence = 0.6;
    } else if (townNotPerson(e, g)) {
      e.type = 'CITY';
      e.rule = 'town-not-person';
      e.confidence = 0.5;
    }
  }
}
