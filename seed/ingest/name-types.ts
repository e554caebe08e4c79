/**
 * Type cues of stage `cluster` read from a name's words and the words around one occurrence
 * (name-kinds.ts adds them to its votes). Each is a pattern of ordinary news English, tested on
 * invented text (test/unit/ingest/cluster-name-types.test.ts); none names an entity:
 * - a person after an honorific that opens a sentence ("Mr Orvo said");
 * - a project or an event by the apposition after its acronym ("(TOT), a Tolvan space mission,");
 * - a news agency by its name ("… News Agency") or an apposition (", the state news agency,");
 * - a body of many states: an organ of a body of members ("the Tolvan Union Council") or a body
 *   opened by a continent's adjective ("the African Water Agency"): an organisation, as the keys'
 *   conventions type them;
 * - a national body by its country written before it ("the US Coastal Survey") or by a security
 *   force's word inside it ("Military Rescue Unit");
 * - a maker before the thing it made ("aboard a Tolvex rocket"): an organisation; the thing
 *   before its maker ("the iVox maker"): a product;
 * - a company's national arm: a name closed by a country ("Orvel UK");
 * - a product in lower camel case ("iVox");
 * - places: a place noun after the name or after names joined to it ("the Velma and Orvo regions",
 *   "Tolva province"); a compass word opening a two- or three-word name ("West Tolvania"); a state
 *   office the name holds ("Tolvania’s attorney general"); ", south of <Place>" after a name;
 * - "the 1950 Tolva earthquake": a year, a name and a disaster noun are an event; "the earthquake
 *   that struck Tolva": a disaster noun defined by what it struck names the article's disaster.
 * Every cue first looks at one or two tokens or a Set, so a sentence without its trigger costs little.
 */
import type { EntityType } from '../../src/generated/graphql';
import { DISASTER_NOUNS, HEAD_NOUNS, HONORIFICS, PLACE_NOUNS } from './cues';
import type { Token } from './document';
import type { NameOccurrence, NameVote } from './name-kinds';
import { spaceWords } from './form-words';
import { loadGazetteer } from './gazetteer';
import { tokenAt } from './token-at';
import { startsLower, startsUpper } from './letter-case';

const HEAD_TYPE = new Map<string, EntityType>();
for (const [type, ws] of HEAD_NOUNS) for (const w of ws) if (!HEAD_TYPE.has(w)) HEAD_TYPE.set(w, type);
/** The type of a name's head word: the word before its first "of"/"for"/"on", else its last. */
function headTypeOf(ws: readonly string[]): EntityType | undefined {
  const of = ws.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  return HEAD_TYPE.get(of > 0 ? ws[of - 1]! : ws[ws.length - 1]!);
}

/** Adjectives of continents and groups of states: a body they open serves many states. */
const CONTINENTAL = new Set(['European', 'African', 'Asian', 'Arab', 'Nordic', 'Pan-African', 'Pan-American', 'Inter-American', 'Pan-European']);
/** Head words of bodies of members: a government body's head after one names an organ of that body ("… Nations Security Council"). */
const MEMBERS_BODY_WORDS = new Set(['Nations', 'Union', 'Organisation', 'Organization', 'Alliance', 'Federation', 'Association', 'League']);
/** Capitalised words of a state's security forces inside a body's name. */
const FORCE_WORDS = new Set(['Military', 'Army', 'Navy', 'Police', 'Coastguard', 'Gendarmerie']);
/** Vehicles and craft a maker's name stands before ("a Tolvex rocket"). */
const MADE_THINGS = new Set(['rocket', 'rockets', 'satellite', 'spacecraft', 'capsule', 'aircraft', 'jet', 'jets', 'plane', 'planes', 'airliner', 'helicopter', 'drone', 'drones', 'car', 'cars', 'truck', 'lorry', 'tanker', 'vessel', 'engine', 'engines', 'vaccine']);
/** Nouns of a product's maker after the product's name ("the iVox maker"). */
const MAKER_NOUNS = new Set(['maker', 'manufacturer', 'developer']);
/** A product's lower camel-case name ("iVox"), and its plural. */
const LOWER_CAMEL = /^[ie]\p{Lu}\p{Ll}{2,}s?$/u;
/** Region nouns after a name, singular and plural ("Tolva province", "the Velma and Orvo regions"). */
const REGION_NOUNS = new Set(PLACE_NOUNS.filter(([type]) => type === 'REGION').flatMap(([, ws]) => ws).filter((w) => !['island', 'islands', 'peninsula', 'archipelago', 'territory'].includes(w)));
const PLURAL_REGION_NOUNS = new Set([...REGION_NOUNS].map((w) => (w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`)));
/** Capitalised compass words that open a region's name ("West Tolvania", "North Orvel"). */
const COMPASS_FIRST = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western']);
/** Offices of a state or province, after its possessive ("Tolvania’s attorney general"). */
const STATE_OFFICE = /^ (?:(?:new|former|acting)\s)?(?:attorney general|governor|legislature|state senate|state assembly|lieutenant governor)\b/;
/** Lower-case compass words of a relative location (", south of Velma"). */
const COMPASS_LOWER = /^(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)$/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const PERSON_WORD = /^\p{Lu}\p{Ll}+$/u;
const lower = (s: string | undefined) => s !== undefined && startsLower(s);

/** Whether the capitalised run ending at token k (a list's earlier names) opens after "in". */
function inListOpenedByIn(t: readonly Token[], k: number): boolean {
  for (let j = k, steps = 0; j >= 0 && steps < 16; j--, steps++) {
    const w = t[j]!.text;
    if (w === 'in') return true;
    if (!(startsUpper(w) || w === ',' || w === 'and')) return false;
  }
  return false;
}

/** Whether the capitalised run ending at token k is a place of the gazetteer ("Velma" in "in Velma and …"). */
function placeEndingAt(o: NameOccurrence, k: number): boolean {
  const t = o.sentence.tokens;
  const g = loadGazetteer();
  for (let j = k; j >= Math.max(0, k - 2) && startsUpper(t[j]!.text); j--) {
    const run = o.sentence.text.slice(t[j]!.start - o.sentence.start, t[k]!.end - o.sentence.start);
    if (g.isCity(run) || g.country(run) || g.isRegion(run)) return true;
  }
  return false;
}


/** Type votes of one occurrence (see the module comment), added to `votes`; `textVotes` asks for those of the name's words too. */
export function nameTypeVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[] = []): NameVote[] {
  const text = o.cand.text;
  const t = o.sentence.tokens;
  const ws = spaceWords(text);
  const g = loadGazetteer();
  if (textVotes) {
    if (text.endsWith(' Agency') && / (?:News|Press) Agency$/.test(text)) votes.push({ type: 'NEWS_AGENCY', confidence: 0.9, rule: 'news-agency-name' });
    const head = headTypeOf(ws);
    if (head === 'GOVERNMENT_BODY' && ws.length >= 3 && (ws.slice(0, -1).some((w) => MEMBERS_BODY_WORDS.has(w)) || CONTINENTAL.has(ws[0]!))) votes.push({ type: 'ORGANIZATION', confidence: 0.87, rule: 'body-of-many-states' });
    if (!head && ws.length >= 2 && ws.slice(0, -1).some((w) => FORCE_WORDS.has(w))) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.6, rule: 'security-force-body' });
    if ((text.charCodeAt(0) === 105 || text.charCodeAt(0) === 101) && LOWER_CAMEL.test(text)) votes.push({ type: 'PROJECT', confidence: 0.6, rule: 'lower-camel-product' });
    const last = ws[ws.length - 1]!;
    if (ws.length >= 2 && g.country(last) && /^[\p{Lu}][\p{L}]*$/u.test(ws[0]!) && !COMPASS_FIRST.has(ws[0]!) && !g.demonym(ws[0]!) && !g.country(ws[0]!) && !g.country(text) && !HEAD_TYPE.has(ws[0]!)) votes.push({ type: 'ORGANIZATION', confidence: 0.6, rule: 'national-arm' });
    if ((ws.length === 2 || ws.length === 3) && COMPASS_FIRST.has(ws[0]!) && ws.slice(1).every((w) => PERSON_WORD.test(w) && !HEAD_TYPE.has(w)) && !g.country(text)) votes.push({ type: 'REGION', confidence: 0.7, rule: 'compass-name' });
    if (ws.length >= 3 && YEAR.test(ws[0]!) && DISASTER_NOUNS.has(last)) votes.push({ type: 'EVENT', confidence: 0.88, rule: 'year-place-disaster' });
  }
  const b1 = tokenAt(t, o.first - 1)?.text;
  const a1 = t[o.last + 1];
  const a2 = t[o.last + 2];
  // "in Velma and Orvane d’Estel": a name of two words or more listed after "in" with a known place is a place.
  if ((b1 === 'and' || b1 === ',') && ws.length >= 2 && startsUpper(tokenAt(t, o.first - 2)?.text ?? '') && inListOpenedByIn(t, o.first - 2) && placeEndingAt(o, o.first - 2) && !g.country(text)) votes.push({ type: 'CITY', confidence: 0.5, rule: 'in-place-list' });
  // "Mr Orvo said" opening a sentence (where the honorific is not read as a name word).
  if (b1 !== undefined && HONORIFICS.has(b1) && o.cand.honorific === null) votes.push({ type: 'PERSON', confidence: 0.9, rule: 'after-honorific' });
  // "The Tolva Orbit Test (TOT), a NASA mission, …": the kind noun of an apposition after the acronym.
  if (a1?.text === '(' && t[o.last + 3]?.text === ')' && t[o.last + 4]?.text === ',' && ['a', 'an', 'the'].includes(t[o.last + 5]?.text ?? '')) {
    for (let k = o.last + 6; k < Math.min(t.length, o.last + 10); k++) {
      const w = t[k]!;
      const type = startsLower(w.text) ? HEAD_TYPE.get(w.text) : undefined;
      if (type === 'PROJECT' || type === 'EVENT') {
        votes.push({ type, confidence: 0.8, rule: 'apposition-after-acronym' });
        break;
      }
      if (type || w.pos === 'PUNCT' || w.pos === 'VERB') break;
    }
  }
  // ", the state news agency," after the name, or "the state news agency MAP" before it.
  if (a1?.text === ',' && (a2?.text === 'the' || a2?.text === 'a')) {
    for (let k = o.last + 3; k < Math.min(t.length - 1, o.last + 6); k++) {
      if (!lower(t[k]!.text)) break;
      if (t[k]!.text === 'news' && t[k + 1]!.text === 'agency') {
        votes.push({ type: 'NEWS_AGENCY', confidence: 0.9, rule: 'news-agency-apposition' });
        break;
      }
    }
  }
  if (b1 === 'agency' && tokenAt(t, o.first - 2)?.text === 'news') votes.push({ type: 'NEWS_AGENCY', confidence: 0.9, rule: 'news-agency-apposition' });
  // "the US Coastal Survey": a country's short form written before a body's name of three words or more.
  if (textVotes && ws.length >= 3 && (b1 === 'the' || b1 === 'The') && g.country(ws[0]!) && !g.demonym(ws[0]!) && !headTypeOf(ws) && ws.slice(1).every((w) => startsUpper(w))) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.6, rule: 'country-prefixed-body' });
  // "aboard a Tolvex rocket": a name between "a" and a vehicle is its maker.
  if ((b1 === 'a' || b1 === 'an') && a1 && a1.start === o.cand.end + 1 && MADE_THINGS.has(a1.text)) votes.push({ type: 'ORGANIZATION', confidence: 0.78, rule: 'maker-of-vehicle' });
  // "the iVox maker": what a maker is named by is its product (the maker is the entity before).
  if ((b1 === 'the' || b1 === 'The') && a1 && a1.start === o.cand.end + 1 && MAKER_NOUNS.has(a1.text) && !g.country(text) && !g.demonym(text)) votes.push({ type: 'PROJECT', confidence: 0.78, rule: 'product-before-maker' });
  if (a1 && a1.start === o.cand.end + 1) {
    // "Tolva province"; "the Velma and Orvo regions" (and the names joined before the plural noun).
    const after = a2 && startsLower(a2.text) && (a2.pos === 'NOUN' || a2.pos === 'ADJ');
    if (REGION_NOUNS.has(a1.text) && !after) votes.push({ type: 'REGION', confidence: g.isCity(text) ? 0.7 : 0.82, rule: 'region-noun-after' });
    else if (PLURAL_REGION_NOUNS.has(a1.text) && !after && tokenAt(t, o.first - 1)?.text === 'and') votes.push({ type: 'REGION', confidence: 0.85, rule: 'region-noun-after' });
  }
  if (a1?.text === 'and' || a1?.text === ',') {
    for (let k = o.last + 2; k < Math.min(t.length, o.last + 12); k++) {
      const w = t[k]!.text;
      if (PLURAL_REGION_NOUNS.has(w)) {
        const after = t[k + 1] && startsLower(t[k + 1]!.text) && (t[k + 1]!.pos === 'NOUN' || t[k + 1]!.pos === 'ADJ');
        if (!after && startsUpper(tokenAt(t, k - 1)!.text)) votes.push({ type: 'REGION', confidence: 0.85, rule: 'region-noun-after' });
        break;
      }
      if (!(w === ',' || w === 'and' || startsUpper(w))) break;
    }
  }
  // "Tolvania’s attorney general": what has a state's offices is a state or a province.
  if (a1 && (a1.text === '’s' || a1.text === "'s") && STATE_OFFICE.test(o.sentence.text.slice(a1.end - o.sentence.start, a1.end - o.sentence.start + 24))) votes.push({ type: 'REGION', confidence: 0.7, rule: 'state-office-owner' });
  // "in Orvane, south of Velma": a place told by where it lies from another.
  if (a1?.text === ',' && a2 && COMPASS_LOWER.test(a2.text) && t[o.last + 3]?.text === 'of' && startsUpper(t[o.last + 4]?.text ?? '') && !text.includes(' ')) votes.push({ type: 'CITY', confidence: 0.7, rule: 'relative-location' });
  kindContextVotes(o, textVotes, votes);
  return votes;
}

/** Lower-case nouns of a company's sites: "a Tolvex plant in Orvane", "Tolvex’s factory". */
const SITE_NOUNS = new Set(['plant', 'plants', 'factory', 'factories', 'complex', 'warehouse', 'warehouses', 'facility', 'facilities', 'refinery', 'smelter', 'mine', 'dealership', 'dealerships', 'store', 'stores', 'depot', 'headquarters', 'workforce', 'shareholders', 'shares']);
/** Lower-case nouns of the machines an operating system or a program runs on ("Tolvix computers"). */
const DEVICE_NOUNS = new Set(['computer', 'computers', 'machine', 'machines', 'device', 'devices', 'PC', 'PCs', 'laptop', 'laptops', 'server', 'servers', 'desktop', 'desktops']);
/** Words that open a list of examples after a plural kind noun ("carmakers such as A, B and C"). */
const EXAMPLE_OPENERS = new Set(['including', 'like']);
/** The singular forms a plural noun may have ("carmakers" → carmaker, "companies" → company). */
const singulars = (w: string) => (w.endsWith('ies') ? [`${w.slice(0, -3)}y`] : w.endsWith('es') ? [w.slice(0, -1), w.slice(0, -2)] : w.endsWith('s') ? [w.slice(0, -1)] : []);

/** Whether a token is a site noun (a module function: a closure made per occurrence costs a `__name` wrapper under tsx). */
function isSite(x: Token | undefined): boolean {
  return x !== undefined && SITE_NOUNS.has(x.text);
}

/** The form asked for last and whether the gazetteer knows it as a place or a people (a form's occurrences are voted on one after another). */
let lastPlaceForm = '';
let lastIsPlace = false;
function isPlaceName(text: string): boolean {
  if (text !== lastPlaceForm) {
    const g = loadGazetteer();
    lastIsPlace = g.country(text) !== undefined || g.isCity(text) || g.isRegion(text) || g.demonym(text) !== undefined;
    lastPlaceForm = text;
  }
  return lastIsPlace;
}

/**
 * Cues of round 8, each a pattern of ordinary news English:
 * - "Operation <Name>": a named (military, police, rescue) operation is an event;
 * - "<plural kind noun> such as / including / like A, B and C": each listed name is of that kind
 *   ("non-union carmakers such as Tolvex and Orvane": companies, whatever city shares the name);
 * - "a Tolvex plant", "a Tolvex assembly plant", "Tolvex’s factory": a name owning a site (or
 *   shares, a workforce) is a company's; no place or country has "a … plant";
 * - "computers running Tolvix", "machines running Orvex’s Tolvix": what machines run is a product
 *   (an operating system, a program), a PROJECT as the keys type products. "Tolvix computers"
 *   alone is no cue: a maker stands there as often ("Varnhold laptops").
 */
function kindContextVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[]): void {
  const t = o.sentence.tokens;
  const text = o.cand.text;
  const g = loadGazetteer();
  if (textVotes) {
    const ws = spaceWords(text);
    if (ws.length >= 2 && ws[0] === 'Operation' && ws.slice(1).every((w) => startsUpper(w))) votes.push({ type: 'EVENT', confidence: 0.9, rule: 'operation-name' });
  }
  const place = isPlaceName(text);
  // A list of names back to its opener: "such as", "including", "like".
  for (let k = o.first - 1, steps = 0; k > 0 && steps < 24; k--, steps++) {
    const w = t[k]!.text;
    const opener = EXAMPLE_OPENERS.has(w) ? k : w === 'as' && tokenAt(t, k - 1)?.text === 'such' ? k - 1 : -1;
    if (opener !== -1) {
      const noun = tokenAt(t, opener - 1)?.text ?? '';
      const type = /^\p{Ll}+s$/u.test(noun) ? singulars(noun).map((x) => HEAD_TYPE.get(x)).find((x) => x !== undefined) : undefined;
      if (type && type !== 'EVENT' && !(type === 'COUNTRY' && !g.country(text))) votes.push({ type, confidence: 0.9, rule: 'listed-examples-of-kind' });
      break;
    }
    if (!(w === ',' || w === 'and' || w === 'or' || startsUpper(w))) break;
  }
  const b1 = tokenAt(t, o.first - 1)?.text;
  const a1 = t[o.last + 1];
  const a2 = t[o.last + 2];
  if (!place && a1) {
    const article = b1 === 'a' || b1 === 'an';
    const joined = a1.start === o.cand.end + 1;
    if ((article && joined && (isSite(a1) || (/^\p{Ll}+$/u.test(a1.text) && a1.pos === 'NOUN' && isSite(a2)))) || ((a1.text === '’s' || a1.text === "'s") && isSite(a2))) votes.push({ type: 'ORGANIZATION', confidence: 0.86, rule: 'site-owner' });
  }
  if (!place) {
    // "computers running Tolvix", "machines running Orvex’s Tolvix".
    const running = b1 === 'running' || ((b1 === '’s' || b1 === "'s") && tokenAt(t, o.first - 3)?.text === 'running');
    // (Not "Tolvix computers" alone: a maker stands there as often, "Varnhold laptops".)
    if (running && DEVICE_NOUNS.has(tokenAt(t, o.first - (b1 === 'running' ? 2 : 4))?.text ?? '')) votes.push({ type: 'PROJECT', confidence: 0.86, rule: 'run-by-machines' });
  }
}

/** The disaster nouns of DEFINED_DISASTER. */
const DEFINED_DISASTER_NOUNS = ['earthquake', 'quake', 'tsunami', 'eruption', 'floods', 'landslide', 'wildfire', 'wildfires'];
/** "the earthquake that struck …": a disaster noun with a defining clause of what it did (group 1). */
const DEFINED_DISASTER = new RegExp(`\\b[Tt]he\\s+(${DEFINED_DISASTER_NOUNS.join('|')})\\s+(?:that|which)\\s+(?:struck|hit|killed|devastated|shook|swept|ravaged|destroyed|flattened|rocked|engulfed)\\b`, 'gu');

/**
 * Whether a text may name a defined disaster at all: one of DEFINED_DISASTER's nouns stands in it
 * (`has` is the text's `includes`). Without one, definedDisasters finds nothing in any of its
 * sentences (each is a part of the text), so the caller may skip it for each.
 */
export function mayDefineDisasters(has: (s: string) => boolean): boolean {
  return DEFINED_DISASTER_NOUNS.some(has);
}

/**
 * Disasters a sentence names by a noun and a defining clause ("the earthquake that struck Tolva's
 * mountains"): the article's own disaster, an event named by its noun (stage cluster's described
 * events). A named storm is left to its name ("the storm that hit …" is "Hurricane Ilsa").
 */
export function definedDisasters(text: string): Array<{ phrase: string; noun: string }> {
  if (!text.includes(' that ') && !text.includes(' which ')) return [];
  return [...text.matchAll(DEFINED_DISASTER)].map((m) => ({ phrase: m[1]!, noun: m[1]! }));
}

/** A negation within the three words before a match: "did not hold a ceremony", "never attended the gala". */
const NEGATED_BEFORE = /\b(?:not|never|n[’']t|no longer)\s+(?:\S+\s+){0,2}$/u;

/** Whether the phrase at `index` of `text` is negated ("did not hold a medal ceremony": no event was held). */
export function negatedBefore(text: string, index: number): boolean {
  return NEGATED_BEFORE.test(text.slice(Math.max(0, index - 30), index));
}
