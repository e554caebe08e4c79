/**
 * Rules of stage `candidates` about which tokens are words of a name and where a name stops,
 * beyond the capitalised-word rule (candidates.ts calls each with one line):
 * - a name word may be written with a lower-case elided particle ("Cortina d’Ampezzo", "Côte
 *   d’Ivoire") or as a brand in lower camel case ("iVox", "eTolva");
 * - inside a sentence a capitalised numeral ("Channel Four", "the Big Three") or a capitalised
 *   function word right before a name ("with To Vanh", a Vietnamese given name) is a name word:
 *   in running text only names capitalise them;
 * - a sentence's first word is a name when an apposition of a body's kind follows it ("Tolvex,
 *   the trade union, said …"), whatever the tagger made of the capital;
 * - a hyphenated given name keeps its lower-case syllable ("Pak Min-jun", "Kim Dae-ho");
 * - "the 1950 Tolva earthquake": a year, a name and a disaster noun are one event's name;
 * - a name never runs across an honorific ("From Velmar Mr Orvo flew …": a place and a person),
 *   nor is a person's name the head of "<Person> of <Country>" ("Ana Ruiz of Peru": two names).
 * Each test looks at a token or two first, so a sentence without its trigger costs little.
 */
import * as cues from './cues';
import type { Sentence, Token } from './document';
import * as gazetteers from './gazetteer';
import { initialGivenNameBeforeApposition } from './entity-forms-r14';

// Taken once into module constants: under tsx every read of an imported binding calls two getters
// of the exporting module (see candidates.ts). The cue sets are constants, never reassigned.
const { CAPITAL_HEAD_WORDS, DISASTER_NOUNS, HEAD_NOUNS, HONORIFICS, TITLES } = cues;
const { loadGazetteer } = gazetteers;

/** An elided particle joined to a capitalised word: "d’Ampezzo", "l’Orvel" (one token). */
const ELIDED_PARTICLE = /^[dl][’'][\p{Lu}][\p{L}\p{M}\-]+$/u;
/** A brand written in lower camel case: "iVox", "eTolva" (and its plural). */
const LOWER_CAMEL_BRAND = /^[ie]\p{Lu}\p{Ll}{2,}s?$/u;
/** Capitalised numerals that only a name capitalises inside a sentence ("Channel Four"). */
const NUMERAL_WORDS = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve']);
/** A year of four digits. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** Function words that start no name even before one: articles, pronouns and the honorifics. */
const NEVER_NAME_WORDS = new Set(['The', 'A', 'An', 'I', 'It', 'He', 'She', 'We', 'They', 'You', 'Mr', 'This', 'That']);
/** Tags of function words, as candidates.ts reads them. */
const FUNCTION_TAGS = new Set(['DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PART']);
/** Tokens after which a capital may start a quotation or a list item, not a name. */
const OPENERS = new Set(['“', '"', '‘', '(', ':', ';', '—', '–', '-']);
/** A small letter first (compiled once). */
const OPENS_LOWER = /^\p{Ll}/u;
/** Lower-case nouns of bodies that an apposition after a sentence's first word may end in. */
const BODY_KIND_NOUNS = new Set(HEAD_NOUNS.filter(([type]) => type !== 'EVENT' && type !== 'PROJECT').flatMap(([, ws]) => ws.filter((w) => OPENS_LOWER.test(w))));
/** Words of a polity's or a place's name before "of" ("Republic of …", "Isle of …"). */
const POLITY_WORDS = new Set(['Republic', 'Kingdom', 'States', 'State', 'Federation', 'Commonwealth', 'Emirates', 'Union', 'Principality', 'Sultanate', 'Duchy', 'Isle', 'Isles', 'Islands', 'Gulf', 'Bay', 'Sea', 'Strait', 'Cape', 'City', 'Province', 'County', 'Lake', 'Mount', 'Port', 'Horn', 'Duke', 'Duchess', 'Earl', 'Lord', 'Lady', 'Archbishop', 'Bishop']);
/** A monarch's or pope's regnal number ("IV", "XVI"). */
const REGNAL_NUMBER = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A word of a personal name: a capital and lower-case letters. */
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A word that can be a given name or a surname: capitalised, and no head noun, title, honorific or polity word. */
function isGivenOrSurname(w: string): boolean {
  return PERSON_WORD.test(w) && !CAPITAL_HEAD_WORDS.has(w) && !TITLES.has(w) && !HONORIFICS.has(w) && !POLITY_WORDS.has(w);
}

/** A lower-case syllable of a hyphenated given name ("jun" of "Min-jun"); "-based", "-led" are adjectives. */
const GIVEN_NAME_SYLLABLE = /^\p{Ll}{2,4}$/u;
const CAPITALISED = /^[\p{Lu}]/u;

/** CAPITALISED.test(text) without the regex when the first character is ASCII (A–Z are its only capitals). */
export function startsCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : CAPITALISED.test(text);
}

/**
 * ELIDED_PARTICLE.test(text) || LOWER_CAMEL_BRAND.test(text), the regexes run only on a word that
 * starts with their first letter ("d"/"l", "i"/"e"), which each of them needs to match.
 */
export function isElidedOrLowerCamel(text: string, afterNameWord: boolean): boolean {
  const code = text.charCodeAt(0);
  if ((code === 100 || code === 108) && afterNameWord && ELIDED_PARTICLE.test(text)) return true;
  return (code === 105 || code === 101) && LOWER_CAMEL_BRAND.test(text);
}

/**
 * Marks in `proper` the name words that the capitalised-word rule misses (see the module comment).
 * `firstWord` is the sentence's first word's index; a title-case sentence gets none of these.
 */
export function markNameWords(sentence: Sentence, proper: boolean[], firstWord: number, titleCase: boolean, covered: (start: number, end: number) => boolean): void {
  const t = sentence.tokens;
  for (let k = 0; k < t.length; k++) {
    if (proper[k]) continue;
    const w = t[k]!;
    if (covered(w.start, w.end)) continue;
    const text = w.text;
    if (!startsCapitalised(text)) {
      // "Cortina d’Ampezzo" (after a name word), "iVox" (anywhere).
      if (isElidedOrLowerCamel(text, !!proper[k - 1] && t[k - 1]!.end + 1 === w.start)) proper[k] = true;
      continue;
    }
    // A credit line holds only names and separators ("Pia Cook/Tolva Press"): a surname the tagger
    // reads as a verb or noun ("Cook", "Baker") is a name word there, title case or not.
    if (sentence.field === 'IMAGE_CREDIT' && !NEVER_NAME_WORDS.has(text) && w.pos !== 'PUNCT' && w.pos !== 'SYM') {
      proper[k] = true;
      continue;
    }
    if (titleCase) continue;
    const before = t[k - 1];
    if (k === firstWord) {
      if (initialBeforeBodyApposition(t, k) || initialGivenNameBeforeApposition(t, k, proper)) proper[k] = true;
      continue;
    }
    if (k < firstWord || !before || OPENERS.has(before.text)) continue;
    if (NUMERAL_WORDS.has(text)) proper[k] = true;
    // "talks with To Vanh": a capitalised function word before a name word is one.
    else if (FUNCTION_TAGS.has(w.pos) && !NEVER_NAME_WORDS.has(text) && !HONORIFICS.has(text) && t[k + 1]?.pos === 'PROPN' && PERSON_WORD.test(t[k + 1]!.text) && t[k + 1]!.start === w.end + 1 && !proper[k - 1]) proper[k] = true;
  }
}

/** "Tolvex, the trade union, had urged …": a first word before an apposition of a body's kind, closed by a comma and a verb. */
function initialBeforeBodyApposition(t: readonly Token[], k: number): boolean {
  const w = t[k]!;
  if (w.pos === 'ADV' || FUNCTION_TAGS.has(w.pos) || !PERSON_WORD.test(w.text)) return false;
  if (t[k + 1]?.text !== ',' || !['the', 'a', 'an'].includes(t[k + 2]?.text ?? '')) return false;
  for (let j = k + 3; j < Math.min(t.length - 2, k + 7); j++) {
    const x = t[j]!;
    if (x.text === ',') return false;
    if (BODY_KIND_NOUNS.has(x.text) && t[j + 1]!.text === ',') return t[j + 2]!.pos === 'VERB' || t[j + 2]!.pos === 'AUX';
    if (!OPENS_LOWER.test(x.text)) return false;
  }
  return false;
}

/**
 * Whether the name at tokens i..end stops before token end+1: an honorific starts another name
 * ("Velmar Mr Orvo"), and "<Given Surname> of <Country or city>" is a person and a place, as is
 * "<title> <Given> <regnal number> of <Country>" ("King Tolo IV of Tolvania").
 */
export function nameStopsAfter(sentence: Sentence, proper: readonly boolean[], i: number, end: number): boolean {
  const t = sentence.tokens;
  const next = t[end + 1];
  if (!next) return true;
  if (HONORIFICS.has(next.text) && proper[end + 1]) return true;
  if (next.text !== 'of' || end === i || end - i > 2 || !proper[end + 2]) return false;
  // ("King Tolo IV of Tolvania": a title before the name and a regnal number closing it.)
  let from = i;
  while (from < end && TITLES.has(t[from]!.text) && !POLITY_WORDS.has(t[from]!.text)) from++;
  for (let k = from; k <= end; k++) {
    const w = t[k]!.text;
    if (k === end && k > from && REGNAL_NUMBER.test(w)) continue;
    if (!isGivenOrSurname(w)) return false;
  }
  let last = end + 2;
  while (proper[last + 1] && t[last + 1]!.start === t[last]!.end + 1) last++;
  const g = loadGazetteer();
  const owner = sentence.text.slice(t[i]!.start - sentence.start, t[end]!.end - sentence.start);
  const place = sentence.text.slice(t[end + 2]!.start - sentence.start, t[last]!.end - sentence.start);
  const whole = sentence.text.slice(t[i]!.start - sentence.start, t[last]!.end - sentence.start);
  if (g.country(whole) || g.isCity(whole) || g.country(owner) || g.demonym(t[i]!.text) || g.isCity(owner)) return false;
  return g.country(place) !== undefined || g.isCity(place);
}

/**
 * The end of a hyphenated given name after token `end` ("Pak Min-jun": "-", "jun"), or -1. Only
 * inside a name of two words or more, for a syllable of two to four letters that no noun follows
 * ("a Tolva-era policy" is an adjective).
 */
export function hyphenatedGivenNameEnd(tokens: readonly Token[], i: number, end: number): number {
  const [h, s, after] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
  if (!h || !s || end === i || h.text !== '-' || h.start !== tokens[end]!.end || s.start !== h.end) return -1;
  if (!GIVEN_NAME_SYLLABLE.test(s.text) || !PERSON_WORD.test(tokens[end]!.text) || tokens[end]!.text.length > 6) return -1;
  if (after && after.start === s.end && after.text === '-') return -1;
  if (after && OPENS_LOWER.test(after.text) && (after.pos === 'NOUN' || after.pos === 'ADJ')) return -1;
  return end + 2;
}


/**
 * Whether the name at tokens i..end sits between a year and a disaster noun ("the 1950 Tolva
 * earthquake"): the three are one event's name, the place is no mention of its own there.
 */
export function yearDisasterAround(tokens: readonly Token[], i: number, end: number): boolean {
  const [year, noun] = [tokens[i - 1], tokens[end + 1]];
  return !!year && !!noun && YEAR.test(year.text) && year.end + 1 === tokens[i]!.start && DISASTER_NOUNS.has(noun.text) && noun.start === tokens[end]!.end + 1;
}

/** Royal titles that stay in the name of one who has no surname or regnal number ("Prince Tolo"). */
const ROYAL_TITLES = new Set(['Prince', 'Princess']);

/**
 * Whether the title before a name stays in it: a prince or princess named by one given name goes by
 * "Prince <Given>" ("Prince Tolo", never plain "Tolo", who is anyone), while a monarch goes by the
 * name and regnal number ("King Tolo IV" is "Tolo IV") and a prince with a full name by that name
 * ("Prince Tolo bin Varan"). `from` is the name's first word once the titles are skipped.
 */
export function royalTitleKept(tokens: readonly Token[], i: number, from: number, end: number): boolean {
  return from === end && from === i + 1 && ROYAL_TITLES.has(tokens[i]!.text) && PERSON_WORD.test(tokens[end]!.text) && tokens[end]!.start === tokens[i]!.end + 1;
}

/** A lower-case particle of one to four letters written between hyphens inside a name ("e" of "Jamaat-e-…", "upon" of "Stratford-upon-…"). */
const INNER_PARTICLE = /^\p{Ll}{1,4}$/u;

/**
 * Marks in `proper` a lower-case particle written between two hyphens, with no space, inside a
 * name whose words on both sides are capitalised name words: the Urdu and Persian "-e-", "-ul-",
 * "-ut-" of a party's or movement's name ("Tehreek-e-Orvan", "Hizb-ut-Velmar") and the English and
 * French "-on-", "-upon-", "-en-" of a town's ("Orvel-on-Sea", "Aix-en-Tolva"). A hyphenated
 * lower-case tail ("Tolva-based", "Orvel-in-exile") has no capital after it and stays out.
 */
export function markHyphenParticles(tokens: readonly Token[], proper: boolean[]): void {
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (proper[k] || !proper[k - 2] || !proper[k + 2] || tokens[k - 1]!.text !== '-') continue;
    const p = tokens[k]!;
    if (!INNER_PARTICLE.test(p.text)) continue;
    const [h1, h2, before, after] = [tokens[k - 1]!, tokens[k + 1]!, tokens[k - 2]!, tokens[k + 2]!];
    if (h1.text !== '-' || h2.text !== '-' || h1.start !== before.end || p.start !== h1.end || h2.start !== p.end || after.start !== h2.end) continue;
    if (!CAPITALISED.test(before.text) || !CAPITALISED.test(after.text)) continue;
    proper[k] = true;
  }
}

/**
 * Whether the name at tokens i..end stops before "for": a country's name does (countryBeforeFor),
 * and so does a person's before "for <Country or city>": "<Given Surname> for
 * <Country>" is a person playing, standing or speaking for a place ("scored for Tolvania", "a
 * goal by Ana Ruiz for Peru"), two names, as "<Given Surname> of <Country>" is (nameStopsAfter). A
 * body's head or a title before "for" keeps the name whole ("Party for …", "Minister for …").
 */
export function personForPlaceStops(sentence: Sentence, proper: readonly boolean[], i: number, end: number): boolean {
  const t = sentence.tokens;
  if (t[end + 1]?.text !== 'for') return false;
  if (countryBeforeFor(sentence, i, end)) return true;
  if (end === i || end - i > 2 || !proper[end + 2]) return false;
  for (let k = i; k <= end; k++) if (!isGivenOrSurname(t[k]!.text)) return false;
  let last = end + 2;
  while (proper[last + 1] && t[last + 1]!.start === t[last]!.end + 1) last++;
  const g = loadGazetteer();
  const owner = sentence.text.slice(t[i]!.start - sentence.start, t[end]!.end - sentence.start);
  const place = sentence.text.slice(t[end + 2]!.start - sentence.start, t[last]!.end - sentence.start);
  if (g.country(owner) || g.isCity(owner) || g.demonym(t[i]!.text)) return false;
  return g.country(place) !== undefined || g.isCity(place);
}

/** Capitalised prepositions that open no name of their own but sit inside one ("Reporters Without Borders"). */
const INNER_PREPOSITION_TAGS = new Set(['ADP', 'SCONJ']);

/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;
/**
 * Marks in `proper` a capitalised preposition of three letters or more between two name words
 * inside a sentence: "Students Against Tolls", "Doctors Without Borders", "Artists Beyond Tolva".
 * In running text only a name capitalises a preposition, so the three are one name. Not at a
 * sentence's start or in a title-case headline (there every word is capitalised), nor after a
 * quote, colon or dash (a quotation or a title may start there).
 */
export function markInnerPrepositions(sentence: Sentence, proper: boolean[], firstWord: number, titleCase: boolean): void {
  if (titleCase) return;
  const t = sentence.tokens;
  for (let k = firstWord + 2; k + 1 < t.length; k++) {
    const w = t[k]!;
    if (proper[k] || !INNER_PREPOSITION_TAGS.has(w.pos) || w.text.length < 3 || !CAPITALISED.test(w.text) || NEVER_NAME_WORDS.has(w.text)) continue;
    const [before, after] = [t[k - 1]!, t[k + 1]!];
    if (!proper[k - 1] || !proper[k + 1] || before.end + 1 !== w.start || w.end + 1 !== after.start || OPENERS.has(t[k - 2]?.text ?? '')) continue;
    if (!PERSON_WORD.test(before.text) || !OPENS_UPPER.test(after.text)) continue;
    proper[k] = true;
  }
}

/**
 * "<Country> for <…>" is no name of a body ("engines made in Tolvania for the Orvel jet", "Peru
 * for the first time"): a country's name ends before "for". The run before it must be the country
 * exactly (a body's "Tolvania Fund for Peace" is no country).
 */
function countryBeforeFor(sentence: Sentence, i: number, end: number): boolean {
  const t = sentence.tokens;
  const run = sentence.text.slice(t[i]!.start - sentence.start, t[end]!.end - sentence.start);
  return loadGazetteer().country(run) !== undefined;
}

/** Head nouns of prizes, which name their field after "in" ("… Prize in Chemistry"). */
const PRIZE_HEADS = new Set(['Prize', 'Prizes', 'Award', 'Awards', 'Medal']);

/** Whether tokens i..last hold a prize's head noun followed by "in" ("Tolva Prize in Physics …"). */
export function prizeFieldInside(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i; k < last; k++) if (PRIZE_HEADS.has(tokens[k]!.text) && tokens[k + 1]!.text === 'in') return true;
  return false;
}

/**
 * The new end of the name at tokens i..end when its field goes on after it, or -1:
 * - a prize's field after "in": "the Tolva Prize in Chemistry" (not a place: "the Tolva Prize in Lima");
 * - a second field after "or" in "<Head> for/in <Field>": "the Tolva Committee for Physics or
 *   Chemistry", "the Orvel Prize in Physiology or Medicine" (one word, and no place).
 */
export function fieldOfNameEnd(sentence: Sentence, proper: readonly boolean[], i: number, end: number): number {
  const t = sentence.tokens;
  const next = t[end + 1];
  const field = t[end + 2];
  if (!next || !field || !proper[end + 2] || (next.text !== 'in' && next.text !== 'or') || next.start !== t[end]!.end + 1 || field.start !== next.end + 1 || proper[end + 3]) return -1;
  if (next.text === 'in' ? !PRIZE_HEADS.has(t[end]!.text) : end - i < 2) return -1;
  const g = loadGazetteer();
  if (g.country(field.text) || g.isCity(field.text) || g.isRegion(field.text) || g.isSubdivision(field.text) || g.demonym(field.text)) return -1;
  if (next.text === 'in' && PRIZE_HEADS.has(t[end]!.text)) return end + 2;
  if (next.text !== 'or' || end - i < 2) return -1;
  const connector = t[end - 1]!.text;
  const head = t[end - 2]!.text;
  return (connector === 'for' && CAPITAL_HEAD_WORDS.has(head)) || (connector === 'in' && PRIZE_HEADS.has(head)) ? end + 2 : -1;
}
