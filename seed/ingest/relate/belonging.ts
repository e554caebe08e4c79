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

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

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
  const maker = /\b(?:maker|makers|developer|creator|publisher|manufacturer|producer|builder|designer|makes|made|develops|developed|publishes|published|created|creates|produces|produced|builds|built|designs|designed)\b/u.test(text);
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
  }
}

/**
 * "B, based in P, will be run as part of C": the part is the sentence's subject (its first name, with
 * at most an apposition before the predicate); "…, B, part of C, …": the name right before.
 */
function partOfSubject(ctx: RelateContext, s: SentenceScope['s'], ms: readonly DocMention[], j: number, local: SentenceScope['local']): void {
  const whole = ms[j]!;
  const predicate = PART_OF_BEFORE.exec(local(Math.max(s.start, whole.start - 80), whole.start));
  const target = predicate ? ctx.fill(whole, BODIES) : undefined;
  if (!predicate || !target || !described(predicate[0])) return;
  const appositive = predicate[0].trimStart().startsWith(',');
  const subject = appositive ? ms[j - 1]! : ms[0]!;
  const predicateAt = whole.start - predicate[0].length;
  const gap = local(subject.end, predicateAt);
  if (appositive ? gap !== '' : !SENTENCE_OPENING.test(local(s.start, subject.start)) || !SUBJECT_GAP.test(gap) || NEGATION_CUES.test(gap)) return;
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
