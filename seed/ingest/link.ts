/**
 * Stage `link`: mentions of the entities the graph already holds (the known set: the seed files
 * of seed/data/ by default, or `--known <dir>`), found with the seed's own mention rules
 * (seed/mentions.ts: case-sensitive, whole words, longest first, no overlaps).
 *
 * The known names are indexed by their first word, so a field is read once, word by word, and
 * only the names starting with that word are tried: the cost grows with the text, not with the
 * number of known entities. Only proper names link: a known alias that starts lower-case or with a
 * determiner ("war", "the Peruvian leader", "The meeting") describes the entity in *its* article and
 * would mislink in another; a capital, which one article uses for the city and another for its
 * country's government ("in Lima", "Lima has offered …"), is left to the metonym rule (stage
 * `cluster`), which decides from each occurrence and then links to the known city or country.
 */
import type { EntityType } from '../../src/generated/graphql';
import { MENTION_FIELDS, fieldText, isWholeWordAt, placeLongestFirst } from '../mentions';
import type { SeedFile } from '../schema';
import { FUNCTION_WORDS, HEAD_NOUNS } from './cues';
import type { DocEntity, DocMention, IngestDocument, Sentence } from './document';
import { requireLayer } from './document';
import { companionsOf } from './companions';
import { featureNotKnownEntity } from './entity-forms-r13';
import { loadGazetteer } from './gazetteer';
import { loadPertainyms, pertainymForms } from './pertainyms';

export interface KnownEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly wikidataId: string | null;
  /** Name and aliases across all known files. */
  readonly strings: readonly string[];
}

export interface KnownIndex {
  readonly size: number;
  /** Known entity by id. */
  readonly byId: ReadonlyMap<string, KnownEntity>;
  /** Candidate strings by their first word, longest first. */
  readonly byFirstWord: ReadonlyMap<string, ReadonlyArray<{ text: string; entityId: string }>>;
  /** The entities each known entity is named with in its known files (seed/ingest/companions.ts). */
  readonly companions: ReadonlyMap<string, ReadonlySet<string>>;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * First words that never open a name that links elsewhere, even before capitalised words: pronouns
 * and possessives ("His Majesty", "Her Government" name someone else in another article) and the
 * honorific of a surname ("Mr Kim" is whichever Kim that article is about).
 */
const REFERRING_WORDS: ReadonlySet<string> = new Set(['It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Mr']);

/** A word of a linkable name: capitalised (or a number, or opening a quote) or a short connector. */
const NAME_WORD = /^[\p{Lu}\p{N}“"‘']/u;
const CONNECTOR = /^(?:of|the|and|for|de|la|du|von|van|der|al|el|bin)$/;

/** Whether a known string may link in another article (a proper name, see the module comment). */
export function isLinkable(text: string): boolean {
  const first = FIRST_WORD.exec(text)?.[0];
  if (!first || first !== text.slice(0, first.length)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return false;
  const words = text.split(/\s+/);
  // A word that also opens sentences ("New", "The", "To") links only as the start of a longer name
  // whose other words are all capitalised: "New York", "The Hague", "To Lam", never "New" or "The meeting".
  if (FUNCTION_WORDS.has(first)) return words.length > 1 && !REFERRING_WORDS.has(first) && words.slice(1).every((w) => NAME_WORD.test(w));
  // Every word is capitalised or a short connector ("Bridge of Tolva 3", "Department of the Interior").
  return words.every((w) => NAME_WORD.test(w) || CONNECTOR.test(w));
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A capital first (compiled once: a literal in a function is rebuilt per call in the bundle). */
const OPENS_UPPER = /^\p{Lu}/u;

/**
 * The short forms of a name that writes its opening words as their initials: "United Nations
 * Security Council" is also "UN Security Council", "United States Geological Survey" "US Geological
 * Survey". The initials stand for the first two or three capitalised words, and what follows them
 * must itself start a name ("United States Department of the Treasury" → "US Department of the
 * Treasury", never "USD of the Treasury"). A short form goes into the index like an alias, so one
 * that two known entities share is ambiguous and never linked.
 */
export function initialismForms(name: string): string[] {
  const words = name.split(' ');
  const forms: string[] = [];
  for (const k of [2, 3]) {
    if (words.length <= k || !CAPITALISED_WORD.test(words[k - 1]!) || !CAPITALISED_WORD.test(words[0]!)) break;
    if (k === 3 && !CAPITALISED_WORD.test(words[1]!)) break;
    if (!OPENS_UPPER.test(words[k]!)) continue;
    forms.push(`${words.slice(0, k).map((w) => w[0]).join('')} ${words.slice(k).join(' ')}`);
  }
  return forms;
}

/** The capitalised head nouns of government bodies ("Court", "Council", "Parliament"; cues.ts). */
const BODY_HEADS: ReadonlySet<string> = new Set(HEAD_NOUNS.find(([type]) => type === 'GOVERNMENT_BODY')![1].filter((w) => /^\p{Lu}/u.test(w)));

/**
 * Whether `alias` is its entity's name cut before the words that say whose body it is: "Supreme
 * Court" of "Supreme Court of Bangladesh", "High Court" of "High Court Division of Bangladesh",
 * "Parliament" of "Parliament of Kenya" — the name's opening words, ending in a government body's
 * head noun — and the head noun alone ("Parliament" of "European Parliament"). Such an alias names the body in its own article, where the owner is plain, and another
 * country's body in the next: it never links through the index, only where the article's context
 * points to the entity (stage `cluster`, seed/ingest/companions.ts).
 */
export function isContextualAlias(alias: string, name: string): boolean {
  if (alias === name) return false;
  // The head noun alone ("Parliament" of "European Parliament") is as bare, wherever it stands.
  if (BODY_HEADS.has(alias)) return true;
  if (!name.startsWith(alias) || name.charCodeAt(alias.length) !== 32) return false;
  return BODY_HEADS.has(alias.slice(alias.lastIndexOf(' ') + 1));
}

/** Builds the index from seed files (the first file in the list defines id, type, name, Wikidata id). */
export function buildKnownIndex(files: readonly SeedFile[]): KnownIndex {
  const byId = new Map<string, { entity: KnownEntity; strings: Set<string> }>();
  for (const file of files) {
    for (const e of file.entities) {
      const entry = byId.get(e.id) ?? { entity: { id: e.id, type: e.type, name: e.name, wikidataId: e.wikidataId, strings: [] }, strings: new Set<string>() };
      for (const s of [e.name, ...e.aliases]) entry.strings.add(s);
      byId.set(e.id, entry);
    }
  }
  const gazetteer = loadGazetteer();
  const owners = new Map<string, Set<string>>();
  const own = (s: string, id: string) => {
    const set = owners.get(s) ?? new Set<string>();
    set.add(id);
    owners.set(s, set);
  };
  const contextual = new Set<string>();
  for (const { entity, strings } of byId.values()) {
    for (const s of strings) {
      if (!isLinkable(s)) continue;
      // A capital is decided per occurrence (city or government), never by another article's use.
      if (gazetteer.capitalOf(s)) continue;
      own(s, entity.id);
      // (owned, so that another entity's same string stays ambiguous, but never linked alone)
      if (isContextualAlias(s, entity.name)) contextual.add(`${s}\u0000${entity.id}`);
      for (const short of initialismForms(s)) if (!strings.has(short)) own(short, entity.id);
    }
  }
  // The same described names written with the noun their adjective pertains to, and back ("Lunar
  // south pole" → "the Moon’s south pole"; seed/ingest/pertainyms.ts): a form that is some other
  // known entity's own string (in any case) stays that entity's, and one derived for two entities
  // is ambiguous like any shared string. Only a described name ("<adjective> <lower-case head>")
  // asks WordNet anything, so most known sets cost a few lookups.
  const derived = new Map<string, Set<string>>();
  const pertainyms = loadPertainyms();
  const ownersOfFolded = new Map<string, Set<string>>();
  for (const { entity, strings } of byId.values()) {
    for (const s of strings) {
      const set = ownersOfFolded.get(s.toLowerCase()) ?? new Set<string>();
      set.add(entity.id);
      ownersOfFolded.set(s.toLowerCase(), set);
    }
  }
  for (const { entity, strings } of byId.values()) {
    for (const s of strings) {
      if (s !== entity.name && !isLinkable(s)) continue;
      for (const form of pertainymForms(s, pertainyms, s === entity.name && entity.type === 'REGION')) {
        // Another known entity's own string, in any case ("Lunar gateway" vs "Moon’s gateway" as two entities): never crossed.
        if (owners.has(form) || strings.has(form) || [...(ownersOfFolded.get(form.toLowerCase()) ?? [])].some((id) => id !== entity.id)) continue;
        const set = derived.get(form) ?? new Set<string>();
        set.add(entity.id);
        derived.set(form, set);
      }
    }
  }
  for (const [form, ids] of derived) owners.set(form, ids);
  const byFirstWord = new Map<string, Array<{ text: string; entityId: string }>>();
  for (const [text, ids] of owners) {
    if (ids.size > 1) continue; // one string, two known entities: ambiguous, never linked
    if (contextual.has(`${text}\u0000${[...ids][0]!}`)) continue; // an owner-less alias: stage `cluster` decides from context
    const first = FIRST_WORD.exec(text)![0];
    const list = byFirstWord.get(first) ?? [];
    list.push({ text, entityId: [...ids][0]! });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const known = new Map([...byId].map(([id, { entity, strings }]) => [id, { ...entity, strings: [...strings] }]));
  return { size: known.size, byId: known, byFirstWord, companions: companionsOf(files) };
}

/** A letter or digit (one code point): a word of a text is a maximal run of them. */
const WORD_POINT = /^[\p{L}\p{N}]$/u;

/** Per code unit of the Basic Multilingual Plane: 1 a letter or digit, 2 not, 0 not read yet. */
const WORD_UNITS = new Uint8Array(0x10000);

/**
 * How many code units of `text` at `i` make one letter or digit (1, 2 for an astral one), 0 when the
 * character there is neither: what `/[\p{L}\p{N}]+/gu` reads as a word, read from the codes
 * without a regex match per word. ASCII answers from its code; any other unit is tested once per
 * distinct character and remembered.
 */
function wordUnitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_POINT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let kind = WORD_UNITS[code]!;
  if (kind === 0) WORD_UNITS[code] = kind = WORD_POINT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/** The first code units of an index's words, so a word that starts no known string is never copied out. */
const firstUnits = new WeakMap<KnownIndex, Set<number>>();

function firstUnitsOf(index: KnownIndex): Set<number> {
  let units = firstUnits.get(index);
  if (!units) {
    units = new Set();
    for (const word of index.byFirstWord.keys()) units.add(word.charCodeAt(0));
    firstUnits.set(index, units);
  }
  return units;
}

/** Whole-word occurrences of known strings in `text`, via the index (unplaced: overlaps remain). */
export function findKnown(index: KnownIndex, text: string): Array<{ start: number; end: number; text: string; entityId: string }> {
  const hits: Array<{ start: number; end: number; text: string; entityId: string }> = [];
  const units = firstUnitsOf(index);
  // The words, in order: each maximal run of letters and digits.
  let i = 0;
  while (i < text.length) {
    const first = wordUnitsAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    i += first;
    while (i < text.length) {
      const n = wordUnitsAt(text, i);
      if (n === 0) break;
      i += n;
    }
    if (!units.has(text.charCodeAt(start))) continue;
    const candidates = index.byFirstWord.get(text.slice(start, i));
    if (!candidates) continue;
    for (const c of candidates) {
      if (text.startsWith(c.text, start) && isWholeWordAt(text, start, start + c.text.length)) {
        hits.push({ start, end: start + c.text.length, text: c.text, entityId: c.entityId });
      }
    }
  }
  return hits;
}

/** The sentences of each field, in text order (stage `segment` places them so), per document. */
const sentencesByField = new WeakMap<readonly Sentence[], Map<string, Sentence[]>>();

/**
 * The sentence of a field that holds offset `at` (its index, or -1). A field's sentences rise and
 * do not overlap, so a binary search over them answers what a scan of all sentences would.
 */
export function sentenceAt(sentences: readonly Sentence[], field: string, at: number): number {
  let byField = sentencesByField.get(sentences);
  if (!byField) {
    byField = new Map();
    for (const x of sentences) {
      const list = byField.get(x.field);
      if (list) list.push(x);
      else byField.set(x.field, [x]);
    }
    sentencesByField.set(sentences, byField);
  }
  const list = byField.get(field);
  if (!list) return -1;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = list[mid]!;
    if (at < x.start) hi = mid - 1;
    else if (at >= x.end) lo = mid + 1;
    else return x.index;
  }
  return -1;
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Parts of speech of a word that a preceding adjective modifies ("American carmakers", "American-made", "American Boeing"). */
const MODIFIED_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * A known one-word string that is a country's demonym ("American" for American Airlines, "United"
 * is none) standing as a modifier before a noun: "the big American carmakers" names the country's
 * carmakers, not the airline that the other article called "American". Only where it stands alone
 * as a name ("flights on American were cancelled", "American said …") does it link. Decided from
 * the next word's part of speech (stage `segment`), or a hyphen joined to it ("American-built").
 */
export function isDemonymModifier(hit: { start: number; end: number; text: string }, text: string, field: string, sentences: readonly Sentence[]): boolean {
  if (hit.text.includes(' ') || !loadGazetteer().demonym(hit.text)) return false;
  if (text[hit.end] === '-' || text[hit.end] === '‑') return true;
  const at = sentenceAt(sentences, field, hit.start);
  if (at === -1) return false;
  const sentence = sentences[at]!;
  const i = sentence.tokens.findIndex((t) => t.field === field && t.start >= hit.end);
  const next = sentence.tokens[i];
  if (!next) return false;
  if (/^[\p{L}\p{N}]/u.test(next.text) && MODIFIED_POS.has(next.pos) && !COORDINATORS.has(next.text)) return true;
  // Coordinated modifiers: "American and British warships", "American, British and French troops".
  const after = sentence.tokens[i + 1];
  return (COORDINATORS.has(next.text) || next.text === ',') && after !== undefined && (after.pos === 'ADJ' || loadGazetteer().demonym(after.text) !== undefined);
}

/** The `link` component. */
export function link(doc: IngestDocument, known: KnownIndex): IngestDocument {
  const article = requireLayer(doc, 'article', 'parse');
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const entities = new Map<string, DocEntity>();
  const mentions: DocMention[] = [];
  for (const { field } of MENTION_FIELDS) {
    const text = fieldText(article, field);
    for (const hit of placeLongestFirst(findKnown(known, text).filter((h) => !isDemonymModifier(h, text, field, sentences) && !featureNotKnownEntity(h, text, known.byId.get(h.entityId)!.type)))) {
      const k = known.byId.get(hit.entityId)!;
      const entity = entities.get(k.id) ?? {
        id: k.id, type: k.type, name: k.name, aliases: [], description: null, wikidataId: k.wikidataId,
        linked: true, confidence: 0.9, rule: 'link-known-alias',
      };
      if (hit.text !== k.name && !entity.aliases.includes(hit.text)) entity.aliases.push(hit.text);
      if (hit.text === k.name) entity.confidence = 0.95;
      entities.set(k.id, entity);
      mentions.push({ field, start: hit.start, end: hit.end, text: hit.text, entityId: k.id, sentence: sentenceAt(sentences, field, hit.start) });
    }
  }
  for (const e of entities.values()) if (e.confidence === 0.95) e.rule = 'link-known-name';
  const order = MENTION_FIELDS.map((f) => f.field);
  mentions.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || a.start - b.start);
  return { ...doc, entities, mentions };
}
