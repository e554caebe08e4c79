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
