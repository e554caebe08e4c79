/**
 * A sentence's capitalised first word that is an ordinary adjective or participle, read by the
 * candidate rule as a name or as part of one: "Faulty Orvex update grounds flights" (the name is
 * "Orvex"), "Striking dockers marched" (no name at all). Only the sentence's capital makes it look
 * like a name; WordNet (seed/ingest/pertainyms.ts) says the lower-cased word is an adjective
 * ("faulty", "striking"). Stage `cluster` drops such a form when every occurrence opens its sentence
 * and either the rest of it is a name the text uses on its own, or it is one word before a
 * lower-case word ("Striking dockers"). A name that is an adjective and stands elsewhere in the text
 * ("Noble Tolva said …" and later "Noble Tolva") is untouched: one occurrence inside a sentence keeps it.
 */
import type { Sentence } from './document';
import { loadPertainyms } from './pertainyms';

/** One occurrence of a form, as stage `cluster` holds it. */
export interface FormOccurrence {
  readonly sentence: Sentence;
  readonly first: number;
  readonly last: number;
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}/u;

const WORD_START = /^[\p{L}\p{N}]/u;

/** Whether a token opens with a letter or digit (ASCII answered from its code, the rest by the pattern). */
function opensWithWordChar(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(text);
}

/** The index of the sentence's first word (a letter or digit), or -1. */
function firstWordOf(sentence: Sentence): number {
  return sentence.tokens.findIndex((t) => opensWithWordChar(t.text));
}

/**
 * Whether the form `text` is a sentence-initial adjective glued to a name or standing alone before a
 * lower-case word (see the module comment). `isForm` says whether a string is a form (or known
 * mention) of the text on its own.
 */
export function isGluedInitialModifier(text: string, occ: readonly FormOccurrence[], isForm: (s: string) => boolean): boolean {
  const space = text.indexOf(' ');
  const first = space === -1 ? text : text.slice(0, space);
  if (!CAPITALISED_WORD.test(first) || occ.length === 0) return false;
  if (!occ.every((o) => o.first === firstWordOf(o.sentence))) return false;
  if (space === -1) {
    if (!occ.every((o) => { const n = o.sentence.tokens[o.last + 1]; return n !== undefined && LOWER.test(n.text) && (n.pos === 'NOUN' || n.pos === 'ADJ'); })) return false;
  } else if (!isForm(text.slice(space + 1))) return false;
  return loadPertainyms().isAdjective(first);
}
