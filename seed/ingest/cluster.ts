/**
 * Stage `cluster`: candidates become entities. Each distinct surface form is typed from its cues
 * (strongest first), surnames and "Mr Surname" join the full name they belong to, one country's
 * names join into one entity, capitals are decided per occurrence (the metonym policy of
 * seed/README.md), and a description is kept only where the text gives one (an apposition or a
 * title). Every entity carries the rule that typed it and a confidence. Finally the mentions of
 * all entities are recomputed with the seed's own rule (computeMentions), so the pipeline sees
 * exactly the mentions the seed will store.
 */
import type { EntityType } from '../../src/generated/graphql';
import { MENTION_FIELDS, computeMentions, isWholeWordAt, wholeWordOccurrences } from '../mentions';
import { BANK_OF, CENTRAL_BANK, COMPANY_ROLE_NOUNS, COMPASS, CREDIT_ARRANGEMENTS, FUNCTION_WORDS, HEAD_NOUNS, HONORIFICS, INTERNATIONAL_WORDS, NAME_CONNECTORS, NATIONAL_BANK, NON_STATE_BODY_WORDS, OFFICE_NOUNS, PERSON_NOUNS, PLACE_NOUNS, REPORTING_VERBS, SPEECH_VERBS, TITLES } from './cues';
import type { Candidate, DocEntity, DocMention, IngestDocument, Sentence, Token } from './document';
import { requireLayer } from './document';
import { endsInCommonPlural, isDictionaryWord, ownsSomething } from './lone-words';
import { isInitialledName, opensWithApostropheGivenName } from './name-initials';
import { endsPersonalNameOfText } from './surname-places';
import { loadGazetteer, type CountryEntry, type Gazetteer } from './gazetteer';
import { holderByCompanions } from './companions';
import { countryOfInitials } from './country-initials';
import { isGluedInitialModifier } from './glued-modifiers';
import { bareEditionNoun, describesPart, foldGamesNames, nameShapeVotes, namedFormOwner, namesNothing, partOfGovernmentBody } from './name-kinds';
import { endsInTradeNoun } from './industry-nouns';
import { POSSESSIVE_DETERMINERS, literalPlacePhrase, personNounModifies, twoWordSurnameOwners, twoWordSurnameWritten } from './name-forms';
import { definedDisasters, mayDefineDisasters, negatedBefore } from './name-types';
import type { KnownEntity, KnownIndex } from './link';
import { isContextualAlias, isLinkable, sentenceAt } from './link';
import { tokenEndingAt, tokenStartingAt } from './segment';
import { substringGate } from './substring-gate';
import { tokenAt } from './token-at';
import { isCapitalisedWord, startsLower, startsUpper } from './letter-case';
import { hasWholeWord, linkDescribedEvents } from './event-links';
import { disasterReports } from './disaster-names';
import { eventReports } from './event-names';
import { isCelestialBody } from './celestial-bodies';
import { endsInPlacePart, fieldBodyOwner, generalBeforeCommonPlural, isMakerModel, isStreetName, listedAfterPlural, mediaKindAfterFrom, motionPlace, numberedModelBeforeNoun, partNounOf, placePartAliases, toldOutlet } from './entity-forms-r12';
import { retypeByPlace } from './entity-forms-r14';
import { metonymCountryName, positionedOrSpannedPlace, retypeR15 } from './entity-forms-r15';
import { bigCityName, clubOrFieldCompany, isTheNaturalFeature, ownerByHonorificGender, personWithAdjectiveGivenName, playerNotSide } from './entity-forms-r13';
import { escapeRegExp } from './reg-exp';

interface Occurrence {
  readonly cand: Candidate;
  readonly sentence: Sentence;
  /** Token indices of the candidate's first and last token in its sentence. */
  readonly first: number;
  readonly last: number;
}

interface Vote {
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

/** Ids already derived, by name (a name's id is asked for at every step of `cluster`); cleared when large. */
const idsByName = new Map<string, string>();

/** `entity:<slug>` of a name: ASCII lower-case words joined by hyphens. */
export function entityIdFor(name: string): string {
  let id = idsByName.get(name);
  if (id === undefined) {
    if (idsByName.size >= 20_000) idsByName.clear();
    idsByName.set(name, (id = slugId(name)));
  }
  return id;
}

/** Words of a form, split once per form (bounded like idsByName); read only, for the forms' many readers. */
const wordsByForm = new Map<string, readonly string[]>();

function formWords(text: string): readonly string[] {
  let ws = wordsByForm.get(text);
  if (ws === undefined) {
    if (wordsByForm.size >= 20_000) wordsByForm.clear();
    wordsByForm.set(text, (ws = words(text)));
  }
  return ws;
}

/** Combining marks, dropped from a slug (compiled once: a literal in a function is rebuilt per call in the bundle; `replace` starts a global pattern from 0 each time). */
const COMBINING_MARKS = /\p{M}/gu;
function slugId(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `entity:${slug || 'unnamed'}`;
}


/** Whether a token is a possessive "’s" / "'s" (`/^[’']s$/`). */
const isPossessiveS = (w: string | undefined): boolean => w === '’s' || w === "'s";
/** Whether a token is a possessive mark with or without its "s" (`/^[’']s?$/`). */
const isPossessiveMark = (w: string | undefined): boolean => w === '’s' || w === "'s" || w === '’' || w === "'";
/** Whether the code unit at `i` is an ASCII digit (what `\d` reads). */
function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}
/** `/^\d+$/.test(s)` without the regex. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!digitAt(s, i)) return false;
  return true;
}
/** Whether a name can match NUMBERED or MODEL_NAME at all: a digit closes it, or a digit and one ASCII letter do ("Orbiter-7", "Tolva 480 Max 2", "Max 3B"). */
function endsNumbered(text: string): boolean {
  const n = text.length;
  if (digitAt(text, n - 1)) return true;
  const c = text.charCodeAt(n - 1);
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && digitAt(text, n - 2);
}
/** Whether a string holds an ASCII digit (`/\d/`). */
function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (digitAt(s, i)) return true;
  return false;
}
/** "In", "at", "from", "near" (either case of the first letter): a place phrase before a name. */
const PLACE_PHRASE_WORDS = new Set(['In', 'in', 'At', 'at', 'From', 'from', 'Near', 'near']);

/** Words that make a name a natural feature or an area ("Lake …", "… River", "… Peninsula"): a REGION. */
const NATURAL_FIRST = new Set(['Lake', 'Mount', 'Mountains', 'Gulf', 'Bay', 'Cape', 'Isle', 'Strait', 'Sea', 'River']);
const NATURAL_LAST = new Set(['River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Peninsula', 'Valley', 'Desert', 'Island', 'Islands', 'Mountains', 'Basin', 'Coast', 'Delta', 'Plateau', 'Province', 'County', 'Oblast', 'Prefecture', 'Area', 'Zone']);

const HEAD_TYPE = new Map<string, EntityType>();
for (const [type, words] of HEAD_NOUNS) for (const w of words) if (!HEAD_TYPE.has(w)) HEAD_TYPE.set(w, type);
const headOf = (word: string): EntityType | undefined => HEAD_TYPE.get(word);
const EVENT_HEAD_WORDS = new Set(HEAD_NOUNS.filter(([type]) => type === 'EVENT').flatMap(([, ws]) => ws.filter((w) => startsUpper(w))));
const PLACE_TYPE = new Map<string, EntityType>();
for (const [type, nouns] of PLACE_NOUNS) for (const w of nouns) PLACE_TYPE.set(w, type);
const words = (text: string) => text.split(/\s+/);
/** Particles inside a personal name ("Anna van Dijk", "Layla bin Rashid"), unlike "of" or "for" in other names. */
const PERSON_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'ter', 'bin', 'ibn', 'al', 'el']);
/** "a city in", "the towns in": a kind of place before "in", telling where the place lies. */
const PLACE_LIES_IN = /\b(?:city|cities|town|towns|village|villages|port|province|region|district|county|area|capital|island|state)\s+in$/;
/** Capitalised particles that open a surname of two words ("Al Rashid", "Van Dijk", "Abu Omar"). */
const SURNAME_PARTICLES = new Set(['Al', 'El', 'Abu', 'Bin', 'Ibn', 'Van', 'Von', 'De', 'Del', 'Della', 'Da', 'Di', 'Du', 'Le', 'La', 'Dos', 'Das', 'Ter']);
/** Pronouns that only a person takes. */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'himself', 'herself', 'He', 'She', 'His', 'Her']);
/** A hyphenated particle before a surname: "al-Nasser" is Mr Nasser. */
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|at|az|ul|Al|El)-/;
/** A word of a personal name: capitalised, or a particle joined by a hyphen to one ("al-Nasser"), or double-barrelled. */
// (A short capitalised prefix joined by an apostrophe is one too: "O’Hara", "D’Souza", "Da’Nel".)
const PERSON_NAME_WORD = /^(?:(?:al|el|ad|as|ash|at|az|ul|Al|El)-)?(?:Mc|Mac|\p{Lu}\p{Ll}{0,2}[’'])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const isPersonNameWord = (w: string) => PERSON_NAME_WORD.test(w);

/** The head word of a name: the word before its first "of", "for" or "on" ("Ministry of …", "Party for …"), else its last word. */
function headWordOf(ws: readonly string[]): string {
  const of = ws.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  return of > 0 ? ws[of - 1]! : ws[ws.length - 1]!;
}

/** A short form in capitals, as written in parentheses after a full name: "(TPA)", "(PvdA)". */
const ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})[\p{Lu}\p{Ll}\p{N}&]{2,8}$/u;

/** Whether an occurrence is followed by its acronym in parentheses: "the Tolva Port Authority (TPA)". */
function beforeParenthesisedAcronym(o: Occurrence): boolean {
  const t = o.sentence.tokens;
  return t[o.last + 1]?.text === '(' && ACRONYM.test(t[o.last + 2]?.text ?? '') && t[o.last + 3]?.text === ')';
}

const KNOWN_AS = /^(?:known|called|named)$/;
/** Words of a name before the lower-case noun of a phrase ("the Polish gas company …"). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|[’']s?)$/i;
/** A name ending in a serial number, and its stem: "Orbiter-7", "Tolva Link 2". */
const NUMBERED = /^(\p{Lu}[\p{L}\s’']*[\p{L}])[\s-]\d{1,4}[A-Za-z]?$/u;
/** Suffixes of adjectives of peoples, places and faiths ("Nordic", "Andean", "Balinese", "Kurdish"), parties and doctrines ("Conservative", "Liberal", "Socialist"). */
const ADJECTIVE_LIKE = /(?:an|ese|ish|ic|ive|al|ist)$/;

/** The token that "known as <name>" names ("the agency, which is widely known as Tva"), or -1. */
function knownAsAnchor(o: Occurrence): number {
  const t = o.sentence.tokens;
  let k = o.first - 1;
  if (tokenAt(t, k)?.text !== 'as' || !KNOWN_AS.test(tokenAt(t, k - 1)?.text ?? '')) return -1;
  k -= 2;
  while (k > 0 && (t[k]!.pos === 'ADV' || ['is', 'was', 'which', ','].includes(t[k]!.text))) k--;
  return k;
}

/**
 * The lower-case kind noun before a name that types it: "the Vellan newspaper Morgenpost" (a
 * determiner, modifiers, the noun, the name), "the island of Tolva", the noun the name stands in
 * apposition to ("the mission’s rover, Tumi,") and the noun it names ("the agency, widely known as
 * Tva"). Undefined when there is none.
 */
function precedingKind(o: Occurrence): { type: EntityType; noun: string; knownAs: boolean } | undefined {
  const t = o.sentence.tokens;
  let k = o.first - 1;
  let of = false;
  let knownAs = false;
  let apposed = false;
  // "the pipeline, (which is) widely known as Tolva Link": the name of the noun before.
  const anchor = knownAsAnchor(o);
  if (anchor !== -1) {
    knownAs = true;
    k = anchor;
  } else if (tokenAt(t, k)?.text === ',') {
    // In apposition only when the name is closed off too: "the rover, Tumi, rolled".
    if (![',', '.', undefined].includes(t[o.last + 1]?.text)) return undefined;
    apposed = true;
    k--;
  } else if (tokenAt(t, k)?.text === 'of') {
    of = true;
    k--;
  }
  const noun = tokenAt(t, k);
  if (!noun || !startsLower(noun.text) || noun.pos !== 'NOUN') return undefined;
  // ("the capital of Tolva Pradesh": what has a capital is a state or a region, not the city.)
  if (of && noun.text === 'capital') return undefined;
  const type = noun.text === 'agency' && tokenAt(t, k - 1)?.text === 'news' ? 'NEWS_AGENCY' : (PLACE_TYPE.get(noun.text) ?? (of ? undefined : HEAD_TYPE.get(noun.text)));
  if (!type) return undefined;
  // A determiner or possessive within three modifiers before the noun: a noun phrase, not a verb's object.
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = t[j]!;
    // "In the city, Ana Ruiz, 45, said": a place phrase before a comma is no apposition.
    if (DETERMINER.test(w.text)) return apposed && tokenAt(t, j - 1)?.pos === 'ADP' ? undefined : { type, noun: noun.text, knownAs };
    if (!MODIFIER_POS.has(w.pos) && w.text !== '-') return undefined;
  }
  return undefined;
}

/** Two capitalised words joined by a hyphen or an en dash, and nothing else: "Tolva–Vasko". */
const DASH_COMPOUND = /^\p{Lu}\p{L}+[-–]\p{Lu}\p{L}+$/u;

/** The first token of a city's name (one to three words) that ends at token `k`, or -1. */
function cityEndingAt(sentence: Sentence, k: number): number {
  const t = sentence.tokens;
  const g = loadGazetteer();
  for (let j = k; j >= Math.max(0, k - 2) && startsUpper(t[j]?.text ?? ''); j--) {
    if (g.isCity(sentence.text.slice(t[j]!.start - sentence.start, t[k]!.end - sentence.start))) return j;
  }
  return -1;
}

/** Whether token k of a sentence's tokens starts with a capital (a module function, not a closure per occurrence). */
function capitalAt(t: readonly Token[], k: number): boolean {
  return startsUpper(t[k]?.text ?? '');
}

/** Whether an occurrence stands in a list of names: ", X, Y" or "X and Y" around it. */
function inList(o: Occurrence): boolean {
  const t = o.sentence.tokens;
  const after = t[o.last + 1]?.text;
  if ((after === ',' || after === 'and') && capitalAt(t, o.last + 2)) return true;
  // the name before the comma follows a comma itself: "…, Lima, Quito"
  let k = o.first - 2;
  while (k >= 0 && (capitalAt(t, k) || PARTICLE_WORDS.has(t[k]!.text) || t[k]!.text === '-')) k--;
  return k < o.first - 2 && tokenAt(t, k)?.text === ',';
}

/** Plural kind nouns that introduce a list of places: "five cities: A, B and C". */
const LIST_KINDS = new Map<string, EntityType>([
  ['cities', 'CITY'], ['towns', 'CITY'], ['villages', 'CITY'], ['ports', 'CITY'], ['capitals', 'CITY'],
  ['countries', 'COUNTRY'], ['nations', 'COUNTRY'],
  ['regions', 'REGION'], ['provinces', 'REGION'], ['states', 'REGION'], ['islands', 'REGION'], ['districts', 'REGION'],
]);
const PARTICLE_WORDS = new Set(['al', 'el', 'de', 'la', 'van', 'von', 'of', 'the']);

/** The token just before the list of names an occurrence stands in (or before the name itself). */
function listStart(o: Occurrence): number {
  const t = o.sentence.tokens;
  let k = o.first - 1;
  for (let steps = 0; k >= 0 && steps < 40; steps++, k--) {
    const w = t[k]!.text;
    if (!(w === ',' || w === 'and' || w === '-' || startsUpper(w) || PARTICLE_WORDS.has(w))) return k;
  }
  return k;
}

const NUMBER_WORDS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);

/**
 * "the two crossings between A and B, at C and D": a list after "at" or a colon whose length is
 * the number of a plural kind noun shortly before it gives each name that kind.
 */
function countedListKind(o: Occurrence): EntityType | undefined {
  const t = o.sentence.tokens;
  const start = listStart(o);
  if (!['at', ':'].includes(tokenAt(t, start)?.text ?? '')) return undefined;
  // The names of the list: runs of name words between commas and "and".
  let names = 0;
  let inName = false;
  let k = start + 1;
  for (; k < t.length; k++) {
    const w = t[k]!.text;
    if (w === ',' || w === 'and') inName = false;
    else if (startsUpper(w) || PARTICLE_WORDS.has(w) || w === '-' || (tokenAt(t, k - 1)?.text === '-' && tokenAt(t, k - 1)!.end === t[k]!.start)) {
      if (!inName) names++;
      inName = true;
    } else break;
  }
  for (let j = start - 1; j >= Math.max(1, start - 12); j--) {
    const noun = t[j]!.text;
    const count = NUMBER_WORDS.get(tokenAt(t, j - 1)!.text.toLowerCase()) ?? Number(tokenAt(t, j - 1)!.text);
    if (!noun.endsWith('s') || count !== names) continue;
    const type = LIST_KINDS.get(noun) ?? headOf(noun.slice(0, -1));
    if (type) return type;
  }
  return undefined;
}

/** The kind a list of names after "<plural kind noun>:" gives its members ("across five cities: A, B and C"). */
function listKind(o: Occurrence): EntityType | undefined {
  const t = o.sentence.tokens;
  let k = o.first - 1;
  for (let steps = 0; k > 0 && steps < 40; steps++, k--) {
    const w = t[k]!.text;
    if (w === ':') return LIST_KINDS.get(tokenAt(t, k - 1)?.text ?? '');
    if (!(w === ',' || w === 'and' || w === '-' || startsUpper(w) || PARTICLE_WORDS.has(w))) return undefined;
  }
  return undefined;
}

/** Nouns of a tie between two parties, after "<A>–<B>" ("the Tolva–Vasko alliance"). */
const RELATION_NOUNS = new Set(['alliance', 'coalition', 'pact', 'deal', 'agreement', 'accord', 'treaty', 'border', 'frontier', 'talks', 'war', 'conflict', 'relations', 'ties', 'partnership', 'merger', 'bloc', 'axis', 'rivalry', 'dispute', 'summit', 'match', 'ticket']);

/** Nouns of makers, before "of <product>". */
const MAKER_NOUNS = new Set(['maker', 'makers', 'developer', 'developers', 'creator', 'creators', 'designer', 'manufacturer']);

/** Common nouns of events, for events named by a phrase ("last week’s earthquake"). */
const EVENT_NOUNS = 'election|elections|run-off|runoff|by-election|referendum|earthquake|quake|summit|congress|conference|flood|floods|storm|hurricane|cyclone|typhoon|tsunami|eruption|ceremony|tournament|festival|rally|talks';
/** Adjectives that classify an event and belong to its phrase ("general election", "extraordinary congress"). */
const EVENT_CLASSES = 'general|presidential|parliamentary|legislative|local|regional|municipal|federal|national|extraordinary|emergency|annual|special|snap';
/** "last week’s general election", "Sunday’s referendum". */
const TIME_POSSESSIVE_EVENT = new RegExp(`\\b(?:(?:last|this|next|past)\\s+(?:week|month|year|weekend)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)[’']s\\s+((?:(?:${EVENT_CLASSES})\\s+)?(${EVENT_NOUNS}))\\b`, 'gu');
/** "Tolva’s presidential run-off", "the Tolvan general election": a country's (or its people's) classed event. */
const OWNED_CLASS_EVENT = new RegExp(`(?:(\\p{Lu}[\\p{L}\\-]+)[’']s|\\b[Tt]he\\s+(\\p{Lu}[\\p{L}\\-]+))\\s+((?:${EVENT_CLASSES})\\s+(${EVENT_NOUNS}))\\b`, 'gu');
/** A cheap first test for OWNED_CLASS_EVENT: a class adjective is there at all. */
const CLASS_GATE = new RegExp(`\\b(?:${EVENT_CLASSES}) `);
/** "the 1999 earthquake", "the 2030 tournament". */
const YEAR_EVENT = new RegExp(`\\b[Tt]he\\s+((1[89]\\d\\d|20\\d\\d)\\s+(?:(?:${EVENT_CLASSES})\\s+)?(${EVENT_NOUNS}))\\b`, 'gu');
/**
 * "at an extraordinary congress", "at a summit" (no "news conference": its adjective is no class).
 * ("at a ceremony" is no event of its own: it is where a signing or an award took place, and the
 * keys name none of them; "the opening ceremony" is read by OPENING_CEREMONY.)
 */
const AT_EVENT = new RegExp(`\\bat\\s+an?\\s+((?:(?:${EVENT_CLASSES})\\s+)?(congress|summit|conference|rally|festival))\\b`, 'gu');
/** The ordinals of ORDINAL_EVENT: a sentence without one of them holds no match of it. */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'inaugural'];
/** "the first Pan Ocean Cup in 1930": an edition by ordinal and year. */
const ORDINAL_EVENT = new RegExp(`\\b[Tt]he\\s+((?:${ORDINAL_WORDS.join('|')})\\s+((?:\\p{Lu}[\\p{L}\\-]+\\s+){0,3}(\\p{Lu}[\\p{L}\\-]+)))\\s+in\\s+((?:1[89]|20)\\d\\d)\\b`, 'gu');

/** A model by its maker, number and name, with its variant: "Tolvex 480 Max 2". */
const MODEL_NAME = /^(\p{Lu}[\p{L}\-]+ \d{2,4} \p{Lu}\p{L}*)(?: \d{1,2})?$/u;
/** A flight by its airline and number: "Tolva Air Flight 4471". */
const FLIGHT_NAME = /^\p{Lu}.* Flight \d{1,5}$/u;
/** A name in apposition right after a phrase: ", Tolcon …". */
const NAMED_AFTER = /^, \p{Lu}/u;
/** Lower-case event nouns before a name in apposition ("next year’s talks, Tolcon 9,"). */
const APPOSED_EVENT_NOUNS = new Set(EVENT_NOUNS.split('|'));

/** A year and a space before a name: an edition ("2030 Pan Ocean Cup"). */
const YEAR_PREFIX = /^(?:1[89]|20)\d\d /;

interface DescribedEvent {
  /** The text's phrase for it ("general election", "1999 earthquake", "first Pan Ocean Cup"). */
  readonly phrase: string;
  /** Its head noun ("election"), or the proper name's last word. */
  readonly noun: string;
  readonly year?: string;
  /** The proper name of an edition given by ordinal ("Pan Ocean Cup"). */
  readonly proper?: string;
}

/** Which triggers of describedEvents the whole text has (a sentence lacks those its text lacks). */
interface EventTriggers {
  readonly possessive: boolean;
  readonly year: boolean;
  readonly classes: boolean;
  readonly atA: boolean;
  /** The ordinals of ORDINAL_EVENT the text holds anywhere (as substrings), or undefined for "any". */
  readonly ordinals?: readonly string[];
  /** The event nouns the text holds anywhere (as substrings), or undefined for "any". */
  readonly nouns?: readonly string[];
}
const ANY_TRIGGER: EventTriggers = { possessive: true, year: true, classes: true, atA: true };
const EVENT_NOUN_LIST = EVENT_NOUNS.split('|');
/** (Without the word boundaries: a sentence's match is one in the text, whatever stands beside the sentence.) */
const YEAR_ANYWHERE = /(?:1[89]|20)\d\d/;
/** The class words, each with the space after it: a text holds one exactly where `(?:<class words>) ` matches in it. */
const EVENT_CLASS_WORDS = EVENT_CLASSES.split('|').map((w) => `${w} `);
const EVENT_CLASS_SET: ReadonlySet<string> = new Set(EVENT_CLASSES.split('|'));

/** The triggers of describedEvents in a whole text, looked for once per document (`has` is the text's `includes`). */
function eventTriggersIn(allText: string, has: (s: string) => boolean): EventTriggers {
  // (The pattern "one of the class words, then a space" matches a text exactly where one of
  // EVENT_CLASS_WORDS stands in it: whether the text has one is the answer, with no run of it.)
  const classes = EVENT_CLASS_WORDS.some(has);
  return { possessive: has('’s ') || has("'s "), year: YEAR_ANYWHERE.test(allText), classes, atA: has('at a'), nouns: EVENT_NOUN_LIST.filter(has), ordinals: ORDINAL_WORDS.filter(has) };
}

/** A possessive or "the" before a capital (compiled once). */
const POSSESSIVE_OR_THE_NAME = /’s |'s |[Tt]he \p{Lu}/u;
/** Events a sentence names by a phrase; each pattern runs only when its cheap trigger is there (in the document, then in the sentence). */
function describedEvents(text: string, inDoc: EventTriggers = ANY_TRIGGER): DescribedEvent[] {
  const out: DescribedEvent[] = [];
  // Every pattern but ORDINAL_EVENT ends in an event noun: without one in the sentence, none matches.
  const noun = inDoc.nouns === undefined || inDoc.nouns.some((n) => text.includes(n));
  // ("next year’s talks, Tolcon 9, will …": the name in apposition is the event, the phrase names none.)
  if (noun && inDoc.possessive && (text.includes('’s ') || text.includes("'s "))) for (const m of text.matchAll(TIME_POSSESSIVE_EVENT)) if (!NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) out.push({ phrase: m[1]!, noun: m[2]! });
  if (inDoc.year && /\b(?:1[89]|20)\d\d\b/.test(text)) {
    if (noun) for (const m of text.matchAll(YEAR_EVENT)) out.push({ phrase: m[1]!, noun: m[3]!, year: m[2]! });
    // (ORDINAL_EVENT needs one of its ordinals: it runs only where one stands, in the document, then in the sentence.)
    const ordinal = inDoc.ordinals === undefined || inDoc.ordinals.some((w) => text.includes(w));
    if (ordinal) for (const m of text.matchAll(ORDINAL_EVENT)) if (EVENT_HEAD_WORDS.has(m[3]!)) out.push({ phrase: m[1]!, noun: m[3]!, year: m[4]!, proper: m[2]! });
  }
  // (the owner must be a country or its people: "Vance’s presidential election" is no named event)
  if (noun && inDoc.classes && CLASS_GATE.test(text) && POSSESSIVE_OR_THE_NAME.test(text)) {
    const g = loadGazetteer();
    for (const m of text.matchAll(OWNED_CLASS_EVENT)) if (m[1] ? g.country(m[1]) : g.demonym(m[2]!)) out.push({ phrase: m[3]!, noun: m[4]! });
  }
  if (noun && inDoc.atA && text.includes('at a')) for (const m of text.matchAll(AT_EVENT)) out.push({ phrase: m[1]!, noun: m[2]! });
  return out;
}

/** "the conflict in Tolva": an unnamed war, told by its place. */
const WAR_IN = /\b(?:the|a)\s+(war|conflict|fighting|invasion)\s+(?:in|over)\s+\p{Lu}/gu;
/** The nouns of the unnamed-event pattern of `cluster` (its regex runs only on a sentence that has one). */
const EVENT_NOUN_WORDS = ['gala', 'summit', 'forum', 'conference', 'ceremony', 'festival', 'election', 'referendum', 'rally', 'parade', 'banquet', 'reception', 'celebration', 'talks', 'meeting', 'games', 'tournament', 'match', 'exhibition', 'congress'];
/** What every verb of the unnamed-event pattern holds ("attended", "hosts", "held", "joined", "boycott", "opens"): a sentence without one has no match of it. */
const ATTEND_VERB_STEMS = ['attend', 'host', 'hold', 'held', 'join', 'boycott', 'open'];
/** "the opening ceremony", "the first closing ceremony" (group 1: the event's phrase). */
const OPENING_CEREMONY = /\b[Tt]he\s+(?:first\s+|official\s+)?((?:opening|closing)\s+ceremony)\b/gu;
/** "the Tolva’s south pole" → the owner and "south pole". */
const POLE_OF = /(\p{Lu}[\p{L}\-]*)[’']s\s+((?:north|south)(?:ern)?\s+pole)\b/gu;

/** Literal uses of a place: "in Lima", "at Lima", "Lima, Country", "mayor of Lima". */
/** Things only a city has: "Lima's airport", "the mayor of …" is elsewhere; after a capital's possessive they make it the city. */
const CITY_PARTS: ReadonlySet<string> = new Set(['airport', 'airports', 'mayor', 'streets', 'residents', 'suburbs', 'outskirts', 'metro', 'subway', 'hospitals', 'neighbourhoods', 'neighborhoods', 'districts', 'skyline', 'harbour', 'harbor']);

function isLiteralPlace(o: Occurrence): boolean {
  const before = tokenAt(o.sentence.tokens, o.first - 1)?.text;
  const after = o.sentence.tokens[o.last + 1]?.text;
  // "Lima’s airport halted departures": the possessive of something only a city has.
  if ((after === '’s' || after === "'s") && CITY_PARTS.has(o.sentence.tokens[o.last + 2]?.text ?? '')) return true;
  const motion = /^(?:travel(?:led|ed|s)?|flew|fly|went|go|goes|came|come|returned|return|moved|arrived|trip|visit|journey|road|route|train|flight|flights)$/;
  // (a place listed after "in": "in Lima, Quito and Cusco")
  const listed = inList(o) ? tokenAt(o.sentence.tokens, listStart(o))?.text : undefined;
  if (literalPlacePhrase(o) || motionPlace(o.sentence.tokens, o.first) || positionedOrSpannedPlace(o.sentence.tokens, o.first, o.last)) return true;
  return ['in', 'at', 'near', 'outside', 'around', 'across', 'into'].includes(before ?? '') || ['in', 'at', 'across'].includes(listed ?? '') || (['to', 'from'].includes(before ?? '') && motion.test(tokenAt(o.sentence.tokens, o.first - 2)?.text ?? '')) || (before === 'of' && tokenAt(o.sentence.tokens, o.first - 2)?.pos === 'NOUN') || (after === ',' && startsUpper(o.sentence.tokens[o.last + 2]?.text ?? ''));
}

/** The office nouns, and every tail of one after a space ("minister" of "prime minister"): `OFFICE_NOUNS.some((n) => n === w || n.endsWith(\` ${w}\`))` is `OFFICE_WORDS.has(w)`. */
const OFFICE_SET = new Set(OFFICE_NOUNS);
const OFFICE_WORDS = new Set(OFFICE_NOUNS.flatMap((n) => [n, ...[...n].flatMap((c, i) => (c === ' ' ? [n.slice(i + 1)] : []))]));
/** Whether a phrase is an office noun or ends in one after a space or a hyphen ("the UK secretary of state", "vice-president"), with no string built per noun. */
function endsInOffice(phrase: string): boolean {
  if (OFFICE_SET.has(phrase)) return true;
  // (A noun that ends the phrase after a space or a hyphen ends it with its own last word, the
  // phrase's last after a space or a hyphen: only the nouns of that last word are tried.)
  const cut = Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-'));
  const nouns = OFFICE_BY_LAST_WORD.get(cut === -1 ? phrase : phrase.slice(cut + 1));
  if (nouns === undefined) return false;
  for (const n of nouns) {
    const at = phrase.length - n.length - 1;
    if (at >= 0 && (phrase[at] === ' ' || phrase[at] === '-') && phrase.endsWith(n)) return true;
  }
  return false;
}
/** The office nouns by their last word (after a space or a hyphen), in OFFICE_NOUNS' order. */
const OFFICE_BY_LAST_WORD = new Map<string, string[]>();
for (const n of OFFICE_NOUNS) {
  const last = n.slice(Math.max(n.lastIndexOf(' '), n.lastIndexOf('-')) + 1);
  OFFICE_BY_LAST_WORD.set(last, [...(OFFICE_BY_LAST_WORD.get(last) ?? []), n]);
}
const PERSON_NOUN_SET = new Set(PERSON_NOUNS);

type Apposition = { text: string; kind: 'office' | 'person' | EntityType } | null;
const appositions = new WeakMap<Sentence, Map<number, Apposition>>();

/** The apposition after an occurrence: ", the UK secretary of state," → "the UK secretary of state". */
export function appositionAfter(o: Occurrence): Apposition {
  return appositionAt(o.sentence, o.last);
}

/** The apposition after token `last` of `sentence` (appositionAfter without building an occurrence). */
export function appositionAt(sentence: Sentence, last: number): Apposition {
  // (No comma after the name, no apposition: findApposition's first test, asked before the cache.)
  if (sentence.tokens[last + 1]?.text !== ',') return null;
  // (Nor without a capital, an article or a possessive determiner after the comma: findApposition's
  // second test, whose possessive owner opens with a capital; asked before the cache, so ", said …"
  // and ", who …" create no sentence's entry.)
  const opener = sentence.tokens[last + 2]?.text ?? '';
  if (!startsUpper(opener) && opener !== 'the' && opener !== 'a' && opener !== 'an' && !POSSESSIVE_DETERMINERS.has(opener)) return null;
  let cache = appositions.get(sentence);
  if (!cache) appositions.set(sentence, (cache = new Map<number, Apposition>()));
  let apposition = cache.get(last);
  if (apposition === undefined) cache.set(last, (apposition = findApposition({ sentence, last })));
  return apposition;
}

function findApposition(o: { readonly sentence: Sentence; readonly last: number }): Apposition {
  const t = o.sentence.tokens;
  if (t[o.last + 1]?.text !== ',') return null;
  // ", the …" or ", <Name>’s …" ("Omar Vance, Tanzania’s transport minister").
  // (the owner may have up to three words: ", Omar Vance’s party")
  let owner = o.last + 2;
  while (owner < o.last + 4 && startsUpper(t[owner]?.text ?? '') && startsUpper(t[owner + 1]?.text ?? '') && t[owner + 1]!.start === t[owner]!.end + 1) owner++;
  const possessive = startsUpper(t[owner]?.text ?? '') && isPossessiveS(t[owner + 1]?.text);
  if (!possessive && !['the', 'a', 'an'].includes(t[o.last + 2]?.text ?? '') && !POSSESSIVE_DETERMINERS.has(t[o.last + 2]?.text ?? '')) return null;
  const from = possessive ? owner + 1 : o.last + 2;
  let cut = -1;
  let kind: 'office' | 'person' | EntityType | null = null;
  for (let k = from + 1; k < Math.min(t.length, from + 9); k++) {
    const w = t[k]!;
    // A hyphen inside a compound ("state-owned") does not end the phrase; "of" after a kind noun
    // does ("a mission of the agency" is a mission).
    const inner = w.text === '-' && w.start === tokenAt(t, k - 1)!.end && t[k + 1]?.start === w.end;
    const compound = tokenAt(t, k - 1)?.text === '-' && tokenAt(t, k - 1)!.start === tokenAt(t, k - 2)?.end && w.start === tokenAt(t, k - 1)!.end;
    if (inner) continue;
    if (!compound && w.text === 'of' && kind !== null && kind !== 'office' && kind !== 'person') break;
    if (!compound && w.pos === 'PUNCT') break;
    // A verb right after a body's kind noun makes it a subject, not an apposition: "In Lima,
    // Chile’s transport ministry said …" says nothing about Lima. (An office is read leniently: a
    // closing comma is often missing after "X, a special envoy".)
    if (!compound && (w.pos === 'VERB' || w.pos === 'AUX')) {
      // A participle that qualifies the noun ("Chile’s games division led by Ana Ruiz") is no verb of it.
      const participle = /ed$/.test(w.text) && ['by', 'in', 'at'].includes(t[k + 1]?.text ?? '');
      if (cut === k - 1 && !participle && kind !== 'office' && kind !== 'person') return null;
      break;
    }
    const phrase = o.sentence.text.slice(t[from + 1]!.start - o.sentence.start, w.end - o.sentence.start).toLowerCase();
    // (a hyphenated office counts whole: "vice-president", "co-chair")
    if (endsInOffice(phrase)) {
      cut = k;
      kind = 'office';
    } else if (PERSON_NOUN_SET.has(w.text.toLowerCase())) {
      cut = k;
      kind = 'person';
    } else if (startsLower(w.text) && headOf(w.text) && kind !== 'office' && kind !== 'person') {
      // (a body named after an office is whose office it is: "Ana Ruiz, the head of the water agency," stays a person)
      cut = k;
      kind = headOf(w.text)!;
    }
  }
  if (cut === -1 || !kind) return null;
  // ("the student wing of …": a person's noun before another noun only classifies that noun.)
  if (kind === 'person' && personNounModifies(t, cut)) return null;
  return { text: o.sentence.text.slice(t[o.last + 2]!.start - o.sentence.start, t[cut]!.end - o.sentence.start), kind };
}

/** A brand's mixed-case word: "AeroSystems" (not "McKay", "DeLuca", "MacLeod"). */
const MIXED_CASE_WORD = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+$/u;

/** What a company has and a person has not, after "<name>’s" or right after the name ("Tolvex shares"). */
const COMPANY_HOLDINGS = new Set(['shares', 'share', 'stock', 'shareholders', 'bonds', 'chairman', 'chairwoman', 'board', 'takeover', 'subsidiary', 'profits', 'revenue', 'customers', 'headquarters', 'chief']);
/** Events that befall a company, before "of <name>" ("a takeover of Tolvex Capital"). */
const COMPANY_EVENTS = new Set(['takeover', 'acquisition', 'bankruptcy', 'merger', 'shares', 'shareholders', 'rescue', 'collapse', 'bailout']);

/**
 * Whether an occurrence is treated as a company's name: something a company owns follows it
 * ("Tolvex Capital’s shares", "its chairman", "each Tolvex Capital share"), something that befalls
 * a company precedes it ("a takeover of Tolvex Capital"), or a copula calls it one ("Tolvex
 * Capital was a bank"). ("chief" counts after the possessive only: "Tolvex’s chief executive".)
 */
function companyEvidence(o: Occurrence): boolean {
  const t = o.sentence.tokens;
  const next = t[o.last + 1]?.text ?? '';
  if (/^[’']s$/.test(next)) {
    for (let k = o.last + 2; k < Math.min(t.length, o.last + 5); k++) {
      if (COMPANY_HOLDINGS.has(t[k]!.text)) return true;
      if (t[k]!.pos !== 'ADJ') break;
    }
  } else if (next !== 'chief' && COMPANY_HOLDINGS.has(next)) return true;
  if (tokenAt(t, o.first - 1)?.text === 'of' && COMPANY_EVENTS.has(tokenAt(t, o.first - 2)?.text ?? '')) return true;
  if ((next === 'is' || next === 'was') && ['a', 'an'].includes(t[o.last + 2]?.text ?? '')) {
    for (let k = o.last + 3; k < Math.min(t.length, o.last + 6); k++) {
      if (startsLower(t[k]!.text) && headOf(t[k]!.text) === 'ORGANIZATION') return true;
      if (t[k]!.pos !== 'ADJ' && t[k]!.pos !== 'ADV') break;
    }
  }
  return false;
}

/** Small letters only (compiled once). */
const ALL_LOWER = /^\p{Ll}+$/u;
/**
 * The entity named by the possessive right before an occurrence: "Tolvex’s Audit Board" → Tolvex;
 * "the agency’s Audit Board" → the one entity whose head word or description ends in "agency".
 */
function possessiveOwner(o: Occurrence, entities: ReadonlyMap<string, DocEntity>, allText: string): DocEntity | undefined {
  const t = o.sentence.tokens;
  if (!/^[’']s?$/.test(tokenAt(t, o.first - 1)?.text ?? '')) return undefined;
  const word = tokenAt(t, o.first - 2)?.text ?? '';
  if (startsUpper(word)) return [...entities.values()].find((e) => e.name === word || e.aliases.includes(word));
  if (!ALL_LOWER.test(word) || !/^[Tt]he$/.test(tokenAt(t, o.first - 3)?.text ?? '')) return undefined;
  // (the apposition may follow the name's acronym: "the Tolva Health Organisation (THO), the region’s health agency")
  const apposed = (e: DocEntity) => new RegExp(`${escapeRegExp(e.name)}(?: \\([^)]{2,10}\\))?, (?:the|a|an) (?:[^\\s,.]+ ){0,4}${word}\\b`, 'u').test(allText);
  const named = [...entities.values()].filter((e) => e.type !== 'PERSON' && (headWordOf(words(e.name)).toLowerCase() === word || (e.description !== null && new RegExp(`\\b${word}$`).test(e.description)) || apposed(e)));
  return named.length === 1 ? named[0] : undefined;
}

/** Whether an apposition after the occurrence calls it a company's role: ", Tolvex’s largest shareholder". */
function companyRoleAfter(o: Occurrence): boolean {
  const t = o.sentence.tokens;
  if (t[o.last + 1]?.text !== ',') return false;
  for (let k = o.last + 2; k < Math.min(t.length, o.last + 7); k++) {
    if (COMPANY_ROLE_NOUNS.has(t[k]!.text)) return true;
    if (t[k]!.pos === 'PUNCT' || t[k]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * Cue votes for one occurrence. The votes that read only the surface form (`textVotes`) are the
 * same for every occurrence, so they are asked for on the first occurrence alone: a form's best
 * vote is unchanged, since a tie between them and another vote is between the same rule and type.
 */
/** Tags of a lower-case head noun within three words after a name (votesFor). */
const HEAD_FOLLOW_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
/** A comma or a full stop closing an apposition. */
const CLOSING_MARKS = new Set([',', '.']);
const HAVE_FORMS = new Set(['has', 'have', 'had']);
/** "X wrote in/for/to/on …": a writer. */
const WROTE_IN = new Set(['in', 'for', 'to', 'on']);

/** An acronym in capitals ("TPA"), or mostly ("TelNoR"): see votesFor. */
const ALL_CAPITALS = /^[\p{Lu}]{2,6}$/u;
const MOSTLY_CAPITALS = /^\p{Lu}(?=(?:\p{Ll}?\p{Lu}){2})[\p{Lu}\p{Ll}]{2,7}$/u;
/**
 * What both acronym patterns need, read without them: 2 to 8 code points (2 to 16 code units) and a
 * first character that is a capital (of ASCII, only A–Z; any other first character goes to the patterns).
 */
function mayBeAcronym(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 16) return false;
  const c = text.charCodeAt(0);
  if (c >= 128) return true;
  if (c < 65 || c > 90) return false;
  // After the first capital both want a capital next, or a small letter and then a capital: an
  // ASCII second character that is neither, or a small one before an ASCII non-capital (or the
  // end), rules both out.
  const c1 = text.charCodeAt(1);
  if (c1 >= 128 || (c1 >= 65 && c1 <= 90)) return true;
  if (c1 < 97 || c1 > 122 || n < 3) return false;
  const c2 = text.charCodeAt(2);
  return c2 >= 128 || (c2 >= 65 && c2 <= 90);
}

/** A plural noun of staff ("analysts at …", compiled once). */
const PLURAL_STAFF = /^\p{L}\p{Ll}+s$/u;
/** A capital then a small letter (compiled once). */
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;
function votesFor(o: Occurrence, titleIn: (text: string) => boolean, textVotes = true, ws: readonly string[] = words(o.cand.text), votes: Vote[] = []): Vote[] {
  const g = loadGazetteer();
  const text = o.cand.text;
  const t = o.sentence.tokens;
  const lastWord = ws[ws.length - 1]!;
  if (o.cand.honorific && (HONORIFICS.has(o.cand.honorific) || TITLES.has(o.cand.honorific))) votes.push({ type: 'PERSON', confidence: 0.9, rule: 'honorific-or-title' });
  if (textVotes && ws.length > 1 && (NATURAL_FIRST.has(ws[0]!) || NATURAL_LAST.has(lastWord))) votes.push({ type: 'REGION', confidence: 0.8, rule: 'natural-feature' });
  // The head of "Ministry of Transport" is its first word; a body of states is an organisation.
  const headWord = headWordOf(ws);
  let head = headOf(headWord) ?? headOf(lastWord);
  // (so is an event's committee: "the Tolva 2030 Organising Committee")
  if (head === 'GOVERNMENT_BODY' && (INTERNATIONAL_WORDS.has(ws[0]!) || ws.some((w) => NON_STATE_BODY_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w)))) head = 'ORGANIZATION';
  if (textVotes && head && ws.length > 1) votes.push({ type: head, confidence: 0.85, rule: 'head-noun' });
  if (head && ws.length === 1 && startsLower(lastWord) === false && o.cand.definite) votes.push({ type: head, confidence: 0.6, rule: 'head-noun' });
  // A central bank is a state's body: "the Central Bank of Tolva", "the Bank of Peru", "the
  // Tolvan National Bank" (unless the text calls the last one a shareholder or a lender: a company).
  if (headWord === 'Bank' || headWord === 'Reserve' || headWord === 'Authority' || lastWord === 'Reserve') {
    const national = NATIONAL_BANK.exec(text)?.[1];
    const of = BANK_OF.exec(text)?.[1];
    if (CENTRAL_BANK.test(text) || (of && g.country(of))) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.9, rule: 'central-bank' });
    else if (national && (g.demonym(national) || g.country(national))) votes.push(companyRoleAfter(o) ? { type: 'ORGANIZATION', confidence: 0.9, rule: 'company-role-apposition' } : { type: 'GOVERNMENT_BODY', confidence: 0.88, rule: 'central-bank' });
  }
  // A lower-case head noun within three words after the name: "Tolva Link 2 natural gas pipeline".
  for (let k = o.last + 1; k < Math.min(t.length, o.last + 4); k++) {
    const w = t[k]!;
    // Right after the name the noun counts whatever its tag ("the Tolva crossing", tagged a verb).
    if (!startsLower(w.text) || (!HEAD_FOLLOW_POS.has(w.pos) && !(k === o.last + 1 && headOf(w.text)))) break;
    const h = headOf(w.text);
    // ("Conservative government", "Socialist administration": a party's adjective, no body's name)
    if (h === 'GOVERNMENT_BODY' && ws.length === 1 && ADJECTIVE_LIKE.test(text)) break;
    if (h) {
      votes.push({ type: h, confidence: 0.75, rule: 'following-head-noun' });
      break;
    }
  }
  // A name given an acronym is an organisation's, or a body's (its head noun says which).
  // ("Tolva Grade 2 (TG2) bonds": a name and acronym before a lower-case noun only classify it.)
  if (ws.length > 1 && beforeParenthesisedAcronym(o) && !(t[o.last + 4]?.pos === 'NOUN' && startsLower(t[o.last + 4]!.text))) votes.push({ type: 'ORGANIZATION', confidence: 0.55, rule: 'named-with-acronym' });
  // "the maker of Tolva Quest": what a maker or developer makes is a product or project.
  if (tokenAt(t, o.first - 1)?.text === 'of' && MAKER_NOUNS.has(tokenAt(t, o.first - 2)?.text ?? '')) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'product-of-maker' });
  // "Tolva Air Flight 4471": a numbered flight is named for its journey, an event; "Tolva Air" (a
  // name ending in "Air") is an airline.
  // (These three read the name alone: the first occurrence's vote is every occurrence's.)
  if (textVotes) {
    if (hasDigit(text) && MODEL_NAME.test(text)) votes.push({ type: 'PROJECT', confidence: 0.8, rule: 'model-designation' });
    else if (hasDigit(text) && isMakerModel(text)) votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'maker-model' });
    if (text.includes(' Flight ') && FLIGHT_NAME.test(text)) votes.push({ type: 'EVENT', confidence: 0.8, rule: 'flight-number' });
    else if (lastWord === 'Air' && ws.length === 2 && isCapitalisedWord(ws[0]!)) votes.push({ type: 'ORGANIZATION', confidence: 0.8, rule: 'airline-name' });
  }
  // "next year’s talks, Tolcon 9, will be held": a name in apposition to an event noun is that event.
  if (tokenAt(t, o.first - 1)?.text === ',' && APPOSED_EVENT_NOUNS.has(tokenAt(t, o.first - 2)?.text ?? '') && CLOSING_MARKS.has(t[o.last + 1]?.text ?? '')) votes.push({ type: 'EVENT', confidence: 0.7, rule: 'event-apposition' });
  const kind = precedingKind(o);
  if (kind) votes.push({ type: kind.type, confidence: 0.8, rule: 'preceding-kind-noun' });
  // "the Tolva’s north pole": what has poles is a celestial body or a region.
  if (isPossessiveS(t[o.last + 1]?.text) && COMPASS.has(t[o.last + 2]?.text ?? '') && /^pol(?:e|es|ar)$/.test(t[o.last + 3]?.text ?? '')) votes.push({ type: 'REGION', confidence: 0.75, rule: 'pole-owner' });
  // A serial number after a stem names a craft, a vehicle or a project ("Orbiter-7", "Tolva Link 2").
  if (textVotes && endsNumbered(text) && NUMBERED.test(text)) votes.push({ type: 'PROJECT', confidence: 0.4, rule: 'numbered-name' });
  if (textVotes && g.country(text)) votes.push({ type: 'COUNTRY', confidence: 0.95, rule: 'gazetteer-country' });
  if (textVotes && g.isRegion(text)) votes.push({ type: 'REGION', confidence: 0.9, rule: 'gazetteer-region' });
  // A state or province ("Ohio", "Gujarat"): below the cues of a person or a body, above a lone name's guess.
  if (textVotes && g.isSubdivision(text)) votes.push({ type: 'REGION', confidence: 0.7, rule: 'gazetteer-subdivision' });
  if (textVotes && ws.length > 1 && COMPASS.has(ws[0]!) && g.country(ws.slice(1).join(' '))) votes.push({ type: 'REGION', confidence: 0.85, rule: 'compass-region' });
  if (textVotes && g.isCity(text)) {
    // "Springfield, Oregon": the second of two places after a city is its state or region.
    votes.push({ type: 'CITY', confidence: 0.8, rule: 'gazetteer-city' });
  }
  const before = tokenAt(t, o.first - 1);
  const before2 = tokenAt(t, o.first - 2);
  // "Springfield, Oregon", "Port Velma, Tolva": the place after a city and a comma is its region,
  // unless the two stand in a list ("Lima, Quito, Cusco and Arequipa").
  // ("Ana Calhoun, Tolvex’s chief": an owner after a comma is no region, whatever the name before it.)
  if (before?.text === ',' && before2 && !isPossessiveMark(t[o.last + 1]?.text) && cityEndingAt(o.sentence, o.first - 2) !== -1 && !g.country(text) && !inList(o)) votes.push({ type: 'REGION', confidence: 0.9, rule: 'city-comma-region' });
  const listed = listKind(o) ?? countedListKind(o);
  if (listed) votes.push({ type: listed, confidence: 0.92, rule: 'listed-after-kind-noun' });
  // ("the Tolva Power Board (TPB), the state-owned power company," is described after its acronym;
  // only a company's noun is read there: "(AHO), an agency of the Andean Union" says whose, not what.)
  // ("In Tolvagrad, the regional governor, Ana Ruiz, said": a place phrase before a comma is no apposition.)
  const placePhrase = PLACE_PHRASE_WORDS.has(tokenAt(t, o.first - 1)?.text ?? '');
  const direct = appositionAfter(o);
  const afterAcronym = direct === null && beforeParenthesisedAcronym(o) ? appositionAt(o.sentence, o.last + 3) : null;
  const apposition = placePhrase && !mediaKindAfterFrom(t, o.first, o.last, direct?.kind, g) ? null : (direct ?? (afterAcronym?.kind === 'ORGANIZATION' ? afterAcronym : null));
  nameShapeVotes(o, textVotes, votes);
  if (apposition) {
    const type = apposition.kind === 'office' || apposition.kind === 'person' ? 'PERSON' : apposition.kind;
    votes.push({ type, confidence: 0.85, rule: 'apposition' });
  }
  const after = t[o.last + 1]?.text ?? '';
  const after2 = t[o.last + 2]?.text ?? '';
  const verb = HAVE_FORMS.has(after) ? after2 : after;
  // "X wrote in/for …" is a writer, not the publication.
  if (REPORTING_VERBS.has(verb) && !(verb === 'wrote' && WROTE_IN.has(t[o.last + (verb === after ? 2 : 3)]?.text ?? ''))) votes.push({ type: 'PUBLICATION', confidence: 0.7, rule: 'subject-of-reported' });
  else if (o.cand.definite && ws.length === 1 && SPEECH_VERBS.has(verb)) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.5, rule: 'definite-institution-speaker' });
  // "analysts at Tolvex Partners said": people work at an organisation, and it does not speak.
  else if (before?.text === 'at' && tokenAt(t, o.first - 2)?.pos === 'NOUN' && PLURAL_STAFF.test(tokenAt(t, o.first - 2)!.text) && !g.isCity(text) && !g.country(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.55, rule: 'staff-at' });
  else if (SPEECH_VERBS.has(verb) && ws.length >= 2 && ws.every((w) => CAPITAL_THEN_SMALL.test(w))) votes.push({ type: 'PERSON', confidence: 0.6, rule: 'named-speaker' });
  // All capitals, or mostly ("TelNoR"): an acronym.
  if (textVotes && mayBeAcronym(text) && !text.includes(' ') && (ALL_CAPITALS.test(text) || MOSTLY_CAPITALS.test(text)) && !g.country(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.45, rule: 'acronym' });
  // "said in Port Velma on Friday": a name of two words or more after "in" is a place.
  if (before?.text === 'in' && ws.length >= 2 && !/^[’']/.test(after) && !g.country(text)) votes.push({ type: 'CITY', confidence: 0.5, rule: 'in-place' });
  // A lone proper noun inside a sentence, with no other cue: most often a company or organisation.
  // ("the 480 Max": a word after a number is a model's name, the number's, not an organisation.)
  if (ws.length === 1 && !o.cand.initial && !tokenAt(t, o.first - 1)?.numeric && !allDigits(tokenAt(t, o.first - 1)?.text ?? '') && t[o.first]?.pos === 'PROPN' && isCapitalisedWord(text) && !g.demonym(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.35, rule: 'lone-proper-noun' });
  if (textVotes && titleIn(text)) votes.push({ type: 'PERSON', confidence: 0.8, rule: 'title-before-name' });
  if (numberedModelBeforeNoun(text, t[o.last + 1])) votes.push({ type: 'PROJECT', confidence: 0.8, rule: 'numbered-model-before-noun' });
  if (toldOutlet(t, o.first, o.last, text)) votes.push({ type: 'PUBLICATION', confidence: 0.5, rule: 'told-outlet' });
  if (textVotes && endsInPlacePart(text)) votes.push({ type: 'REGION', confidence: 0.85, rule: 'place-part-noun' });
  if (listedAfterPlural(t, o.first)) votes.push({ type: 'REGION', confidence: 0.9, rule: 'listed-after-plural-part' });
  else if (partNounOf(t, o.first) && g.isCity(text)) votes.push({ type: 'REGION', confidence: 0.85, rule: 'part-noun-of' });
  if (textVotes && isStreetName(ws)) votes.push({ type: 'REGION', confidence: 0.8, rule: 'street-name' });
  // ("Port of Velma" the gazetteer's city, not a port: a town's whole name outweighs a facility's head noun.)
  if (textVotes && ws.length > 1 && votes.some((v) => v.rule === 'head-noun' && v.type === 'PROJECT') && g.isCity(text)) votes.push({ type: 'CITY', confidence: 0.86, rule: 'city-named-as-facility' });
  // ("Velmara" the planet, not the town of the gazetteer: WordNet, celestial-bodies.ts; below an apposition.)
  if (textVotes && ws.length === 1 && isCelestialBody(text)) votes.push({ type: 'REGION', confidence: 0.82, rule: 'celestial-body' });
  // ("the Amazon", "the Himalayas": WordNet's river or range after "the", entity-forms-r13.ts.)
  if (o.cand.definite && isTheNaturalFeature(text, o.cand.definite)) votes.push({ type: 'REGION', confidence: 0.8, rule: 'natural-feature-name' });
  return votes;
}

/** The vote of highest confidence, then of the first rule by name; the earliest of full ties (as a stable sort would give). */
function best(votes: readonly Vote[]): Vote | undefined {
  let top: Vote | undefined;
  for (const v of votes) if (!top || v.confidence > top.confidence || (v.confidence === top.confidence && v.rule.localeCompare(top.rule) < 0)) top = v;
  return top;
}

/** The occurrence stands right before a lower-case noun or adjective, as a modifier ("Vellan sales"). */
function beforeNoun(o: Occurrence): boolean {
  const next = o.sentence.tokens[o.last + 1];
  return next !== undefined && next.start === o.cand.end + 1 && startsLower(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** The `cluster` component. */
/** Known entities by each string (name or alias) they carry, per known index. */
const stringIndexes = new WeakMap<KnownIndex, ReadonlyMap<string, readonly KnownEntity[]>>();

function stringIndex(known: KnownIndex): ReadonlyMap<string, readonly KnownEntity[]> {
  let index = stringIndexes.get(known);
  if (!index) {
    const map = new Map<string, KnownEntity[]>();
    for (const k of known.byId.values()) for (const s of k.strings) map.set(s, [...(map.get(s) ?? []), k]);
    stringIndexes.set(known, (index = map));
  }
  return index;
}

/** Known events by each string they carry, in the known index's order, per known index. */
const eventIndexes = new WeakMap<KnownIndex, ReadonlyMap<string, readonly KnownEntity[]>>();

function knownEventsByString(known: KnownIndex): ReadonlyMap<string, readonly KnownEntity[]> {
  let index = eventIndexes.get(known);
  if (!index) {
    const map = new Map<string, KnownEntity[]>();
    for (const k of known.byId.values()) {
      if (k.type !== 'EVENT') continue;
      for (const s of k.strings) {
        const list = map.get(s);
        // (once per entity, even if its strings repeat one)
        if (!list) map.set(s, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
    }
    eventIndexes.set(known, (index = map));
  }
  return index;
}

/**
 * The one known entity of this type that carries this exact string. A string shared by entities of
 * different types ("Georgia" the country and the US state) is not linked by stage `link`; once the
 * text has decided the type, the known entity of that type is the one.
 */
function knownOfTypeByString(known: KnownIndex, text: string, type: EntityType, allText: string): KnownEntity | undefined {
  // A descriptive string ("foreign ministry") names a body only with its owner: knownBodyOfOwner.
  // (The index is asked first: most names are no known string, and then isLinkable need not run.)
  const index = stringIndex(known);
  const strings = index.get(text);
  if (strings === undefined || !isLinkable(text)) return undefined;
  const holders = strings.filter((k) => k.type === type);
  // A string several known entities of the type share ("High Court"): the one whose companions in
  // the known files this article names, if its context points to exactly one (companions.ts).
  // So is an alias that drops its owner ("Supreme Court" of "Supreme Court of Bangladesh"), even
  // with one holder: it never links through the index (link.ts, isContextualAlias).
  if (holders.length === 0) return undefined;
  if (holders.length === 1 && !isContextualAlias(text, holders[0]!.name)) return holders[0];
  return holderByCompanions(holders, allText, known, index);
}

const SPACE = /\s/;
/**
 * Whether `phrase` stands somewhere in `text` right after a possessive and white space ("’s ",
 * "'s\n"): what knownBodyOfOwner's pattern needs before it can match, found with `indexOf`
 * instead of running that pattern (compiled per call, with no literal to start from) over the text.
 */
export function possessiveBefore(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    let k = at - 1;
    while (k >= 0 && SPACE.test(text[k]!)) k--;
    if (k < at - 1 && text[k] === 's' && (text[k - 1] === '’' || text[k - 1] === "'")) return true;
  }
  return false;
}

/** knownBodyOfOwner's pattern of each phrase, compiled once per phrase (`matchAll` runs on a copy, so one object serves every call); cleared when large. */
const ownerPatterns = new Map<string, RegExp>();

function ownerPattern(phrase: string): RegExp {
  let pattern = ownerPatterns.get(phrase);
  if (pattern === undefined) {
    if (ownerPatterns.size >= 2_000) ownerPatterns.clear();
    pattern = new RegExp(`((?:\\p{Lu}[\\p{L}.]*\\s?){1,4})[’']s\\s+${escapeRegExp(phrase)}\\b`, 'gu');
    ownerPatterns.set(phrase, pattern);
  }
  return pattern;
}

/**
 * A body this article names only by its owner and a common phrase ("Chile’s transport ministry")
 * is the known body with that phrase among its names whose own name carries the same country
 * ("Chilean Ministry of Transport"), when exactly one does: descriptive strings never link on
 * their own (link.ts), but with their owner they identify the body.
 */
function knownBodyOfOwner(known: KnownIndex, phrase: string, type: EntityType, allText: string, g: ReturnType<typeof loadGazetteer>): KnownEntity | undefined {
  if (!startsLower(phrase)) return undefined;
  const holders = (stringIndex(known).get(phrase) ?? []).filter((k) => k.type === type);
  if (holders.length === 0 || !possessiveBefore(allText, phrase)) return undefined;
  const owners = new Set<string>();
  for (const m of allText.matchAll(ownerPattern(phrase))) {
    const ws = m[1]!.trim().split(/\s+/);
    // The owner is the longest country name that ends the capitalised run ("… the United States’s").
    for (let k = 0; k < ws.length; k++) {
      const c = g.country(ws.slice(k).join(' '));
      if (c) {
        owners.add(c.code);
        break;
      }
    }
  }
  if (owners.size !== 1) return undefined;
  const [code] = owners;
  const same = holders.filter((k) => k.name.split(/\s+/).some((w) => (g.demonym(w) ?? g.country(w))?.code === code));
  return same.length === 1 ? same[0] : undefined;
}

/** An occurrence per candidate that stands on whole tokens, grouped by surface form in text order. */
function occurrencesOf(sentences: readonly Sentence[], cands: readonly Candidate[]): Map<string, Occurrence[]> {
  const occurrences = new Map<string, Occurrence[]>();
  for (const cand of cands) {
    const sentence = sentences[cand.sentence]!;
    const first = tokenStartingAt(sentence, cand.start);
    const last = tokenEndingAt(sentence, cand.end);
    if (first === -1 || last === -1) continue;
    const occ = occurrences.get(cand.text);
    if (occ) occ.push({ cand, sentence, first, last });
    else occurrences.set(cand.text, [{ cand, sentence, first, last }]);
  }
  return occurrences;
}

/** Whether a form is written after a capitalised title anywhere in the text. */
/** The words of titleTest's titles, one of which its pattern cannot match without ("Prime Minister" holds "Minister"). */
const TITLE_WORDS = ['President', 'Minister', 'Chancellor', 'Premier', 'Senator', 'Governor', 'King', 'Queen', 'Secretary'];

function titleTest(allText: string): (text: string) => boolean {
  // Names written after a capitalised title anywhere in the text ("President Ana Ruiz").
  // (A text without any title's word has no match: the pattern, with no literal to start from,
  // is not run over it.)
  const titled = !TITLE_WORDS.some((w) => allText.includes(w)) ? [] : [...allText.matchAll(/(?:^|\s)(?:President|Prime Minister|Chancellor|Premier|Senator|Governor|King|Queen|Minister|Secretary) ((?:[\p{Lu}][\p{L}’'\-]+ ?)+)/gu)].map((m) => m[1]!.trim());
  const titleIn = (text: string) => titled.some((name) => name === text || name.startsWith(`${text} `));
  return titleIn;
}

/** Phase 1: each surface form's strongest cue vote. */
function typeForms(cands: readonly Candidate[], occurrences: ReadonlyMap<string, Occurrence[]>, titleIn: (text: string) => boolean): Map<string, Vote> {
  // 1. Type each surface form.
  const typed = new Map<string, Vote>();
  const credit = cands.filter((c) => c.field === 'IMAGE_CREDIT');
  credit.forEach((c, i) => {
    if (CREDIT_ARRANGEMENTS.has(c.text)) return;
    const ws = words(c.text);
    const person = i === 0 && ws.length >= 2 && !headOf(ws[ws.length - 1]!) && !/^[\p{Lu}]+$/u.test(c.text);
    typed.set(c.text, person ? { type: 'PERSON', confidence: 0.85, rule: 'credit-photographer' } : { type: 'NEWS_AGENCY', confidence: 0.8, rule: 'credit-agency' });
  });
  for (const [text, occ] of occurrences) {
    if (typed.has(text) || CREDIT_ARRANGEMENTS.has(text)) continue;
    // (The votes of all occurrences in one list; the form's words split once.)
    const ws = formWords(text);
    const votes: Vote[] = [];
    for (let k = 0; k < occ.length; k++) votesFor(occ[k]!, titleIn, k === 0, ws, votes);
    const vote = best(votes);
    if (vote) typed.set(text, vote);
  }
  return typed;
}

const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{N}]/u;
/**
 * The initials of a name ("Tolva Harbour Board" → "THB"): the first letter of each word that starts
 * with a capital or a digit, connectors left out, upper-cased. One pass; the pattern runs only on a
 * word that does not start with ASCII (an ASCII capital or digit is what it matches there).
 */
export function initialsOf(ws: readonly string[]): string {
  let out = '';
  for (const w of ws) {
    const c = w.charCodeAt(0);
    const starts = c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : UPPER_OR_DIGIT_START.test(w);
    if (starts && !NAME_CONNECTORS.has(w)) out += w[0];
  }
  return out.toUpperCase();
}

/** The two ways phase 2 and later phases add an entity (by name, or as its country's one entity). */
function entityAdders(known: KnownIndex, allText: string, g: Gazetteer, entities: Map<string, DocEntity>, byCountry: Map<string, DocEntity>) {
  const addEntity = (name: string, vote: Vote, alias?: string): DocEntity => {
    let id = entityIdFor(name);
    const k = known.byId.get(id) ?? knownOfTypeByString(known, name, vote.type, allText) ?? knownBodyOfOwner(known, name, vote.type, allText, g);
    if (k) id = k.id;
    if (k && k.type === vote.type) {
      const existing = entities.get(id);
      if (existing) {
        if (alias && alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
        if (name !== existing.name && !existing.aliases.includes(name) && allText.includes(name)) existing.aliases.push(name);
        return existing;
      }
      const e: DocEntity = { id, type: k.type, name: k.name, aliases: [], description: null, wikidataId: k.wikidataId, linked: true, confidence: Math.min(0.9, vote.confidence), rule: 'link-known-id' };
      for (const s of [name, alias]) if (s && s !== k.name && !e.aliases.includes(s)) e.aliases.push(s);
      entities.set(id, e);
      return e;
    }
    if (k) id = `${id}-${vote.type.toLowerCase().replace(/_/g, '-')}`;
    const existing = entities.get(id);
    if (existing) {
      if (alias && alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      return existing;
    }
    const e: DocEntity = { id, type: vote.type, name, aliases: alias && alias !== name ? [alias] : [], description: null, wikidataId: null, linked: false, confidence: vote.confidence, rule: vote.rule };
    entities.set(id, e);
    return e;
  };
  const countryEntity = (c: CountryEntry, surface: string, vote: Vote): DocEntity => {
    const existing = byCountry.get(c.code);
    if (existing) {
      if (surface !== existing.name && !existing.aliases.includes(surface)) existing.aliases.push(surface);
      return existing;
    }
    // The text's own full name is the canonical one; a short form ("UK") takes the usual name.
    // (A capital for a country the text never names takes the known country's name: entity-forms-r15.ts.)
    const name = /^[\p{Lu}.]{2,5}$/u.test(surface) ? c.name : metonymCountryName(c, surface, g, known, entityIdFor);
    const e = addEntity(name, vote, surface);
    byCountry.set(c.code, e);
    return e;
  };
  return { addEntity, countryEntity };
}

/** What the phases of `cluster` share: the document's layers, read once, and the entities being built (in place). */
interface ClusterState {
  readonly doc: IngestDocument;
  readonly article: NonNullable<IngestDocument['article']>;
  readonly sentences: readonly Sentence[];
  readonly known: KnownIndex;
  readonly g: Gazetteer;
  readonly linked: ReadonlyMap<string, DocEntity>;
  readonly occurrences: ReadonlyMap<string, Occurrence[]>;
  readonly allText: string;
  readonly typed: ReadonlyMap<string, Vote>;
  readonly entities: Map<string, DocEntity>;
  readonly addEntity: (name: string, vote: Vote, alias?: string) => DocEntity;
  readonly countryEntity: (c: CountryEntry, surface: string, vote: Vote) => DocEntity;
}

/** A letter or digit (compiled once: a literal in a function is rebuilt per call in the bundle). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The last run of non-space characters (compiled once). */
const LAST_RUN = /(\S+)$/u;
/** The per-document helpers of phase 2 (forms and pending forms). */
function formHelpers(s: ClusterState) {
  const { sentences, occurrences, entities, g, typed, allText, linked } = s;
  /**
   * Whether the text treats a capitalised name as a person's: its surname stands alone or after an
   * honorific elsewhere ("Mr Vance", "Vance said"), a relative "who" or an age follows it ("Omar
   * Vance, who …", "Omar Vance, 66,"), an office or person noun introduces it ("the transport
   * minister, Omar Vance", "whose chair is Omar Vance"), a personal pronoun follows it in its
   * sentence ("Omar Vance said he …"), or the next sentence opens with "He" or "She" after it
   * opened its own. A name followed by "which" is a thing's.
   */
  /** Whether "<honorific> <word>" stands in the text as whole words (one scan of the text). */
  const afterAnHonorific = (word: string): boolean => {
    const needle = ` ${word}`;
    for (let i = allText.indexOf(needle); i !== -1; i = allText.indexOf(needle, i + 1)) {
      const end = i + 1 + word.length;
      if (WORD_CHAR.test(allText[end] ?? '')) continue;
      const before = LAST_RUN.exec(allText.slice(Math.max(0, i - 8), i))?.[1];
      if (before && HONORIFICS.has(before)) return true;
    }
    return false;
  };
  const personEvidence = (text: string, occ: readonly Occurrence[]): boolean => {
    const ws = formWords(text);
    const surname = ws[ws.length - 1]!.replace(PARTICLE_PREFIX, '');
    if (occ.some((o) => o.sentence.tokens[o.last + 1]?.text === ',' && o.sentence.tokens[o.last + 2]?.text === 'which')) return false;
    if (surname !== text && (occurrences.has(surname) || afterAnHonorific(surname))) return true;
    return occ.some((o) => {
      const t = o.sentence.tokens;
      const [a1, a2, a3] = [t[o.last + 1]?.text, t[o.last + 2], t[o.last + 3]?.text];
      if (a1 === ',' && (a2?.text === 'who' || (a2 && /^\d{1,3}$/.test(a2.text) && (a3 === ',' || a3 === '.')))) return true;
      const b1 = tokenAt(t, o.first - 1)?.text;
      const b2 = tokenAt(t, o.first - 2)?.text.toLowerCase() ?? '';
      if ((b1 === ',' || b1 === 'is' || b1 === 'was') && (OFFICE_WORDS.has(b2) || PERSON_NOUN_SET.has(b2))) return true;
      // "Omar Vance said he …", "… set out his hopes": a personal pronoun later in its sentence.
      for (let k = o.last + 1; k < t.length; k++) if (PERSONAL_PRONOUNS.has(t[k]!.text)) return true;
      const next = sentences[o.sentence.index + 1];
      return o.first <= 1 && next?.field === o.sentence.field && /^(?:He|She)$/.test(next.tokens[0]?.text ?? '');
    });
  };

  /** First words of the multi-word country names the text uses ("Burkina" of "Burkina Faso"), built once. */
  let firstWordsOfCountries: Set<string> | undefined;
  const countryFirstWords = (): Set<string> => (firstWordsOfCountries ??= new Set([...occurrences.keys(), ...[...entities.values()].map((e) => e.name)].filter((n) => n.includes(' ') && g.country(n)).map((n) => n.slice(0, n.indexOf(' ')))));
  // (Phase 2 only adds entities, never drops or retypes one: the list is rebuilt only when one was added.)
  // (So the list only grows: the entities added since the last call, at the end of the map's order,
  // are read and the people among them appended, with no copy and no new list per added entity.)
  const people: DocEntity[] = [];
  let peopleAt = 0;
  const multiWordPeople = (): readonly DocEntity[] => {
    if (peopleAt !== entities.size) {
      let k = 0;
      for (const e of entities.values()) if (k++ >= peopleAt && e.type === 'PERSON' && e.name.includes(' ')) people.push(e);
      peopleAt = entities.size;
    }
    return people;
  };
  /**
   * The one entity a single word abbreviates, if any: its initials ("Tolva Harbour Board" → "THB",
   * "Thb"); the name given to its head noun ("the board, known as Tolbo"); its head noun used alone ("the Board", when only one name has that head); the first word
   * of a natural feature used with "the" ("the Tolva" → Tolva Sea). Longer names are built first.
   */
  // A name's words and initials, read once per name (shortFormOwner asks for every short form).
  const partsByName = new Map<string, { ws: string[]; initials: string }>();
  const nameParts = (name: string) => {
    let parts = partsByName.get(name);
    if (!parts) {
      const ws = words(name);
      const initials = initialsOf(ws);
      partsByName.set(name, (parts = { ws, initials }));
    }
    return parts;
  };
  const shortFormOwner = (text: string, occ: readonly Occurrence[]): DocEntity | undefined => {
    if (text.includes(' ') || text.length < 2) return undefined;
    const definite = occ.some((o) => o.cand.definite);
    const upper = text.toUpperCase();
    // "the agency, widely known as Tva": the one name whose head is that noun; "the Tolva Water
    // Agency, known as Tva": that name.
    // (precedingKind says knownAs only where knownAsAnchor finds "known as": asked there alone.)
    let namedNoun: string | undefined;
    let namedBefore: string | undefined;
    for (const o of occ) {
      const k = knownAsAnchor(o);
      if (k === -1) continue;
      if (namedNoun === undefined) namedNoun = precedingKind(o)?.noun;
      const w = o.sentence.tokens[k];
      if (namedBefore === undefined && w && startsUpper(w.text)) namedBefore = o.sentence.text.slice(0, w.end - o.sentence.start);
    }
    // "the Tolva Port Authority (TPA)": the name right before the parentheses, whatever its letters.
    for (const o of occ) {
      const t = o.sentence.tokens;
      if (tokenAt(t, o.first - 1)?.text !== '(' || t[o.last + 1]?.text !== ')' || !ACRONYM.test(text)) continue;
      const before = o.sentence.text.slice(0, tokenAt(t, o.first - 1)!.start - o.sentence.start).trimEnd();
      const named = [...entities.values()].filter((e) => e.type !== 'PERSON' && e.type !== 'COUNTRY' && e.name.includes(' ') && before.endsWith(e.name) && !WORD_CHAR.test(before[before.length - e.name.length - 1] ?? ''));
      if (named.length > 0) return named.sort((a, b) => b.name.length - a.name.length)[0];
    }
    const owners = new Set<DocEntity>();
    for (const e of entities.values()) {
      if (e.type === 'PERSON' || e.type === 'COUNTRY' || !e.name.includes(' ')) continue;
      const { ws, initials } = nameParts(e.name);
      if ((namedNoun && headWordOf(ws).toLowerCase() === namedNoun) || namedBefore?.endsWith(e.name)) {
        owners.add(e);
        continue;
      }
      // (three letters or fewer only in capitals: "Ana" is a name, "ANA" may be initials)
      if (initials.length >= 2 && text.length <= 6 && initials === upper && text[0] === upper[0] && (text.length >= 4 || text === upper)) owners.add(e);
      else if (definite && headOf(text) && headWordOf(ws) === text) owners.add(e);
      else if (definite && e.type === 'REGION' && ws.length === 2 && ws[0] === text && NATURAL_LAST.has(ws[1]!)) owners.add(e);
      else if (firstWordShortFor(text, e)) owners.add(e);
    }
    return owners.size === 1 ? [...owners][0] : undefined;
  };
  /**
   * An organisation's first word alone is its short form ("Tolvex" for "Tolvex Dynamics"), unless
   * the word is a place or people, another cue types it otherwise, or the text makes the longer
   * name a part of it ("Tolvex Play, Tolvex’s games division": two entities).
   */
  const firstWordShortFor = (text: string, e: DocEntity): boolean => {
    if (e.type !== 'ORGANIZATION') return false;
    const { ws } = nameParts(e.name);
    if (ws.length < 2 || ws[0] !== text || g.isCity(text) || g.isRegion(text) || g.demonym(text) || g.capitalOf(text)) return false;
    const vote = typed.get(text);
    if (vote && vote.type !== 'ORGANIZATION' && vote.confidence >= 0.6) return false;
    return !allText.includes(`${e.name}, ${text}’s`) && !allText.includes(`${e.name}, ${text}'s`);
  };
  /** A capitalised word only ever used before a lower-case noun ("Vellan sales") is an adjective. */
  const onlyAttributive = (text: string, occ: readonly Occurrence[]): boolean => !text.includes(' ') && (ADJECTIVE_LIKE.test(text) || occ.length >= 2) && occ.every(beforeNoun);
  /** Words of the text's names of two words or more ("Lula" in "Luiz Inácio Lula da Silva"): a sentence's first word among them may be a short form. */
  let longerFormWords: Set<string> | undefined;
  const nameWordsOfLongerForms = (): Set<string> => {
    if (longerFormWords) return longerFormWords;
    longerFormWords = new Set<string>();
    for (const k of occurrences.keys()) if (k.includes(' ')) for (const w of formWords(k)) longerFormWords.add(w);
    return longerFormWords;
  };
  // Names of one numbered series in the text: "Orbiter-6" and "Orbiter-7", "Tolva Link 1" and "… 2".
  const seriesSize = new Map<string, number>();
  // (Only names that end in a number can have a stem: they alone are collected, each once.)
  const numbered = new Set<string>();
  for (const name of occurrences.keys()) if (endsNumbered(name)) numbered.add(name);
  for (const e of linked.values()) for (const name of [e.name, ...e.aliases]) if (endsNumbered(name)) numbered.add(name);
  for (const name of numbered) {
    const stem = NUMBERED.exec(name)?.[1];
    if (stem) seriesSize.set(stem, (seriesSize.get(stem) ?? 0) + 1);
  }
  return { personEvidence, countryFirstWords, multiWordPeople, nameParts, shortFormOwner, onlyAttributive, nameWordsOfLongerForms, seriesSize };
}

type FormHelpers = ReturnType<typeof formHelpers>;

/** Phase 2a: each form, longer and country forms first, becomes an entity, an alias, nothing, or waits (returned). */
function placeForms(s: ClusterState, h: FormHelpers): Array<[string, Occurrence[]]> {
  const { occurrences, entities, g, typed, addEntity, countryEntity } = s;
  const { countryFirstWords, shortFormOwner, onlyAttributive, nameWordsOfLongerForms } = h;
  const pending: Array<[string, Occurrence[]]> = [];
  // Longer forms first, so "Talia Brennock" exists before "Brennock" looks for it.
  // Countries before capitals, so "Lima" can join the "Peru" the text also names.
  // (Each form's rank and word count are read once, not at every comparison.)
  const rank = (text: string) => (typed.get(text)?.type === 'COUNTRY' && g.country(text) ? 0 : 1);
  // (Each form carries its key into the sort: no look-up and no pair built per comparison; the
  // same comparisons on the same order of entries, so the stable sort gives the same order.)
  const keyed: Array<{ readonly text: string; readonly occ: Occurrence[]; readonly rank: number; readonly words: number }> = [];
  for (const [text, occ] of occurrences) keyed.push({ text, occ, rank: rank(text), words: formWords(text).length });
  keyed.sort((a, b) => a.rank - b.rank || b.words - a.words || a.text.localeCompare(b.text));
  for (const { text, occ } of keyed) {
    const vote = playerNotSide(text, typed.get(text), s.allText);
    // A word seen only at the start of sentences, with no cue but its capital, is not a name.
    if (occ.every((o) => o.cand.initial) && (!vote || vote.rule === 'acronym') && !g.country(text) && !g.capitalOf(text) && !nameWordsOfLongerForms().has(text)) continue;
    if (namesNothing(text, occ, vote)) continue;
    if (!personWithAdjectiveGivenName(text, vote) && isGluedInitialModifier(text, occ, (x) => occurrences.has(x) || [...s.linked.values()].some((e) => e.name === x || e.aliases.includes(x)))) continue;
    // "the Tolva–Vasko alliance", "the Green-Civic pact": names joined by a dash before a noun
    // describe it (two parties, two countries); the compound names nothing. Only nouns of a tie
    // between two read so: "the Tolva-Vasko pipeline" is a project, "the Coca-Cola company" one.
    if ((text.includes('-') || text.includes('–')) && DASH_COMPOUND.test(text) && occ.every((o) => beforeNoun(o) && RELATION_NOUNS.has(o.sentence.tokens[o.last + 1]!.text))) continue;
    const country = g.country(text);
    if (!country) {
      const owner = shortFormOwner(text, occ) ?? namedFormOwner(text, occ, entities) ?? countryOfInitials(text, entities.values()) ?? fieldBodyOwner(text, entities.values());
      if (owner) {
        if (!owner.aliases.includes(text)) owner.aliases.push(text);
        continue;
      }
      if ((!vote || vote.rule === 'lone-proper-noun' || vote.rule === 'acronym') && onlyAttributive(text, occ)) continue;
      if (bareEditionNoun(text, vote)) continue;
      // "the Tolvan bid" where "Tolvan" starts a country's name ("Tolvan Republic"): an adjective of
      // its people, as is "Tolvans" (the people). Neither is an entity.
      const people = (text.endsWith('s') ? text.slice(0, -1) : text);
      if (!text.includes(' ') && countryFirstWords().has(people) && (text !== people || occ.every(beforeNoun))) continue;
    }
    if (country && vote?.type === 'COUNTRY') {
      countryEntity(country, text, vote);
      continue;
    }
    const capitalOf = g.capitalOf(text);
    if (capitalOf && vote && (vote.type === 'CITY' || vote.type === 'COUNTRY')) {
      // Metonym policy: a capital used only for its government is an alias of the country; one
      // the text also uses as a place is the city (its metonymic uses are then city mentions, and
      // relationships through them go to the country: stage `relate`).
      if (occ.some(isLiteralPlace)) addEntity(text, { type: 'CITY', confidence: 0.8, rule: 'capital-literal-place' });
      else countryEntity(capitalOf, text, { type: 'COUNTRY', confidence: 0.6, rule: 'capital-metonym' });
      continue;
    }
    // ("Cole Varna … Varna said": a city's name ending a personal name waits for the surname test, surname-places.ts.)
    if (vote && vote.type !== 'PERSON' && vote.confidence >= 0.6 && !(vote.rule === 'gazetteer-city' && !text.includes(' ') && endsPersonalNameOfText(text, occurrences.keys()))) {
      addEntity(text, vote);
      continue;
    }
    pending.push([text, occ]);
  }
  return pending;
}

/** Phase 2b: the waiting forms: short forms, surnames, personal names, the rest by their vote. */
function placePending(s: ClusterState, h: FormHelpers, pending: ReadonlyArray<[string, Occurrence[]]>): void {
  const { entities, g, typed, addEntity } = s;
  const { personEvidence, multiWordPeople, nameParts, shortFormOwner, seriesSize } = h;
  for (const [text, occ] of pending) {
    const vote = playerNotSide(text, typed.get(text), s.allText);
    const ws = formWords(text);
    // A short form whose full name only became an entity here ("New Civic Pact (NCP)").
    const shortOf = (ws.length === 1 && !g.country(text) ? shortFormOwner(text, occ) : undefined) ?? namedFormOwner(text, occ, entities);
    if (shortOf) {
      if (!shortOf.aliases.includes(text)) shortOf.aliases.push(text);
      continue;
    }
    // Surname or given name of one person already found: "Brennock", "Ms Brennock" → Talia Brennock.
    // A surname of two words that starts with a capitalised particle ("Al Rashid", "Van Dijk",
    // "Abu Omar") is one too: "Mr Al Rashid" → Layla Al Rashid.
    const particleSurname = ws.length === 2 && SURNAME_PARTICLES.has(ws[0]!);
    const owners = ws.length === 1 ? multiWordPeople().filter((p) => p.name !== text && nameParts(p.name).ws.some((w) => w === text || w.replace(PARTICLE_PREFIX, '') === text)) : particleSurname ? multiWordPeople().filter((p) => p.name.endsWith(` ${text}`)) : twoWordSurnameOwners(text, ws, multiWordPeople());
    const person = owners.length === 1 ? owners[0] : owners.length > 1 && ws.length === 1 ? ownerByHonorificGender(owners, occ.map((o) => o.cand.honorific ?? tokenAt(o.sentence.tokens, o.first - 1)?.text ?? null)) : undefined;
    if (person) {
      if (!person.aliases.includes(text)) person.aliases.push(text);
      continue;
    }
    // Two or three capitalised words with no cue are most often a person, but a person takes no
    // "the" ("the Casa Velha"), does not start with a demonym and is not only a modifier ("Peruvian
    // Baptist churches").
    // Particles and connectors inside a personal name ("Layla bin Rashid", "Karim al-Nasser",
    // "Anna van Dijk") are not name words of their own.
    // ("of", "for", "on" are no particles: "Call of Duty", "Party for Progress" name no one.)
    const nameWords = ws.filter((w) => !PERSON_PARTICLES.has(w));
    // ("J. Robert Oppenheimer": initials before a name word make a person's name: name-initials.ts.)
    const initialled = isInitialledName(nameWords, isPersonNameWord);
    const personLike = (initialled || (nameWords.length >= 2 && nameWords.length <= 3 && ws.length <= 4 && nameWords.every(isPersonNameWord))) && !FUNCTION_WORDS.has(ws[0]!) && !occ.some((o) => o.cand.field === 'TITLE' && occ.length === 1) && !occ.every((o) => o.cand.definite) && !g.demonym(ws[0]!) && !occ.every(beforeNoun);
    // Capitalised words alone, or a speech verb after them, are no evidence of a person ("Tolva
    // Rights Watch said"): the text must also treat the name as one's (see personEvidence).
    // (An acronym after a person is a party's: "Omar Vance (TPP)".)
    const weak = !vote || vote.rule === 'named-speaker' || vote.rule === 'named-with-acronym';
    if (vote?.type === 'PERSON' && !weak) {
      addEntity(text, vote);
      continue;
    }
    // A word with a capital inside after four letters or more ("AeroSystems", "TeleNova") is a
    // brand's spelling; personal names put one after a short prefix only ("McKay", "DeLuca").
    if (!vote && ws.length >= 2 && ws.length <= 4 && ws.some((w) => MIXED_CASE_WORD.test(w))) {
      addEntity(text, { type: 'ORGANIZATION', confidence: 0.45, rule: 'mixed-case-name' });
      continue;
    }
    if (weak && personLike) {
      // Without evidence only the commonest shape of a personal name, "Given Surname", stays a person.
      const plain = nameWords.length === 2;
      const evidence = initialled || opensWithApostropheGivenName(nameWords) || personEvidence(text, occ) || twoWordSurnameWritten(ws, s.occurrences);
      // Shares, a chairman, a takeover are a company's: "Tolvex Capital’s shares", "a bank" is no one.
      if (!evidence && occ.some(companyEvidence)) addEntity(text, { type: 'ORGANIZATION', confidence: 0.5, rule: 'company-evidence' });
      // ("Tolva Steel", "Orvel Shipping": a name ending in a trade's noun, with no sign of a person, is a company's.)
      else if (!evidence && endsInTradeNoun(ws)) addEntity(text, { type: 'ORGANIZATION', confidence: 0.45, rule: 'trade-noun-name' });
      // ("Orvane Pictures", "Velk Builders": the plural of a common noun last, lone-words.ts.)
      else if (!evidence && endsInCommonPlural(ws)) addEntity(text, { type: 'ORGANIZATION', confidence: 0.45, rule: 'common-plural-name' });
      // ("General Atomics": "General" before a common word's plural is no rank, entity-forms-r12.ts.)
      else if (!evidence && generalBeforeCommonPlural(ws)) addEntity(text, { type: 'ORGANIZATION', confidence: 0.45, rule: 'general-common-plural' });
      // ("Bayern Munich": a big city and a word that is no given name; "Velk Therapeutics": a field's plural; entity-forms-r13.ts.)
      else if (!evidence && plain && bigCityName(ws, g)) addEntity(text, { type: 'ORGANIZATION', confidence: 0.45, rule: 'big-city-name' });
      else if (!evidence && clubOrFieldCompany(ws)) addEntity(text, clubOrFieldCompany(ws)!);
      else if (evidence || plain) addEntity(text, vote?.type === 'PERSON' ? vote : { type: 'PERSON', confidence: plain ? 0.45 : 0.5, rule: 'capitalised-name' });
      else addEntity(text, { type: 'ORGANIZATION', confidence: 0.4, rule: 'proper-name-no-person-evidence' });
      continue;
    }
    if (vote?.type === 'PERSON') {
      addEntity(text, { type: 'ORGANIZATION', confidence: 0.4, rule: 'proper-name-no-person-evidence' });
      continue;
    }
    // A serial number alone ("Virus-19") is no cue; two of one series ("Orbiter-6", "Orbiter-7") are.
    if (vote?.rule === 'numbered-name' && (seriesSize.get(NUMBERED.exec(text)![1]!) ?? 0) < 2) continue;
    // A lone word of the dictionary with no other cue is a word ("the Torah", "a former Ranger"): lone-words.ts.
    if (vote?.rule === 'lone-proper-noun' && !ownsSomething(occ) && isDictionaryWord(text)) continue;
    if (vote) addEntity(text, vote);
    // ("AC Tolva", "Velk Therapeutics": a club's initials, a field's plural, entity-forms-r13.ts.)
    else {
      const named = clubOrFieldCompany(ws);
      if (named) addEntity(text, named);
    }
  }
}

/** Phase 3: a project's name with its kind noun after it is an alias. */
function projectAliases(s: ClusterState): void {
  const { occurrences, typed, entities } = s;
  // "the Tolva pipeline": a project's name with its kind noun is an alias ("the Tolva Link" is also
  // "the Tolva Link pipeline"), so either form finds it.
  for (const [text, occ] of occurrences) {
    if (typed.get(text)?.type !== 'PROJECT') continue;
    const e = entities.get(entityIdFor(text));
    if (!e || e.name !== text) continue;
    for (const o of occ) {
      const next = o.sentence.tokens[o.last + 1];
      if (next && next.start === o.cand.end + 1 && startsLower(next.text) && headOf(next.text) === 'PROJECT' && !e.aliases.includes(`${text} ${next.text}`)) e.aliases.push(`${text} ${next.text}`);
    }
  }
}

/** Phase 4: "<honorific> <form>" of a person, where the text writes it, is an alias. */
function honorificAliases(s: ClusterState): void {
  const { allText, entities } = s;
  // "Mr Okafor": the honorific form is an alias too when the text uses it. (Where each "<honorific> "
  // stands is found once; a form is then compared there only, not searched for in the whole text.)
  // (Only the honorifics the text uses, in their order, are tried.)
  const afterHonorific: Array<readonly [string, number[]]> = [];
  for (const h of HONORIFICS) {
    const at: number[] = [];
    const needle = `${h} `;
    for (let i = allText.indexOf(needle); i !== -1; i = allText.indexOf(needle, i + 1)) at.push(i + h.length + 1);
    if (at.length > 0) afterHonorific.push([h, at]);
  }
  for (const e of entities.values()) {
    if (e.type !== 'PERSON' || afterHonorific.length === 0) continue;
    for (const form of [e.name, ...e.aliases]) {
      for (const [h, at] of afterHonorific) {
        // A whole-word use: "Mr Plat" is not in "Mr Platt said". (The titled form is built only for one.)
        if (!at.some((i) => allText.startsWith(form, i) && !WORD_CHAR.test(allText[i + form.length] ?? ''))) continue;
        const withTitle = `${h} ${form}`;
        if (!e.aliases.includes(withTitle)) e.aliases.push(withTitle);
      }
    }
  }
}

/** Phase 5: events the text names by a common phrase or refers to unnamed; a pole of a region. */
function eventEntities(s: ClusterState): void {
  const { article, sentences, known, g, allText, entities } = s;
  // Unnamed events the text refers to as things people attend, hold or wage: "attend a gala",
  // "a two-day state visit", "Somalia’s war against Kenya". Their name is the text's noun, and their
  // id carries the article's hash, since "the summit" of one article is not that of another.
  const articleHash = article.id.slice('article:'.length, 'article:'.length + 8);
  /**
   * An event the text names by a common phrase ("last week’s general election", "the 1999
   * earthquake") or an edition it gives by ordinal and year ("the first Pan Ocean Cup in 1930").
   * The edition of that year named in the text takes the phrase as an alias ("the 2030 tournament"
   * beside "the 2030 Pan Ocean Cup").
   */
  const describedEvent = (d: DescribedEvent) => {
    const edition = d.year ? [...entities.values()].find((e) => e.type === 'EVENT' && e.name.startsWith(`${d.year} `) && (d.proper === undefined || e.name === `${d.year} ${d.proper}`)) : undefined;
    if (edition) {
      if (!edition.aliases.includes(d.phrase) && edition.name !== d.phrase) edition.aliases.push(d.phrase);
      return;
    }
    if (d.year && !d.proper && words(d.phrase).length > 2) return;
    // "last week’s summit" beside the one named summit of the text ("the Andean Summit") is that one.
    if (!d.year && d.phrase === d.noun) {
      const named = [...entities.values()].filter((e) => e.type === 'EVENT' && e.name.includes(' ') && !YEAR_PREFIX.test(e.name) && words(e.name).pop()!.toLowerCase() === d.noun);
      if (named.length === 1) {
        if (!named[0]!.aliases.includes(d.noun)) named[0]!.aliases.push(d.noun);
        return;
      }
    }
    const name = d.proper && d.year ? `${d.year} ${d.proper}` : d.phrase;
    const id = `${entityIdFor(name)}-${articleHash}`;
    if (entities.has(id)) return;
    // (The bare noun is no alias: "on election night" or "an election campaign" use it as a modifier.)
    const aliases = name !== d.phrase ? [d.phrase] : [];
    entities.set(id, { id, type: 'EVENT', name, aliases, description: null, wikidataId: null, linked: false, confidence: 0.45, rule: 'described-event' });
  };
  // (A trigger absent from the whole text is absent from each of its sentences: each is looked
  // for once in the document, then only the present ones in each sentence.)
  // (Most of these words are absent from a given text: the gate skips their scans, same answers.)
  const has = substringGate(allText).includes;
  const docEventNouns = EVENT_NOUN_WORDS.filter(has);
  const docVerbStems = ATTEND_VERB_STEMS.filter(has);
  const triggers = eventTriggersIn(allText, has);
  const disasters = mayDefineDisasters(has);
  const [visitIn, ceremonyIn, warIn, invasionIn, assaultIn, offensiveIn, conflictIn, fightingIn, polIn] = [' visit', ' ceremony', 'war', 'invasion', 'assault', 'offensive', 'conflict', 'fighting', 'pole'].map(has);
  for (const sentence of sentences) {
    const text = sentence.text;
    const found: string[] = [];
    // Each pattern runs only where its nouns occur at all (a substring test; the same matches).
    // (The pattern also needs one of its verbs, each of which holds one of ATTEND_VERB_STEMS.)
    if (docEventNouns.some((w) => text.includes(w)) && docVerbStems.some((w) => text.includes(w))) for (const m of text.matchAll(/\b(?:attend|attends|attended|attending|host|hosts|hosted|hold|holds|held|holding|join|joins|joined|boycott|boycotted|opened|open|opens)\s+(?:a|an|the|this|next|last|their|his|her|its)\s+(?:[a-z\-]+\s+){0,2}?(gala|summit|forum|conference|ceremony|festival|election|referendum|rally|parade|banquet|reception|celebration|talks|meeting|games|tournament|match|exhibition|congress)\b/gu)) if (!negatedBefore(text, m.index)) found.push(m[1]!);
    if (visitIn && text.includes(' visit')) for (const m of text.matchAll(/\b(state visit|official visit)\b/gu)) found.push(m[1]!);
    // "the opening ceremony": the one ceremony that opens or closes the text's event.
    if (ceremonyIn && text.includes(' ceremony')) for (const m of text.matchAll(OPENING_CEREMONY)) found.push(m[1]!);
    const war = (warIn && text.includes('war')) || (invasionIn && text.includes('invasion'));
    if (war || (assaultIn && text.includes('assault')) || (offensiveIn && text.includes('offensive'))) for (const m of text.matchAll(/[’']s\s+(war|invasion|assault|offensive)\s+(?:against|of|on|in)\s+\p{Lu}/gu)) found.push(m[1]!);
    if (war || (conflictIn && text.includes('conflict')) || (fightingIn && text.includes('fighting'))) for (const m of text.matchAll(WAR_IN)) found.push(m[1]!);
    // Events named only by a common phrase with a time, a year or an ordinal (see describedEvents).
    for (const d of describedEvents(text, triggers)) describedEvent(d);
    if (disasters) for (const d of definedDisasters(text)) describedEvent(d);
    let context: Set<string> | undefined;
    for (const noun of found) {
      // A known event that this noun names and whose name's capitalised words are at least half in
      // the sentence ("war" in "Somalia’s war against Kenya" → a known "Somali invasion of Kenya"
      // with the alias "war"; not a known "State visit of Ana Ruiz to Peru" for another state visit).
      // (The sentence's capitalised words, read once for all its nouns.)
      const capitals = (context ??= new Set((text.match(/\p{Lu}[\p{L}\-]+/gu) ?? []).flatMap((w) => [w, g.demonym(w)?.name ?? w])));
      const inContext = (w: string) => capitals.has(w) || capitals.has(g.demonym(w)?.name ?? '');
      const knownEvents = (knownEventsByString(known).get(noun) ?? []).filter((k) => {
        const named = k.name.split(/\s+/).filter((w) => startsUpper(w));
        // A class word of the known name ("presidential") must be the sentence's too: a known
        // presidential election is not the "parliamentary election" a sentence holds.
        return named.length > 0 && named.filter(inContext).length * 2 >= named.length && k.name.split(/\s+/).every((w) => !EVENT_CLASS_SET.has(w) || hasWholeWord(text, w));
      });
      if (knownEvents.length === 1) {
        const k = knownEvents[0]!;
        const e = entities.get(k.id) ?? { id: k.id, type: k.type, name: k.name, aliases: [], description: null, wikidataId: k.wikidataId, linked: true, confidence: 0.5, rule: 'link-known-event-context' };
        if (!e.aliases.includes(noun) && noun !== e.name) e.aliases.push(noun);
        entities.set(k.id, e);
        continue;
      }
      const id = `${entityIdFor(noun)}-${articleHash}`;
      // The text's definite phrase for it is an alias: "the ceremony", like "the summit".
      const aliases = wholeWordOccurrences(allText, `the ${noun}`).length > 0 ? [`the ${noun}`] : [];
      if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: noun, aliases, description: null, wikidataId: null, linked: false, confidence: 0.4, rule: 'unnamed-event' });
    }
    // "the Tolva’s south pole": a region of the body named before it.
    if (polIn && text.includes('pole')) for (const m of text.matchAll(POLE_OF)) {
      const owner = entities.get(entityIdFor(m[1]!));
      if (!owner || owner.type !== 'REGION') continue;
      const id = `${entityIdFor(m[2]!)}-${articleHash}`;
      if (!entities.has(id)) entities.set(id, { id, type: 'REGION', name: m[2]!, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.6, rule: 'possessive-pole' });
    }
  }
}

/** A lower-case word and a space ending a text: a compass word before a name (compiled once). */
const COMPASS_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}[\p{L}\-]*) $/u;
/** The compass words that can make a region below (COMPASS_WORD_BEFORE reads a lower-case one; describesPart rules out "central", "…ern"); read once. */
let regionCompassWords: readonly string[] | undefined;
/**
 * The offsets of `text` right after one of those compass words and a space, rising, each once: the
 * only places where compassRegions can name a region, so a country's form is tried there alone
 * instead of at every whole-word occurrence the text has (same occurrences, in the same order).
 */
function afterCompassWords(text: string): number[] {
  regionCompassWords ??= [...COMPASS].filter((w) => /^\p{Ll}/u.test(w) && !describesPart(w));
  const starts: number[] = [];
  for (const w of regionCompassWords) {
    const needle = `${w} `;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at + needle.length);
  }
  // ("north-east " holds "east ": one offset, once)
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Phase 6: "north Peru": a compass word before a country makes a region of it. */
function compassRegions(s: ClusterState): void {
  const { allText, entities, addEntity } = s;
  // "north Peru": a compass word before a country makes a region of it.
  const starts = afterCompassWords(allText);
  if (starts.length === 0) return;
  for (const e of [...entities.values()]) {
    if (e.type !== 'COUNTRY') continue;
    for (const form of [e.name, ...e.aliases]) {
      for (const at of starts) {
        if (!allText.startsWith(form, at) || !isWholeWordAt(allText, at, at + form.length)) continue;
        // (A compass word and a space right before it, or nothing: its last letter is a-z.)
        const c = allText.charCodeAt(at - 2);
        if (allText.charCodeAt(at - 1) !== 32 || !(c >= 97 && c <= 122)) continue;
        const w = COMPASS_WORD_BEFORE.exec(allText.slice(Math.max(0, at - 16), at))?.[1];
        // "Tolvaburg, a city in central Peru": where a place lies is told, no region is named.
        if (w && COMPASS.has(w) && !describesPart(w) && !PLACE_LIES_IN.test(allText.slice(Math.max(0, at - w.length - 40), at - w.length - 1).trimEnd())) addEntity(`${w} ${form}`, { type: 'REGION', confidence: 0.8, rule: 'compass-region' });
      }
    }
  }
}

/** Phase 7: descriptions from appositions. */
function describeEntities(s: ClusterState): void {
  const { doc, sentences, occurrences, entities } = s;
  // Descriptions: the first apposition or title the text gives.
  // (The first entity, in the map's order, whose name or an alias is each string: built once, on
  // the first apposition, instead of a copy and a scan of the entities per apposition. This loop
  // sets descriptions only, so names and aliases do not change while it runs.)
  let firstHolder: Map<string, DocEntity> | undefined;
  const holderOf = (text: string): DocEntity | undefined => {
    if (!firstHolder) {
      firstHolder = new Map();
      for (const x of entities.values()) {
        if (!firstHolder.has(x.name)) firstHolder.set(x.name, x);
        for (const a of x.aliases) if (!firstHolder.has(a)) firstHolder.set(a, x);
      }
    }
    return firstHolder.get(text);
  };
  for (const [text, occ] of occurrences) {
    for (const o of occ) {
      const apposition = appositionAfter(o);
      if (!apposition) continue;
      const e = holderOf(text);
      if (e && e.description === null) e.description = apposition.text;
    }
  }
  for (const m of requireLayer(doc, 'mentions', 'link')) {
    const e = entities.get(m.entityId)!;
    if (e.description !== null) continue;
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const first = tokenStartingAt(sentence, m.start);
    const last = tokenEndingAt(sentence, m.end);
    if (first === -1 || last === -1) continue;
    const apposition = appositionAt(sentence, last);
    if (apposition) e.description = apposition.text;
  }
}

/** Phase 8: a model's family and its variant's short form. */
function modelFamilies(s: ClusterState): void {
  const { allText, entities, addEntity } = s;
  // "the Tolvex 480 Max 2" and "the 480 Max": the model without its variant number is the family,
  // a project of its own, named with its maker; the text's short form is its alias.
  for (const e of [...entities.values()]) {
    if (e.rule !== 'model-designation') continue;
    const family = MODEL_NAME.exec(e.name)?.[1];
    if (!family || family === e.name) continue;
    // "every Max 2 fitted with …": the variant by its name and number alone is the variant.
    const variant = words(e.name).slice(-2).join(' ');
    if (!e.aliases.includes(variant) && wholeWordOccurrences(allText, variant).length > 0) e.aliases.push(variant);
    const short = family.slice(family.indexOf(' ') + 1);
    const bare = wholeWordOccurrences(allText, short).some((at) => !/^ \d/.test(allText.slice(at + short.length, at + short.length + 2)));
    if (bare) addEntity(family, { type: 'PROJECT', confidence: 0.6, rule: 'model-family' }, short);
  }
}

/** Phase 9: a body owned by an organisation is an organisation. */
function bodiesOfOrganisations(s: ClusterState): void {
  const { occurrences, entities, allText } = s;
  // "the agency’s Emergency Committee", "Tolvex’s Audit Board": a body owned by an organisation is
  // the organisation's, no government's. The owner is a name, or "the <noun>" the text calls one
  // entity by (its head word or its apposition), when exactly one.
  for (const [text, occ] of occurrences) {
    const e = entities.get(entityIdFor(text));
    if (!e || e.type !== 'GOVERNMENT_BODY' || e.linked) continue;
    const owner = occ.map((o) => possessiveOwner(o, entities, allText)).find((x) => x !== undefined);
    if (owner?.type === 'ORGANIZATION') Object.assign(e, { type: 'ORGANIZATION', rule: 'body-of-organisation', confidence: Math.min(e.confidence, 0.7) });
  }
}

/** Phase 10: a series without its edition, games' names folded, a government body's part. */
function editionsAndParts(s: ClusterState): void {
  const { occurrences, entities } = s;
  // "the 2030 Pan Ocean Cup", "the 2034 Pan Ocean Cup" and "the Pan Ocean Cup": with two editions
  // named, the bare name is the series, no one edition; it is not taken as an event of its own.
  const editions = new Map<string, number>();
  for (const x of entities.values()) if (x.type === 'EVENT' && YEAR_PREFIX.test(x.name)) editions.set(x.name.slice(5), (editions.get(x.name.slice(5)) ?? 0) + 1);
  for (const e of [...entities.values()]) if (e.type === 'EVENT' && !e.linked && (editions.get(e.name) ?? 0) >= 2) entities.delete(e.id);
  foldGamesNames(entities);
  // "the Tolva Storm Centre, part of the Tolvan Weather Service": a government body's part is one.
  for (const [text, occ] of occurrences) {
    const e = entities.get(entityIdFor(text));
    if (e && e.type === 'ORGANIZATION' && !e.linked && e.name === text && occ.some((o) => partOfGovernmentBody(o, entities))) Object.assign(e, { type: 'GOVERNMENT_BODY', rule: 'part-of-government-body', confidence: Math.min(e.confidence, 0.75) });
  }
}

/** Phase 11: no string names two entities. */
function oneOwnerPerString(s: ClusterState): void {
  const { entities } = s;
  // No string may name two entities (the seed refuses it): the later, weaker claim gives it up.
  const owner = new Map<string, DocEntity>();
  for (const e of [...entities.values()].sort((a, b) => Number(b.linked) - Number(a.linked) || b.confidence - a.confidence || a.id.localeCompare(b.id))) {
    e.aliases = e.aliases.filter((a) => a !== e.name && !owner.has(a));
    for (const s of [e.name, ...e.aliases]) if (!owner.has(s)) owner.set(s, e);
    if (owner.get(e.name) !== e) entities.delete(e.id);
  }
}

/** Phase 12: the mentions of the entities by the seed's rule (an entity without one is dropped), in text order per field. */
function entityMentions(s: ClusterState): DocMention[] {
  const { article, sentences, entities } = s;
  // Mentions, by the seed's rule; an entity that wins no mention is dropped.
  const records = [...entities.values()].map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, description: e.description, wikidataId: e.wikidataId, proposal: { confidence: e.confidence, rule: e.rule } }));
  // Mentions are sorted by field, then start: each field's are collected apart and sorted by start
  // alone (a stable sort of each part, in the fields' order, is the stable sort of the whole).
  const byField = new Map<string, DocMention[]>(MENTION_FIELDS.map(({ field }) => [field, []]));
  const computed = computeMentions(article, records);
  const mentioned = new Set(computed.map((m) => m.entityId));
  for (const m of computed) {
    for (const span of m.spans) byField.get(span.field)!.push({ field: span.field, start: span.start, end: span.end, text: span.text, entityId: m.entityId, sentence: sentenceAt(sentences, span.field, span.start) });
  }
  for (const id of [...entities.keys()]) if (!mentioned.has(id)) entities.delete(id);
  const mentions: DocMention[] = [];
  for (const list of byField.values()) for (const m of list.sort((a, b) => a.start - b.start)) mentions.push(m);
  return mentions;
}

/** The `cluster` component: its phases in order, over the same data. */
export function cluster(doc: IngestDocument, known: KnownIndex): IngestDocument {
  const article = requireLayer(doc, 'article', 'parse');
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const cands = requireLayer(doc, 'candidates', 'candidates');
  const linked = new Map([...requireLayer(doc, 'entities', 'link')].map(([id, e]) => [id, { ...e, aliases: [...e.aliases] }]));
  const g = loadGazetteer();
  const occurrences = occurrencesOf(sentences, cands);
  const allText = [article.title, article.imageCaption ?? '', article.imageCredit ?? '', article.body].join('\n');
  const titleIn = titleTest(allText);
  const typed = typeForms(cands, occurrences, titleIn);
  // 2. Build entities; a form without a cue is kept only when it joins a person's name.
  const entities = new Map<string, DocEntity>(linked);
  const byCountry = new Map<string, DocEntity>();
  for (const e of linked.values()) {
    const c = e.type === 'COUNTRY' ? g.country(e.name) : undefined;
    if (c) byCountry.set(c.code, e);
  }
  const { addEntity, countryEntity } = entityAdders(known, allText, g, entities, byCountry);
  const s: ClusterState = { doc, article, sentences, known, g, linked, occurrences, allText, typed, entities, addEntity, countryEntity };
  const h = formHelpers(s);
  placePending(s, h, placeForms(s, h));
  projectAliases(s);
  placePartAliases(s.entities);
  honorificAliases(s);
  eventEntities(s);
  // Round 12: the match, the ceremony or the summit a report is about, its clubs and venue (event-names.ts).
  eventReports({ title: article.title, caption: article.imageCaption ?? '', sentences, allText, entities, idFor: (name) => `${entityIdFor(name)}-${article.id.slice('article:'.length, 'article:'.length + 8)}` });
  disasterReports({ title: article.title, allText, entities, idFor: (name) => `${entityIdFor(name)}-${article.id.slice('article:'.length, 'article:'.length + 8)}` }); // Round 12: disaster reports (disaster-names.ts).
  compassRegions(s);
  describeEntities(s);
  modelFamilies(s);
  bodiesOfOrganisations(s);
  editionsAndParts(s);
  oneOwnerPerString(s);
  // Round 13: "the earthquake" of a text that spells out a known event's descriptive name (event-links.ts).
  linkDescribedEvents({ sentences, allText, entities, known, g });
  retypeByPlace(entities, allText, g); // Round 14: dependencies, placed towns, parts of a country (entity-forms-r14.ts).
  retypeR15(entities, g); // Round 15: Greater <City>, towns the personal default typed (entity-forms-r15.ts).
  const mentions = entityMentions(s);
  return { ...doc, entities, mentions };
}

/**
 * Bodies written with their country before the name ("the UK Harbour Safety Authority"): stage
 * `candidates` names the body without the country, which stays a mention of its own right before
 * it. This reads that pair off the mentions, for the relation rules: body id → country id (the
 * body is that country's: PART_OF, or the office's country).
 */
export function countryPrefixes(doc: IngestDocument): ReadonlyMap<string, string> {
  const entities = requireLayer(doc, 'entities', 'cluster');
  const mentions = requireLayer(doc, 'mentions', 'cluster');
  const out = new Map<string, string>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [m, next] = [mentions[k]!, mentions[k + 1]!];
    if (m.field !== next.field || next.start !== m.end + 1 || entities.get(m.entityId)?.type !== 'COUNTRY') continue;
    const body = entities.get(next.entityId);
    if ((body?.type === 'GOVERNMENT_BODY' || body?.type === 'ORGANIZATION') && body.name.includes(' ') && !out.has(body.id)) out.set(body.id, m.entityId);
  }
  return out;
}
