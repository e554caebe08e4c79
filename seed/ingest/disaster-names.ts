/**
 * Round 12: the disaster an article reports, named in full, takes the text's short forms as aliases
 * (a phase of stage `cluster`, after the events).
 *
 * - An EVENT whose name closes with a disaster noun ("2031 Orsk Valley earthquake", "the 2031 Tolva
 *   eruption") is the article's own disaster when the headline names it by a shorter form of that
 *   name: capitalised words of the name right before the noun ("Orsk earthquake kills 40"). That
 *   short form, the bare noun ("the earthquake") and, for an earthquake, "quake" (and the reverse)
 *   become its aliases where the text writes them, so "the quake that struck …" speaks of it.
 * - Not when the text has another event of that noun (an unnamed "earthquake" of its own, or two
 *   named earthquakes): the bare noun is then no one event's. Not for a name the headline does not
 *   shorten ("Quake hits Orsk" beside "the 1990 Tolva earthquake": an earlier disaster).
 *
 * - "Signal fault blamed after train crash in Orsk kills 40": a headline's crash of a train, a plane,
 *   a bus or a ferry is the article's EVENT, named by its noun ("crash", the fixtures' convention
 *   for an unnamed occasion), when the body speaks of "the crash" and no flight or other crash is an
 *   event of the text (a flight's crash is the flight's).
 *
 * Every rule reads a construction class, never a name: the name is whatever the text writes.
 */
import type { DocEntity } from './document';
import { wholeWordOccurrences } from '../mentions';

/** The nouns that close a disaster's name, each with the nouns the text may use for it. */
const DISASTER_NOUN_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['earthquake', ['earthquake', 'quake']],
  ['quake', ['quake', 'earthquake']],
  ['eruption', ['eruption']],
  ['tsunami', ['tsunami']],
  ['landslide', ['landslide']],
  ['wildfire', ['wildfire']],
  ['wildfires', ['wildfires']],
  ['floods', ['floods']],
]);

const YEAR = /^\d{4}$/u;

export interface DisasterAliasInput {
  readonly title: string;
  readonly allText: string;
  readonly entities: ReadonlyMap<string, DocEntity>;
}

export interface DisasterReportInput extends DisasterAliasInput {
  readonly entities: Map<string, DocEntity>;
  /** The id of an event of this article only (its name and the article's hash). */
  readonly idFor: (name: string) => string;
}

/** The rule name of the crash events this phase adds. */
export const HEADLINE_CRASH_RULE = 'headline-crash';
/** "train crash", "plane crash", "triple train crash": a vehicle's crash in a headline. */
const VEHICLE_CRASH = /\b(?:train|rail|plane|air|jet|bus|coach|ferry|boat|helicopter|airliner)\s+(?:crash|collision|disaster)\b/iu;

/** The phases of this module in order (the one hook of stage `cluster`). */
export function disasterReports(input: DisasterReportInput): void {
  disasterAliases(input);
  countedPlaceTypes(input.allText, input.entities);
  headlineCrash(input);
}

/** The crash a headline reports, as the article's EVENT "crash" (see the module comment). */
function headlineCrash(input: DisasterReportInput): void {
  const { title, allText, entities, idFor } = input;
  if (!VEHICLE_CRASH.test(title)) return;
  const body = allText.slice(title.length);
  if (wholeWordOccurrences(body, 'the crash').length === 0) return;
  const events = [...entities.values()].filter((e) => e.type === 'EVENT');
  if (events.some((e) => /\b(?:Flight|flight|crash|collision)\b/u.test([e.name, ...e.aliases].join(' ')))) return;
  const id = idFor('crash');
  if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: 'crash', aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.45, rule: HEADLINE_CRASH_RULE });
}

/** The words of a name, split at spaces. */
const wordsOf = (name: string) => name.split(/\s+/u).filter((w) => w.length > 0);

/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;
/** Adds the short forms of the article's named disaster as its aliases (see the module comment). */
export function disasterAliases(input: DisasterAliasInput): void {
  const { title, allText, entities } = input;
  const events = [...entities.values()].filter((e) => e.type === 'EVENT');
  for (const [noun, forms] of DISASTER_NOUN_FORMS) {
    if (!title.toLowerCase().includes(noun)) continue;
    // The events the text's bare noun could name: any whose name or alias ends with one of its forms.
    const claims = events.filter((e) => [e.name, ...e.aliases].some((n) => forms.includes(wordsOf(n).pop()?.toLowerCase() ?? '')));
    if (claims.length !== 1) continue;
    const event = claims[0]!;
    const ws = wordsOf(event.name);
    if (ws.length < 2 || ws[ws.length - 1]!.toLowerCase() !== noun) continue;
    const named = new Set(ws.slice(0, -1).filter((w) => !YEAR.test(w) && OPENS_UPPER.test(w)));
    if (named.size === 0) continue;
    // The headline's words right before the noun, each a capitalised word of the name ("Orsk earthquake").
    const m = new RegExp(String.raw`\b(?:${noun[0]!.toUpperCase()}|${noun[0]!})${noun.slice(1)}\b`, 'u').exec(title);
    if (!m) continue;
    const before: string[] = [];
    for (const w of wordsOf(title.slice(0, m.index)).reverse()) {
      if (!named.has(w)) break;
      before.unshift(w);
    }
    if (before.length === 0 || before.length > 3) continue;
    const short = `${before.join(' ')} ${m[0]}`;
    for (const alias of [short, ...forms]) {
      if (alias === event.name || event.aliases.includes(alias)) continue;
      if (wholeWordOccurrences(allText, alias).length > 0) event.aliases.push(alias);
    }
  }
}

/** "A and B, two cities …", "A, B and C, three towns …": places named in a list and then counted by their kind. */
const NAME = String.raw`\p{Lu}[\p{L}\-’']*(?:\s\p{Lu}[\p{L}\-’']*){0,2}`;
const COUNTED_PLACES = new RegExp(String.raw`(?<![\p{L}\-’'])((?:${NAME},\s+)*${NAME}\s+and\s+${NAME}),\s+(?:two|three|four|five|both)\s+(?:cities|towns|villages|ports)\b`, 'gu');
const COUNTED_CUE = /,\s+(?:two|three|four|five|both)\s+(?:cities|towns|villages|ports)\b/u;
/** "A, a town of about 3,000 people": a place counted by its people. */
const PEOPLED_PLACE = new RegExp(String.raw`(?<![\p{L}\-’'])(${NAME}),\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:city|town|village|port)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d,.]+(?:\s+(?:thousand|million))?\s+(?:people|residents|inhabitants)\b`, 'gu');

/**
 * PEOPLED_PLACE's tail from its kind noun on (a whitespace stands before that noun in every match of
 * it, so `\b` holds there): without it the pattern, which backtracks over every capitalised word of the
 * text, cannot match; "the city of Lima" alone no longer sends the text through it. Same matches.
 */
const PEOPLED_CUE = /\b(?:city|town|village|port)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d,.]+(?:\s+(?:thousand|million))?\s+(?:people|residents|inhabitants)\b/u;

/**
 * A name the text gives no cue for (a weak guess, rule `lone-proper-noun`) is a city when a list of
 * it and others is counted as places right after ("A and B, two cities on the coast"). A linked or
 * cued entity keeps its type. So is a name counted by its people ("A, a town of about 3,000 people").
 */
export function countedPlaceTypes(allText: string, entities: ReadonlyMap<string, DocEntity>): void {
  // Each pattern backtracks over every capitalised word of the text, so it runs only where its count phrase is there.
  const counted = COUNTED_CUE.test(allText);
  const peopled = PEOPLED_CUE.test(allText);
  if (!counted && !peopled) return;
  const byName = new Map([...entities.values()].map((e) => [e.name, e]));
  for (const m of [...(counted ? allText.matchAll(COUNTED_PLACES) : []), ...(peopled ? allText.matchAll(PEOPLED_PLACE) : [])]) {
    for (const name of m[1]!.split(/,\s+|\s+and\s+/u)) {
      const e = byName.get(name);
      if (e && !e.linked && e.rule === 'lone-proper-noun' && e.type === 'ORGANIZATION') {
        e.type = 'CITY';
        e.rule = 'counted-place-list';
      }
    }
  }
}
