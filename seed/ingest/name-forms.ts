/**
 * Entity rules of round 9 that read a name's written form (stage `cluster`, called from
 * name-kinds.ts's nameShapeVotes with one line). Each is a pattern of ordinary news English, tested
 * on invented text (test/unit/ingest/entity-forms-round9-ents9.test.ts); none names an entity.
 */
import { CAPITAL_HEAD_WORDS } from './cues';
import { loadGazetteer } from './gazetteer';
import type { NameOccurrence, NameVote } from './name-kinds';

/**
 * One word of capitalised parts joined by hyphens, with at most a short lower-case particle
 * between two of them: "Orvex-Tolland", "Velmar-Kessel", "Tehreek-e-Orvan".
 */
const HYPHENATED_NAME = /^\p{Lu}\p{Ll}+(?:-(?:\p{Ll}{1,4}-)?\p{Lu}\p{Ll}+)+$/u;

/**
 * A hyphenated name standing alone inside a sentence, with no other cue, is most often a company,
 * a party or a movement ("shares of Orvex-Tolland", "Tehreek-e-Orvan was banned"), as a lone
 * capitalised word is (cluster's 'lone-proper-noun', of the same weight): a person's
 * double-barrelled surname joins the person's full name first, and a place takes its gazetteer's
 * vote. Two peoples or places joined ("Sino-Tolvan", "Tolva-Vasko") name a tie between them, no
 * entity: no part may be a people's adjective, a country or a world region, and not every part a city.
 */
export function hyphenatedNameVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  const text = o.cand.text;
  if (!textVotes || o.cand.initial || !text.includes('-') || !HYPHENATED_NAME.test(text)) return;
  const before = o.sentence.tokens[o.first - 1];
  if (before?.numeric) return;
  const g = loadGazetteer();
  const parts = text.split('-').filter((w) => /^\p{Lu}/u.test(w));
  if (parts.some((w) => g.demonym(w) || g.country(w) || g.isRegion(w) || g.isSubdivision(w)) || parts.every((w) => g.isCity(w))) return;
  if (g.isCity(text)) return;
  votes.push({ type: 'ORGANIZATION', confidence: 0.35, rule: 'hyphenated-proper-noun' });
}

/** A word of a personal name: a capital and lower-case letters (accented ones too: "Ólafsdóttir"). */
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a name of three words is a person's because the text also writes its last two words
 * alone, as a surname of two words ("Ana Velmar Ruiz … Velmar Ruiz scored", "Tomás Di Orvel … Di
 * Orvel"): a company or a body is not called by its last two words, and a name ending in a head
 * noun ("… Steel Corporation") is left out.
 */
export function twoWordSurnameWritten(ws: readonly string[], occurrences: ReadonlyMap<string, unknown>): boolean {
  if (ws.length !== 3 || CAPITAL_HEAD_WORDS.has(ws[2]!) || !ws.every((w) => PERSON_WORD.test(w))) return false;
  return occurrences.has(`${ws[1]} ${ws[2]}`);
}

/** The people of three words or more whose name ends in this surname of two words ("Velmar Ruiz" of "Ana Velmar Ruiz"). */
export function twoWordSurnameOwners<P extends { readonly name: string }>(text: string, ws: readonly string[], people: readonly P[]): P[] {
  if (ws.length !== 2 || CAPITAL_HEAD_WORDS.has(ws[1]!) || !ws.every((w) => PERSON_WORD.test(w))) return [];
  const tail = ` ${text}`;
  return people.filter((p) => p.name.endsWith(tail) && p.name.length > tail.length);
}

/** Capitalised place prepositions that open a sentence ("In Lima, …"). */
const OPENING_PLACE_WORDS = new Set(['In', 'At', 'Near', 'Outside', 'Across', 'Around']);
/** Compass words before "of" ("north of Lima", "50km south-east of Lima"). */
const COMPASS_OF = new Set(['north', 'south', 'east', 'west', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * A place used as a place, in phrases cluster's isLiteralPlace leaves out: a sentence opening
 * with a place preposition ("In Lima, thousands marched"), and a bearing from it ("a town north
 * of Lima", "50km south-east of Lima").
 */
export function literalPlacePhrase(o: NameOccurrence): boolean {
  const t = o.sentence.tokens;
  const before = t[o.first - 1]?.text;
  if (before === undefined) return false;
  if (OPENING_PLACE_WORDS.has(before)) return o.first === 1 || (o.first === 2 && /^[“"‘(]$/.test(t[0]!.text));
  return before === 'of' && COMPASS_OF.has(t[o.first - 2]?.text ?? '');
}

/**
 * A model's code: one to three capitals (or a capital and a lower-case letter, "Su"), an optional
 * hyphen, digits and an optional closing letter — three digits or more, or a hyphen, so that
 * "G20", "COP28" or "N95" (a group, a conference, a standard) are no model: "TX414", "XR-9B",
 * "Tk-57", "A380". Or a mark number, "Mk2".
 */
const MODEL_CODE = /^(?:[A-Z]{1,3}|[A-Z][a-z])(?:-\d{1,4}|\d{3,4})[A-Z]?$|^Mk\d{1,2}$/;

/**
 * A name that is or ends in a model's code is a product or a project ("its TX414 engines", "the
 * Tolva Mk2, a light aircraft", "XR-9B Seahawk drones"): a code standing alone counts only before
 * a lower-case noun (what it is a model of); a code after a name closes it ("Tolva Mk2").
 */
export function modelCodeVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  const text = o.cand.text;
  if (!textVotes || !/\d/.test(text)) return;
  const ws = text.split(' ');
  const t = o.sentence.tokens;
  if (ws.length === 1) {
    const next = t[o.last + 1];
    if (MODEL_CODE.test(text) && next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'model-code' });
    return;
  }
  if (ws.length <= 3 && (MODEL_CODE.test(ws[0]!) || MODEL_CODE.test(ws[ws.length - 1]!)) && ws.every((w) => /^\p{Lu}/u.test(w))) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'model-code' });
}

/** Possessive determiners that open an apposition as "the" does: "Orvex, his trading firm,", "Ana Ruiz, her deputy,". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * Whether the person's noun at token `k` of an apposition only classifies the noun after it ("the
 * student wing of the party", "a farmer cooperative"): a lower-case noun follows it directly.
 */
export function personNounModifies(t: readonly { readonly text: string; readonly pos: string; readonly start: number; readonly end: number }[], k: number): boolean {
  const next = t[k + 1];
  return next !== undefined && next.pos === 'NOUN' && next.start === t[k]!.end + 1 && /^\p{Ll}/u.test(next.text);
}
