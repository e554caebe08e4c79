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
 * - A sentence's first word that is a given name (compromise's lexicon) before a name word and an
 *   apposition ("Josh Tolvey, the governor of …"), which the tagger read as a verb or a noun, is the
 *   person's given name, not a capital that only opens the sentence (stage candidates, name-words.ts).
 * - "<Given name> Court" the text never writes after "the" ("the record of Mara Court") is a person,
 *   not a court; "on <Name> Court" with no article ("a final on Velm Court") is a court of play, a
 *   facility, not a court of law.
 * - "Lower <Name>" and "Upper <Name>" ("Lower Velmoria") are regions, unless the second word is a
 *   chamber's or a deck's ("Upper House").
 */
import type { DocEntity, Token } from './document';
import { givenNameGender } from './lone-words';
import type { Gazetteer } from './gazetteer';
import { escapeRegExp } from './reg-exp';

/** The rules of the weak defaults a lone or a capitalised name gets with no other cue. */
const WEAK_ORGANIZATION_RULES = new Set(['lone-proper-noun', 'hyphenated-proper-noun', 'proper-name-no-person-evidence', 'national-arm']);
const WEAK_PERSON_RULES = new Set(['capitalised-name']);

const PLACE_PREPOSITIONS = '(?:from|to|in|near|towards|toward|via)';

/** Second words of "Upper/Lower <X>" that make it a chamber, a deck or a class, not a region. */
const UPPER_LOWER_NON_PLACES = new Set(['House', 'Chamber', 'Court', 'Council', 'Deck', 'Class', 'Room', 'School', 'Sixth', 'Level', 'Case']);
const UPPER_LOWER = /^(?:Upper|Lower) (\p{Lu}[\p{Ll}\-]+)$/u;

/** Whether `form` occurs as a whole word right after a match of `before` (a regex source). */
function occursAfter(allText: string, form: string, before: string): boolean {
  if (!allText.includes(form)) return false;
  return new RegExp(`${before}${escapeRegExp(form)}(?![\\p{L}\\p{N}’'\\-])`, 'u').test(allText);
}

/** A dependent territory or continent that world-countries holds no sovereign state ("Guam"). */
export function isDependency(e: DocEntity, g: Gazetteer): boolean {
  return e.type === 'COUNTRY' && !e.linked && g.country(e.name)?.dependent === true;
}

/** A small town after a preposition of place or motion ("from Velmoux", "the climb to Orvieux"). */
export function isPlacedTown(e: DocEntity, allText: string, g: Gazetteer): boolean {
  if (e.type !== 'ORGANIZATION' || !WEAK_ORGANIZATION_RULES.has(e.rule) || e.name.includes(' ')) return false;
  return occursAfter(allText, e.name, `\\b${PLACE_PREPOSITIONS}\\s+`) && !occursAfter(allText, e.name, `\\b(?:by|of|with|at)\\s+`) && g.isTown(e.name);
}

/** "in <Country>'s <Name>": a part of that country. */
export function countryPossessivePlace(e: DocEntity, allText: string, g: Gazetteer): boolean {
  if (!((e.type === 'PERSON' && WEAK_PERSON_RULES.has(e.rule)) || (e.type === 'ORGANIZATION' && WEAK_ORGANIZATION_RULES.has(e.rule)))) return false;
  // The pattern ends in "’s <name>" or "'s <name>": a text holding neither cannot match (same answer, no pattern built).
  if (!allText.includes(`’s ${e.name}`) && !allText.includes(`'s ${e.name}`)) return false;
  const re = new RegExp(`\\bin ((?:\\p{Lu}[\\p{L}\\-]*\\s)*\\p{Lu}[\\p{L}\\-]*)[’']s ${escapeRegExp(e.name)}(?![\\p{L}\\p{N}’'\\-])`, 'gu');
  for (const m of allText.matchAll(re)) if (g.country(m[1]!)) return true;
  return false;
}

/** "Lower <Name>", "Upper <Name>" typed by no strong cue: a region. */
export function upperLowerRegion(e: DocEntity): boolean {
  if (e.confidence >= 0.6 || e.type === 'REGION' || e.type === 'EVENT' || e.linked) return false;
  const m = UPPER_LOWER.exec(e.name);
  return m !== null && !UPPER_LOWER_NON_PLACES.has(m[1]!);
}

/** A sentence's first word (index k) that is a given name before a name word and ", the|a …" ("Josh Tolvey, the governor"). */
export function initialGivenNameBeforeApposition(t: readonly Token[], k: number, proper: readonly boolean[]): boolean {
  const w = t[k]!;
  const next = t[k + 1];
  if (!next || !proper[k + 1] || next.pos !== 'PROPN' || next.start !== w.end + 1 || t[k + 2]?.text !== ',') return false;
  const det = t[k + 3]?.text;
  return (det === 'the' || det === 'a' || det === 'an') && GIVEN_WORD.test(w.text) && givenNameGender(w.text) !== undefined;
}

const GIVEN_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Lower-case words that may follow a place's name ("on Velm Court that …", "on Velm Court since …"); another one makes it a modifier ("on Velm Court rulings"). */
const AFTER_A_PLACE = '(?:that|which|where|when|since|on|in|at|and|or|for|with|before|after|until|as|but|to|from|of|is|was|has|had)\\b';
const NAME_COURT = /^\p{Lu}\p{Ll}+ Court$/u;

/** "<Given name> Court" never written after "the": a person ("the record of Mara Court"). */
export function givenNameCourt(e: DocEntity, allText: string): boolean {
  if (e.type !== 'GOVERNMENT_BODY' || e.linked || !NAME_COURT.test(e.name)) return false;
  return givenNameGender(e.name.slice(0, e.name.indexOf(' '))) !== undefined && !occursAfter(allText, e.name, '\\b[Tt]he ');
}

/** "on <Name> Court" with no article, never after "the": a court of play ("a final on Velm Court"). */
export function courtOfPlay(e: DocEntity, allText: string): boolean {
  if (e.type !== 'GOVERNMENT_BODY' || e.linked || !NAME_COURT.test(e.name)) return false;
  return occursAfter(allText, e.name, '\\bon ') && !occursAfter(allText, e.name, '\\b[Tt]he ') && !new RegExp(`${escapeRegExp(e.name)} (?!${AFTER_A_PLACE})\\p{Ll}`, 'u').test(allText);
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
    } else if (givenNameCourt(e, allText)) {
      e.type = 'PERSON';
      e.rule = 'given-name-court';
      e.confidence = 0.6;
    } else if (courtOfPlay(e, allText)) {
      e.type = 'PROJECT';
      e.rule = 'court-of-play';
      e.confidence = 0.6;
    } else if (upperLowerRegion(e)) {
      e.type = 'REGION';
      e.rule = 'upper-lower-region';
      e.confidence = 0.6;
    }
  }
}
