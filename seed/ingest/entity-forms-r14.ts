/**
 * Round 14 entity forms: a pass over the document's entities once they are built (hook at the end
 * of cluster.ts), retyping an entity that only a weak cue typed when the text or a maintained data
 * package tells its kind. Each is a construction class of English news, never a particular name:
 *
 * - A dependent territory or a continent that world-countries reads as no sovereign state ("Guam",
 *   "Antarctica") is a region, not a country (the country gazetteer lists them all the same).
 * - A town of the city list too small for the city gazetteer (under 15,000 people), after a
 *   preposition of place or motion ("from Velmoux to Tarnay", "the climb to Orvieux"), is a city,
 *   not the organisation a lone capitalised word defaults to.
 * - "in <Country>'s <Name>" ("in Tolvania's Orvik Highlands") is a part of that country.
 * - "Lower <Name>" and "Upper <Name>" ("Lower Velmoria") are regions, unless the second word is a
 *   chamber's or a deck's ("Upper House").
 */
import type { DocEntity } from './document';
import type { Gazetteer } from './gazetteer';

/** The rules of the weak defaults a lone or a capitalised name gets with no other cue. */
const WEAK_ORGANIZATION_RULES = new Set(['lone-proper-noun', 'hyphenated-proper-noun', 'proper-name-no-person-evidence', 'national-arm']);
const WEAK_PERSON_RULES = new Set(['capitalised-name']);

const PLACE_PREPOSITIONS = '(?:from|to|in|near|towards|toward|via)';
const RE_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const quote = (s: string) => s.replace(RE_SPECIAL, '\\$&');

/** Second words of "Upper/Lower <X>" that make it a chamber, a deck or a class, not a region. */
const UPPER_LOWER_NON_PLACES = new Set(['House', 'Chamber', 'Court', 'Council', 'Deck', 'Class', 'Room', 'School', 'Sixth', 'Level', 'Case']);
const UPPER_LOWER = /^(?:Upper|Lower) (\p{Lu}[\p{Ll}\-]+)$/u;

/** Whether `form` occurs as a whole word right after a match of `before` (a regex source). */
function occursAfter(allText: string, form: string, before: string): boolean {
  if (!allText.includes(form)) return false;
  return new RegExp(`${before}${quote(form)}(?![\\p{L}\\p{N}’'\\-])`, 'u').test(allText);
}

/** A dependent territory or continent that world-countries holds no sovereign state ("Guam"). */
export function isDependency(e: DocEntity, g: Gazetteer): boolean {
  return e.type === 'COUNTRY' && !e.linked && g.country(e.name)?.dependent === true;
}

/** A small town after a preposition of place or motion ("from Velmoux", "the climb to Orvieux"). */
export function isPlacedTown(e: DocEntity, allText: string, g: Gazetteer): boolean {
  if (e.type !== 'ORGANIZATION' || !WEAK_ORGANIZATION_RULES.has(e.rule) || e.name.includes(' ') || !g.isTown(e.name)) return false;
  return occursAfter(allText, e.name, `\\b${PLACE_PREPOSITIONS}\\s+`) && !occursAfter(allText, e.name, `\\b(?:by|of|with|at)\\s+`);
}

/** "in <Country>'s <Name>": a part of that country. Returns the country's name, or undefined. */
export function countryPossessivePlace(e: DocEntity, allText: string, g: Gazetteer): boolean {
  if (!((e.type === 'PERSON' && WEAK_PERSON_RULES.has(e.rule)) || (e.type === 'ORGANIZATION' && WEAK_ORGANIZATION_RULES.has(e.rule)))) return false;
  if (!allText.includes(e.name)) return false;
  const re = new RegExp(`\\bin ((?:\\p{Lu}[\\p{L}\\-]*\\s)*\\p{Lu}[\\p{L}\\-]*)[’']s ${quote(e.name)}(?![\\p{L}\\p{N}’'\\-])`, 'gu');
  for (const m of allText.matchAll(re)) if (g.country(m[1]!)) return true;
  return false;
}

/** "Lower <Name>", "Upper <Name>" typed by no strong cue: a region. */
export function upperLowerRegion(e: DocEntity): boolean {
  if (e.confidence >= 0.6 || e.type === 'REGION' || e.type === 'EVENT' || e.linked) return false;
  const m = UPPER_LOWER.exec(e.name);
  return m !== null && !UPPER_LOWER_NON_PLACES.has(m[1]!);
}

/** The round-14 retyping pass over a document's entities (cluster.ts, after the entities are built). */
export function retypeByPlace(entities: ReadonlyMap<string, DocEntity>, allText: string, g: Gazetteer): void {
  for (const e of entities.values()) {
    if (isDependency(e, g)) {
      e.type = 'REGION';
      e.rule = 'gazetteer-dependency';
    } else if (isPlacedTown(e, allText, g)) {
      e.type = 'CITY';
      e.rule = 'town-after-place-preposition';
      e.confidence = 0.5;
    } else if (countryPossessivePlace(e, allText, g)) {
      e.type = 'REGION';
      e.rule = 'in-country-possessive-place';
      e.confidence = 0.6;
    } else if (upperLowerRegion(e)) {
      e.type = 'REGION';
      e.rule = 'upper-lower-region';
      e.confidence = 0.6;
    }
  }
}
