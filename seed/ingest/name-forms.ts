/**
 * Entity rules of round 9 that read a name's written form (stage `cluster`, called from
 * name-kinds.ts's nameShapeVotes with one line). Each is a pattern of ordinary news English, tested
 * on invented text (test/unit/ingest/entity-forms-round9-ents9.test.ts); none names an entity.
 */
import { CAPITAL_HEAD_WORDS } from './cues';
import { loadGazetteer } from './gazetteer';
import type { NameOccurrence, NameVote } from './name-kinds';
import { tokenAt } from './token-at';
import { startsLower, startsUpper } from './letter-case';

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
  const before = tokenAt(o.sentence.tokens, o.first - 1);
  if (before?.numeric) return;
  const g = loadGazetteer();
  const parts = text.split('-').filter((w) => startsUpper(w));
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
  const before = tokenAt(t, o.first - 1)?.text;
  if (before === undefined) return false;
  if (OPENING_PLACE_WORDS.has(before)) return o.first === 1 || (o.first === 2 && /^[“"‘(]$/.test(t[0]!.text));
  return before === 'of' && COMPASS_OF.has(tokenAt(t, o.first - 2)?.text ?? '');
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
    if (MODEL_CODE.test(text) && next && next.pos === 'NOUN' && startsLower(next.text)) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'model-code' });
    return;
  }
  if (ws.length <= 3 && (MODEL_CODE.test(ws[0]!) || MODEL_CODE.test(ws[ws.length - 1]!)) && ws.every((w) => startsUpper(w))) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'model-code' });
}

/** Possessive determiners that open an apposition as "the" does: "Orvex, his trading firm,", "Ana Ruiz, her deputy,". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * Whether the person's noun at token `k` of an apposition only classifies the noun after it ("the
 * student wing of the party", "a farmer cooperative"): a lower-case noun follows it directly.
 */
export function personNounModifies(t: readonly { readonly text: string; readonly pos: string; readonly start: number; readonly end: number }[], k: number): boolean {
  const next = t[k + 1];
  return next !== undefined && next.pos === 'NOUN' && next.start === t[k]!.end + 1 && startsLower(next.text);
}

/** Things only a town has, after its possessive ("Orvel’s mayor", "Orvel’s outskirts"). */
const TOWN_PARTS = new Set(['mayor', 'airport', 'outskirts', 'suburbs', 'streets', 'residents', 'townspeople', 'city', 'town', 'harbour', 'harbor', 'port']);

/** Whether the gazetteer knows a string as a country, a state, a region or a people (a module function, not a closure per occurrence). */
function isPlaceName(x: string): boolean {
  const g = loadGazetteer();
  return Boolean(g.country(x) || g.isSubdivision(x) || g.isRegion(x) || g.demonym(x));
}

/**
 * A town by the way the text places it: "Orvel, Tolvania" / "Orvel, Saskatchewan" (a name, a comma
 * and a country or a state closing the phrase), or what only a town has after its possessive
 * ("Orvel’s mayor"). CITY at 0.6: under an apposition or a head noun, over a lone name's guess.
 * Not for a name that is itself a country or a state, nor for a list ("Peru, Chile and Bolivia").
 */
export function townVotes(o: NameOccurrence, votes: NameVote[]): void {
  const t = o.sentence.tokens;
  const a1 = t[o.last + 1]?.text;
  if (a1 !== ',' && a1 !== '’s' && a1 !== "'s") return;
  const text = o.cand.text;
  const g = loadGazetteer();
  if (a1 !== ',') {
    if (TOWN_PARTS.has(t[o.last + 2]?.text ?? '') && !isPlaceName(text)) votes.push({ type: 'CITY', confidence: 0.6, rule: 'town-part-owner' });
    return;
  }
  // (after a comma it stands in a list; after a capitalised word the name may have lost its first word: "Spring Hill")
  const before = tokenAt(t, o.first - 1)?.text ?? '';
  if (before === ',' || startsUpper(before)) return;
  // The place after the comma: one to three capitalised words, then a closing mark.
  let k = o.last + 2;
  const from = k;
  while (k < o.last + 5 && startsUpper(t[k]?.text ?? '') && (k === from || t[k]!.start === tokenAt(t, k - 1)!.end + 1)) k++;
  if (k === from) return;
  const close = t[k]?.text;
  if (close !== undefined && close !== ',' && close !== '.' && close !== '-' && close !== '–' && close !== 'on' && close !== 'in' && close !== ')') return;
  if (close === ',' && t[k + 1]?.text === 'and') return;
  const place = o.sentence.text.slice(t[from]!.start - o.sentence.start, tokenAt(t, k - 1)!.end - o.sentence.start);
  if ((g.country(place) || g.isSubdivision(place)) && !isPlaceName(text)) votes.push({ type: 'CITY', confidence: 0.6, rule: 'town-comma-region' });
}

/** Verbs of speech and of a statement that an organisation makes of itself ("said it would", "announced it had"). */
const SELF_STATEMENT_VERBS = new Set(['said', 'says', 'announced', 'confirmed', 'added', 'stated', 'warned', 'insisted', 'denied']);

/**
 * "Tolvex said it had signed …", "TVX Aerospace says it will …": what speaks of itself as "it" is an
 * organisation, never a person ("he", "she"). ORGANIZATION at 0.6, under a head noun or an apposition.
 */
export function selfStatementVotes(o: NameOccurrence, votes: NameVote[]): void {
  const t = o.sentence.tokens;
  const verb = t[o.last + 1]?.text;
  if (verb === undefined || !SELF_STATEMENT_VERBS.has(verb) || t[o.last + 2]?.text !== 'it') return;
  const after = t[o.last + 3];
  if (after && (after.pos === 'AUX' || after.pos === 'VERB')) votes.push({ type: 'ORGANIZATION', confidence: 0.6, rule: 'said-it' });
}

/** "the Tolva Prize in Physics": a prize named with its field is an event, as the prize alone is ("Prize" is an event's head). */
const PRIZE_IN_FIELD = / (?:Prize|Prizes|Award|Awards|Medal) in \p{Lu}/u;

export function prizeFieldVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  if (textVotes && o.cand.text.includes(' in ') && PRIZE_IN_FIELD.test(o.cand.text)) votes.push({ type: 'EVENT', confidence: 0.85, rule: 'prize-field' });
}
