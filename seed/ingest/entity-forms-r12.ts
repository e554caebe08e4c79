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

/** A capital and small letters only (compiled once). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
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
  if (!CAPITALISED_WORD.test(w) || places.country(w) || places.demonym(w) || places.isCity(w) || places.isRegion(w) || isDictionaryWord(w.toLowerCase())) return end;
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
  return MAKER_MODEL.test(text) && !YEARISH.test(text.slice(text.indexOf(' ') + 1));
}

/** A one-word stem and a number ("Orvek 5"). */
const STEM_NUMBER = /^\p{Lu}\p{Ll}+ \d{1,4}[A-Z]?$/u;
/** A small letter first (compiled once). */
const OPENS_LOWER = /^\p{Ll}/u;
/**
 * "an Orvek 5 rocket", "a Velmo 787 jet": a numbered name before a lower-case noun is the model the
 * noun names, never its maker (a maker's name carries no number): PROJECT, above "a Tolvex rocket".
 */
export function numberedModelBeforeNoun(text: string, after: Token | undefined): boolean {
  return !!after && after.pos === 'NOUN' && OPENS_LOWER.test(after.text) && STEM_NUMBER.test(text);
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
  if (!CAPITALISED_WORD.test(w) || isTitle(w) || isPersonalName(w)) return false;
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
  return ws.length === 2 && ws[0] === 'General' && CAPITALISED_WORD.test(ws[1]!) && !isPersonalName(ws[1]!) && isCommonPlural(ws[1]!.toLowerCase());
}

/** Whether a capitalised word is a common word of the dictionary (lower-cased: a WordNet common noun or adjective). */
function isCommonWord(word: string): boolean {
  if (!CAPITALISED_WORD.test(word)) return false;
  const p = loadPertainyms();
  const lower = word.toLowerCase();
  return p.isCommonNoun(lower) || p.isAdjective(lower);
}

/**
 * The end of a body's name that lists its fields with commas, or -1: "the Ministry of Health,
 * Labour and Welfare" (after "<Head> of X", one common word after the "and"), "the Soil, Water and
 * Forest Safety Board" (a first common word, the list ending in a name with a head noun). Each item
 * is one capitalised common word of the dictionary, never a place or another name ("the Ministry of
 * Defence, Tolvex and Velmo" lists three).
 */
export function listedFieldsEnd(tokens: readonly Token[], proper: readonly boolean[], i: number, end: number, heads: ReadonlySet<string>, places: Places): number {
  if (tokens[end + 1]?.text !== ',') return -1;
  const headed = tokens.slice(i + 1, end).some((w, j) => (w.text === 'of' || w.text === 'for') && heads.has(tokens[i + j]!.text)) && isCommonWord(tokens[end]!.text);
  const opening = end === i && isCommonWord(tokens[i]!.text);
  if (!headed && !opening) return -1;
  const isItem = (k: number) => !!proper[k] && isCommonWord(tokens[k]!.text) && !places.country(tokens[k]!.text) && !places.isCity(tokens[k]!.text) && !places.demonym(tokens[k]!.text);
  let k = end + 2;
  for (;;) {
    if (!isItem(k)) return -1;
    const after = tokens[k + 1]?.text;
    if (after === ',') {
      k += 2;
      continue;
    }
    if (after !== 'and') return -1;
    break;
  }
  const first = k + 2;
  if (!proper[first]) return -1;
  let last = first;
  while (proper[last + 1] && tokens[last + 1]!.start === tokens[last]!.end + 1) last++;
  if (headed) return last === first && isItem(first) ? last : -1;
  return last > first && heads.has(tokens[last]!.text) ? last : -1;
}

interface Named {
  readonly name: string;
  readonly type: string;
  readonly aliases: string[];
}

/** A lower-case field before "ministry" or "department" (compiled once). */
const FIELD_BODY = /^(\p{Ll}+) (ministry|department)$/u;
/**
 * "the transport ministry" in an article that names one "Ministry of Land, Infrastructure and
 * Transport": a body written with a lower-case field and its head noun is the article's one body of
 * that head whose name lists the field ("… of Land and Transport", "… of Trade, Transport and
 * Tourism"). Returns that entity, or undefined when none or several do.
 */
export function fieldBodyOwner<E extends Named>(text: string, entities: Iterable<E>): E | undefined {
  const m = FIELD_BODY.exec(text);
  if (!m) return undefined;
  const field = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
  const head = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
  const found: E[] = [];
  for (const e of entities) {
    if (e.type !== 'GOVERNMENT_BODY' || !e.name.startsWith(`${head} of `)) continue;
    if (e.name.slice(head.length + 4).split(/,\s*|\s+and\s+|\s+/u).includes(field)) found.push(e);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** A word in capitals, a broadcaster's "TV" allowed inside (compiled once: a literal in a function is rebuilt per call in the bundle). */
const ALL_CAPITALS_TV = /^\p{Lu}{2,}(?:TV|\p{Lu})*$/u;
/**
 * "told TVK that …", "told TVK in an interview": an acronym with no article that someone tells
 * something is a broadcaster or paper (PUBLICATION); a body told something takes its article ("told
 * the UN") and a person is written with a name ("told Mr Vance").
 */
export function toldOutlet(tokens: readonly Token[], first: number, last: number, text: string): boolean {
  if (first !== last || !ALL_CAPITALS_TV.test(text)) return false;
  if (tokens[first - 1]?.text !== 'told') return false;
  const after = tokens[last + 1]?.text;
  return after === 'that' || (after === 'in' && tokens[last + 2]?.text === 'an' && tokens[last + 3]?.text === 'interview');
}

/** Kinds of bodies no place is described as. */
const BODY_KINDS = new Set(['PUBLICATION', 'NEWS_AGENCY', 'GOVERNMENT_BODY']);
/**
 * Whether an apposition after "from" or "at" still types the name ("footage from TVK, the public
 * broadcaster,", "works at Velspace, Peru’s space agency,"), where a place's is not read ("In
 * Tolvagrad, the regional governor, …"): a broadcaster, an agency or a ministry is no place.
 */
export function mediaKindAfterFrom(tokens: readonly Token[], first: number, last: number, kind: string | null | undefined, places: Places): boolean {
  const before = tokens[first - 1]?.text;
  if (!(before === 'from' || before === 'From' || before === 'at') || !kind || !BODY_KINDS.has(kind)) return false;
  // (A state's body has a country for owner: "the UN’s refugee agency" is an organisation's.)
  return kind !== 'GOVERNMENT_BODY' || (!!places.country(tokens[last + 2]?.text ?? '') && /^[’']s$/.test(tokens[last + 3]?.text ?? ''));
}

/** Lower-case nouns of a country's parts that, right after a place's name, belong to it ("Velmo district"). */
const PART_HEADS = new Set(['district', 'province', 'state', 'peninsula', 'prefecture', 'county', 'governorate', 'oblast']);

/**
 * "in Velmo district", "Tolva province", "the Orvik peninsula", "a former governor of Velmo state":
 * a lower-case noun of a country's part right after a name belongs to it (the part is the entity),
 * unless the noun only modifies another ("the Velmo state governor", "the district hospital") or the
 * name is a country or a people ("the Peruvian state"). Returns the noun's token, or -1.
 */
export function placePartHead(tokens: readonly Token[], end: number, name: string, places: Places): number {
  const head = tokens[end + 1];
  if (!head || !PART_HEADS.has(head.text) || head.start !== tokens[end]!.end + 1) return -1;
  const after = tokens[end + 2];
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || after.text === '-')) return -1;
  if (places.country(name) || places.demonym(name)) return -1;
  return end + 1;
}

/** A capital first (compiled once). */
const OPENS_UPPER = /^\p{Lu}/u;
/** Whether a name ends in a lower-case noun of a country's part ("Velmo district"): a REGION. */
export function endsInPlacePart(text: string): boolean {
  const k = text.lastIndexOf(' ');
  return k > 0 && PART_HEADS.has(text.slice(k + 1)) && OPENS_UPPER.test(text);
}

/**
 * "Velmo district" is also "Velmo": the name without its part noun is an alias of the region, when
 * no other entity of the article has that name or alias ("São Velmo state" beside the city "São
 * Velmo" keeps none); when another region already has it (a known "Velmo" the text also names),
 * the part's name joins that region instead.
 */
export function placePartAliases<E extends Named & { readonly id: string }>(entities: Map<string, E>): void {
  for (const e of [...entities.values()]) {
    if (e.type !== 'REGION' || !endsInPlacePart(e.name)) continue;
    const bare = e.name.slice(0, e.name.lastIndexOf(' '));
    const holders = [...entities.values()].filter((x) => x !== e && (x.name === bare || x.aliases.includes(bare)));
    if (holders.length === 0) e.aliases.push(bare);
    else if (holders.length === 1 && holders[0]!.type === 'REGION') {
      if (!holders[0]!.aliases.includes(e.name)) holders[0]!.aliases.push(e.name);
      for (const a of e.aliases) if (a !== holders[0]!.name && !holders[0]!.aliases.includes(a)) holders[0]!.aliases.push(a);
      entities.delete(e.id);
    }
  }
}

/**
 * Whether "on" joins the words after it to a name: only after a body's head noun ("the Emergency
 * Committee on Tolva Fever", "the Council on Velmar Relations"). A place, a people or a common word
 * before "on" ends the name ("the Velko Peninsula on New Year’s Day", "Pressure on the Tolva Museum",
 * "Velmara on Mars").
 */
export function onJoins(connector: string, lastWord: string, heads: ReadonlySet<string>): boolean {
  return connector !== 'on' || heads.has(lastWord);
}

/** Plural nouns of a country's parts, before "of" and the names they list. */
const PLURAL_PARTS = new Set(['districts', 'provinces', 'states', 'prefectures', 'counties', 'governorates', 'oblasts', 'regions']);

/**
 * "the neighbouring prefectures of Orvaki and Tolsuma", "the provinces of Velmo, Tolsk and Orvik":
 * each name listed after a plural noun of a country's parts and "of" is such a part (REGION).
 */
export function listedAfterPlural(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  for (let steps = 0; k > 0 && steps < 30; steps++, k--) {
    const w = tokens[k]!.text;
    if (w === 'of') return PLURAL_PARTS.has(tokens[k - 1]?.text ?? '');
    if (!(w === ',' || w === 'and' || OPENS_UPPER.test(w))) return false;
  }
  return false;
}

/** Singular nouns of a country's parts and of islands, before "of" and a name. */
const PART_NOUNS_BEFORE_OF = new Set(['island', 'province', 'state', 'region', 'county', 'district', 'territory', 'peninsula', 'archipelago', 'prefecture', 'oblast', 'governorate']);

/**
 * "on the Tolvan island of Velmo", "the province of Velmo": the text calls the name a part or an
 * island, which outweighs a gazetteer's town of that name (an island's town often shares it).
 */
export function partNounOf(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.text === 'of' && PART_NOUNS_BEFORE_OF.has(tokens[first - 2]?.text ?? '');
}

/** Words that make a name a street or square: first ("Avenida Tolsta", "Rua Velha") or last ("Orvik Square"). */
const STREET_FIRST = new Set(['Avenida', 'Avenue', 'Rua', 'Calle', 'Boulevard', 'Rue', 'Via', 'Praça', 'Plaza', 'Piazza', 'Place']);
const STREET_LAST = new Set(['Street', 'Avenue', 'Square', 'Boulevard', 'Road', 'Lane', 'Plaza']);

/** Whether a name of two words or more names a street or a square (REGION, where people gather or march). */
export function isStreetName(ws: readonly string[]): boolean {
  return ws.length >= 2 && (STREET_FIRST.has(ws[0]!) || STREET_LAST.has(ws[ws.length - 1]!));
}

/** Verbs and nouns of going somewhere, within a few words before "to" or "from". */
const MOTION = /^(?:arriv(?:e|es|ed|ing|al)|fl(?:ew|y|ies|ying|ight|ights)|travel(?:s|led|ed|ling|ing)?|land(?:s|ed|ing)?|depart(?:s|ed|ing|ure)?|return(?:s|ed|ing)?|head(?:s|ed|ing)|bound|sail(?:s|ed|ing)?|drove|driven|driving|moved|journey|route|trip|evacuated|deported|extradited)$/;
/** Verbs whose object is a place reached or left ("reached Tolvagrad", "left Tolvagrad"). */
const PLACE_OBJECT_VERBS = new Set(['reached', 'reaches', 'reach', 'reaching', 'left', 'leaving', 'leaves', 'visited', 'visiting', 'visits', 'toured', 'entered']);

/**
 * "arriving from Tolvagrad", "flew on to Tolvagrad", "travelled with him to Tolvagrad", "reached
 * Tolvagrad on Tuesday": a capital someone or something goes to, comes from or reaches is the city
 * itself, not its government (stage cluster's literal places).
 */
export function motionPlace(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text;
  if (before && PLACE_OBJECT_VERBS.has(before)) return true;
  if (before !== 'to' && before !== 'from' && before !== 'From') return false;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) {
    const w = tokens[k]!;
    if (MOTION.test(w.text.toLowerCase())) return true;
    if (w.pos === 'PUNCT') break;
  }
  return false;
}
