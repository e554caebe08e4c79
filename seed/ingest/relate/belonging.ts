/**
 * What belongs to what, and who makes what, from phrases structure.ts does not read:
 * - "Tolva, one of the worst-hit cities in Kenya" → Tolva PART_OF Kenya;
 * - "Vela Studios will be run as part of the Vela Group", "B, part of C," → PART_OF;
 * - a country word before a government body ("the US Tolva Commission", "a Kenyan Tolva Ministry
 *   spokesman") → the body PART_OF the country (a body whose name keeps the word is read by
 *   structure.ts, "Supreme Court of Kenya", or not at all: stage cluster decides what the name is);
 * - "Acme, the maker of the Tolva phone" → Acme DEVELOPS it;
 * - "A and B, both based in P" → each BASED_IN P.
 * ("The software company, which is based in P" is read by the pair rule `based-in` with its "the
 * company" anaphora, pair-rules.ts.)
 * Each pattern is gated by a word looked up before any regex runs, and compiled once.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { kindReferent, kindTypes } from './roles';
import { isTitle } from './titles';
import { cueWords, hasAnyRun } from './words';

const AREAS: readonly EntityType[] = ['COUNTRY', 'REGION'];
const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
const COMPASS = 'north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern';

// "X, one of the worst-hit cities in Y" (between X and Y).
const ONE_OF_PLACES = new RegExp(`^,\\s+(?:one|two|three|several|some|many)\\s+of\\s+(?:the|its)\\s+(?:[\\p{Ll}\\d][\\p{L}\\-]*\\s+){0,3}?(?:cities|towns|ports|villages|provinces|regions|states|districts|counties|islands|municipalities|areas|places)\\s+(?:in|of)\\s+(?:the\\s+)?(?:(?:${COMPASS})\\s+)?$`, 'u');
// "… will be run as part of C" / "… is part of C" / "B, part of C" (right before C).
const PART_OF_BEFORE = /(?:(?:^|\s)(?:is|are|was|were|will be|would be|has been|have been|had been|became|become|becomes|has become|will become|remains|remained)\s+(?:(?:run|operated|managed|folded|merged|absorbed|kept|held|organised|organized)\s+(?:in\s+)?as\s+)?(?:a\s+)?|,\s+(?:now\s+)?(?:a\s+)?)part\s+of\s+(?:the\s+)?$/u;
/** Between the subject and its predicate: nothing, or one apposition set off by commas. */
const SUBJECT_GAP = /^(?:,[^;]*,)?\s*$/u;
/** Openings of a sentence before its subject. */
const SENTENCE_OPENING = /^(?:[Tt]he\s+)?$/u;
// "X, the maker of P" / "X, which makes P" (between X and P).
const MAKER_OF = /^,\s+(?:(?:the|a|an)\s+(?:[\p{Ll}][\p{L}\-]*\s+){0,2}?(?:maker|makers|developer|developers|creator|creators|publisher|publishers|manufacturer|manufacturers|producer|producers|builder|builders|designer|designers)\s+of|(?:which|that|who)\s+(?:makes|made|develops|developed|publishes|published|created|creates|produces|produced|builds|built|designs|designed))\s+(?:the\s+)?(?:[\p{Ll}][\p{L}\-]*\s+){0,2}?$/u;
const MADE: readonly EntityType[] = ['PROJECT', 'ORGANIZATION'];
/** ", both based in P" after a coordinated pair (between the second of the pair and P). */
const BOTH_BASED = /^,\s+both\s+(?:of\s+them\s+)?(?:based|headquartered)\s+in\s+(?:the\s+)?$/u;
const PLACES: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION'];

/** "-based " after a place, then the kind noun of what is based there ("the Nairobi-based lender", "Nairobi-based Acme"). */
const BASED_AFTER = /^-based\s+(?:(?:\p{Ll}[\p{L}\-]*)\s+){0,2}?(\p{Ll}+)\b/u;
const BASED_BEFORE_NAME = /^-based\s+(?:(?:\p{Ll}[\p{L}\-]*)\s+){0,2}$/u;
/** ", the " right after a body or its short form: the "-based" phrase is its apposition ("Acme, the Nairobi-based lender,", "Acme (AC), the …"). */
const APPOSITION_THE = /^\)?,\s+(?:the|a|an)\s+$/u;
const THE_BEFORE = /(?:^|\s)[Tt]he\s+$/u;
/** "The Tolva Centre (TC) in Nairobi, …" at the start of a sentence: the body is in the city. */
const SHORT_FORM_IN = /^(?:\s*\([\p{Lu}\p{N}&.\-]{2,12}\))?\s+in\s+$/u;
/** What follows the city of a subject body: a pause or a verb, not more of a place phrase ("in Nairobi on Monday"). */
const CITY_CLOSES = /^(?:,|\s+(?:is|was|has|had|have|said|says|will|would|warned|issued|expected|announced|\p{Ll}+ed)\b)/u;
/** Between a body (or its short form) and its city: " in ", ") in ". */
const IN_CITY = /^\)?\s+in\s+$/u;

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

/** The words of SEAT_WORDS and of the maker pattern, as letter runs (words.ts), tested before the patterns run over the sentence. */
const SEAT_RUNS = cueWords(['based', 'headquartered', 'headquarters', 'sits', 'sit', 'at']);
const MAKER_RUNS = cueWords(['maker', 'makers', 'developer', 'creator', 'publisher', 'manufacturer', 'producer', 'builder', 'designer', 'makes', 'made', 'develops', 'developed', 'publishes', 'published', 'created', 'creates', 'produces', 'produced', 'builds', 'built', 'designs', 'designed']);

/** The article's country a word denotes ("US", "Kenyan"). */
function countryWord(ctx: RelateContext, word: string): DocEntity | undefined {
  const c = ctx.g.country(word) ?? ctx.g.demonym(word);
  return c ? ctx.byCode.get(c.code) : undefined;
}

/** The country word right before a government body's mention ("the US Tolva Commission"), as a mention or a word. */
const WORD_BEFORE = /(?:^|[\s(])(?:(?:the|a|an)\s+)?(\p{Lu}[\p{L}.]*)\s$/u;
const DETERMINER_BEFORE = /(?:^|[\s(])(?:the|a|an|The|A|An)\s+\p{Lu}[\p{L}.]*\s$|^\p{Lu}[\p{L}.]*\s$/u;

/** "one of the … cities in Y", "run as part of C", a country before a body, "the maker of P". */
function perSentence(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  const text = s.text;
  const oneOf = text.includes(' of ');
  const partOf = text.includes('part of');
  const bothBased = text.includes('both ');
  const based = text.includes('-based ');
  const seat = text.includes(' in ') && hasAnyRun(s, SEAT_RUNS) && SEAT_WORDS.test(text);
  const maker = hasAnyRun(s, MAKER_RUNS) && /\b(?:maker|makers|developer|creator|publisher|manufacturer|producer|builder|designer|makes|made|develops|developed|publishes|published|created|creates|produces|produced|builds|built|designs|designed)\b/u.test(text);
  const kindIn = text.includes(', a') || text.includes(', the');
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j]!;
    const e = ctx.entities.get(m.entityId);
    if (!e) continue;
    const next = ms[j + 1];
    const between = next ? local(m.end, next.start) : '';
    // "X, one of the worst-hit cities in Y".
    if (oneOf && next && (e.type === 'CITY' || e.type === 'REGION') && ONE_OF_PLACES.test(between) && described(between)) {
      const area = ctx.fill(next, AREAS);
      if (area) ctx.add(e, 'PART_OF', area, s, 0.7, 'one-of-places-in');
    }
    // "Acme, a non-union parts maker in Nairobi,": a body described by its kind and the place it is in.
    if (kindIn && next && BODIES.includes(e.type) && between.includes(' in ')) kindInPlace(ctx, s, e, next, between);
    // "X, the maker of P".
    if (maker && next && BODIES.includes(e.type) && MAKER_OF.test(between) && described(between)) {
      const made = ctx.entities.get(next.entityId);
      if (made && MADE.includes(made.type) && made.id !== e.id) ctx.add(e, 'DEVELOPS', made, s, 0.65, 'maker-of');
    }
    // "… will be run as part of C": the subject is the sentence's first name, with at most an apposition before the predicate.
    if (partOf && j > 0 && BODIES.includes(e.type)) partOfSubject(ctx, s, ms, j, local);
    // "A and B, both based in P": each of the pair is based there.
    if (bothBased && next && j > 0 && BODIES.includes(e.type) && BOTH_BASED.test(between) && described(between)) {
      const other = ms[j - 1]!;
      const place = ctx.fill(next, PLACES);
      const first = ctx.fill(other, BODIES);
      if (place && first && /^\s+and\s+(?:the\s+)?$/u.test(local(other.end, m.start))) {
        ctx.add(first, 'BASED_IN', place, s, 0.7, 'both-based-in');
        ctx.add(e, 'BASED_IN', place, s, 0.7, 'both-based-in');
      }
    }
    // "the US Tolva Commission": a country word right before a government body.
    if (e.type === 'GOVERNMENT_BODY') countryBefore(ctx, s, ms, j, local);
    // "the Nairobi-based lender" / "Nairobi-based Acme".
    if (based && PLACES.includes(e.type)) basedPhrase(ctx, s, ms, j, local);
    // "The court, which is based in Lima", "the party’s headquarters in Lima", "the Tolva Party headquarters in Lima",
    // "Acme, which also sits in Lima", "a scientist at the Tolva Institute (TI) in Lima,".
    if (seat && (e.type === 'CITY' || e.type === 'COUNTRY' || e.type === 'REGION')) seatOf(ctx, s, ms, j, local);
    // "The Tolva Centre (TC) in Nairobi, part of …": a subject body and the city it is in.
    if (j === 0 && next && BODIES.includes(e.type) && SENTENCE_OPENING.test(local(s.start, m.start))) {
      // The short form may be a mention of its own: "(TC)".
      const place = next.entityId === m.entityId && ms[j + 2] ? ms[j + 2]! : next;
      if (SHORT_FORM_IN.test(local(m.end, place.start)) && CITY_CLOSES.test(text.slice(place.end - s.start)) && ctx.entities.get(place.entityId)?.type === 'CITY') ctx.add(e, 'BASED_IN', ctx.entities.get(place.entityId)!, s, 0.6, 'subject-body-in-city');
    }
  }
}

/** ", a non-union parts maker in " between a body and a city or country: the kind noun last, right before " in ". */
const KIND_IN = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}\d][\p{L}\-]*\s+){0,3}?)(\p{Ll}+)\s+(?:based\s+)?in\s+(?:the\s+)?$/u;
/** After that place: a pause or the end (not "in Nairobi on Monday", not "in Nairobi to …"). */
const PLACE_CLOSES = /^(?:[,.;)]|\s*$)/u;
const SEATS: readonly EntityType[] = ['CITY', 'COUNTRY'];

/** "Acme, a non-union parts maker in Nairobi": BASED_IN, when the kind noun names a body and the place closes the phrase. */
function kindInPlace(ctx: RelateContext, s: SentenceScope['s'], body: DocEntity, next: DocMention, between: string): void {
  const kind = KIND_IN.exec(between);
  if (!kind || !kindTypes(kind[2]!)?.some((t) => BODIES.includes(t)) || NOT_NOW_KIND.test(kind[1]!) || !described(between)) return;
  const place = ctx.entities.get(next.entityId);
  if (!place || !SEATS.includes(place.type) || !PLACE_CLOSES.test(s.text.slice(next.end - s.start))) return;
  ctx.add(body, 'BASED_IN', place, s, 0.6, 'kind-in-place');
}
/** Modifiers that take the seat away: "a former bank in Nairobi", "a foreign airline in Lima" (based elsewhere, working there). */
const NOT_NOW_KIND = /\b(?:former|ex|erstwhile|one-time|previous|would-be|prospective|proposed|planned|rival|foreign)\b/u;

/** "the Nairobi-based lender" (what "the lender" stands for), "Acme, the Nairobi-based lender", "Nairobi-based Acme": BASED_IN. */
function basedPhrase(ctx: RelateContext, s: SentenceScope['s'], ms: readonly DocMention[], j: number, local: SentenceScope['local']): void {
  const m = ms[j]!;
  const place = ctx.entities.get(m.entityId)!;
  const after = s.text.slice(m.end - s.start);
  const next = ms[j + 1];
  // "Nairobi-based Acme": the name right after the phrase.
  const named = next && BASED_BEFORE_NAME.test(local(m.end, next.start)) ? ctx.fill(next, BODIES) : undefined;
  if (named) {
    ctx.add(named, 'BASED_IN', place, s, 0.65, 'place-based-name');
    return;
  }
  const prev = ms[j - 1];
  // "Acme, the Nairobi-based lender": the apposition of the name before.
  const owner = prev && APPOSITION_THE.test(local(prev.end, m.start)) ? ctx.fill(prev, BODIES) : undefined;
  // With the body named before the apposition, any head noun will do ("Acme, an Ohio-based rival that …").
  const kind = basedKind(after) ?? (owner ? BASED_ANY_HEAD.exec(after) : null);
  if (!kind) return;
  const opening = local(Math.max(s.start, m.start - 6), m.start);
  const body = owner ?? (THE_BEFORE.test(opening) ? kindReferent(ctx, s, kind[1]!) : undefined);
  if (body && BODIES.includes(body.type)) ctx.add(body, 'BASED_IN', place, s, owner ? 0.65 : 0.55, owner ? 'place-based-apposition' : 'place-based-kind');
}

/**
 * The kind noun after "-based ": the first of up to three lower-case words that is a body's kind
 * ("the Nairobi-based lender"), else the last word of the phrase when it closes there ("the
 * Nairobi-based state-owned aircraft maker,": the head noun is the last word, its modifiers before it).
 */
function basedKind(after: string): RegExpExecArray | null {
  const kind = BASED_AFTER.exec(after);
  if (kind && kindTypes(kind[1]!)?.some((t) => BODIES.includes(t))) return kind;
  const head = BASED_HEAD.exec(after);
  return head && kindTypes(head[1]!)?.some((t) => BODIES.includes(t)) ? head : null;
}
/** "-based " then up to three modifiers and any head noun, which closes the phrase (for an apposition of a named body). */
const BASED_ANY_HEAD = /^-based\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}?(\p{Ll}+)(?=[,.;:)]|$|\s+(?:that|which|where|who|with|whose)\b)/u;
/** "-based " then up to three modifiers and the head noun, which closes the phrase. */
const BASED_HEAD = /^-based\s+(?:\p{Ll}[\p{L}\-]*\s+){1,3}?(\p{Ll}+)(?=[,.;:)]|$|\s+(?:that|which|where|who|with|whose)\b)/u;

/** Words one of which a seat phrase needs (a cheap test before its patterns run). */
const SEAT_WORDS = /\b(?:based|headquartered|headquarters|sits|sit|at)\b/u;
/** "The court, which is (also) based in " at the start of a sentence: the body is what the kind noun stands for. */
const KIND_WHICH_BASED = /^The\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?(\p{Ll}+),\s+which\s+(?:is\s+|was\s+|has\s+been\s+)?(?:also\s+|still\s+)?(?:based|headquartered|sits)\s+in\s+(?:the\s+)?$/u;
/** "Acme, which also sits in " right after a body (the named seat verb the pair rule `based-in` does not read). */
const WHICH_SITS = /^,\s+which\s+(?:also\s+|still\s+)?(?:sits|sat)\s+in\s+(?:the\s+)?$/u;
/** "the party’s headquarters in " before the place: the owner is what the kind noun stands for. */
const KIND_HEADQUARTERS = /(?:^|\s)the\s+(\p{Ll}+)[’']s\s+(?:main\s+|global\s+|national\s+)?(?:headquarters|head\s+office)\s+in\s+(?:the\s+)?$/iu;
/** "the Tolva Party headquarters in " between a body and the place (no possessive). */
const NAME_HEADQUARTERS = /^\s+(?:headquarters|head\s+office)\s+in\s+(?:the\s+)?$/u;
/** "a scientist at " before a body: a job there. */
const JOB_AT = /(?:^|\s)((?:\p{Ll}[\p{L}\-]*\s+){0,2}\p{Ll}[\p{L}\-]*)\s+at\s+(?:the\s+)?$/u;
/** Between that body and its city: its short form, then " in ". */
const BODY_IN = /^(?:\s*\([\p{Lu}\p{N}&.\-]{2,12}\))?\s+in\s+$/u;
/** After the city: a pause or the end, not more of a place phrase ("in Lima on Monday" is a time, not a seat). */
const SEAT_CLOSES = /^(?:[,.;)]|\s*$)/u;

/** "The court, which is based in P", "the party’s headquarters in P", "Acme headquarters in P", "Acme, which sits in P", "a scientist at Acme in P,": BASED_IN. */
function seatOf(ctx: RelateContext, s: SentenceScope['s'], ms: readonly DocMention[], j: number, local: SentenceScope['local']): void {
  const m = ms[j]!;
  const place = ctx.entities.get(m.entityId)!;
  const before = local(Math.max(s.start, m.start - 60), m.start);
  if (!before.endsWith(' in ') && !before.endsWith(' the ')) return;
  const prev = ms[j - 1];
  const gap = prev ? local(prev.end, m.start) : '';
  const body = prev ? ctx.fill(prev, BODIES) : undefined;
  if (!described(before)) return;
  const opening = j === 0 ? KIND_WHICH_BASED.exec(local(s.start, m.start)) : null;
  const kind = opening ?? (j === 0 || !body ? KIND_HEADQUARTERS.exec(before) : null);
  if (kind && kindTypes(kind[1]!.toLowerCase())?.some((t) => BODIES.includes(t))) {
    const owner = kindReferent(ctx, s, kind[1]!.toLowerCase());
    if (owner && BODIES.includes(owner.type)) ctx.add(owner, 'BASED_IN', place, s, 0.55, opening ? 'kind-which-based-in' : 'kind-headquarters-in');
    return;
  }
  if (!body) return;
  // "The Acme sign outside the company’s headquarters in P" (a caption): the kind noun is the one body of its kind the sentence named before.
  const sameSentence = KIND_HEADQUARTERS.exec(before);
  const types = sameSentence ? kindTypes(sameSentence[1]!.toLowerCase()) : undefined;
  if (sameSentence && types?.some((t) => BODIES.includes(t))) {
    const earlier = [...new Set(ms.slice(0, j).map((x) => ctx.entities.get(x.entityId)!).filter((e) => types.includes(e.type)))];
    if (earlier.length === 1) ctx.add(earlier[0]!, 'BASED_IN', place, s, 0.55, 'kind-headquarters-in+same-sentence');
    return;
  }
  if (NAME_HEADQUARTERS.test(gap) || WHICH_SITS.test(gap)) {
    ctx.add(body, 'BASED_IN', place, s, 0.65, WHICH_SITS.test(gap) ? 'which-sits-in' : 'name-headquarters-in');
    return;
  }
  // "a planetary scientist at the Tolva Institute (TI) in Lima, Peru, which …": where the body the person works at is.
  // The short form may be a mention of its own: "(TI)" after the name.
  const named = j > 1 && ms[j - 2]!.entityId === prev!.entityId && /^\s*\($/u.test(local(ms[j - 2]!.end, prev!.start)) ? ms[j - 2]! : prev!;
  const job = place.type === 'CITY' && BODY_IN.test(local(named.end, m.start)) && SEAT_CLOSES.test(s.text.slice(m.end - s.start)) ? JOB_AT.exec(local(Math.max(s.start, named.start - 60), named.start)) : null;
  if (job && isTitle(job[1]!) && described(job[0])) ctx.add(body, 'BASED_IN', place, s, 0.55, 'job-at-body-in-city');
}

/**
 * "B, based in P, will be run as part of C": the part is the sentence's subject (its first name, with
 * at most an apposition before the predicate); "…, B, part of C, …": the name right before.
 */
function partOfSubject(ctx: RelateContext, s: SentenceScope['s'], ms: readonly DocMention[], j: number, local: SentenceScope['local']): void {
  const whole = ms[j]!;
  // "part of the US Tolva Service": the country word before the body is a mention of its own.
  const prefix = j > 1 && ms[j - 1]!.end + 1 === whole.start && ctx.entities.get(ms[j - 1]!.entityId)?.type === 'COUNTRY' && local(ms[j - 1]!.end, whole.start) === ' ' ? ms[j - 1]! : undefined;
  const opening = prefix ?? whole;
  const predicate = PART_OF_BEFORE.exec(local(Math.max(s.start, opening.start - 80), opening.start));
  const target = predicate ? ctx.fill(whole, BODIES) : undefined;
  if (!predicate || !target || !described(predicate[0])) return;
  const appositive = predicate[0].trimStart().startsWith(',');
  const k = prefix ? j - 1 : j;
  let subject = appositive ? ms[k - 1]! : ms[0]!;
  const predicateAt = opening.start - predicate[0].length;
  const gap = local(subject.end, predicateAt);
  if (appositive ? gap !== '' : !SENTENCE_OPENING.test(local(s.start, subject.start)) || !SUBJECT_GAP.test(gap) || NEGATION_CUES.test(gap)) return;
  // "The Tolva Centre (TC) in Nairobi, part of …": the apposition belongs to the body, not to its city.
  const host = appositive && k > 1 && ctx.entities.get(subject.entityId)?.type === 'CITY' ? ms[k - 2] : undefined;
  if (host && IN_CITY.test(local(host.end, subject.start))) subject = host;
  const part = ctx.fill(subject, BODIES);
  if (part) ctx.add(part, 'PART_OF', target, s, 0.65, 'run-as-part-of');
}

function countryBefore(ctx: RelateContext, s: SentenceScope['s'], ms: readonly DocMention[], j: number, local: SentenceScope['local']): void {
  const m = ms[j]!;
  const body = ctx.entities.get(m.entityId)!;
  const prev = ms[j - 1];
  // The country as a mention ending right before the body ("the US Tolva Commission" with "US" linked).
  if (prev && prev.end + 1 === m.start && local(prev.end, m.start) === ' ') {
    const country = ctx.fill(prev, ['COUNTRY']);
    const opening = local(Math.max(s.start, prev.start - 4), prev.start);
    if (country && /(?:^|\s)(?:the|a|an|The|A|An)\s$|^$/u.test(opening)) ctx.add(body, 'PART_OF', country, s, 0.7, 'country-prefix-body');
    return;
  }
  const before = local(Math.max(s.start, m.start - 30), m.start);
  const word = DETERMINER_BEFORE.test(before) ? WORD_BEFORE.exec(before) : null;
  const country = word ? countryWord(ctx, word[1]!) : undefined;
  if (country) ctx.add(body, 'PART_OF', country, s, 0.7, 'country-prefix-body');
}

export const belonging: RelationRules = { name: 'belonging', perSentence };
