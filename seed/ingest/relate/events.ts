/**
 * Events: who takes part in the article's events, where they are held, who announces and who
 * watches them, and the meetings around them.
 *
 * Event coreference: "the trip", "the visit", "the summit", "their talks", "Mr Okoro’s visit" refer
 * to the article's event entity of that kind (a visit, talks, a ceremony, a gala, a conference)
 * when there is exactly one, or else to the one named last before the sentence. A state visit's
 * talks are the visit's: "the talks" with no talks event of their own go to the one visit, and back.
 * No mention is added; the rules only use the event as a source or target.
 *
 * Subjects: the person right before the verb (across an apposition, no other verb between), the
 * persons coordinated with them ("A, B and C opened …"), "he"/"she" (the person named last), "the
 * two leaders" (the two persons last coordinated, or the article's two main persons) and a title
 * ("the Kenyan president", who is the one person the text gives that office).
 *
 * A cancelled, postponed or called-off event, a negation, a condition or a hedge gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { Gazetteer, RelateContext, RelationRules, SentenceScope } from './context';
import { PLACE } from './pair-rules';
import { HYPOTHETICAL_CUES as INTENTION, NEGATION_CUES } from '../cues';
import { lastClause } from './clauses';
import { cueWords, hasAnyRun } from './words';

/** Kinds of events that a bare noun can refer back to. */
export type EventKind = 'visit' | 'talks' | 'ceremony' | 'gala' | 'conference';
type Kind = EventKind;

/** The nouns of each kind ("the trip" is a visit, "the opening" a ceremony). */
export const KIND_OF: Readonly<Record<string, Kind>> = {
  visit: 'visit', trip: 'visit', journey: 'visit', tour: 'visit',
  talks: 'talks', summit: 'talks', meeting: 'talks', negotiations: 'talks',
  ceremony: 'ceremony', opening: 'ceremony', inauguration: 'ceremony',
  gala: 'gala', banquet: 'gala', reception: 'gala',
  conference: 'conference', forum: 'conference', congress: 'conference', convention: 'conference',
};
const KIND_NOUNS = Object.keys(KIND_OF).join('|');
/**
 * Every pattern that reads a kind noun has it after a space and before a word boundary, so the
 * noun is then one of the sentence's runs of letters (words.ts): the test before those patterns.
 */
const KIND_NOUN_WORDS = cueWords(Object.keys(KIND_OF));

/** A definite or possessive noun phrase of an event kind: "the trip", "their summit", "the formal talks". */
const EVENT_NP = new RegExp(`(?:^|[^\\p{L}])((?:[Tt]he|[Tt]his|[Tt]heir|[Hh]is|[Hh]er)\\s+(?:[a-z][a-z\\-]*\\s+){0,2}?(${KIND_NOUNS}))\\b`, 'gu');
/** A possessive before an event noun right after a mention: "Okoro’s state visit", "Okoro’s first trip". */
const POSSESSIVE_NP = new RegExp(`^[’']s\\s+(?:[a-z][a-z\\-]*\\s+){0,2}?(?:state\\s+|official\\s+)?(${KIND_NOUNS})\\b`, 'u');
/** A kind noun right after an event's name: "the Andes summit". */
const KIND_AFTER = new RegExp(`^\\s+(${KIND_NOUNS})\\b`, 'u');
/** A kind noun one or two lower-case words after an event's name: "the Tolva28 climate summit" (the name is the event's own). */
const KIND_AFTER_WORDS = new RegExp(`^\\s+(?:[a-z\\-]+\\s+){1,2}?(${KIND_NOUNS})\\b`, 'u');

/** The event was called off: nothing about it is a fact. */
const CANCELLED = /\b(?:cancel(?:l?ed|s|ling)?|postpone[sd]?|postponing|called off|calls off|call off|scrapped|scraps|shelved|put off|abandoned|delayed)\b/i;
const NEGATED = /\b(?:not|never|no|n[’']t|cannot|denied|denies|refused|refuses|rejected)\b/;
/** A condition or hedge anywhere in the sentence qualifies its event ("… for a visit if the border reopens"). */
const HYPOTHETICAL = /\b(?:[Ii]f|[Uu]nless|[Ww]hether|could|might)\b/;

/** Words that end the walk back from a verb to its subject. */
const SUBJECT_STOPS = new Set(['that', 'who', 'which', 'when', 'where', 'while', 'because', 'if', 'unless', ';', ':', '“', '”', '"']);
const PLURAL_SUBJECT = /(?:^|\s)(?:[Tt]he\s+two|[Bb]oth|[Tt]he)\s+(?:leaders|men|women|presidents|premiers|prime ministers|heads of state|heads of government)\s*$/u;
const HEAD_OFFICES = ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'king', 'queen'];
const OFFICE_WORDS = 'president|prime minister|premier|chancellor|leader|foreign minister|[a-z]+ minister|minister|king|queen|secretary of state';
const TITLE_SUBJECT = new RegExp(`(?:^|\\s)[Tt]he\\s+(\\p{Lu}[\\p{L}\\-]+)\\s+(${OFFICE_WORDS})\\s*$`, 'u');
const APPOSITION_OFFICE = new RegExp(`^,\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\-]*?)(?:[’']s)?\\s+(?:[a-z\\-]+\\s+){0,2}?(${OFFICE_WORDS})\\b`, 'u');
const AS_OFFICE = new RegExp(`\\bas\\s+(\\p{Lu}[\\p{L}\\-]*)[’']s\\s+(${OFFICE_WORDS})\\b`, 'gu');

/** Verbs whose subject takes part in the event that follows (the event right after, its article and up to three words). */
const ATTEND_BEFORE = /(?:^|\s)((?:attend|attends|attended|attending|joined|joins|join|(?:took|take|takes|taking) part in|participated in|participates in|(?:was|were|is|are) at|(?:said|says|spoke|speaks|told\s+(?:[\p{L}]+\s+){1,3}?|declared|insisted|added|announced|stated|warned|pledged|promised)\s+at|hosted|hosts|host|hosting)\s+(?:(?:a|an|the|this|that)\s+)?(?:[\p{L}\-]+\s+){0,3})$/u;
/**
 * "led his country’s delegation to the summit", "headed the Kenyan delegation at the talks": the
 * delegation's head takes part (read on its own clause: another clause of the sentence may call off
 * someone else's trip).
 */
const DELEGATION_TO = /(?:^|\s)((?:led|leads|headed|heads)\s+(?:the|his|her|their|its|a|an|\p{Lu}[\p{L}\-]*[’']s)\s+(?:(?:country|nation|government|party)[’']s\s+|[\p{L}\-]+\s+){0,2}?delegation\s+(?:to|at)\s+(?:the\s+)?)$/u;
/**
 * "A, Turkey’s president and the only leader of a Nato country at the summit": a person described as
 * someone at the event takes part in it (an apposition of the person, no verb, right before the event).
 */
const DESCRIBED_AT = /(?:^|\s)(,\s+(?:the|a|an|\p{Lu}[\p{L}\-]*[’']s)\s+(?:[\p{L}\-]+\s+){1,10}?(?:at|during)\s+(?:the\s+)?)$/u;
/** The end of the stretch before an event that DESCRIBED_AT needs (tested first, on the tail's end). */
const AT_END = /\s(?:at|during)\s+(?:the\s+)?$/u;
/** "told the congress", "addressed the summit": a speaker there (the event right after the verb and its article). */
const TOLD_EVENT = /(?:^|\s)((?:told|tells|addressed|addresses)\s+(?:the\s+)?)$/u;
const TOLD_AFTER = /^(?:\s+(?:that|on|in|at|during|last|this|how|why|it|he|she|they|we)\b|\s*[,.;:“"]|$)/u;
/** "During the summit, A …", "At the ceremony, A …": an event that opens the sentence. */
const DURING_AT_START = /^[“"‘']?\s*(?:During|At|On the sidelines of|After|Before)\s+(?:the|a|an|his|her|their|this)?\s*(?:[a-z\-]+\s+){0,2}$/u;
/** "… arrived in B on Monday for a state visit", "landed in B … at the start of a state visit": the travel verb, its places and the event. */
const ARRIVE_FOR = /(?:^|\s)((?:arrive|arrives|arrived|arriving|travel|travels|travelled|traveled|travelling|flew|flies|fly|went|came|comes|landed|lands|(?:be|is|was|were|are)(?= in))\s+(?:in|to|at)\s+)([^;:]{1,80}?)\s+(?:for|at\s+the\s+(?:start|beginning|outset)\s+of|to\s+(?:begin|start))\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}\-]+\s+){0,3}$/u;
/** Words one of which ARRIVE_FOR needs before the event. */
const ARRIVE_LINKS = [' for ', ' start of ', ' beginning of ', ' outset of ', ' to begin ', ' to start '];
/** "a state visit, his first to B in 24 years": the visit's place, in an apposition that counts the visits. */
const NTH_VISIT_TO = /^,\s+(?:his|her|their|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|only)\s+(?:(?:state|official)\s+)?(?:(?:visit|trip)\s+)?to\s+(?:the\s+)?$/u;
/** "…, where he was attending the …": the event of a place the sentence names just before. */
const WHERE_ATTENDING = /,\s+where\s+(he|she|[\p{Lu}][\p{L}\-]+(?:\s[\p{Lu}][\p{L}\-]+)*)\s+(?:was|were|is|are|had been|has been|will be)\s+(?:attending|at|visiting|taking part in|for)\s+/gu;
const OPENED = /(?:^|\s)((?:officially\s+|formally\s+)?(?:opened|inaugurated|open|opens|inaugurates))\s+(?:(?:the|a|an|its|their|his|her|a new|the new)\s+)?$/u;
const GREETED_GUEST = /(?:^|\s)(greeted|greets|welcomed|welcomes|received|receives|hosted|hosts)\s+(?:his|her|their)\s+(?:[a-z\-]+\s+)?(?:guest|guests|visitor|visitors)\b/gu;
const ANNOUNCE_BEFORE = /(?:^|\s)(announced|announces|announce|confirmed|confirms|unveiled)\s+(?:(?:on|this|last)\s+\p{Lu}\p{Ll}+\s+)?$/u;
const ANNOUNCEMENT_THAT = /(?:^|\s)(?:issued|issues|made|makes|released|releases|published)\s+(?:a|an)\s+(?:[a-z\-]+\s+)?(?:announcement|statement)\s+that\b|(?:^|\s)(?:announced|announces|confirmed|confirms)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?that\b/gu;
const VISIT_VERB_AFTER = /^[^;:]{0,80}?\b(?:will|would|was|is|were|are|to)\s+(?:be\s+)?(?:visit|visiting|travel|travelling|traveling|arrive|arriving|fly|flying|make a (?:state |official )?visit)\b/u;
const ATTRIBUTION_END = /,\s+(?:the\s+)?$/u;
const ATTRIBUTION_VERB = /^\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|states)\s*[.]?\s*$/u;
const ATTRIBUTED_ANAPHOR = /^[^;:]*,\s+the\s+(?:ministry|government|presidency|palace|department|office)\s+(?:has\s+|had\s+)?(?:said|announced|confirmed|stated)\s*\.?\s*$/u;
const SAYS = /\b(?:said|says|announced|announces|confirmed|confirms)\b/;
const LEADING_ATTRIBUTION = /^\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:that\s+)?\p{L}/u;
const FUTURE = /\b(?:will|would|is to|are to|is due to|are due to|is set to|are set to|plans to|plan to|is scheduled to|are scheduled to|is expected to|are expected to)\b/;
const OBSERVE_ACTIVE = new RegExp(`^\\s+(?:(?:will|would|is|are|has|have|to)\\s+)?(?:be\\s+)?(?:closely|carefully|keenly|intently|warily|nervously)?\\s*(?:observe|observes|observed|observing|monitor|monitors|monitored|monitoring|(?:closely|carefully|keenly)\\s+(?:watch|watches|watched|watching|follow|follows|followed|following))\\s+(?:(?:the|their|this|these)\\s+)?(?:[a-z][a-z\\-]*\\s+){0,2}?(${KIND_NOUNS})\\b`, 'u');
const OBSERVE_PASSIVE = /^\s+(?:will|would|is|are|was|were)\s+(?:be\s+|being\s+)?(?:closely|carefully|keenly|intently|warily|nervously)?\s*(?:observed|watched|monitored|followed)\s+(?:from|by|in)\s+(?:the\s+)?$/u;
const MEET_TAIL = /\s+(?:(?:will|would|has|had|have|also|then|later|separately|briefly|personally|on\s+\p{Lu}\p{Ll}+)\s+)*(?:met|meets|meet|met with|meets with|held talks with|holds talks with|hold talks with|sat down with|talked with|spoke with)\s+(?:the\s+)?$/u;
/** "met A, the X of Y, and B, …": from the first person met, over its apposition, to the next one. */
const APPOSITION_AND = /^,\s+(?:the|a|an|\p{Lu}[\p{L}\-]*[’']s)\s+[^;:]{1,100}?,?\s+and\s+(?:the\s+)?$/u;
/**
 * "received A, the X, B, the Y, and C, the Z, as well as D": from one guest, over its apposition (one
 * comma-free stretch, a short form in parentheses at most), to the next guest of the list.
 */
const APPOSITION_LIST = /^,\s+(?:the|a|an|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;:()]{1,100}?(?:\s+\([^()]{1,20}\))?,\s+(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?$/u;
/** A host's verb before the first guest: "He received A", "Omar Vance also welcomed A". */
const HOST_TAIL = /\s+(?:(?:will|would|has|had|have|also|then|later|separately|briefly|personally|on\s+\p{Lu}\p{Ll}+)\s+)*(?:received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)\s+(?:the\s+)?$/u;
const TITLE_POSSESSIVE = new RegExp(`(?:^|\\s)[Tt]he\\s+(\\p{Lu}[\\p{L}\\-]+)\\s+(${OFFICE_WORDS})[’']s\\s+(?:[a-z\\-]+\\s+){0,2}?(${KIND_NOUNS})\\b`, 'gu');
const COUNTERPART = /(?:^|\s)(met|meets|meet|met with|meets with|held talks with|holds talks with|hold talks with|talked with|spoke with|hosted|welcomed|received)\s+(?:his|her|their)\s+(?:[\p{L}\-]+\s+)?counterparts?,?\s+$/u;
const PLURAL_VERB = /^\s+(?:(?:will|would|have|had|are|were|also|then|later|to|jointly|both)\s+)*(attend|attended|attending|met|meet|held talks|hold talks|discussed|discuss|discussing)\b/u;
/** "raised the matter with X, …, at the summit": an exchange with a person at an event. */
const EXCHANGE_VERB = /(?:^|\s)(raised|raise|discussed|discuss|spoke|speak|talked|talk|met|meet|(?:held|hold|holds|holding) talks|conferred)\b[^;:]{0,60}?\bwith\s+$/u;
const AT_EVENT_AFTER = new RegExp(`^(?:,\\s+[^,;]{1,60},)?\\s+(?:at|on the sidelines of|during)\\s+(?:the|a|an|this|last\\s+\\p{L}+[’']s)\\s+((?:[\\p{L}\\d\\-]+\\s+){0,3}?)(${KIND_NOUNS})\\b(?:\\s+in\\s+)?`, 'iu');

/**
 * The words (runs of letters, words.ts) the whole-sentence tests below need, tested first: "where",
 * "counterpart(s)", a word of announcing, of guests, the last word of a plural subject.
 */
const WHERE_WORDS = cueWords(['where']);
const COUNTERPART_WORDS = cueWords(['counterpart', 'counterparts']);
const ANNOUNCEMENT_WORDS = cueWords(['announcement', 'statement', 'announced', 'announces', 'confirmed', 'confirms']);
const GUEST_WORDS = cueWords(['guest', 'guests', 'visitor', 'visitors']);
const PLURAL_WORDS = cueWords(['leaders', 'men', 'women', 'presidents', 'premiers', 'ministers', 'heads']);

/** How far back from an event or a person the end-anchored patterns read (no trigger is longer). */
const TAIL = 160;
const DETERMINER_TAIL = /(?:the|a|an)\s+(?:[a-z\-]+\s+){0,2}$/u;
const OBSERVING = /\b(?:observ|monitor|watch|follow)/;
const OPENING = /\b(?:open|opens|opened|inaugurat)/;
const WITH_OR_MET = /(?:with|met|meet|meets|received|receives|hosted|hosts|welcomed|welcomes|greeted|greets)\s+(?:the\s+)?$/;
const PARTIES: readonly EntityType[] = ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'];
const ANNOUNCERS: readonly EntityType[] = ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'PERSON'];

/** An event in a sentence: a mention of an event entity, or a noun phrase that refers to one. */
interface Slot {
  readonly event: DocEntity;
  readonly start: number;
  readonly end: number;
  readonly kind: Kind | null;
  /** The event is named (a mention), not referred to by a noun. */
  readonly named: boolean;
  /** "their summit", "his visit": the possessive determiner, lower-case. */
  readonly possessive: string | null;
  /** "Okoro’s visit": the mention before the possessive. */
  readonly owner: DocMention | null;
}

interface DocInfo {
  readonly events: ReadonlyArray<{ readonly e: DocEntity; readonly kind: Kind | null; readonly sentences: readonly number[] }>;
  /** Country codes of the offices each person holds ("X, the Kenyan president" → KE). */
  readonly officeCountries: ReadonlyMap<string, ReadonlySet<string>>;
  /** `<code> <office>` → the persons the text gives that office. */
  readonly titled: ReadonlyMap<string, ReadonlySet<string>>;
  /** The article's two main persons (by mentions), when two stand out. */
  readonly mainPair: readonly DocEntity[] | null;
  readonly mentionsBySentence: ReadonlyMap<number, readonly DocMention[]>;
  /** `resolve`'s answers, by sentence, kind and strictness. */
  readonly resolved: Map<number, DocEntity | undefined>;
}

const infos = new WeakMap<RelateContext, DocInfo>();

/**
 * The kind of an event entity, from a kind noun in its name or aliases; `modifier` when only the noun
 * after its mentions gives one ("the Andes summit"): the name is then a group's, used as a modifier,
 * and the event itself is not an entity of the text. A kind noun after a describing word ("the
 * Tolva28 climate summit") is the named event's own kind.
 */
function kindOf(e: DocEntity, mentions: readonly DocMention[], sentences: readonly Sentence[]): { kind: Kind | null; modifier: boolean } {
  for (const form of [e.name, ...e.aliases]) {
    const head = form.split(/\s+of\s+/)[0]!.toLowerCase().split(/\s+/);
    for (let k = head.length - 1; k >= 0; k--) if (KIND_OF[head[k]!]) return { kind: KIND_OF[head[k]!]!, modifier: false };
  }
  for (const m of mentions) {
    const s = sentences[m.sentence];
    const after = s ? KIND_AFTER.exec(s.text.slice(m.end - s.start)) : null;
    if (after) return { kind: KIND_OF[after[1]!]!, modifier: true };
  }
  for (const m of mentions) {
    const s = sentences[m.sentence];
    const after = s ? KIND_AFTER_WORDS.exec(s.text.slice(m.end - s.start, m.end - s.start + 40)) : null;
    if (after) return { kind: KIND_OF[after[1]!]!, modifier: false };
  }
  return { kind: null, modifier: false };
}

function docInfo(ctx: RelateContext): DocInfo {
  const cached = infos.get(ctx);
  if (cached) return cached;
  const { entities, mentions, sentences } = ctx;
  // Only the event entities' mentions are read here (most articles have few or none); the mentions
  // by sentence only by the offices and `pairBefore`, so they are grouped on first ask. The lazy
  // parts are module functions read through getters, not closures: tsx (esbuild keepNames) makes
  // each named closure an Object.defineProperty, per article here.
  const byEntity = new Map<string, DocMention[]>();
  for (const e of entities.values()) if (e.type === 'EVENT') byEntity.set(e.id, []);
  if (byEntity.size > 0) for (const m of mentions) byEntity.get(m.entityId)?.push(m);
  let grouped: Map<number, DocMention[]> | undefined;
  const events = [...byEntity]
    .map(([id, ms]) => ({ e: entities.get(id)!, ...kindOf(entities.get(id)!, ms, sentences), sentences: ms.map((m) => m.sentence) }))
    .filter((x) => !x.modifier);
  // The offices and the main pair are read by few sentences' rules: each is built on first ask.
  let offices: Offices | undefined;
  let mainPair: readonly DocEntity[] | null | undefined;
  const info: DocInfo = {
    events,
    get officeCountries() {
      return (offices ??= officesOf(ctx, (grouped ??= mentionsBySentenceOf(mentions)))).officeCountries;
    },
    get titled() {
      return (offices ??= officesOf(ctx, (grouped ??= mentionsBySentenceOf(mentions)))).titled;
    },
    get mainPair() {
      return mainPair === undefined ? (mainPair = mainPairOf(ctx)) : mainPair;
    },
    get mentionsBySentence() {
      return (grouped ??= mentionsBySentenceOf(mentions));
    },
    resolved: new Map(),
  };
  infos.set(ctx, info);
  return info;
}

/** The mentions grouped by sentence number (`DocInfo.mentionsBySentence`). */
function mentionsBySentenceOf(mentions: readonly DocMention[]): Map<number, DocMention[]> {
  const grouped = new Map<number, DocMention[]>();
  for (const m of mentions) {
    const list = grouped.get(m.sentence);
    if (list) list.push(m);
    else grouped.set(m.sentence, [m]);
  }
  return grouped;
}

interface Offices {
  readonly officeCountries: Map<string, Set<string>>;
  readonly titled: Map<string, Set<string>>;
}

/** The offices the text gives its persons ("X, the Kenyan president", "… as Kenyan president"): `DocInfo.officeCountries` and `titled`. */
function officesOf(ctx: RelateContext, bySentence: ReadonlyMap<number, readonly DocMention[]>): Offices {
  const { entities, sentences } = ctx;
  const offices: Offices = { officeCountries: new Map(), titled: new Map() };
  for (const s of sentences) {
    const ms = (bySentence.get(s.index) ?? []).filter((m) => entities.get(m.entityId)?.type === 'PERSON');
    for (const m of ms) {
      const appos = s.text.charCodeAt(m.end - s.start) === 0x2c ? APPOSITION_OFFICE.exec(s.text.slice(m.end - s.start, m.end - s.start + 80)) : null;
      if (appos) giveOffice(ctx, offices, m.entityId, appos[1]!, appos[2]!);
    }
    if (ms.length === 0 || !s.text.includes(' as ')) continue;
    for (const a of s.text.matchAll(AS_OFFICE)) {
      const holder = ms.filter((m) => m.end - s.start <= a.index).pop();
      if (holder) giveOffice(ctx, offices, holder.entityId, a[1]!, a[2]!);
    }
  }
  return offices;
}

/** Records that `person` holds `office` of the country `word` names (a demonym or a country's name). */
function giveOffice(ctx: RelateContext, { officeCountries, titled }: Offices, person: string, word: string, office: string): void {
  const c = ctx.g.demonym(word) ?? ctx.g.country(word);
  if (!c) return;
  const head = /minister$/.test(office) && office !== 'prime minister' && office !== 'foreign minister' ? 'minister' : office;
  officeCountries.set(person, (officeCountries.get(person) ?? new Set()).add(c.code));
  const key = `${c.code} ${head}`;
  titled.set(key, (titled.get(key) ?? new Set()).add(person));
}

/** The article's two main persons (by mentions), when two stand out (`DocInfo.mainPair`). */
function mainPairOf({ entities, mentions }: RelateContext): readonly DocEntity[] | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const e = entities.get(m.entityId);
    if (e?.type === 'PERSON' && e.rule !== 'credit-photographer' && m.field !== 'IMAGE_CREDIT') counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.length >= 2 && ranked[1]![1] >= 2 && (ranked[2]?.[1] ?? 0) < ranked[1]![1] ? [entities.get(ranked[0]![0])!, entities.get(ranked[1]![0])!] : null;
}

/** The article's event of `kind` for sentence `s` (see `resolve`; `strict`: of that kind only), for the other rule families. */
export function eventOfKind(ctx: RelateContext, kind: Kind, s: Sentence, strict = false): DocEntity | undefined {
  return resolve(docInfo(ctx), kind, s, strict);
}

/** The event a noun of `kind` refers to in sentence `s`: the only one of its kind, or the last named before. */
function resolve(info: DocInfo, kind: Kind, s: Sentence, strict = false): DocEntity | undefined {
  if (info.events.length === 0) return undefined;
  // Asked by several rules and families per sentence: answered once per sentence, kind and strictness.
  const key = s.index * 16 + KIND_INDEX[kind] * 2 + (strict ? 1 : 0);
  if (info.resolved.has(key)) return info.resolved.get(key);
  const found = resolveOnce(info, kind, s, strict);
  info.resolved.set(key, found);
  return found;
}

const KIND_INDEX: Readonly<Record<Kind, number>> = { visit: 0, talks: 1, ceremony: 2, gala: 3, conference: 4 };

function resolveOnce(info: DocInfo, kind: Kind, s: Sentence, strict: boolean): DocEntity | undefined {
  const own = pickEvent(info, [kind], s);
  if (own || strict) return own;
  // The talks of a state visit are the visit's, and a summit is the visit that holds it.
  if (kind === 'talks' || kind === 'visit') return pickEvent(info, ['talks', 'visit'], s);
  return undefined;
}

/**
 * The event of one of `kinds`: the only one, else the one named last up to `s` when no other was
 * named in that sentence. A module function, not a closure per call (tsx's keepNames makes each
 * named closure an Object.defineProperty).
 */
function pickEvent(info: DocInfo, kinds: readonly Kind[], s: Sentence): DocEntity | undefined {
  const cands = info.events.filter((x) => x.kind !== null && kinds.includes(x.kind));
  if (cands.length <= 1) return cands[0]?.e;
  const before = cands
    .map((x) => ({ e: x.e, last: Math.max(-1, ...x.sentences.filter((i) => i <= s.index)) }))
    .filter((x) => x.last >= 0)
    .sort((a, b) => b.last - a.last);
  return before.length > 0 && (before.length === 1 || before[0]!.last > before[1]!.last) ? before[0]!.e : undefined;
}

/** The events of a sentence: its event mentions and its noun phrases that refer to an event. */
function slotsOf(ctx: RelateContext, info: DocInfo, scope: SentenceScope, kindNoun: boolean | undefined): Slot[] {
  const { s, ms } = scope;
  const slots: Slot[] = [];
  for (const m of ms) {
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'EVENT') {
      // An event named as a modifier ("the Andes summit") is not the event: no slot.
      const known = info.events.find((x) => x.e.id === e.id);
      if (known) slots.push({ event: e, start: m.start, end: m.end, kind: known.kind, named: true, possessive: null, owner: null });
      continue;
    }
    // "Okoro’s visit", "the Kenyan leader’s trip".
    const pos = kindNoun === true && isPossessiveAt(s.text, m.end - s.start) && /^[’']s\s/u.test(s.text.slice(m.end - s.start, m.end - s.start + 3)) ? POSSESSIVE_NP.exec(s.text.slice(m.end - s.start)) : null;
    if (pos && e?.type === 'PERSON' && !ms.some((x) => x.start > m.end && x.start < m.end + pos[0].length)) {
      const event = resolve(info, KIND_OF[pos[1]!]!, s);
      if (event) slots.push({ event, start: m.end, end: m.end + pos[0].length, kind: KIND_OF[pos[1]!]!, named: false, possessive: null, owner: m });
    }
  }
  if (info.events.length === 0) return slots;
  for (const np of kindNoun ? s.text.matchAll(EVENT_NP) : []) {
    const start = s.start + np.index + np[0].length - np[1]!.length;
    const end = s.start + np.index + np[0].length;
    if (ms.some((m) => m.start < end && start < m.end) || slots.some((x) => x.start < end && start < x.end)) continue;
    const kind = KIND_OF[np[2]!]!;
    const event = resolve(info, kind, s);
    const det = np[1]!.split(/\s+/)[0]!.toLowerCase();
    if (event) slots.push({ event, start, end, kind, named: false, possessive: ['their', 'his', 'her'].includes(det) ? det : null, owner: null });
  }
  return slots.sort((a, b) => a.start - b.start);
}

/** "’s" or "'s" at offset `at` of `text` (a cheap test before the possessive patterns). */
function isPossessiveAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x2019 || c === 0x27) && text.charCodeAt(at + 1) === 0x73;
}

/** Persons joined to mention `m` by "and" or commas before it ("A, B and C", "A, the X president, and B"). */
function coordinated(ctx: RelateContext, scope: SentenceScope, m: DocMention): DocEntity[] {
  const { ms, local } = scope;
  const out = [ctx.entities.get(m.entityId)!];
  const people = ms.filter((x) => ctx.entities.get(x.entityId)?.type === 'PERSON' && x.end <= m.start);
  let cur = m;
  for (let k = people.length - 1; k >= 0; k--) {
    const gap = local(people[k]!.end, cur.start);
    if (!/^(?:\s*,\s*(?:and\s+)?|\s+and\s+|,\s+[^,;]{1,60}?,\s+(?:and\s+)?)$/u.test(gap)) break;
    if (/,\s+[^,;]{1,60}?,/.test(gap) && /\b(?:who|which|that|said|says)\b/.test(gap)) break;
    const e = ctx.entities.get(people[k]!.entityId)!;
    if (!out.includes(e)) out.unshift(e);
    cur = people[k]!;
  }
  return out;
}

/** The two persons last coordinated ("A and B") in this or the three sentences before, else the main pair. */
function pairBefore(ctx: RelateContext, info: DocInfo, scope: SentenceScope, pos: number): readonly DocEntity[] | null {
  const { s } = scope;
  for (let i = s.index; i >= Math.max(0, s.index - 3); i--) {
    const sentence = ctx.sentences[i]!;
    if (sentence.field !== s.field) break;
    const people = (info.mentionsBySentence.get(i) ?? []).filter((m) => ctx.entities.get(m.entityId)?.type === 'PERSON' && (i < s.index || m.end <= pos));
    for (let k = people.length - 1; k > 0; k--) {
      const [a, b] = [people[k - 1]!, people[k]!];
      if (a.entityId !== b.entityId && /^\s+and\s+$/u.test(sentence.text.slice(a.end - sentence.start, b.start - sentence.start))) return [ctx.entities.get(a.entityId)!, ctx.entities.get(b.entityId)!];
    }
  }
  return info.mainPair;
}

/** The person a title refers to: "the Kenyan president" → the one person the text gives that office. */
function titleHolder(ctx: RelateContext, info: DocInfo, word: string, office: string): DocEntity | undefined {
  const c = ctx.g.demonym(word) ?? ctx.g.country(word);
  if (!c) return undefined;
  const heads = office === 'leader' ? HEAD_OFFICES : [/minister$/.test(office) && office !== 'prime minister' && office !== 'foreign minister' ? 'minister' : office];
  const ids = new Set(heads.flatMap((h) => [...(info.titled.get(`${c.code} ${h}`) ?? [])]));
  return ids.size === 1 ? ctx.entities.get([...ids][0]!) : undefined;
}

/**
 * The subject of the verb at `pos`: walking back over the sentence's tokens, the first person named
 * (with those coordinated to it), "he"/"she", "the two leaders" or a title, before another verb or
 * a clause word.
 */
function subjectsAt(ctx: RelateContext, info: DocInfo, scope: SentenceScope, pos: number): readonly DocEntity[] {
  const { s, ms } = scope;
  const head = s.text.slice(0, pos - s.start);
  const plural = PLURAL_SUBJECT.exec(head.replace(/(?:\s+(?:will|would|have|has|had|also|then|later|jointly|both|to))+\s*$/u, ' '));
  if (plural) return pairBefore(ctx, info, scope, pos) ?? [];
  const title = TITLE_SUBJECT.exec(head.replace(/(?:\s+(?:will|would|have|has|had|also|then|later|on\s+\p{Lu}\p{Ll}+))+\s*$/u, ' '));
  if (title) {
    const holder = titleHolder(ctx, info, title[1]!, title[2]!);
    return holder ? [holder] : [];
  }
  const tokens = s.tokens;
  let k = tokens.findIndex((t) => t.start >= pos) - 1;
  if (k < -1) k = tokens.length - 1;
  for (; k >= 0 && pos - tokens[k]!.start < 160; k--) {
    const t = tokens[k]!;
    const m = ms.find((x) => x.start <= t.start && t.end <= x.end);
    if (m) {
      const e = ctx.entities.get(m.entityId);
      if (e?.type === 'PERSON') return coordinated(ctx, scope, m);
      continue;
    }
    if (/^(?:he|she|He|She)$/.test(t.text)) return pronounReferent(ctx, scope, t.start);
    // A verb that takes "to" ("is expected to hold", "plans to attend") leaves the subject open.
    if (t.pos === 'VERB' && tokens[k + 1]?.text === 'to') continue;
    if (t.pos === 'VERB' || SUBJECT_STOPS.has(t.text.toLowerCase())) return [];
  }
  return [];
}

/** "he"/"she" at `pos`: the person named last before it in the sentence, else before the sentence. */
function pronounReferent(ctx: RelateContext, scope: SentenceScope, pos: number): DocEntity[] {
  const before = scope.ms.filter((x) => x.end <= pos && ctx.entities.get(x.entityId)?.type === 'PERSON').pop();
  const id = before?.entityId ?? ctx.lastOf(scope.s, ['PERSON']);
  const e = id ? ctx.entities.get(id) : undefined;
  return e ? [e] : [];
}

/** The person that opens the sentence before `s` (within its first 40 characters): whom a "He" opening `s` continues. */
function previousPersonSubject(ctx: RelateContext, s: Sentence): DocEntity | undefined {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.index !== s.index - 1 || prev.field !== s.field) return undefined;
  let first: DocMention | undefined;
  for (const m of ctx.mentions) if (m.sentence === prev.index && m.field === prev.field && (!first || m.start < first.start)) first = m;
  const e = first ? ctx.entities.get(first.entityId) : undefined;
  return e?.type === 'PERSON' && first!.start - prev.start <= 40 ? e : undefined;
}

/**
 * The stretch from `from` to `to` states a fact: no negation in it, and no condition, hedge or
 * cancellation anywhere in the sentence.
 */
function factualUpTo(scope: SentenceScope, to: number, from = scope.s.start): boolean {
  if (scope.conditional || qualifiedAnywhere(scope.s)) return false;
  // An intention before the event ("hopes to arrive in B for a state visit") is no attendance either.
  const stretch = scope.local(from, to);
  return !NEGATED.test(stretch) && !INTENTION.test(stretch);
}

// The rules of a sentence ask `factualUpTo` many times (per event slot and per rule), sentence by
// sentence: the sentence-wide half of the answer is kept for the last sentence asked.
let qualifiedSentence: Sentence | undefined;
let qualifiedAnswer = false;
/** A condition, hedge or cancellation anywhere in the sentence (all tests without state: asked once per sentence). */
function qualifiedAnywhere(s: Sentence): boolean {
  if (s !== qualifiedSentence) {
    qualifiedSentence = s;
    qualifiedAnswer = HYPOTHETICAL.test(s.text) || CANCELLED.test(s.text);
  }
  return qualifiedAnswer;
}

/** Whether `person` holds an office in the country of `place` (a head of government does not visit home). */
function isHome(info: DocInfo, person: DocEntity, place: DocEntity, g: Gazetteer): boolean {
  const codes = info.officeCountries.get(person.id);
  if (!codes) return false;
  const c = place.type === 'COUNTRY' ? g.country(place.name) : g.capitalOf(place.name);
  return c !== undefined && codes.has(c.code);
}

/**
 * The first of the sentence's mentions (in text order) that starts at or after `from`. A module
 * function, not a closure made per sentence: the tsx loader names every such closure (esbuild's
 * keepNames), an `Object.defineProperty` per call that the profile showed at a fifth of the family.
 */
function mentionAt(ms: readonly DocMention[], from: number): DocMention | undefined {
  return ms.find((m) => m.start >= from);
}

/** Places named in a chain that ends at `to` ("in Harbour City, Kenya, where …"): innermost first. */
function placeChainBefore(ctx: RelateContext, scope: SentenceScope, to: number): DocEntity[] {
  const { ms, local } = scope;
  const out: DocEntity[] = [];
  let end = to;
  for (const m of [...ms].reverse()) {
    if (m.end > end) continue;
    const e = ctx.fill(m, PLACE);
    if (!e || !/^,?\s*$/u.test(local(m.end, end))) break;
    out.unshift(e);
    end = m.start;
  }
  return out;
}

export const events: RelationRules = {
  name: 'events',
  perSentence: (ctx, scope) => {
    const info = docInfo(ctx);
    const { s, ms, local } = scope;
    const { add, fill, entities } = ctx;
    // Every pattern that reads a kind noun ("the trip", "observe the talks", "the leader’s visit") needs one
    // before a word boundary: tested once per sentence of an article with events (undefined without:
    // no slot can refer to one, and the observe rule keeps its own test first).
    const kindNoun = info.events.length > 0 ? hasAnyRun(s, KIND_NOUN_WORDS) : undefined;
    const slots = slotsOf(ctx, info, scope, kindNoun);

    for (const slot of slots) {
      const before = local(s.start, slot.start);
      // The end-anchored patterns below read only the stretch right before the event.
      const tailFrom = Math.max(0, before.length - TAIL);
      const tail = before.slice(tailFrom);
      // "A attended the ceremony", "A said at the summit", "the two leaders would attend a gala",
      // "A hosted the talks".
      // "told the congress that …" (not "told the congress organisers"): the event ends the object.
      const attend = ATTEND_BEFORE.exec(tail) ?? (TOLD_AFTER.test(s.text.slice(slot.end - s.start)) ? TOLD_EVENT.exec(tail) : null);
      if (attend && factualUpTo(scope, slot.end)) {
        const verbAt = slot.start - attend[1]!.length;
        const people = subjectsAt(ctx, info, scope, verbAt);
        for (const p of people) add(p, 'ATTENDS', slot.event, s, slot.named ? 0.6 : 0.55, 'event-attend-verb');
        // A place that hosts it ("Peru will host the summit") is read by the family `hosting`.
      }
      // "A, …, led his country’s delegation to the summit"; "A, the only leader of a Nato country at the summit".
      const delegation = tail.includes('delegation') ? DELEGATION_TO.exec(tail) : null;
      const described = delegation || !AT_END.test(tail.slice(-12)) ? null : DESCRIBED_AT.exec(tail);
      const role = delegation ?? described;
      if (role) {
        const verbAt = slot.start - role[1]!.length;
        let people: readonly DocEntity[] = [];
        if (delegation) people = subjectsAt(ctx, info, scope, verbAt);
        else {
          // The apposition describes the person right before its comma, and has no verb of its own ("A, a critic of the deal signed at …").
          const head = ms.find((x) => x.end === verbAt);
          const verbless = !s.tokens.some((t) => t.start > verbAt && t.end <= slot.start && (t.pos === 'VERB' || t.pos === 'AUX'));
          if (head && verbless && entities.get(head.entityId)?.type === 'PERSON') people = [entities.get(head.entityId)!];
        }
        // Its own clause: the delegation's ("…, and A led …") or the apposition.
        const clause = delegation ? lastClause(local(s.start, slot.end)) : role[1]!;
        const stated = !scope.conditional && !NEGATION_CUES.test(clause) && !INTENTION.test(clause) && !CANCELLED.test(clause);
        if (stated) for (const p of people) add(p, 'ATTENDS', slot.event, s, 0.55, delegation ? 'led-delegation-to-event' : 'described-at-event');
      }
      // "the visit by A", "a state visit of A", "the meeting with A".
      const by = mentionAt(ms, slot.end);
      const byGap = by && entities.get(by.entityId)?.type === 'PERSON' ? /^\s+(by|of|with)\s+$/u.exec(local(slot.end, by.start)) : null;
      if (byGap && factualUpTo(scope, by!.end)) add(entities.get(by!.entityId)!, 'ATTENDS', slot.event, s, byGap[1] === 'with' ? 0.55 : 0.6, byGap[1] === 'with' ? 'event-with-person' : 'event-by-person');
      // "During the visit, A signed …", "At the summit, A and B said …".
      if (DURING_AT_START.test(before) && by && factualUpTo(scope, by.end)) {
        const gap = local(slot.end, by.start);
        if (/^,\s+(?:(?:the\s+)?\p{Lu}[\p{L}\-]*\s+)?$/u.test(gap) && entities.get(by.entityId)?.type === 'PERSON') {
          const people = [entities.get(by.entityId)!];
          for (let k = ms.indexOf(by) + 1; k < ms.length && /^\s*(?:,\s*)?(?:and\s+)?$/u.test(local(ms[k - 1]!.end, ms[k]!.start)) && entities.get(ms[k]!.entityId)?.type === 'PERSON'; k++) people.push(entities.get(ms[k]!.entityId)!);
          for (const p of people) add(p, 'ATTENDS', slot.event, s, 0.55, 'during-event-subject');
        }
      }
      // "A arrived in B on Monday for a state visit": A attends it, and it is held in B.
      const arrive = ARRIVE_LINKS.some((w) => tail.includes(w)) ? ARRIVE_FOR.exec(tail) : null;
      if (arrive && factualUpTo(scope, slot.end)) {
        const verbStart = s.start + tailFrom + arrive.index + (arrive[0].length - arrive[0].trimStart().length);
        const placeStart = verbStart + arrive[1]!.length;
        const first = ms.find((m) => m.start >= placeStart && m.end <= placeStart + arrive[2]!.length);
        const place = first && /^(?:the\s+)?$/u.test(local(placeStart, first.start)) ? fill(first, PLACE) : undefined;
        // "A will be in B for the summit" says where A is only with a place named.
        if (place || !/^(?:be|is|was|were|are)\s/u.test(arrive[1]!)) for (const p of subjectsAt(ctx, info, scope, verbStart)) add(p, 'ATTENDS', slot.event, s, 0.65, 'arrive-for-event');
        if (place) add(slot.event, 'HELD_IN', place, s, 0.65, 'arrive-for-event-place');
      }
      // "a state visit to B", "the talks in B", "the ceremony at a plant in B".
      const next = mentionAt(ms, slot.end);
      if (next && factualUpTo(scope, next.end)) {
        const gap = local(slot.end, next.start);
        const place = fill(next, PLACE);
        if (place && slot.kind === 'visit' && /^\s+to\s+(?:the\s+)?$/u.test(gap)) add(slot.event, 'HELD_IN', place, s, 0.7, 'visit-to-place');
        else if (place && slot.kind === 'visit' && NTH_VISIT_TO.test(gap)) {
          // "at the start of a state visit, his first to B": the visit is in B, and its visitor (the
          // person "his" stands for: the sentence's subject, a person that opens it) visits B.
          add(slot.event, 'HELD_IN', place, s, 0.65, 'nth-visit-to-place');
          const opener = ms[0]!;
          const subject = entities.get(opener.entityId)?.type === 'PERSON' && /^[^,;]{0,20}$/u.test(local(s.start, opener.start)) ? entities.get(opener.entityId) : undefined;
          if (subject && /^,\s+(?:his|her)\s/u.test(gap)) add(subject, 'VISITS', place, s, 0.6, 'nth-visit-to-place');
        }
        else if (place && !slot.named && /^\s+(?:in|at\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?in|at)\s+(?:the\s+)?$/u.test(gap)) add(slot.event, 'HELD_IN', place, s, 0.65, 'event-coref-in-place');
      }
      // "their summit", "his visit", "Okoro’s visit": the owners take part.
      if (slot.owner && factualUpTo(scope, slot.end)) add(entities.get(slot.owner.entityId)!, 'ATTENDS', slot.event, s, 0.6, 'possessive-event');
      if (slot.possessive && factualUpTo(scope, slot.end)) {
        const people = ms.filter((m) => m.end <= slot.start && entities.get(m.entityId)?.type === 'PERSON');
        const last = people[people.length - 1];
        const owners = last ? coordinated(ctx, scope, last) : [];
        if ((slot.possessive === 'their' && owners.length >= 2) || (slot.possessive !== 'their' && owners.length === 1)) for (const p of owners) add(p, 'ATTENDS', slot.event, s, 0.55, 'possessive-event');
      }
      // "X announced the trip".
      const announce = slot.named || !/\b(?:announc|confirm|unveil)/.test(tail) ? null : ANNOUNCE_BEFORE.exec(tail.replace(DETERMINER_TAIL, ''));
      if (announce) {
        const verbAt = s.start + tailFrom + announce.index + (announce[0].length - announce[0].trimStart().length);
        const speaker = ms.filter((m) => m.end <= verbAt).pop();
        const who = speaker ? fill(speaker, ANNOUNCERS) : undefined;
        if (who && /^\s+(?:(?:has|had|have|also|formally|officially)\s+)*$/u.test(local(speaker!.end, verbAt)) && factualUpTo(scope, slot.end)) add(who, 'ANNOUNCES', slot.event, s, 0.65, 'announce-event-coref');
      }
      // "A will arrive … for a state visit, the ministry has said.": the speaker announces it.
      const future = FUTURE.test(before);
      const anaphor = future && slot.kind !== null ? ATTRIBUTED_ANAPHOR.exec(s.text.slice(slot.end - s.start)) : null;
      if (anaphor && factualUpTo(scope, slot.end)) {
        const id = ctx.lastOf(s, ['GOVERNMENT_BODY']);
        if (id) add(entities.get(id)!, 'ANNOUNCES', slot.event, s, 0.5, 'event-attributed-announcement+anaphora');
      }
      if (future && (slot.kind === 'visit' || slot.kind === 'talks' || slot.kind === 'ceremony' || slot.kind === 'gala' || slot.kind === 'conference')) {
        for (const m of ms) {
          if (m.start < slot.end || !ATTRIBUTION_END.test(local(slot.end, m.start).slice(-12)) || !ATTRIBUTION_VERB.test(s.text.slice(m.end - s.start))) continue;
          const who = fill(m, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY']);
          if (who && factualUpTo(scope, m.start)) add(who, 'ANNOUNCES', slot.event, s, 0.6, 'event-attributed-announcement');
        }
      }
      // "The ministry said on Friday that A would arrive … for a state visit."
      if (slot.kind !== null && SAYS.test(before)) {
        for (const m of ms) {
          if (m.end > slot.start || !LEADING_ATTRIBUTION.test(s.text.slice(m.end - s.start, m.end - s.start + 40)) || !FUTURE.test(local(m.end, slot.start))) continue;
          const who = fill(m, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY']);
          if (who && factualUpTo(scope, slot.end, m.start)) add(who, 'ANNOUNCES', slot.event, s, 0.6, 'event-attributed-announcement');
        }
      }
      // "The talks will be closely watched from B".
      const next2 = mentionAt(ms, slot.end);
      if (next2 && OBSERVE_PASSIVE.test(local(slot.end, next2.start)) && factualUpTo(scope, next2.end)) {
        const who = fill(next2, PARTIES);
        if (who) add(who, 'OBSERVES', slot.event, s, 0.6, 'event-observed-by');
      }
    }

    // "in B, C, where he was attending the summit": he visits B and C (unless he is at home); the
    // event named right there is held in B.
    if (hasAnyRun(s, WHERE_WORDS) && s.text.includes(' where ')) {
      for (const where of s.text.matchAll(WHERE_ATTENDING)) {
        const at = s.start + where.index;
        const end = at + where[0].length;
        if (!factualUpTo(scope, end, at)) continue;
        const places = placeChainBefore(ctx, scope, at);
        if (places.length === 0) continue;
        const named = ms.find((m) => m.start > at && m.end <= end && entities.get(m.entityId)?.type === 'PERSON');
        const subject = /^(?:he|she)$/.test(where[1]!) ? pronounReferent(ctx, scope, at) : named ? [entities.get(named.entityId)!] : [];
        const slot = slots.find((x) => x.start >= end && /^(?:(?:a|an|the|this)\s+)?(?:[\p{L}\-]+\s+){0,3}$/u.test(local(end, x.start)));
        if (slot) add(slot.event, 'HELD_IN', places[0]!, s, 0.65, 'where-attending-place');
        for (const p of subject) {
          if (slot) add(p, 'ATTENDS', slot.event, s, 0.65, 'where-attending');
          if (places.some((x) => isHome(info, p, x, ctx.g))) continue;
          for (const pl of places) add(p, 'VISITS', pl, s, 0.6, 'where-attending-visit');
        }
      }
    }

    // "B will closely observe (the) talks": the event by its noun, article optional (a subheading).
    // (Without an event in the article nothing resolves: the rule is passed over.)
    for (const m of info.events.length > 0 && kindNoun !== false && OBSERVING.test(s.text) ? ms : []) {
      const obs = OBSERVE_ACTIVE.exec(s.text.slice(m.end - s.start));
      if (!obs) continue;
      const who = fill(m, PARTIES);
      const event = resolve(info, KIND_OF[obs[1]!]!, s);
      if (who && event && factualUpTo(scope, m.end + obs[0].length)) add(who, 'OBSERVES', event, s, 0.55, 'observe-event');
    }

    // "The ministry issued an announcement that the leader was visiting": the visit is announced.
    if (info.events.length > 0 && hasAnyRun(s, ANNOUNCEMENT_WORDS)) {
      for (const a of s.text.matchAll(ANNOUNCEMENT_THAT)) {
        const at = s.start + a.index + (a[0].length - a[0].trimStart().length);
        if (!VISIT_VERB_AFTER.test(s.text.slice(at - s.start + a[0].trimStart().length))) continue;
        const speaker = ms.filter((m) => m.end <= at).pop();
        const who = speaker ? fill(speaker, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'PERSON']) : undefined;
        const event = resolve(info, 'visit', s);
        if (who && event && /^\s+(?:(?:has|had|have|also|on\s+\p{Lu}\p{Ll}+)\s+)*$/u.test(local(speaker!.end, at)) && factualUpTo(scope, s.end)) add(who, 'ANNOUNCES', event, s, 0.55, 'announcement-that-visit');
      }
    }

    // "the Kenyan leader’s visit": the office holder takes part.
    if (info.events.length > 0 && kindNoun && /[’']s\s/.test(s.text)) {
      for (const t of s.text.matchAll(TITLE_POSSESSIVE)) {
        const holder = titleHolder(ctx, info, t[1]!, t[2]!);
        const event = resolve(info, KIND_OF[t[3]!]!, s);
        if (holder && event && factualUpTo(scope, s.start + t.index + t[0].length)) add(holder, 'ATTENDS', event, s, 0.55, 'title-possessive-event');
      }
    }

    // "A met his Kenyan counterpart, B": a meeting the pair rules cannot reach past "counterpart".
    if (hasAnyRun(s, COUNTERPART_WORDS)) {
      for (const m of ms) {
        const target = entities.get(m.entityId);
        const meet = target?.type === 'PERSON' ? COUNTERPART.exec(local(s.start, m.start)) : null;
        if (!meet || !factualUpTo(scope, m.end)) continue;
        const verbAt = s.start + meet.index + (meet[0].length - meet[0].trimStart().length);
        for (const p of subjectsAt(ctx, info, scope, verbAt)) add(p, 'MEETS', target!, s, 0.6, 'met-counterpart');
      }
    }

    // "A greeted his guest": the host of the article's visit takes part in it.
    if (info.events.length > 0 && hasAnyRun(s, GUEST_WORDS)) {
      for (const gr of s.text.matchAll(GREETED_GUEST)) {
        const verbAt = s.start + gr.index + (gr[0].length - gr[0].trimStart().length);
        const event = resolve(info, 'visit', s);
        if (!event || !factualUpTo(scope, verbAt + gr[0].length)) continue;
        for (const p of subjectsAt(ctx, info, scope, verbAt)) add(p, 'ATTENDS', event, s, 0.55, 'host-greets-guest');
      }
    }

    // "A, B and C opened the Tolva Bridge at a site in D": the opening ceremony, held in D.
    const ceremony = info.events.some((x) => x.kind === 'ceremony') ? resolve(info, 'ceremony', s) : undefined;
    if (ceremony && OPENING.test(s.text)) {
      for (let j = 0; j < ms.length; j++) {
        const object = ms[j]!;
        const open = OPENED.exec(local(Math.max(s.start, object.start - 40), object.start));
        if (!open || entities.get(object.entityId)?.type === 'EVENT' || !factualUpTo(scope, object.end)) continue;
        const verbAt = object.start - open[0].trimStart().length;
        const people = subjectsAt(ctx, info, scope, verbAt);
        for (const p of people) add(p, 'ATTENDS', ceremony, s, 0.55, 'opened-at-ceremony');
        const place = ms[j + 1];
        if (people.length > 0 && place && fill(place, PLACE) && /^\s+(?:at\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?in|in)\s+(?:the\s+)?$/u.test(local(object.end, place.start))) add(ceremony, 'HELD_IN', fill(place, PLACE)!, s, 0.55, 'opened-at-ceremony-place');
      }
    }

    // Meetings: "the Kenyan president also held talks with B"; "the two leaders met"; "A raised it with B at the summit".
    for (const m of ms) {
      const target = entities.get(m.entityId);
      if (target?.type !== 'PERSON') continue;
      // The last 14 characters before the mention first (what `head.slice(-14)` would read).
      if (!WITH_OR_MET.test(local(Math.max(s.start, m.start - 14), m.start))) continue;
      const headFrom = Math.max(s.start, m.start - TAIL);
      const head = local(headFrom, m.start);
      const meet = MEET_TAIL.exec(head);
      const title = meet ? TITLE_SUBJECT.exec(head.slice(0, meet.index)) : null;
      if (title && factualUpTo(scope, m.end)) {
        const holder = titleHolder(ctx, info, title[1]!, title[2]!);
        if (holder) add(holder, 'MEETS', target, s, 0.6, 'title-subject-meets');
      }
      // "He also met A, the general secretary of the X Party, and B, the Y prime minister": the guests listed after the first one ("He received A, the X, B, the Y, and C, …, as well as D")
      // are met too (by the subject of "met" or of the host's verb).
      const metVerb = meet ?? HOST_TAIL.exec(head);
      if (metVerb && factualUpTo(scope, m.end)) {
        const guests: DocEntity[] = [];
        const people = ms.filter((x) => entities.get(x.entityId)?.type === 'PERSON');
        for (let k = people.indexOf(m); k >= 0 && k + 1 < people.length; k++) {
          const [cur, next] = [people[k]!, people[k + 1]!];
          const between = local(cur.end, next.start);
          // "…, the X, and B": the first step may cross commas inside its apposition; the next ones not.
          if (!(guests.length === 0 && APPOSITION_AND.test(between)) && !APPOSITION_LIST.test(between)) break;
          // "…, the X, B said": a person with a verb of their own is no guest.
          if (s.tokens.find((t) => t.start >= next.end)?.pos === 'VERB') break;
          guests.push(entities.get(next.entityId)!);
        }
        if (guests.length > 0) {
          const verbAt = headFrom + metVerb.index;
          const title2 = TITLE_SUBJECT.exec(head.slice(0, metVerb.index));
          const holder = title2 ? titleHolder(ctx, info, title2[1]!, title2[2]!) : undefined;
          // A sentence that opens with "He"/"She" continues the previous sentence's subject, not its last name.
          const opensWithPronoun = /^(?:He|She)(?:\s+(?:also|later|then|separately|briefly))*\s*$/u.test(local(s.start, verbAt));
          const previous = opensWithPronoun ? previousPersonSubject(ctx, s) : undefined;
          const subjects = holder ? [holder] : opensWithPronoun ? (previous ? [previous] : []) : subjectsAt(ctx, info, scope, verbAt);
          for (const p of subjects) for (const guest of guests) if (p.id !== guest.id && p.id !== target.id) add(p, 'MEETS', guest, s, 0.55, 'met-coordinated-person');
        }
      }
      // "A raised the matter with B, B’s title, at the summit in C".
      const exchange = head.endsWith('with ') ? EXCHANGE_VERB.exec(head) : null;
      const atEvent = exchange ? AT_EVENT_AFTER.exec(s.text.slice(m.end - s.start)) : null;
      if (exchange && atEvent && factualUpTo(scope, m.end)) {
        const verbAt = headFrom + exchange.index + (exchange[0].length - exchange[0].trimStart().length);
        const subjects = subjectsAt(ctx, info, scope, verbAt);
        for (const p of subjects) {
          add(p, 'MEETS', target, s, 0.55, 'exchange-at-event');
          const eventStart = m.end + atEvent[0].length;
          const event = slots.find((x) => x.start >= m.end && x.start <= eventStart)?.event;
          if (event) {
            add(p, 'ATTENDS', event, s, 0.55, 'exchange-at-event');
            add(target, 'ATTENDS', event, s, 0.55, 'exchange-at-event');
          }
          const place = atEvent[0].endsWith(' in ') ? mentionAt(ms, eventStart) : undefined;
          const where = place && place.start === eventStart ? fill(place, ['CITY', 'COUNTRY', 'REGION']) : undefined;
          if (where && !isHome(info, p, where, ctx.g)) add(p, 'VISITS', where, s, 0.5, 'exchange-at-event-visit');
        }
      }
    }

    // "The two leaders met / held talks / discussed B / would attend B".
    const plural = hasAnyRun(s, PLURAL_WORDS) ? /\b(?:leaders|men|women|presidents|premiers|prime ministers|heads of state|heads of government)\b/.exec(s.text) : null;
    if (plural) {
      const at = s.start + plural.index + plural[0].length;
      const verb = PLURAL_VERB.exec(s.text.slice(at - s.start));
      if (verb && PLURAL_SUBJECT.test(local(s.start, at)) && factualUpTo(scope, at + verb[0].length)) {
        const pair = pairBefore(ctx, info, scope, at) ?? [];
        if (pair.length === 2) {
          if (/^(?:met|meet|held talks|hold talks)$/.test(verb[1]!)) add(pair[0]!, 'MEETS', pair[1]!, s, 0.55, 'pair-of-leaders-met');
          if (/^discuss/.test(verb[1]!)) {
            const topic = mentionAt(ms, at + verb[0].length);
            const t = topic ? fill(topic, ['PROJECT', 'EVENT', 'ORGANIZATION']) : undefined;
            if (t && /^\s+(?:the\s+)?$/u.test(local(at + verb[0].length, topic!.start))) for (const p of pair) add(p, 'DISCUSSES', t, s, 0.55, 'pair-of-leaders-discussed');
          }
        }
      }
    }
  },
};

