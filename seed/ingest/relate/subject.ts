/**
 * The subject of a sentence, as the action rules (actions.ts) read it: the entity named at its start
 * (after an opener such as "On Friday," or "There"), with those coordinated with it ("A, B and C
 * sent …"), or, when the sentence opens with a pronoun or a definite noun ("He", "It", "The
 * company", "The companies"), the subject of an earlier sentence of a compatible type: the nearest
 * of the three sentences before it whose own subject is named (not resolved again). A plural
 * ("They", "The companies") takes a coordinated subject of two or more.
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import { HONORIFICS, TITLES } from '../cues';
import type { RelateContext } from './context';
import { mentionsOf } from './sentence-mentions';

/** What may open a sentence before its subject: a time or place phrase and its comma, a day or date without one ("Late on Thursday", "Last week", "On Monday night"), or an adverb. */
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)`;
const OPENER = String.raw`(?:(?:(?:On|In|At|By|After|Before|During|Since|Last|Earlier|Later|Late|Early)\b[^,;:]{0,50},\s+)|(?:(?:Late|Early|Later|Earlier)\s+(?:on|last|that|this)\s+|(?:On|Last|By|Since|Until|In)\s+)(?:\d{1,2}\s+)?(?:${DAY}|week|month|year|weekend|night)(?:\s+\d{1,4})?(?:\s+(?:night|morning|evening|afternoon))?\s+|(?:There|Then|Later|Earlier|Afterwards|Meanwhile|Separately|Instead|Also)\s+)?`;
/** Honorifics and capitalised titles that may stand before a subject's name outside its mention ("Sheikh", "President", "Prime Minister"). */
const TITLE_WORDS = [...new Set([...HONORIFICS, ...TITLES])].map((w) => w.replace(/\./gu, '')).join('|');
/** The sentence's start up to its first mention, when that mention is its subject ("Sheikh Ada Quist flees …", "Prime Minister Orr said …"). */
const NAMED_START = new RegExp(String.raw`^${OPENER}(?:(?:the|The)\s+)?(?:(?:${TITLE_WORDS})\.?\s+){0,3}$`, 'u');
/** A place phrase without its comma before the subject: "From Lima Mr Orr flew …" (the place, then the subject). */
const PLACE_OPENER = /^(?:From|In|At|Inside|Across)\s+$/u;
const AFTER_PLACE_OPENER = /^,?\s+(?:(?:the|The)\s+)?(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
/** What may follow a subject: a lower-case word (its verb), a comma, a bracket; not a capitalised word (the name goes on: "US Justice Department"). */
const AFTER_SUBJECT = /^(?:\s+\p{Ll}|,|\s*\(|\s+and\b|\s*$)/u;
const PLACES: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION'];
/** A pronoun or definite noun as subject: group 1 the word. */
const PRONOUN_START = new RegExp(String.raw`^${OPENER}(?:(He|She|It|They|he|she|it|they)|(?:The|the)\s+(?:two\s+)?(company|companies|firm|firms|group|groups|party|union|government|ministry|agency|court|carmaker|bank|lender|country|countries|president|minister|leader|two|bloc|junta|panel|committee|regulator|watchdog))\b`, 'u');
/** What opens an apposition of a subject: an article or possessive pronoun ("the …", "its …"), or a named possessor ("Tolva’s …", "the Tolva Party’s …"). */
const APPOSITION_HEAD = String.raw`(?:(?:the|a|an|its|his|her|their)\s|(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}[’']s\s)`;
/** Between two coordinated subjects: ", ", " and ", ", and ", with an apposition of the first ("A, the …, and B", "A, Tolva’s foreign minister, and B"). */
const COORDINATION = new RegExp(String.raw`^(?:,\s+${APPOSITION_HEAD}\s*[^,;()]{1,80}?,)?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$`, 'u');
/** An apposition still open before a mention: ", the US …", ", then Peru’s …". */
const APPOSITION_OPEN = new RegExp(String.raw`^,\s+(?:then\s|${APPOSITION_HEAD})\s*[^,;()]{0,80}$`, 'u');
/** A named possessor opening an apposition of the subject: ", " before it, "’s <lower-case words>," after it ("A, Tolva’s foreign minister, and B"). */
const POSSESSOR_OPENS_APPOSITION = /^[’']s\s+\p{Ll}[^,;()]{0,80}?,\s+and\s/u;
/** An alias in brackets right after a mention ("… (BNP)"). */
const BRACKET = /^\s*\([^()]{1,40}\)/u;

const PERSONAL: readonly EntityType[] = ['PERSON'];
const CORPORATE: readonly EntityType[] = ['ORGANIZATION', 'COUNTRY', 'GOVERNMENT_BODY'];
const PRONOUN_TYPES: Readonly<Record<string, readonly EntityType[]>> = {
  he: PERSONAL, she: PERSONAL, it: CORPORATE, they: ['ORGANIZATION', 'COUNTRY', 'GOVERNMENT_BODY', 'PERSON'],
  company: ['ORGANIZATION'], companies: ['ORGANIZATION'], firm: ['ORGANIZATION'], firms: ['ORGANIZATION'], group: ['ORGANIZATION'], groups: ['ORGANIZATION'],
  party: ['ORGANIZATION'], union: ['ORGANIZATION'], carmaker: ['ORGANIZATION'], bank: ['ORGANIZATION'], lender: ['ORGANIZATION'],
  government: ['COUNTRY', 'GOVERNMENT_BODY'], ministry: ['GOVERNMENT_BODY'], agency: ['GOVERNMENT_BODY', 'ORGANIZATION'], court: ['GOVERNMENT_BODY'],
  country: ['COUNTRY'], countries: ['COUNTRY'], president: PERSONAL, minister: PERSONAL, leader: PERSONAL, two: ['ORGANIZATION', 'COUNTRY', 'PERSON'],
  // Bodies a report names once and then calls by their kind: "The bloc imposed sanctions on …", "the junta accused …", "The panel said …".
  bloc: ['ORGANIZATION'], junta: ['GOVERNMENT_BODY', 'ORGANIZATION'], panel: ['ORGANIZATION', 'GOVERNMENT_BODY'], committee: ['ORGANIZATION', 'GOVERNMENT_BODY'],
  regulator: ['GOVERNMENT_BODY'], watchdog: ['GOVERNMENT_BODY', 'ORGANIZATION'],
};
const PLURAL = new Set(['they', 'companies', 'firms', 'groups', 'countries', 'two']);

/** A sentence's subject: its entities and the offset (in the field) where what follows the subject starts. */
export interface Subject {
  readonly entities: readonly DocEntity[];
  /** Field offset right after the subject (its last mention, or the pronoun). */
  readonly end: number;
  /** The subject was resolved from a pronoun or definite noun. */
  readonly resolved: boolean;
}

/** The named subject at the start of `s`: the first mention (after an opener) and those coordinated with it. */
export function namedSubject(ctx: RelateContext, s: Sentence, ms: readonly DocMention[]): Subject | undefined {
  let first = ms[0];
  if (!first) return undefined;
  const opening = s.text.slice(0, first.start - s.start);
  if (PLACE_OPENER.test(opening) && PLACES.includes(ctx.entities.get(first.entityId)?.type as EntityType) && ms[1] && AFTER_PLACE_OPENER.test(s.text.slice(first.end - s.start, ms[1].start - s.start))) first = ms[1];
  else if (!NAMED_START.test(opening)) return undefined;
  const head = ctx.entities.get(first.entityId);
  if (!head) return undefined;
  const entities = [head];
  let last = first;
  let end = first.end + (BRACKET.exec(s.text.slice(first.end - s.start))?.[0].length ?? 0);
  for (let k = ms.indexOf(first) + 1; k < ms.length; k++) {
    const m = ms[k]!;
    const gap = s.text.slice(end - s.start, m.start - s.start);
    const e = ctx.entities.get(m.entityId);
    const compatible = e !== undefined && (e.type === head.type || (CORPORATE.includes(e.type) && CORPORATE.includes(head.type)));
    if (!compatible || !COORDINATION.test(gap)) {
      // A name inside the apposition of the last subject ("A, the US envoy, and B", "A, Tolva’s envoy, and B"): passed over.
      if (APPOSITION_OPEN.test(gap)) continue;
      if (/^,\s+(?:the\s+)?$/u.test(gap) && POSSESSOR_OPENS_APPOSITION.test(s.text.slice(m.end - s.start))) continue;
      break;
    }
    entities.push(e);
    last = m;
    end = m.end + (BRACKET.exec(s.text.slice(m.end - s.start))?.[0].length ?? 0);
  }
  // "Peru’s government …": a possessive head is not the subject.
  if (!AFTER_SUBJECT.test(s.text.slice(last.end - s.start))) return undefined;
  return { entities, end, resolved: false };
}

/**
 * The subject of `s` (see the module comment), or undefined. `types`: the entity types the caller's
 * rule admits as its subject; a named subject of other types is no subject for it.
 */
export function subjectOf(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], types: readonly EntityType[]): Subject | undefined {
  let byTypes = subjects.get(s);
  if (!byTypes) subjects.set(s, (byTypes = new Map()));
  if (byTypes.has(types)) return byTypes.get(types);
  const subject = findSubject(ctx, s, ms, types);
  byTypes.set(types, subject);
  return subject;
}
/** `subjectOf`'s answers, per sentence and types list (the rules ask with a few constant lists). */
const subjects = new WeakMap<Sentence, Map<readonly EntityType[], Subject | undefined>>();

function findSubject(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], types: readonly EntityType[]): Subject | undefined {
  const named = namedSubject(ctx, s, ms);
  if (named) {
    const entities = named.entities.filter((e) => types.includes(e.type));
    return entities.length ? { ...named, entities } : undefined;
  }
  const pronoun = PRONOUN_START.exec(s.text);
  if (!pronoun) return undefined;
  const word = (pronoun[1] ?? pronoun[2]!).toLowerCase();
  const allowed = PRONOUN_TYPES[word]!.filter((t) => types.includes(t));
  if (!allowed.length) return undefined;
  const plural = PLURAL.has(word);
  const end = s.start + pronoun[0].length;
  // A mention inside the pronoun's reach would make the sentence's own subject ambiguous.
  if (ms.length && ms[0]!.start < end) return undefined;
  for (let back = 1; back <= 3; back++) {
    const earlier = ctx.sentences[s.index - back];
    if (!earlier || earlier.field !== s.field) break;
    const earlierMentions = mentionsOf(ctx, earlier.index);
    const subject = namedSubject(ctx, earlier, earlierMentions);
    const entities = subject ? subject.entities.filter((e) => allowed.includes(e.type)) : [];
    if (entities.length && plural === entities.length > 1) return { entities, end, resolved: true };
    // A sentence naming an entity of the pronoun's types but not as its subject leaves the pronoun ambiguous.
    if (earlierMentions.some((m) => allowed.includes(ctx.entities.get(m.entityId)?.type as EntityType))) return undefined;
  }
  return undefined;
}

/**
 * The person a sentence-opening "he"/"she" ending at field offset `end` stands for, when the
 * subject of an earlier sentence names it unambiguously (see `subjectOf`); else undefined.
 */
export function resolvedPronoun(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], end: number): string | undefined {
  const subject = subjectOf(ctx, s, ms, PERSONAL);
  return subject?.resolved && subject.end === end && subject.entities.length === 1 ? subject.entities[0]!.id : undefined;
}
