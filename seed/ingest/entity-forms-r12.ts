/**
 * Round 12 entity forms (hooks in candidates.ts and cluster.ts), each a construction class seen in
 * two or more articles, never a particular name:
 *
 * - A country written before a body's name is split off only as a short form in capitals ("the US
 *   Tolva Commission" → the Tolva Commission, in the United States); a country's own name written
 *   before a body is part of that body's official name ("the Velmara Weather Agency"), as national
 *   bodies name themselves.
 */

/** Whether a country word before a body's name is its country rather than part of the name: an initialism ("US", "UK"). */
export function countryPrefixSplits(word: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word);
}

import type { Token } from './document';
import { isDictionaryWord } from './lone-words';

interface Places {
  country(text: string): unknown;
  demonym(text: string): unknown;
  isCity(text: string): boolean;
  isRegion(text: string): boolean;
}

/** A model's number: "5", "787", "350B" (no year, no score "2-1", no decimal). */
const MODEL_NUMBER = /^\d{1,4}[A-Z]?$/;
const YEARISH = /^(?:1[89]|20)\d\d$/;

/**
 * The end of a one-word name with its model's number ("the Tolvex 5", "a Velmo 787"), or `end` unchanged. The word is a maker's or a series' name: no place, people or
 * dictionary word ("Category 5", "Terminal 2"), and the number is no year, score, share or count
 * ("Velmo 5-2", "Velmo 5%", "Velmo 300 jobs": models take a singular noun, "a Velmo 787 jet").
 */
export function modelNumberEnd(tokens: readonly Token[], i: number, end: number, places: Places): number {
  if (end !== i) return end;
  const word = tokens[i]!;
  const num = tokens[i + 1];
  if (!num || num.start !== word.end + 1 || !MODEL_NUMBER.test(num.text) || YEARISH.test(num.text)) return end;
  const after = tokens[i + 2];
  // "Tolvex 5-2", "Tolvex 5.5", "Tolvex 5%", "Tolvex 5 per cent", "Tolvex 5 million", "Tolvex 30 people"
  if (after && after.start === num.end && !/^[,.;:)’”"']$/.test(after.text)) return end;
  if (after && /^(?:per|percent|million|billion|bn|m|to|of)$/i.test(after.text)) return end;
  // A count before a plural noun ("Velmo 300 jobs"): models take a singular one ("Velmo 787 jet").
  if (after && after.start === num.end + 1 && after.pos === 'NOUN' && /^\p{Ll}.*s$/u.test(after.text)) return end;
  const w = word.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || places.country(w) || places.demonym(w) || places.isCity(w) || places.isRegion(w) || isDictionaryWord(w.toLowerCase())) return end;
  return i + 1;
}

/** Head words that end an airline's name. */
const AIRLINE_HEADS = new Set(['Air', 'Airlines', 'Airways']);

/**
 * "a Tolva Airlines Orvo A350", "a Velmar Air Orvo 787": an airline's name written before the maker
 * and model of its aircraft ends at its head word; the maker's model is a name of its own. Returns
 * the airline's last token, or `end` unchanged.
 */
export function airlineBeforeModel(tokens: readonly Token[], i: number, end: number): number {
  for (let a = i + 1; a < end; a++) {
    if (!AIRLINE_HEADS.has(tokens[a]!.text)) continue;
    // ("Tolva Air Flight 4471" is a flight's name, whole.)
    if (tokens[a + 1]!.text === 'Flight') return end;
    const last = tokens[end]!.text;
    const next = tokens[end + 1];
    const numbered = /\d/.test(last) || (!!next && next.start === tokens[end]!.end + 1 && MODEL_NUMBER.test(next.text) && !YEARISH.test(next.text));
    return numbered && end - a <= 2 ? a : end;
  }
  return end;
}

/** A maker's model: one word and a number of three or four digits ("Velmo 787"). */
const MAKER_MODEL = /^\p{Lu}\p{Ll}+ \d{3,4}[A-Z]?$/u;
/** Whether a name is a maker's model designation (stage cluster votes PROJECT). */
export function isMakerModel(text: string): boolean {
  return MAKER_MODEL.test(text);
}

/** A one-word stem and a number ("Orvek 5"). */
const STEM_NUMBER = /^\p{Lu}\p{Ll}+ \d{1,4}[A-Z]?$/u;
/**
 * "an Orvek 5 rocket", "a Velmo 787 jet": a numbered name before a lower-case noun is the model the
 * noun names, never its maker (a maker's name carries no number): PROJECT, above "a Tolvex rocket".
 */
export function numberedModelBeforeNoun(text: string, after: Token | undefined): boolean {
  return !!after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text) && STEM_NUMBER.test(text);
}

import { loadPertainyms } from './pertainyms';

/** Tags of compromise's lexicon for personal names. */
const PERSONAL_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
let lexicon: Record<string, unknown> | undefined;
/** Whether compromise's lexicon has the word as a given name or surname ("Mark", "Smith"); loaded on the first question. */
function isPersonalName(word: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  lexicon ??= (require('compromise') as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return typeof tag === 'string' && PERSONAL_NAME_TAGS.has(tag);
}

/**
 * "General Data Protection Regulation", "Velmo General Atomics" aside, "made by General Dynamics":
 * "General" is an adjective of the name, no officer's rank, when the word after it is a word of the
 * dictionary that is no personal name and either more words follow it ("General Data Protection
 * Regulation") or it is a plural of a common word ("General Atomics", "General Motors"). A general
 * named by surname ("General Marlow", "General Smith") keeps the rank out of the name.
 */
export function generalIsNameWord(tokens: readonly Token[], i: number, end: number, isTitle: (w: string) => boolean): boolean {
  if (tokens[i]!.text !== 'General' || end === i) return false;
  const w = tokens[i + 1]!.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || isTitle(w) || isPersonalName(w)) return false;
  const p = loadPertainyms();
  const lower = w.toLowerCase();
  return end > i + 1 ? p.isCommonNoun(lower) || p.isAdjective(lower) : isCommonPlural(lower);
}

/** Whether a lower-cased word is the plural of a common noun or adjective of WordNet ("atomics", "motors"). */
function isCommonPlural(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const p = loadPertainyms();
  const singular = lower.slice(0, -1);
  return p.isCommonNoun(singular) || p.isAdjective(singular);
}

/** "General Atomics": the two words of a name that `generalIsNameWord` kept whole (stage cluster: a firm's). */
export function generalBeforeCommonPlural(ws: readonly string[]): boolean {
  return ws.length === 2 && ws[0] === 'General' && /^\p{Lu}\p{Ll}+$/u.test(ws[1]!) && !isPersonalName(ws[1]!) && isCommonPlural(ws[1]!.toLowerCase());
}
