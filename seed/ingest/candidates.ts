/**
 * Stage `candidates`: proper-noun sequences that no known entity covers, cleaned of possessives
 * ("Okafor’s"), honorifics and titles ("Mr", "President"), quotes and punctuation at the ends, and
 * of capitals that only start a sentence or a title-case headline (the part-of-speech tag decides).
 * A name word may hold digits and inner capitals ("Orbiter-7", "G9", "TelNoR"). Inside a name,
 * short connectors ("of", "of the", "for") and a final number ("… 2") are kept; "and" only where
 * the name ends in a head noun ("… and … Forum"); a possessive only before a capitalised head noun
 * ("Farmers’ Weekly", "Workers’ Daily"). A lower-case body noun right after a name ("Harbour
 * department") belongs to it, as does an event noun ("the Delta summit": the summit is the entity)
 * and "<adjective> ministry" after a possessive ("Chile’s transport ministry"), unless that phrase
 * only describes the name before it (", Chile’s transport ministry,"). In the credit line an
 * agency written with its article ("The Harbour Press") keeps it.
 */
import * as cues from './cues';
import type { Candidate, DocMention, IngestDocument, Sentence, Token } from './document';
import { requireLayer } from './document';
import { isCompassDemonym } from './compass-demonyms';
import { facilityHeadEnd } from './facility-names';
import * as gazetteers from './gazetteer';
import * as nameWords from './name-words';
import { isTitleOfDomain, personBeforeConnector } from './office-names';
import { airlineBeforeModel, countryPrefixSplits, generalIsNameWord, listedFieldsEnd, modelNumberEnd, onJoins, placePartHead } from './entity-forms-r12';

// The cue sets and rules this stage reads per token, taken once into module constants: under tsx
// (esbuild's CommonJS output) every read of an imported binding calls two getters of the exporting
// module, which cost about 8% of the stage. These modules' exports are constants, never reassigned.
const { CENTRAL_BANK, COMPASS, EDITION_NOUNS, FAITHS, PLURAL_PEOPLE, FUNCTION_WORDS, HEAD_NOUNS, HONORIFICS, NAME_CONNECTORS, TITLES } = cues;
const { loadGazetteer } = gazetteers;
const { fieldOfNameEnd, hyphenatedGivenNameEnd, markHyphenParticles, prizeFieldInside, markInnerPrepositions, markNameWords, nameStopsAfter, personForPlaceStops, royalTitleKept, yearDisasterAround } = nameWords;

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}\p{N}.’'\-]*$/u;
const QUOTES = /^[“”"‘’'«»]$/;
const POSSESSIVE = /^[’']s?$/;
/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;
const EVENT_HEADS = new Set(HEAD_NOUNS.filter(([type]) => type === 'EVENT').flatMap(([, words]) => words.filter((w) => OPENS_UPPER.test(w))));
const BODY_HEADS = new Set(HEAD_NOUNS.filter(([type]) => type === 'GOVERNMENT_BODY').flatMap(([, words]) => words.filter((w) => OPENS_UPPER.test(w))));
const CAPITAL_HEADS = new Set(HEAD_NOUNS.flatMap(([, words]) => words.filter((w) => OPENS_UPPER.test(w))));
const LOWER_BODY_HEADS = new Set(['ministry', 'department', 'commission', 'agency', 'office', 'bureau', 'council', 'parliament']);
/** Lower-case event nouns that make "<Name> <noun>" an event of its own ("the Delta summit"). */
const LOWER_EVENT_HEADS = new Set(['pandemic', 'epidemic', 'outbreak', 'summit', 'conference', 'ceremony', 'forum', 'festival', 'election', 'elections', 'referendum', 'congress', 'games', 'tournament', 'championship', 'championships', 'expo', 'gala']);
/** Where a credit line's part starts: its beginning or a separator ("Pia Sand/The Harbour Press"). */
const CREDIT_SEPARATORS = new Set(['/', ';', ',', '-', '|']);

/** A hyphen or an en dash written without spaces joins two names into one ("Farmer–Citizen Movement"). */
const DASHES = new Set(['-', '–']);

/** A year of four digits ("2030"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/**
 * CAPITALISED.test(text), answered without the regex when the first character is ASCII and no
 * capital (most words): a capital letter of ASCII is only A–Z.
 */
function isCapitalised(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 && CAPITALISED.test(text) : CAPITALISED.test(text);
}

/** Whether `text` starts with an ASCII digit (what `\d` reads): the number patterns below need one. */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A letter first (compiled once). */
const OPENS_LETTER = /^\p{L}/u;
/** Whether the first character of `text` is a letter (`OPENS_LETTER`), capital (`OPENS_UPPER`) when `upper`. */
function startsWithLetter(text: string, upper: boolean): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (!upper && code >= 97 && code <= 122);
  return upper ? OPENS_UPPER.test(text) : OPENS_LETTER.test(text);
}

/** Marks that end a sentence written in sentence case (no title-case headline ends with one). */
const CLOSING_MARKS = new Set(['.', '!', '?', '”', '"', '’', ':']);

/**
 * Name particles written joined to the next word by a hyphen, lower-case inside a name (Arabic
 * "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ul-"): "Karim al-Nasser", "Wadi al-Samir".
 * Only the joined form counts, so the English "at"/"as" never join a name.
 */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ul', 'Al', 'El']);

/** Whether tokens k, k+1, k+2 are a particle, a hyphen and a capitalised word, written as one ("al-Nasser"). */
function particleAt(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k];
  if (!p || !HYPHEN_PARTICLES.has(p.text)) return false;
  const h = tokens[k + 1];
  const w = tokens[k + 2];
  return !!h && !!w && h.text === '-' && h.start === p.end && w.start === h.end && isCapitalised(w.text) && !w.numeric;
}

/**
 * The last token of a capitalised head noun owned by the name at tokens i..end ("Farmers’ Weekly",
 * "Republican People’s Party"), or -1. Only a common noun or a plural owns a name this way; a
 * proper owner is an owner ("Tolvex’s Institute of …"), and so is a place or a people.
 */
function ownedHeadAfter(sentence: Sentence, proper: readonly boolean[], i: number, end: number, gazetteer: ReturnType<typeof loadGazetteer>): number {
  const tokens = sentence.tokens;
  const mark = tokens[end + 1];
  if (!mark || !tokens[end + 2] || mark.start !== tokens[end]!.end || !proper[end + 2] || !POSSESSIVE.test(mark.text) || HONORIFICS.has(tokens[i]!.text) || TITLES.has(tokens[i]!.text)) return -1;
  let k = end + 2;
  while (proper[k + 1] && tokens[k + 1]!.start === tokens[k]!.end + 1) k++;
  const owner = sentence.text.slice(tokens[i]!.start - sentence.start, tokens[end]!.end - sentence.start);
  const common = tokens[end]!.pos === 'NOUN' || (mark.text.length === 1 && /s$/.test(tokens[end]!.text));
  if (!common || tokens[k + 1]?.text === 'of' || !CAPITAL_HEADS.has(tokens[k]!.text)) return -1;
  return gazetteer.country(owner) || gazetteer.demonym(owner) || gazetteer.isCity(owner) || gazetteer.isRegion(owner) ? -1 : k;
}

/** Whether most words of the sentence are capitalised (a title-case headline or subheading). */
function isTitleCase(sentence: Sentence): boolean {
  // Only headlines and subheadings (no closing punctuation) are written in title case.
  // A caption, with or without its full stop, is a sentence.
  if (sentence.field === 'IMAGE_CAPTION' || (sentence.field !== 'TITLE' && CLOSING_MARKS.has(sentence.text.charAt(sentence.text.length - 1)))) return false;
  let words = 0;
  let capitals = 0;
  for (const t of sentence.tokens) {
    if (t.text.length <= 3 || !startsWithLetter(t.text, false)) continue;
    words++;
    if (startsWithLetter(t.text, true)) capitals++;
  }
  return words >= 3 && capitals / words > 0.6;
}

/** Tags of words that start no name inside a sentence, capitalised or not. */
const FUNCTION_TAGS = new Set(['DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PART']);

function isProperToken(sentence: Sentence, i: number, firstWord: number, titleCase: boolean): boolean {
  const t = sentence.tokens[i]!;
  if (t.numeric || !isCapitalised(t.text)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return false;
  const initial = i === firstWord;
  if (initial || titleCase) {
    if (FUNCTION_WORDS.has(t.text)) return false;
    // A capital that only starts the sentence: trust the tagger.
    return t.pos === 'PROPN' || HONORIFICS.has(t.text) || TITLES.has(t.text);
  }
  return !FUNCTION_TAGS.has(t.pos) || t.pos === 'PROPN';
}

/** A small letter first (compiled once). */
const OPENS_LOWER = /^\p{Ll}/u;
/** Candidates of one sentence; `covered(field, start, end)` says whether a known mention is there. */
export function sentenceCandidates(sentence: Sentence, covered: (start: number, end: number) => boolean): Candidate[] {
  const tokens = sentence.tokens;
  const firstWord = tokens.findIndex((t) => isWord(t) && !QUOTES.test(t.text));
  const titleCase = isTitleCase(sentence);
  const proper: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) proper.push(!covered(tokens[i]!.start, tokens[i]!.end) && isProperToken(sentence, i, firstWord, titleCase));
  // A capitalised word the date recogniser took ("Morning", "May") inside a run of names is a name word.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (proper[i] || !t.numeric) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (isCapitalised(t.text) && prev && proper[i - 1] && !prev.numeric && next && isCapitalised(next.text) && !next.numeric && !covered(t.start, t.end)) proper[i] = true;
  }
  // "al-Kharj", "Al-Rai": the particle, hyphen and word are one name word.
  for (let k = 0; k < tokens.length; k++) {
    if (particleAt(tokens, k) && !covered(tokens[k]!.start, tokens[k + 2]?.end ?? tokens[k]!.end)) proper[k] = proper[k + 1] = proper[k + 2] = true;
  }
  markNameWords(sentence, proper, firstWord, titleCase, covered);
  markHyphenParticles(tokens, proper);
  markInnerPrepositions(sentence, proper, firstWord, titleCase);
  const gazetteer = loadGazetteer();
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!proper[i]) {
      i++;
      continue;
    }
    let end = i; // inclusive
    for (;;) {
      if (nameStopsAfter(sentence, proper, i, end) || personForPlaceStops(sentence, proper, i, end)) break;
      const next = end + 1;
      const given = hyphenatedGivenNameEnd(tokens, i, end);
      if (given !== -1) {
        end = given;
        continue;
      }
      if (proper[next] && tokens[next]!.start === tokens[end]!.end + 1) {
        end = particleAt(tokens, next) ? next + 2 : next;
        continue;
      }
      if (proper[next] && tokens[next]!.start === tokens[end]!.end && DASHES.has(tokens[end]!.text)) {
        end = next;
        continue;
      }
      // A hyphen joined without spaces to a number or a capitalised word: "Apollo-11", "Trans-Asia".
      const hyphen = tokens[next];
      const joined = tokens[next + 1];
      if (DASHES.has(hyphen?.text ?? '') && hyphen!.start === tokens[end]!.end && joined && joined.start === hyphen.end && ((startsWithDigit(joined.text) && /^\d+[A-Za-z]?$/.test(joined.text)) || (proper[next + 1] && !gazetteer.demonym(joined.text)))) {
        end = next + 1;
        continue;
      }
      // A model's designation: a maker's name, a number (no year) and a capitalised word ("Tolvex 480 Max").
      const model = startsWithDigit(tokens[next]?.text ?? '') ? tokens[next] : undefined;
      if (model && /^\d{2,4}$/.test(model.text) && !/^(?:19|20)\d\d$/.test(model.text) && model.start === tokens[end]!.end + 1 && proper[next + 1] && tokens[next + 1]!.start === model.end + 1 && !gazetteer.country(tokens[end]!.text) && !gazetteer.isCity(tokens[end]!.text)) {
        end = next + 1;
        continue;
      }
      // A year inside a body's name: "the Tolva 2030 Organising Committee" (the words after it end in a head noun).
      if (model && YEAR.test(model.text) && model.start === tokens[end]!.end + 1 && proper[next + 1] && tokens[next + 1]!.start === model.end + 1 && !FUNCTION_WORDS.has(tokens[end]!.text)) {
        let k = next + 1;
        while (proper[k + 1] && tokens[k + 1]!.start === tokens[k]!.end + 1) k++;
        if (k > next + 1 && CAPITAL_HEADS.has(tokens[k]!.text)) {
          end = k;
          continue;
        }
      }
      // connectors: "of", "of the", "for the" between proper words
      const one = tokens[next];
      const two = tokens[next + 1];
      // (not after a titled person: "Admiral Tom Orr of the Harbour Guard", office-names.ts)
      if (one && NAME_CONNECTORS.has(one.text) && !(one.text === 'of' && personBeforeConnector(tokens, i, end, CAPITAL_HEADS)) && onJoins(one.text, tokens[end]!.text, CAPITAL_HEADS)) {
        if (proper[next + 1]) {
          end = next + 1;
          continue;
        }
        if (two && NAME_CONNECTORS.has(`${one.text} ${two.text}`) && proper[next + 2]) {
          end = next + 2;
          continue;
        }
      }
      // "and" inside an event or organisation name: "Sea and Sky Forum"
      if (one && one.text === 'and' && proper[next + 1]) {
        let k = next + 1;
        while (proper[k + 1]) k++;
        if (CAPITAL_HEADS.has(tokens[k]!.text) && k > next + 1 && !gazetteer.country(tokens[end]!.text)) {
          end = k;
          continue;
        }
        // "Party for Freedom and Democracy", "Ministry of Trade and Industry": after "<Head> of/for X"
        // the "and" goes on with the name, unless a place follows.
        const joined = sentence.text.slice(tokens[next + 1]!.start - sentence.start, tokens[k]!.end - sentence.start);
        const headed = tokens.slice(i + 1, end).some((w, j) => (w.text === 'of' || w.text === 'for') && CAPITAL_HEADS.has(tokens[i + j]!.text));
        // ("Centre for Security and Emerging Technology": two words go on with it too, when neither heads or titles a name of its own.)
        const plain = k === next + 1 || (k === next + 2 && [next + 1, next + 2].every((j) => !CAPITAL_HEADS.has(tokens[j]!.text) && !TITLES.has(tokens[j]!.text) && !HONORIFICS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end + 1));
        if (headed && plain && !gazetteer.country(joined) && !gazetteer.isCity(joined) && !gazetteer.isRegion(joined)) {
          end = k;
          continue;
        }
      }
      // "the Ministry of Health, Labour and Welfare": fields listed with commas (entity-forms-r12.ts).
      const listed = listedFieldsEnd(tokens, proper, i, end, CAPITAL_HEADS, gazetteer);
      if (listed !== -1) {
        end = listed;
        continue;
      }
      // A possessive before a capitalised head noun is inside the name ("Farmers’ Weekly",
      // "Republican Workers’ Party for …"), when its owner is a common noun: "Chile’s Ministry …"
      // and "Tolvex’s Institute" belong to their owners. The name then goes on ("… for Progress").
      const field = fieldOfNameEnd(sentence, proper, i, end);
      if (field !== -1) {
        end = field;
        continue;
      }
      const owned = ownedHeadAfter(sentence, proper, i, end, gazetteer);
      if (owned !== -1) {
        end = owned;
        continue;
      }
      break;
    }
    // An airline before its aircraft's maker; a maker's or series' model number (entity-forms-r12.ts).
    end = modelNumberEnd(tokens, i, airlineBeforeModel(tokens, i, end), gazetteer);
    // A year closing a one-word name that is no place: a programme or plan ("Agenda 2040").
    const year = tokens[end + 1];
    if (year && end === i && startsWithDigit(year.text) && /^(?:19|20)\d\d$/.test(year.text) && year.start === tokens[end]!.end + 1 && !tokens[i]!.numeric && !(tokens[end + 2] && /^\d/.test(tokens[end + 2]!.text)) && !gazetteer.country(tokens[i]!.text) && !gazetteer.isCity(tokens[i]!.text) && !gazetteer.demonym(tokens[i]!.text) && !EVENT_HEADS.has(tokens[i]!.text) && !FUNCTION_WORDS.has(tokens[i]!.text)) {
      end += 1;
    }
    // A flight's number closes its name, however long: "Tolva Air Flight 4471".
    const flightNo = tokens[end + 1];
    if (tokens[end]!.text === 'Flight' && end > i && flightNo && startsWithDigit(flightNo.text) && /^\d{1,5}$/.test(flightNo.text) && flightNo.start === tokens[end]!.end + 1) end += 1;
    // A small number closing a name of two words or more: "Bridge of Tolva 3".
    const num = tokens[end + 1];
    if (num && end > i && startsWithDigit(num.text) && /^\d{1,2}$/.test(num.text) && num.start === tokens[end]!.end + 1 && !(tokens[end + 2] && /^\d/.test(tokens[end + 2]!.text))) {
      end += 1;
    }
    // Leading honorifics and titles are not part of the name; remember the first one. A name that
    // ends in a head noun is a place or body named after someone ("Queen Amina Bridge", "King Tolo
    // University"): its title stays.
    let from = i;
    let honorific: string | null = null;
    // ("the State Administration for Market Regulation": the head may stand before "of" or "for")
    let headed = CAPITAL_HEADS.has(tokens[end]!.text);
    for (let j = i + 1; !headed && j < end; j++) {
      const after = tokens[j + 1]?.text;
      headed = CAPITAL_HEADS.has(tokens[j]!.text) && (after === 'of' || after === 'for');
    }
    // ("the Princess of Velmark": an office by its domain, kept whole: office-names.ts)
    const namedAfter = (end > i + 1 && headed && TITLES.has(tokens[i]!.text) && !TITLES.has(tokens[i + 1]!.text) && tokens[i + 1]!.text !== 'of' && !HONORIFICS.has(tokens[i]!.text)) || isTitleOfDomain(tokens, i, end) || generalIsNameWord(tokens, i, end, (w) => TITLES.has(w) || HONORIFICS.has(w));
    // "Peruvian President …", "UK Secretary of State …": the office’s country goes with the title.
    while (from < end && (gazetteer.demonym(tokens[from]!.text) || gazetteer.country(tokens[from]!.text)) && TITLES.has(tokens[from + 1]?.text ?? '')) from++;
    while (!namedAfter && from < end && (HONORIFICS.has(tokens[from]!.text) || TITLES.has(tokens[from]!.text) || (from > i && NAME_CONNECTORS.has(tokens[from]!.text)) || (from > i && TITLES.has(tokens[from - 1]!.text) && tokens[from - 1]!.text !== 'State' && tokens[from]!.text === 'State'))) {
      honorific ??= tokens[from]!.text;
      from++;
    }
    // "Members of the Tolva Assembly", "Residents of Port Velma": people of a name are no part of it.
    while (from === i && from + 2 <= end && PLURAL_PEOPLE.has(tokens[from]!.text.toLowerCase()) && tokens[from + 1]!.text === 'of') from += tokens[from + 2]!.text === 'the' ? 3 : 2;
    // "the Speaker of the House of Tolva": an office of the body after it; the body is the name, no person's.
    if (from > i && from < end && tokens[from]!.text === 'the' && NAME_CONNECTORS.has(tokens[from - 1]!.text)) {
      from++;
      honorific = null;
    }
    // A title before a lone head noun is part of the name: "General Assembly", "General Tribunal".
    if (from === end && from > i && CAPITAL_HEADS.has(tokens[end]!.text) && TITLES.has(tokens[from - 1]!.text)) {
      from = i;
      honorific = null;
    }
    if (royalTitleKept(tokens, i, from, end)) from = i;
    if (from > end || (from === end && (HONORIFICS.has(tokens[from]!.text) || TITLES.has(tokens[from]!.text)))) {
      i = end + 1;
      continue;
    }
    if (HONORIFICS.has(tokens[from]!.text)) from++;
    // A lower-case body noun right after the name belongs to it: "Harbour department".
    let last = end;
    const head = tokens[end + 1];
    if (head && LOWER_BODY_HEADS.has(head.text) && !covered(head.start, head.end)) last = end + 1;
    // "in Velmo district", "the Orvik peninsula": a country's part (entity-forms-r12.ts).
    else if (head && !covered(head.start, head.end) && placePartHead(tokens, end, sentence.text.slice(tokens[from]!.start - sentence.start, tokens[end]!.end - sentence.start), gazetteer) !== -1) last = end + 1;
    // "Velma power station", "Orvo airport": a facility's head noun (facility-names.ts).
    else if (head && !covered(head.start, head.end) && facilityHeadEnd(tokens, end) !== -1) last = facilityHeadEnd(tokens, end);
    // "the Delta summit": the event is the entity; not after a country ("the Peru election" stays Peru's).
    else if (head && LOWER_EVENT_HEADS.has(head.text) && head.start === tokens[end]!.end + 1) {
      const named = sentence.text.slice(tokens[from]!.start - sentence.start, tokens[end]!.end - sentence.start);
      if (!gazetteer.country(named) && !gazetteer.isCity(named) && !covered(head.start, head.end)) last = end + 1;
    }
    let before = tokens[i - 1];
    // "the 2030 Pan Ocean Cup": a year before an event's name makes that edition the event.
    if (from === i && before && YEAR.test(before.text) && before.end + 1 === tokens[i]!.start && (EVENT_HEADS.has(tokens[last]!.text) || EDITION_NOUNS.has(tokens[last]!.text.toLowerCase()) || prizeFieldInside(tokens, i, last))) {
      from = i - 1;
      before = tokens[i - 2];
    }
    if (from === i && last === end && yearDisasterAround(tokens, i, end)) {
      from = i - 1;
      last = end + 1;
      before = tokens[i - 2];
    }
    // The credit line names an agency as it writes itself: "Pia Sand/The Harbour Press".
    if (sentence.field === 'IMAGE_CREDIT' && from === i && before?.text === 'The' && (i === 1 || CREDIT_SEPARATORS.has(tokens[i - 2]!.text))) {
      from = i - 1;
      before = tokens[i - 2];
    }
    // "The Hague", "The Woodlands": a city whose name starts with its article keeps it.
    if (from === i && before?.text === 'The' && gazetteer.isCity(`The ${sentence.text.slice(tokens[i]!.start - sentence.start, tokens[last]!.end - sentence.start)}`)) {
      from = i - 1;
      before = tokens[i - 2];
    }
    // "the US Federal Trade Commission": a country written before a body's name is its country, not
    // part of the name (the country stays a name of its own).
    if (from === i && last - from >= 2 && gazetteer.country(tokens[from]!.text) && !gazetteer.demonym(tokens[from]!.text) && countryPrefixSplits(tokens[from]!.text) && (BODY_HEADS.has(tokens[last]!.text) || CENTRAL_BANK.test(sentence.text.slice(tokens[from + 1]!.start - sentence.start, tokens[last]!.end - sentence.start)))) {
      const country = tokens[from]!;
      out.push({ field: sentence.field, start: country.start, end: country.end, text: country.text, sentence: sentence.index, honorific: null, definite: before?.text === 'the' || before?.text === 'The', initial: false });
      from++;
      before = country;
    }
    const first = tokens[from]!;
    const text = sentence.text.slice(first.start - sentence.start, tokens[last]!.end - sentence.start);
    const definite = before?.text === 'the' || before?.text === 'The';
    // A name that is only a demonym ("Peruvian"), its plural ("Peruvians": a people), a compass
    // word or a faith is not an entity by itself, nor is a compass word before a demonym ("West Peruvian").
    if (!(from === last && (gazetteer.demonym(text) || gazetteer.demonym(text.replace(/s$/, '')) || COMPASS.has(text) || FAITHS.has(text))) && !(last === from + 1 && isCompassDemonym(text, gazetteer))) {
      out.push({ field: sentence.field, start: first.start, end: tokens[last]!.end, text, sentence: sentence.index, honorific, definite, initial: i === firstWord && from === i && last === i });
    }
    i = end + 1;
  }
  // "<Country>’s transport ministry": an unnamed body given by its owner's possessive, unless the
  // phrase stands between commas after a name, describing it ("the Delta Board, Chile’s space agency,").
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'PART') continue;
    const adj = tokens[k + 1];
    const noun = tokens[k + 2];
    if (adj && noun && LOWER_BODY_HEADS.has(noun.text) && POSSESSIVE.test(t.text) && OPENS_LOWER.test(adj.text) && !covered(adj.start, noun.end)) {
      const closing = tokens[k + 3]?.text;
      const describes = tokens[k - 2]?.text === ',' && OPENS_UPPER.test(tokens[k - 3]?.text ?? '') && (closing === ',' || closing === '.' || closing === undefined);
      if (describes) continue;
      if (out.some((c) => c.start <= adj.start && adj.start < c.end)) continue;
      out.push({ field: sentence.field, start: adj.start, end: noun.end, text: sentence.text.slice(adj.start - sentence.start, noun.end - sentence.start), sentence: sentence.index, honorific: null, definite: false, initial: false });
    }
  }
  // Names come out in order but for a country split off a body's name or a possessive's body; a
  // stable sort of an ordered list changes nothing, so only a list out of order is sorted.
  for (let k = 1; k < out.length; k++) if (out[k - 1]!.start > out[k]!.start) return out.sort((a, b) => a.start - b.start);
  return out;
}

/** The `candidates` component. */
export function candidates(doc: IngestDocument): IngestDocument {
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const mentions = requireLayer(doc, 'mentions', 'link');
  const byField = new Map<string, FieldMentions>();
  for (const m of mentions) {
    const list = byField.get(m.field);
    if (list) list.mentions.push(m);
    else byField.set(m.field, { mentions: [m], reach: [] });
  }
  for (const list of byField.values()) {
    list.mentions.sort((a, b) => a.start - b.start);
    let reach = -Infinity;
    for (const m of list.mentions) list.reach.push((reach = Math.max(reach, m.end)));
  }
  // Names are read over the known mentions too: a longer name that contains a known one ("Peru
  // Harbour Herald" around "Peru") wins, as in the seed's longest-first rule; a candidate that
  // is a known mention, or lies inside one, is dropped.
  const found: Candidate[] = [];
  for (const s of sentences) {
    const list = byField.get(s.field);
    for (const c of sentenceCandidates(s, uncovered)) if (!list || !dropsFor(c, list)) found.push(c);
  }
  return { ...doc, candidates: found };
}

const uncovered = () => false;

/** Whether a known mention of the candidate's field drops it (see `candidates`). */
function dropsFor(c: Candidate, list: FieldMentions): boolean {
  // The mentions that overlap the candidate: those starting before its end (a binary search)
  // and, walking back while any earlier one reaches past its start, ending after its start.
  for (let k = startingBefore(list.mentions, c.end) - 1; k >= 0 && list.reach[k]! > c.start; k--) {
    const m = list.mentions[k]!;
    if (m.end <= c.start) continue;
    // It stays only around a shorter known name, as a name of several words, never as a
    // possessive name ("Farmers’ Weekly") swallowing the known name as its owner.
    if (!(c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start && /[\s-]/.test(c.text) && !/^[’']/.test(c.text.slice(m.end - c.start)))) return true;
  }
  return false;
}

/** A field's mentions by start, and the furthest end reached by each prefix of them. */
interface FieldMentions {
  readonly mentions: DocMention[];
  readonly reach: number[];
}

/** How many of `mentions` (sorted by start) start before `end`. */
function startingBefore(mentions: readonly DocMention[], end: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
