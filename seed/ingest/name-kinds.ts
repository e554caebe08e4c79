/**
 * Entity rules of stage `cluster` that read the shape of a name and the words around it: named
 * storms, editions of games, waters and built landmarks, products, glosses in parentheses, and the
 * capitalised words that name nothing (a scale's "Category 5", a movement's adherents, the words of
 * a quoted title). Each is a pattern of ordinary news English, tested on invented text
 * (test/unit/ingest/cluster-name-kinds.test.ts); none names an entity. Every test first looks at
 * one or two tokens or a Set, so a sentence without its trigger costs almost nothing.
 */
import type { EntityType } from '../../src/generated/graphql';
import { ADHERENT_PLURAL, BRAND_WORD, COMMON_ACRONYMS, COMPASS_ADJECTIVES, EDITION_NOUNS, FOREIGN_VENUE_FIRST, LANDMARK_AREA_LAST, NAME_KIND_NOUNS, NATURAL_AFTER, ORGANISATION_ROLE_NOUNS, PART_OF_BODY, PRODUCT_VERBS, SCALE_WORDS, SEAT_VERBS, STORM_NAME, WATERWAY_AFTER, WATERWAY_BEFORE, HEAD_NOUNS } from './cues';
import type { Candidate, DocEntity, Sentence } from './document';
import { spaceWords } from './form-words';
import { loadGazetteer } from './gazetteer';
import { hyphenatedNameVotes, modelCodeVotes, prizeFieldVotes, selfStatementVotes, townVotes } from './name-forms';
import { nameTypeVotes } from './name-types';
import { tokenAt } from './token-at';
import { startsLower, startsUpper } from './letter-case';
import { workTitleVotes } from './work-titles';
import { facilityVotes } from './facility-names';
import { securityBodyVotes } from './security-bodies';

/** One occurrence of a candidate in its sentence (cluster.ts's Occurrence has this shape). */
export interface NameOccurrence {
  readonly cand: Candidate;
  readonly sentence: Sentence;
  /** Token indices of the candidate's first and last token. */
  readonly first: number;
  readonly last: number;
}

export interface NameVote {
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

const YEAR = /^(?:1[89]|20)\d\d$/;
/** Capitalised head nouns of government bodies ("Congress", "Parliament"). */
const BODY_HEADS = new Set(HEAD_NOUNS.filter(([type]) => type === 'GOVERNMENT_BODY').flatMap(([, ws]) => ws.filter((w) => startsUpper(w))));
/** Offices of an organisation after its possessive: " secretary general", " chief executive". */
const OWNED_OFFICES = /^ (?:(?:new|former|acting|interim|deputy)\s)?(?:secretary[- ]general|chief executive|chief operating officer|chairman|chairwoman|director[- ]general)\b/;
const YEAR_PREFIX = /^(?:1[89]|20)\d\d /;
const QUOTE_OPEN = new Set(['“', '"', '‘', '«']);
const QUOTE_CLOSE = new Set(['”', '"', '’', '»']);
/** A quoted title or phrase is short; a longer quotation is speech, whose names are names. */
const QUOTED_TITLE_MAX_TOKENS = 8;
const words = (text: string) => text.split(' ');
const lower = (s: string | undefined) => s !== undefined && startsLower(s);
/** Whether a word starts with an ASCII digit (what `\d` reads). */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}
/** `/^[’']s$/.test(w)` without the regex. */
const isPossessiveS = (w: string | undefined): boolean => w === '’s' || w === "'s";

/** "Category 5", "Level 4", "Article 5": a classifier before a number is a scale, no name. */
function isScale(text: string, occ: readonly NameOccurrence[]): boolean {
  return SCALE_WORDS.has(text) && occ.every((o) => /^\d{1,3}[A-Za-z]?$/.test(o.sentence.tokens[o.last + 1]?.text ?? ''));
}

/**
 * Whether the occurrence stands inside a short quoted phrase with no comma or full stop in it: a
 * work's title (“Song à la mer”) or a scare-quoted word, not a quotation of speech.
 */
function insideShortQuote(o: NameOccurrence): boolean {
  const t = o.sentence.tokens;
  let open = -1;
  for (let k = o.first - 1; k >= Math.max(0, o.first - QUOTED_TITLE_MAX_TOKENS); k--) {
    const w = t[k]!.text;
    if (QUOTE_OPEN.has(w) && (w !== '"' || k === 0 || tokenAt(t, k - 1)!.end < t[k]!.start)) {
      open = k;
      break;
    }
    if (QUOTE_CLOSE.has(w) || w === ',' || w === '.') return false;
  }
  if (open === -1) return false;
  for (let k = o.last + 1; k < Math.min(t.length, open + QUOTED_TITLE_MAX_TOKENS + 2); k++) {
    const w = t[k]!.text;
    // (an apostrophe inside a word, "l’amour", is no closing quote)
    if (QUOTE_CLOSE.has(w) && !(w === '’' && t[k + 1]?.start === t[k]!.end && tokenAt(t, k - 1)?.end === t[k]!.start)) return true;
    if (w === ',' || w === '.' || w === ':' || w === ';') return false;
  }
  return false;
}

/** Votes that only say "a capitalised word" (no cue read the text as a name of some kind). */
const WEAK_RULES = new Set(['lone-proper-noun', 'acronym', 'capitalised-name', 'named-speaker', 'proper-name-no-person-evidence']);

/**
 * Capitalised forms that name nothing: a scale ("Category 5"), the adherents of a movement or a
 * person ("the Tolvists", like "opposition parties" an unnamed group), and a word seen only inside
 * a short quoted title (“Chanson à Tolva”) unless a cue types it.
 */
export function namesNothing(text: string, occ: readonly NameOccurrence[], vote: NameVote | undefined): boolean {
  if (isScale(text, occ)) return true;
  const weak = !vote || WEAK_RULES.has(vote.rule);
  if (!weak) return false;
  if (!text.includes(' ') && ADHERENT_PLURAL.test(text)) return true;
  if (COMMON_ACRONYMS.has(text)) return true;
  return occ.every(insideShortQuote);
}

/**
 * "the Olympics", "Games" alone that joined no edition (stage cluster asks after looking for its
 * owner): the noun of a series, never an organisation, so no entity unless a cue types it.
 */
export function bareEditionNoun(text: string, vote: NameVote | undefined): boolean {
  return (!vote || WEAK_RULES.has(vote.rule)) && EDITION_NOUNS.has(text.toLowerCase());
}

/**
 * Votes from the name's shape and the words right around it:
 * - a named storm ("Hurricane Ilsa", "Tropical Storm Boro", "Typhoon Kemi") is an event;
 * - "the 2030 Games", "Tolvan Games", "Summer Games": an edition of games is an event;
 * - a built landmark's area ("… Garden", "… Square") is a region; a stadium named in its own
 *   language ("Stade de Tolva", "Estadio …") a project, like any stadium;
 * - waters: "along the Varna", "the banks of the Varna", "the eastern Tolvic", "the Tolvic coast";
 * - a product: "the company behind TolvaChat", "Tolvex released VoxPad", a brand's spelling alone;
 * - a kind noun before a name that only such nouns type: "the video streaming service Zapp".
 */
/**
 * Whether a code unit from the fifth on is an ASCII capital or not ASCII: what BRAND_WORD needs
 * (a capital after a capital and three small letters), read without the pattern.
 */
/** The first letters of STORM_NAME's words: Tropical, Super, Severe, Post-, Hurricane, Typhoon, Cyclone, Storm, Depression. */
const STORM_FIRST = new Set([...'TSPHCD'].map((c) => c.charCodeAt(0)));

/** The lengths of the edition nouns (a word lower-cased into ASCII keeps its length). */
const EDITION_LENGTHS = new Set([...EDITION_NOUNS].map((w) => w.length));

function capitalFromFifth(text: string): boolean {
  for (let i = 4; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

export function nameShapeVotes(o: NameOccurrence, textVotes: boolean, votes: NameVote[] = []): NameVote[] {
  const text = o.cand.text;
  const t = o.sentence.tokens;
  const ws = spaceWords(text);
  const lastWord = ws[ws.length - 1]!;
  if (textVotes) {
    // (The pattern opens with one of these capitals: any other first letter is no storm's name.)
    const storm = STORM_FIRST.has(text.charCodeAt(0)) ? STORM_NAME.exec(text) : null;
    // (a bare "Storm" also starts given names: weaker than an apposition calling it a person)
    if (storm) votes.push({ type: 'EVENT', confidence: text.startsWith('Storm ') ? 0.7 : 0.92, rule: 'named-storm' });
    if (ws.length >= 2 && EDITION_LENGTHS.has(lastWord.length) && EDITION_NOUNS.has(lastWord.toLowerCase()) && startsUpper(lastWord)) {
      // "the 2030 Games", "Summer Games", "Tolvan Games" (an adjective of a people, a faith or a season).
      const adjective = YEAR.test(ws[0]!) || /(?:ic|an|ian|ean|ese)$/.test(ws[ws.length - 2]!) || loadGazetteer().demonym(ws[ws.length - 2]!) !== undefined;
      if (adjective) votes.push({ type: 'EVENT', confidence: YEAR.test(ws[0]!) ? 0.8 : 0.7, rule: 'games-edition' });
    }
    if (ws.length >= 2 && LANDMARK_AREA_LAST.has(lastWord)) votes.push({ type: 'REGION', confidence: 0.8, rule: 'landmark-area' });
    if (ws.length >= 3 && FOREIGN_VENUE_FIRST.has(ws[0]!) && startsLower(ws[1]!)) votes.push({ type: 'PROJECT', confidence: 0.8, rule: 'foreign-venue' });
    if (capitalFromFifth(text) && !text.includes(' ') && BRAND_WORD.test(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.45, rule: 'brand-spelling' });
  }
  const b1 = tokenAt(t, o.first - 1)?.text;
  const b2 = tokenAt(t, o.first - 2)?.text;
  const a1 = t[o.last + 1];
  const beforeNoun = a1 !== undefined && lower(a1.text) && a1.start === o.cand.end + 1 && (a1.pos === 'NOUN' || a1.pos === 'ADJ');
  if (b1 === 'the' || b1 === 'The') {
    // "sailed along the Varna", "the banks of the Varna": a river, a sea or a strait.
    if (b2 !== undefined && (WATERWAY_BEFORE.has(b2) || (b2 === 'of' && WATERWAY_BEFORE.has(`${tokenAt(t, o.first - 3)?.text ?? ''} of`))) && !beforeNoun) votes.push({ type: 'REGION', confidence: 0.7, rule: 'waterway-context' });
  } else if (b1 !== undefined && COMPASS_ADJECTIVES.has(b1) && (b2 === 'the' || b2 === 'The') && !beforeNoun) {
    // "the eastern Tolvic": an area of a sea, a continent or a range (a country's part is "eastern Tolva", no article).
    votes.push({ type: 'REGION', confidence: 0.7, rule: 'compass-area' });
  }
  // "the Tolvic coast", "the Varna basin": a lower-case shore noun after the name (not "coast guard").
  if (a1 && WATERWAY_AFTER.has(a1.text) && a1.start === o.cand.end + 1 && t[o.last + 2]?.pos !== 'NOUN') votes.push({ type: 'REGION', confidence: 0.65, rule: 'waterway-context' });
  // "the Tolva river", "the Orvel valley": a natural feature (stronger than a town of that name).
  if (a1 && NATURAL_AFTER.has(a1.text) && a1.start === o.cand.end + 1) votes.push({ type: 'REGION', confidence: 0.85, rule: 'natural-feature-noun' });
  // "the Civic Union, led by Ana Ruiz,", "the Civic Union won 72 seats": a party or another organisation.
  const a2 = t[o.last + 2]?.text;
  if ((a1?.text === ',' && a2 === 'led' && t[o.last + 3]?.text === 'by') || (a1?.text === 'led' && a2 === 'by')) votes.push({ type: 'ORGANIZATION', confidence: 0.65, rule: 'led-by' });
  if (a1 && SEAT_VERBS.has(a1.text) && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)$/.test(a2 ?? '') && /^seats?$/.test(t[o.last + 3]?.text ?? '')) votes.push({ type: 'ORGANIZATION', confidence: 0.7, rule: 'won-seats' });
  // "the Tolva City manager", "the Tolvex founder": a team's or a company's role after its name.
  if (a1 && ORGANISATION_ROLE_NOUNS.has(a1.text) && a1.start === o.cand.end + 1 && (b1 === 'the' || b1 === 'The')) votes.push({ type: 'ORGANIZATION', confidence: 0.6, rule: 'organisation-role' });
  // "In Tolvaria, the party lost": a name opening the sentence after "In" and before a comma is a place.
  if (b1 === 'In' && o.first === 1 && a1?.text === ',' && !text.includes(' ')) votes.push({ type: 'REGION', confidence: 0.5, rule: 'in-place-opening' });
  // "Orvex, Tolvex and Zapp are among …": a sentence's first word that opens a list of names is a name.
  if (o.cand.initial && a1?.text === ',' && startsUpper(a2 ?? '') && t[o.first]!.pos === 'PROPN' && t.slice(o.last + 3, o.last + 9).some((w, j) => w.text === 'and' && startsUpper(t[o.last + 4 + j]?.text ?? ''))) votes.push({ type: 'ORGANIZATION', confidence: 0.35, rule: 'initial-in-list' });
  // "Tolvex’s VoxPad": a brand-spelled name owned by a name is its product.
  if (isPossessiveS(b1) && startsUpper(b2 ?? '') && ws.some((w) => BRAND_WORD.test(w))) votes.push({ type: 'PROJECT', confidence: 0.6, rule: 'owned-product' });
  // "beat Orvel United 2-0": a name with a score after it is a team.
  if (a1 && startsWithDigit(a1.text) && (/^\d{1,2}[-–]\d{1,2}$/.test(a1.text) || (/^\d{1,2}$/.test(a1.text) && /^[-–]$/.test(a2 ?? '') && /^\d{1,2}$/.test(t[o.last + 3]?.text ?? '') && t[o.last + 3]!.start === t[o.last + 2]!.end))) votes.push({ type: 'ORGANIZATION', confidence: 0.6, rule: 'team-score' });
  // "Congress stalled", "Parliament voted": a body's head noun alone, without "the", is that body.
  if (textVotes && ws.length === 1 && !o.cand.initial && BODY_HEADS.has(text)) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.6, rule: 'bare-body-head' });
  // "Tolvex’s secretary general, Ana Ruiz": what has a secretary general or a chief executive is an organisation (a country's name says so first).
  if (a1 && isPossessiveS(a1.text) && !text.includes(' ') && OWNED_OFFICES.test(o.sentence.text.slice(a1.end - o.sentence.start, a1.end - o.sentence.start + 30))) votes.push({ type: 'ORGANIZATION', confidence: 0.5, rule: 'office-owner' });
  // "the company behind TolvaChat": what a company is behind is its product.
  if (b1 === 'behind' && b2 !== undefined && NAME_KIND_NOUNS.get(b2) === 'ORGANIZATION') votes.push({ type: 'PROJECT', confidence: 0.7, rule: 'product-behind-maker' });
  // "Tolvex released VoxPad": a brand-spelled name released or launched is a product (a person
  // released from jail has no capital inside a word).
  if (b1 !== undefined && PRODUCT_VERBS.has(b1) && ws.some((w) => BRAND_WORD.test(w) || /\d/.test(w))) votes.push({ type: 'PROJECT', confidence: 0.65, rule: 'released-product' });
  // "the video streaming service Zapp": a kind noun, a determiner within three words before it.
  const kindNoun = b1 !== undefined && lower(b1) ? NAME_KIND_NOUNS.get(b1) : undefined;
  if (kindNoun && tokenAt(t, o.first - 1)!.pos === 'NOUN') {
    for (let j = o.first - 2; j >= Math.max(0, o.first - 5); j--) {
      const w = t[j]!;
      if (/^(?:the|a|an|its|their|his|her)$/i.test(w.text) || /^[’']s?$/.test(w.text)) {
        votes.push({ type: kindNoun, confidence: 0.8, rule: 'preceding-kind-noun' });
        break;
      }
      if (!['ADJ', 'NOUN', 'PROPN', 'VERB'].includes(w.pos) && w.text !== '-') break;
    }
  }
  nameTypeVotes(o, textVotes, votes);
  workTitleVotes(o, votes);
  facilityVotes(o, votes);
  securityBodyVotes(o, textVotes, votes);
  hyphenatedNameVotes(o, textVotes, votes);
  modelCodeVotes(o, textVotes, votes);
  townVotes(o, votes);
  prizeFieldVotes(o, textVotes, votes);
  selfStatementVotes(o, votes);
  return votes;
}

/**
 * The entity a form is another name of, read from how the text writes it:
 * - a gloss or translation in parentheses right after a name that is no person's: "Tolva Avanza
 *   (Tolva Forward)" (after a person the parentheses hold a party: "Omar Vance (Civic Pact)");
 * - a storm's name alone: "Ilsa" after "Hurricane Ilsa";
 * - an edition noun with "the": "the Games" for the one edition of the text that carries no year.
 */
export function namedFormOwner(text: string, occ: readonly NameOccurrence[], entities: ReadonlyMap<string, DocEntity>): DocEntity | undefined {
  if (occ.every((o) => tokenAt(o.sentence.tokens, o.first - 1)?.text === '(' && o.sentence.tokens[o.last + 1]?.text === ')')) {
    const o = occ[0]!;
    const before = o.sentence.text.slice(0, tokenAt(o.sentence.tokens, o.first - 1)!.start - o.sentence.start).trimEnd();
    const owners = [...entities.values()].filter((e) => e.type !== 'PERSON' && e.name !== text && before.endsWith(e.name) && !/[\p{L}\p{N}]/u.test(before[before.length - e.name.length - 1] ?? ''));
    if (owners.length > 0) return owners.sort((a, b) => b.name.length - a.name.length)[0];
  }
  // "iVoxes", "Orbiters": the plural of a product's name is another name of it.
  if (!text.includes(' ') && text.endsWith('s')) {
    const singulars = [text.slice(0, -1), text.replace(/es$/, '')];
    // (the first such entity in the map's order, read in place: no copy of the entities per form)
    for (const e of entities.values()) if (e.type === 'PROJECT' && singulars.includes(e.name)) return e;
  }
  if (text.includes(' ')) {
    // "the Tolva Institute" for "the Tolva Institute of Marine Science": a name without its "of …" or "for …".
    // (one pass over the entities, no copy of them or of the two prefixes per entity)
    const ofForm = `${text} of `;
    const forForm = `${text} for `;
    let longer: DocEntity | undefined;
    for (const e of entities.values()) {
      if (e.type === 'PERSON' || e.type === 'COUNTRY' || !(e.name.startsWith(ofForm) || e.name.startsWith(forForm))) continue;
      if (longer) return undefined;
      longer = e;
    }
    return longer;
  }
  const stormTail = ` ${text}`;
  let storm: DocEntity | undefined;
  let storms = 0;
  for (const e of entities.values()) if (e.type === 'EVENT' && e.rule === 'named-storm' && e.name.endsWith(stormTail)) (storm = e), storms++;
  if (storms === 1) return storm;
  if (EDITION_NOUNS.has(text.toLowerCase()) && occ.every((o) => o.cand.definite)) {
    const editions = [...entities.values()].filter((e) => e.type === 'EVENT' && !YEAR_PREFIX.test(e.name) && [e.name, ...e.aliases].some((s) => s.endsWith(` ${text}`)));
    if (editions.length === 1) return editions[0];
  }
  return undefined;
}

/**
 * "the Tolva Olympics" and "the Olympic Games": a games' name in "-ic Games" and one in "-ics"
 * name one edition when the text has exactly one of the latter without a year; the "-ics" name
 * (the one that says where) stays, the other becomes its alias with its own aliases.
 */
export function foldGamesNames(entities: Map<string, DocEntity>): void {
  for (const e of [...entities.values()]) {
    if (e.type !== 'EVENT' || e.linked) continue;
    const ws = words(e.name);
    if (ws.length !== 2 || !EDITION_NOUNS.has(ws[1]!.toLowerCase()) || !/ic$/.test(ws[0]!)) continue;
    const plural = `${ws[0]}s`;
    const into = [...entities.values()].filter((x) => x !== e && x.type === 'EVENT' && !YEAR_PREFIX.test(x.name) && (x.name === plural || x.name.endsWith(` ${plural}`)));
    if (into.length !== 1) continue;
    const target = into[0]!;
    for (const s of [e.name, ...e.aliases]) if (s !== target.name && !target.aliases.includes(s)) target.aliases.push(s);
    entities.delete(e.id);
  }
}

/**
 * "The Tolva Storm Centre (TSC) in Varna, part of the Tolvan Weather Service": a body that the
 * text makes part of a government body is a government body too (an organisation's centre would
 * be part of an organisation). Read on the sentence text right after the occurrence.
 */
export function partOfGovernmentBody(o: NameOccurrence, entities: ReadonlyMap<string, DocEntity>): boolean {
  const s = o.sentence;
  const after = s.text.slice(o.cand.end - s.start, o.cand.end - s.start + 120);
  if (!after.includes(' of ')) return false;
  const m = PART_OF_BODY.exec(after);
  if (!m) return false;
  const run = m[1]!.trim();
  return [...entities.values()].some((e) => e.type === 'GOVERNMENT_BODY' && e.name.includes(' ') && run.endsWith(e.name));
}

/** "southern Tolva", "central Tolva": a compass adjective before a country describes a part of it, names none. */
export const describesPart = (word: string): boolean => /(?:ern|^central)$/i.test(word);
