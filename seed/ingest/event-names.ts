/**
 * Round 12: the match an article reports, as an EVENT (a phase of stage `cluster`).
 *
 * - A final named by its competition or its year: "in the Tolva Cup final at …", "the 2031 final
 *   in Lima", "the Orsk League final." → an EVENT named by that phrase without "the" ("Tolva Cup
 *   final", "2031 final"). The phrase must stand as a noun (punctuation, a preposition or a verb
 *   after it: not "the Tolva Cup final whistle"); a plural ("finals") is no one event.
 * - The final of a match report that never names it: the headline or the first paragraph gives a
 *   score ("beating Peru 3-1", "a 2-2 draw") and the text says "the final" → an EVENT named
 *   "final", with the alias "match" when the text says "the match" (the fixtures' convention for an
 *   unnamed occasion: its noun). Only when no named final stands in the headline, the caption or
 *   the first paragraph.
 *
 * Every rule reads a construction class, never a name: the competition's name is whatever the text
 * writes before "final".
 */
import type { DocEntity, Sentence } from './document';
import { wholeWordOccurrences } from '../mentions';
import { escapeRegExp } from './reg-exp';

/** The rule names of the entities this phase adds (the relation rules of round 12 read them). */
export const NAMED_FINAL_RULE = 'named-final';
export const UNNAMED_FINAL_RULE = 'unnamed-final';
export const UNNAMED_RITE_RULE = 'unnamed-rite';
export const AWARDS_CEREMONY_RULE = 'awards-ceremony';

/** Ceremonies a person is the subject of: the article's rite when its front names it. */
const RITE_NOUNS = ['coronation', 'inauguration', 'funeral', 'wedding', 'investiture', 'enthronement'];
/** A named prize-giving night: "the 71st Tolva Film Awards", "the Orsk Music Prizes". */
const AWARDS_NAME = /\b(?:Awards|Prizes|Oscars|Emmys|Grammys|Baftas|Gala)$/u;


/** What may follow a final used as a noun. */
const AFTER_NOUN = String.raw`(?=\s*[,.;:)!?\u2014\u2013]|\s*$|\s+(?:at|in|on|against|with|between|was|is|were|had|has|have|for|and|but|when|which|where|after|before|to|from|ended|began|kicked|went|took)\b)`;
/** "the <Capitalised words or a year> final": the words are the competition or the edition. */
const NAMED_FINAL = new RegExp(String.raw`\b[Tt]he\s+((?:(?:\p{Lu}[\p{L}\-]*|\d{4})\s+){1,4}final)${AFTER_NOUN}`, 'gu');
/** A bare "the final" used as a noun. */
const BARE_FINAL = new RegExp(String.raw`\b[Tt]he\s+(?:\p{Ll}+est\s+)?final(?:${AFTER_NOUN}|\s+(?:ever|\p{Ll}+ed)\b)`, 'u');
/** A score between two sides, as a match report's headline or first paragraph gives it. */
const SCORE = /\b(?:beat|beats|beating|beaten|won|win|wins|winning|lost|losing|drew|draw|defeated|defeating)\b[^.;]{0,60}?\b\d{1,2}[-\u2013]\d{1,2}\b|\b\d{1,2}[-\u2013]\d{1,2}\s+(?:win|victory|draw|defeat)\b/u;
/** A round before the final: its report's "the final" is the match to come. */
const EARLIER_ROUND = /\b(?:semi-?finals?|quarter-?finals?|round\s+of\s+(?:16|sixteen|32)|group\s+stage|qualifier|play-?off)\b/iu;
/** Words that open a sentence but name nothing ("The", "In"): never the competition's first word. */
const NOT_A_NAME = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'Last', 'This', 'That', 'Their', 'His', 'Her', 'Its']);

export interface FinalsInput {
  readonly title: string;
  readonly caption: string;
  /** The body's sentences, in order. */
  readonly sentences: readonly Sentence[];
  readonly allText: string;
  readonly entities: Map<string, DocEntity>;
  /** The id an unnamed event gets: its slug and the article's hash. */
  readonly idFor: (name: string) => string;
}

/** The first paragraph's first sentence of the body (the lead). */
function leadOf(sentences: readonly Sentence[]): string {
  return sentences.find((s) => s.field === 'BODY')?.text ?? '';
}

/** Adds the finals the text names, or the one final its match report never names. */
export function finalEvents(input: FinalsInput): void {
  const { title, caption, sentences, allText, entities, idFor } = input;
  if (!allText.includes('final')) return;
  const named = new Map<string, number>();
  for (const s of sentences) {
    if (!s.text.includes('final')) continue;
    for (const m of s.text.matchAll(NAMED_FINAL)) {
      const name = m[1]!;
      const first = name.split(/\s+/u)[0]!;
      if (NOT_A_NAME.has(first)) continue;
      named.set(name, (named.get(name) ?? 0) + 1);
    }
  }
  const taken = (name: string) => [...entities.values()].some((e) => e.name === name || e.aliases.includes(name));
  for (const name of named.keys()) {
    if (taken(name)) continue;
    const id = idFor(name);
    if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.6, rule: NAMED_FINAL_RULE });
  }
  const lead = leadOf(sentences);
  const front = `${title}\n${caption}\n${lead}`;
  if ([...named.keys()].some((name) => front.includes(name))) return;
  if (!SCORE.test(`${title}\n${lead}`) || !BARE_FINAL.test(allText)) return;
  // A semi-final's report names the final it leads to: that final is not the match reported.
  if (EARLIER_ROUND.test(`${title}\n${lead}`)) return;
  if (taken('final')) return;
  const id = idFor('final');
  const aliases = wholeWordOccurrences(allText, 'the match').length > 0 ? ['match'] : [];
  if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: 'final', aliases, description: null, wikidataId: null, linked: false, confidence: 0.45, rule: UNNAMED_FINAL_RULE });
}

export type RitesInput = FinalsInput;

/**
 * Ceremonies an article reports.
 * - A rite the headline, the caption or the first sentence names by its noun ("after the
 *   coronation", "the first inauguration since …") and the text names with "the" → an EVENT named by
 *   the noun (as the unnamed events of cluster.ts), when no event of the text already holds it.
 * - A prize-giving night the front names ("at the 71st Tolva Awards"): when the text also refers
 *   to "the ceremony" (an unnamed event of cluster.ts), that is the night: one entity, alias
 *   "ceremony". (Its edition's ordinal is left out of the name: "at the 71st …" would then read as
 *   a place of the person before it.)
 */
export function riteEvents(input: RitesInput): void {
  const { title, caption, sentences, allText, entities, idFor } = input;
  const front = `${title}\n${caption}\n${leadOf(sentences)}`;
  for (const noun of RITE_NOUNS) {
    if (!front.includes(noun) || wholeWordOccurrences(allText, `the ${noun}`).length === 0) continue;
    if ([...entities.values()].some((e) => e.type === 'EVENT' && (e.name.toLowerCase().includes(noun) || e.aliases.includes(noun)))) continue;
    const id = idFor(noun);
    entities.set(id, { id, type: 'EVENT', name: noun, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.45, rule: UNNAMED_RITE_RULE });
  }
  const nights = [...entities.values()].filter((e) => e.type === 'EVENT' && !e.linked && AWARDS_NAME.test(e.name) && front.includes(e.name));
  if (nights.length !== 1) return;
  const night = nights[0]!;
  const unnamed = [...entities.values()].find((e) => e.type === 'EVENT' && e.rule === 'unnamed-event' && e.name === 'ceremony');
  if (unnamed) {
    entities.delete(unnamed.id);
    if (!night.aliases.includes('ceremony')) night.aliases.push('ceremony');
    night.rule = AWARDS_CEREMONY_RULE;
  }
}

/** Words that name a football club, not a person: "Orvel City", "Tolva Rovers", "Sporting Orsk". */
const CLUB_WORDS = new Set(['City', 'FC', 'AFC', 'CF', 'SC', 'Athletic', 'Atlético', 'Rovers', 'Wanderers', 'Albion', 'Borussia', 'Sporting', 'Inter', 'Dynamo', 'Dinamo', 'Olympique', 'Racing', 'Hotspur', 'Rangers', 'Athletico', 'Calcio', 'Olympiacos', 'Lokomotiv', 'Spartak']);
/** A player's or a coach's position, after the club's possessive: "Tolva’s goalkeeper", "Orsk’s long-serving forward". */
export const POSITION_NOUNS = String.raw`(?:goalkeeper|keeper|defender|right-back|left-back|full-back|centre-back|center-back|midfielder|forward|striker|winger|playmaker|coach|head\s+coach|manager|assistant\s+coach)`;

/** The parts of the side pattern around the name (see writtenAsSide), each compiled once and run sticky. */
const SIDE_SCORE = String.raw`\s+\d{1,2}[-\u2013]\d{1,2}\b`;
const BOUNDARY = /\b/uy;
const WON_BEATING_AFTER = new RegExp(String.raw`\s+(?:won|beat|beats|defeated|thrashed|edged)\b[^.;]{0,80}?,\s+(?:beating|defeating)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${SIDE_SCORE}`, 'uy');
const BEAT_AFTER = new RegExp(String.raw`\s+(?:beat|beats|defeated|thrashed|edged)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${SIDE_SCORE}`, 'uy');
const BEATEN_BEFORE = /(?<=\b(?:beating|beat|defeated|defeating)\s+)/uy;
const SCORE_AFTER = new RegExp(SIDE_SCORE, 'uy');
const POSITION_AFTER = new RegExp(String.raw`[’']s\s+(?:[\p{Ll}\-]+\s+)?${POSITION_NOUNS}\b`, 'uy');
const AGAINST_BEFORE = /(?<=\bagainst\s+)/uy;

/** The one pattern, for the empty name (which stands everywhere). */
function sidePattern(name: string, town: boolean): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(String.raw`(?:\b${n}\s+(?:won|beat|beats|defeated|thrashed|edged)\b[^.;]{0,80}?,\s+(?:beating|defeating)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${SIDE_SCORE}|\b${n}\s+(?:beat|beats|defeated|thrashed|edged)\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}?\p{Lu}[\p{L}\-]*${SIDE_SCORE}|\b(?:beating|beat|defeated|defeating)\s+${n}${SIDE_SCORE}|\b${n}[’']s\s+(?:[\p{Ll}\-]+\s+)?${POSITION_NOUNS}\b${town ? String.raw`|\bagainst\s+${n}\b` : ''})`, 'u');
}

const stickyAt = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};

/**
 * Whether `name` stands in `text` as a side of a match: a score after it as the winner ("Orvel beat
 * Tolva 2-1", "Orvel won the cup …, beating Tolva 2-0") or the loser ("beating Orvel 3-0"), a
 * player's position it owns ("Orvel’s goalkeeper"), or, for a town's name, "against" it. Exactly
 * the test of the one pattern `\b<name>\s+(?:won|beat…)…|…|\bagainst\s+<name>\b` over the text,
 * read at each place the name stands (every branch holds the name literally), with the parts before
 * and after it compiled once instead of one pattern per name.
 */
export function writtenAsSide(text: string, name: string, town: boolean): boolean {
  if (name === '') return sidePattern(name, town).test(text);
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (stickyAt(BOUNDARY, text, i) && (stickyAt(WON_BEATING_AFTER, text, end) || stickyAt(BEAT_AFTER, text, end) || stickyAt(POSITION_AFTER, text, end))) return true;
    if (stickyAt(BEATEN_BEFORE, text, i) && stickyAt(SCORE_AFTER, text, end)) return true;
    if (town && stickyAt(AGAINST_BEFORE, text, i) && stickyAt(BOUNDARY, text, end)) return true;
  }
  return false;
}

/**
 * The sides of a match report (only where finalEvents found a final): a name typed a person or a
 * town for want of a cue is a club when a score follows it as a side ("Orvel beat Tolva 2-1",
 * "beating Orvel 3-0", "Orvel won the cup …, beating Tolva 2-0"; a town's name also "the winner
 * against Tolva"), when it owns a player's position ("Orvel’s
 * goalkeeper"), or when a club word is in it ("Orvel United"). A town's or a capital's name that is
 * the last word of such a club ("Dortmund" of "Borussia Dortmund" style names) and never follows
 * "in" is the club's short form, not the place.
 */
export function clubSides(input: FinalsInput): void {
  const { allText, entities } = input;
  if (![...entities.values()].some((e) => e.rule === NAMED_FINAL_RULE || e.rule === UNNAMED_FINAL_RULE)) return;
  // A side: a score right after it ("beating Orvel 2-0", "Orvel beat Tolva 3-1"), "against" it (a
  // town's name only: "who beat Ana Ruiz" is a player), or a player's position it owns.
  const side = (name: string, town: boolean) => writtenAsSide(allText, name, town);
  for (const e of [...entities.values()]) {
    if (e.linked || e.type === 'ORGANIZATION') continue;
    const personLike = e.type === 'PERSON' && e.rule === 'capitalised-name';
    const townLike = e.type === 'CITY' && e.rule === 'gazetteer-city';
    if (!personLike && !townLike) continue;
    const clubWord = personLike && e.name.split(/\s+/u).some((w) => CLUB_WORDS.has(w)) && e.name.includes(' ');
    // A name the text writes with an honorific is a person's (a tennis final's sides are players).
    if (e.aliases.some((a) => /^(?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame)\.?\s/u.test(a))) continue;
    if (clubWord || [e.name, ...e.aliases].some((form) => side(form, townLike))) {
      e.type = 'ORGANIZATION';
      e.rule = 'match-side';
    }
  }
  // A player typed for want of a cue ("Rodri" a lone name, "slipped in Ana Ruiz" a place after
  // "in"): a person where a player's apposition, an age or "who" follows the name.
  const personAfter = (form: string) => new RegExp(String.raw`\b${escapeRegExp(form)},\s+(?:(?:their|his|her|its|the|\p{Lu}[\p{L}\-]*[’']s)\s+(?:[\p{Ll}\-]+\s+)?${POSITION_NOUNS}\b|\d{2},|who\s)`, 'u').test(allText);
  const players: DocEntity[] = [];
  for (const e of [...entities.values()]) {
    if (e.linked || !((e.type === 'ORGANIZATION' && e.rule === 'lone-proper-noun') || (e.type === 'CITY' && e.rule === 'in-place'))) continue;
    if (!personAfter(e.name)) continue;
    e.type = 'PERSON';
    e.rule = 'match-player';
    players.push(e);
  }
  // "Vinícius"-style given name alone and the full name of one player: one person.
  for (const e of players) {
    if (e.name.includes(' ')) continue;
    const full = [...entities.values()].filter((x) => x.type === 'PERSON' && x.id !== e.id && x.name.startsWith(`${e.name} `));
    if (full.length !== 1) continue;
    entities.delete(e.id);
    if (!full[0]!.aliases.includes(e.name)) full[0]!.aliases.push(e.name);
  }
  const clubs = [...entities.values()].filter((e) => e.type === 'ORGANIZATION' && e.name.includes(' '));
  for (const e of [...entities.values()]) {
    if (e.linked || e.name.includes(' ')) continue;
    if (!(e.type === 'CITY' && e.rule === 'gazetteer-city') && !(e.type === 'COUNTRY' && e.rule === 'capital-metonym') && e.rule !== 'match-side') continue;
    const owners = clubs.filter((c) => c.id !== e.id && c.name.endsWith(` ${e.name}`));
    if (owners.length !== 1) continue;
    if (new RegExp(String.raw`\b(?:in|In)\s+${escapeRegExp(e.name)}\b`, 'u').test(allText)) continue;
    entities.delete(e.id);
    if (!owners[0]!.aliases.includes(e.name)) owners[0]!.aliases.push(e.name);
  }
}

/** A number of members after a group's name: "Group of 20", "Group of Seven". */
const OF_NUMBER = /^\s+of\s+(\d{1,3}|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty)\b/u;

/**
 * Summits and the groups that hold them.
 * - "the Group of 20", "a Group of Seven meeting": an organisation named "Group" (stage candidates
 *   stops at the lower-case "of") that the text always writes with "of <number>" after it is named
 *   with the number.
 * - "a summit of the Tolva Union", "the Orsk group's summit", then "the summit": an unnamed EVENT
 *   "summit" (as the unnamed events of cluster.ts), when no event of the text holds the word.
 */
export function summitEvents(input: FinalsInput): void {
  const { allText, entities, idFor } = input;
  for (const e of [...entities.values()]) {
    if (e.linked || e.type !== 'ORGANIZATION' || e.name !== 'Group') continue;
    const at = wholeWordOccurrences(allText, e.name);
    const numbers = new Set(at.map((i) => OF_NUMBER.exec(allText.slice(i + e.name.length, i + e.name.length + 16))?.[1]));
    const n = numbers.size === 1 ? [...numbers][0] : undefined;
    if (!n) continue;
    const name = `${e.name} of ${n}`;
    const id = idFor(name).replace(/-[0-9a-f]{8}$/u, '');
    if (entities.has(id)) continue;
    entities.delete(e.id);
    entities.set(id, { ...e, id, name, rule: 'group-of-number' });
  }
  if (!allText.includes('summit')) return;
  if ([...entities.values()].some((e) => e.type === 'EVENT' && [e.name, ...e.aliases].some((f) => /\bsummit\b/iu.test(f)))) return;
  if (!/\b(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+)?summit\s+of\s+(?:the\s+)?\p{Lu}/u.test(allText) || wholeWordOccurrences(allText, 'the summit').length === 0) return;
  const id = idFor('summit');
  if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: 'summit', aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.45, rule: 'unnamed-summit' });
}

/** A building's head noun: the venue of a reported event ("at the Orsk Theatre in Porto"). */
const VENUE_HEADS = 'Theatre|Theater|Hall|Arena|Stadium|Abbey|Cathedral|Basilica|Palace|Auditorium|Coliseum|Colosseum|Opera House|Concert Hall';
const VENUE_AT = new RegExp(String.raw`\bat\s+(?:the\s+)?((?:\p{Lu}[\p{L}\-]*\s+){1,3}(?:${VENUE_HEADS}))\b(?=\s+in\s+\p{Lu}|\s*[,.;])`, 'gu');

/**
 * The venue of the event a report is about (a final, a rite, a prize-giving night): "at the Orsk
 * Theatre in Porto" → a PROJECT (a building, as the fixtures type stadiums and abbeys), when no
 * entity holds the name yet. Only in a text with such an event: elsewhere the head nouns stay the
 * typing rules' business.
 */
export function eventVenues(input: FinalsInput): void {
  const { allText, entities } = input;
  const reported = [...entities.values()].some((e) => e.type === 'EVENT' && [NAMED_FINAL_RULE, UNNAMED_FINAL_RULE, UNNAMED_RITE_RULE, AWARDS_CEREMONY_RULE].includes(e.rule));
  if (!reported) return;
  for (const m of allText.matchAll(VENUE_AT)) {
    const name = m[1]!;
    if (NOT_A_NAME.has(name.split(/\s+/u)[0]!)) continue;
    if ([...entities.values()].some((e) => e.name === name || e.aliases.includes(name))) continue;
    const id = input.idFor(name).replace(/-[0-9a-f]{8}$/u, '');
    if (!entities.has(id)) entities.set(id, { id, type: 'PROJECT', name, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.5, rule: 'event-venue' });
  }
}

/** The phases of this module in order (stage cluster calls this once, after its own events). */
export function eventReports(input: FinalsInput): void {
  finalEvents(input);
  clubSides(input);
  riteEvents(input);
  summitEvents(input);
  eventVenues(input);
}
