/**
 * Round 15: who was at an event, and who went where. Each rule reads one grammatical frame, gated
 * by its cue words:
 *
 * - A match report's people beyond its scorers (round12-events.ts reads goals, shots and saves):
 *   a player shown a card or sent to the sin bin, a try, a conversion, a tackle, "in the third
 *   minute"; the referee "taking charge of" the match; a coach "in his last match in charge"; a
 *   spectator "in the stands" → the person ATTENDS the article's match (`reportedMatch`). The act
 *   must stand in the person's own stretch of the clause (up to the next person), as its subject's
 *   verb phrase; not under a negation, hedge or condition, not in what someone says, not dated to
 *   another year.
 * - A host's guests at a place: "X received A and B at the P", "X welcomed A, the …, to P" → each
 *   guest VISITS P (the host does not: it is where the host receives); "to the V in Q" → Q, the
 *   place the venue stands in.
 * - A journey told with a pronoun: "After the hearing he flew on to P", "She then travelled to P" →
 *   the person who opens the sentence before (in the same field) VISITS P; and that person's
 *   greeting in the passive, "… where he landed and was greeted by A, his wife, and B" → A and B
 *   MEET the person.
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { reportedMatch } from './round12-events';

const PLACES: readonly EntityType[] = ['CITY', 'REGION', 'COUNTRY'];
const VENUES: readonly EntityType[] = ['PROJECT', 'CITY', 'REGION', 'COUNTRY'];

/** A match's acts that round 12 does not read: cards, the sin bin, tries, tackles, the referee's charge, a coach's last match, the stands. */
const MATCH_ACT_MORE = /\b(?:(?:yellow|red)\s+cards?|sin[\s-]bin|sin-binned|booked|(?:scored|touched\s+down\s+for|crossed\s+for)\s+(?:a|the|his|her|their)\s+(?:[\p{Ll}\-]+\s+)?try|missed\s+(?:the|a)\s+(?:conversion|penalty|kick)|kicked\s+(?:a|the|\w+)\s+(?:[\p{Ll}\-]+\s+)?(?:penalt(?:y|ies)|conversions?|drop\s+goals?)|drop\s+goal|high\s+tackle|(?:took|taking|takes|take)\s+charge\s+of\s+(?:the|his|her|their)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:match|game|final)|(?:his|her|their)\s+(?:[\p{Ll}\-]+\s+)?(?:match|game)\s+in\s+charge|(?:was|were|sat)\s+(?:also\s+)?in\s+the\s+(?:stands|crowd|royal\s+box)|in\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|closing|final|last|opening)\s+minutes?)\b/u;
const MATCH_WORDS = ['yellow', 'red', 'card', 'cards', 'sin', 'bin', 'sin-bin', 'sin-binned', 'booked', 'try', 'conversion', 'penalty', 'penalties', 'kick', 'goal', 'goals', 'tackle', 'charge', 'stands', 'crowd', 'box', 'minute', 'minutes'];
/** Words of saying: what follows is what someone said, no act of the match. */
const SAYING = /\b(?:said|says|say|told|tells|added|adds|insisted|admitted|argued|explained|praised|criticised|criticized)\b/u;
/** Counterfactuals and hedges in the person's stretch before the act. */
const NOT_DONE = /\b(?:if|unless|would|could|might|should|not|never|no|n[’']t|without|hoped|hopes|expected|wanted|avoided|escaped|due\s+to|set\s+to|will)\b/iu;
/** A year in a stretch: the act is dated to another time. */
const YEAR = /\b(?:1[89]|20)\d\d\b/u;
/** The verb phrase that follows a subject and its apposition: ", the X, was …" / " was …" / " spent …". */
const APPOSITION = /^(?:,\s+[^,;:()]{1,80}?,)?\s+/u;

/** The ";"-clause around an offset: [from, to) as field offsets. */
function clauseAround(s: Sentence, at: number): [number, number] {
  const rel = at - s.start;
  const before = s.text.lastIndexOf(';', rel);
  const after = s.text.indexOf(';', rel);
  return [s.start + before + 1, s.start + (after === -1 ? s.text.length : after)];
}

function matchPeople(ctx: RelateContext, scope: SentenceScope, match: DocEntity): void {
  const { s, ms, local } = scope;
  if (scope.conditional || !MATCH_ACT_MORE.test(s.text)) return;
  const people = ms.filter((m) => ctx.entities.get(m.entityId)?.type === 'PERSON');
  for (let k = 0; k < people.length; k++) {
    const p = people[k]!;
    const [from, to] = clauseAround(s, p.start);
    // The person is the subject of its stretch: the clause (or a coordinated clause, ", and", ", but") opens with it.
    const lead = local(from, p.start);
    if (!/^\s*(?:(?:[\p{L}\-]+\s+){0,4}[\p{L}\-]+,?\s+)?$/u.test(lead) && !/(?:,\s+(?:and|but|while|as)|\s+and)\s+$/u.test(lead)) continue;
    if (/\b(?:on|against|by|for|to|with|from|of|at)\s+$/u.test(lead)) continue;
    const next = people.slice(k + 1).find((x) => x.start >= p.end && x.start < to);
    const end = next ? next.start : to;
    const stretch = local(p.end, end);
    const act = MATCH_ACT_MORE.exec(stretch);
    if (!act) continue;
    const before = stretch.slice(0, act.index);
    // The act is the subject's own verb phrase: after its apposition, before another subject of the clause.
    if (!APPOSITION.test(stretch) || SAYING.test(before) || NOT_DONE.test(before) || YEAR.test(before)) continue;
    // "… of the 2031 final", "… in the 2029 Cup": another event in the stretch is another occasion.
    if (ms.some((x) => x.start > p.end && x.start < end && x.entityId !== match.id && ctx.entities.get(x.entityId)?.type === 'EVENT')) continue;
    if (!scope.factual(local(s.start, p.end + act.index))) continue;
    ctx.add(ctx.entities.get(p.entityId)!, 'ATTENDS', match, s, 0.5, 'round15-match-people');
  }
}

/** A host's verb before the guests: "received", "welcomed", "hosted", "greeted". */
const HOST_VERB = /\b(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting|greeted|greets|greeting)\s+$/u;
const HOST_WORDS = ['received', 'receives', 'receiving', 'welcomed', 'welcomes', 'welcoming', 'hosted', 'hosts', 'hosting', 'greeted', 'greets', 'greeting'];
/** Between two guests: ", ", ", and ", " and " (an apposition may stand after a guest). */
const GUEST_GAP = /^(?:,\s+(?:the|a|an|his|her|its)\s+[^,;:()]{1,60}?)?(?:,\s+(?:and\s+)?|\s+and\s+)$/u;
/** After the last guest: "(, the …,) at (the) " / " to (the) " right before the place. */
const AT_PLACE = /^(?:,\s+(?:the|a|an|his|her|its)\s+[^,;:()]{1,60}?,)?\s+(?:at|to|in)\s+(?:the\s+)?$/u;

function hostsGuests(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 1; k < ms.length; k++) {
    const host = ctx.entities.get(ms[k - 1]!.entityId);
    const first = ctx.entities.get(ms[k]!.entityId);
    if (host?.type !== 'PERSON' || first?.type !== 'PERSON') continue;
    const gap = local(ms[k - 1]!.end, ms[k]!.start);
    if (!HOST_VERB.test(gap) || !/^(?:,\s+[^,;:()]{1,80}?,)?\s+(?:(?:also|then|later|first|briefly)\s+)?[\p{Ll}]+\s+$/u.test(gap)) continue;
    const guests: DocEntity[] = [first];
    let j = k;
    while (j + 1 < ms.length) {
      const e = ctx.entities.get(ms[j + 1]!.entityId);
      if (e?.type !== 'PERSON' || !GUEST_GAP.test(local(ms[j]!.end, ms[j + 1]!.start))) break;
      guests.push(e);
      j++;
    }
    const at = ms[j + 1];
    if (!at || !AT_PLACE.test(local(ms[j]!.end, at.start))) continue;
    let place = ctx.entities.get(at.entityId);
    if (!place || !VENUES.includes(place.type)) continue;
    // "to the V in P": the visit is to the place the venue stands in (the venue is its part).
    const inPlace = ms[j + 2];
    if (place.type === 'PROJECT' && inPlace && /^\s+in\s+$/u.test(local(at.end, inPlace.start))) {
      const where = ctx.entities.get(inPlace.entityId);
      if (where && PLACES.includes(where.type)) place = where;
    }
    if (!scope.factual(local(s.start, ms[k]!.start))) continue;
    for (const g of guests) if (g.id !== host.id) ctx.add(g, 'VISITS', place, s, 0.55, 'round15-host-guests-at');
  }
}

/** "he flew on to", "she then travelled to", "he went on to": a pronoun's journey right before the place. */
const PRONOUN_TRAVEL = /(?:^|[\s,])(?:he|she|He|She)\s+(?:(?:then|later|next|also|first|briefly|finally)\s+)?(?:flew|travelled|traveled|went|drove|sailed|headed|returned)\s+(?:on\s+)?(?:back\s+)?(?:to|into)\s+(?:the\s+)?$/u;
const TRAVEL_WORDS = ['flew', 'travelled', 'traveled', 'went', 'drove', 'sailed', 'headed', 'returned'];

/** The person who opens the sentence right before `s` in its field (else none). */
function previousOpener(ctx: RelateContext, s: Sentence): DocEntity | undefined {
  const before = ctx.sentences.find((x) => x.field === s.field && x.index === s.index - 1);
  if (!before) return undefined;
  const first = ctx.mentions.find((m: DocMention) => m.field === s.field && m.sentence === before.index);
  if (!first || !/^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u.test(before.text.slice(0, first.start - before.start))) return undefined;
  const e = ctx.entities.get(first.entityId);
  return e?.type === 'PERSON' ? e : undefined;
}

function pronounJourneys(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (const m of ms) {
    const place = ctx.entities.get(m.entityId);
    if (!place || !PLACES.includes(place.type)) continue;
    const lead = local(s.start, m.start);
    const travel = PRONOUN_TRAVEL.exec(lead);
    if (!travel) continue;
    // The pronoun is the sentence's first subject: no person named before it.
    const pronounAt = s.start + travel.index;
    if (ms.some((x) => x.start < pronounAt && ctx.entities.get(x.entityId)?.type === 'PERSON')) continue;
    if (!scope.factual(lead)) continue;
    const who = previousOpener(ctx, s);
    if (who) ctx.add(who, 'VISITS', place, s, 0.5, 'round15-pronoun-journey');
    return;
  }
}

/** "he … was greeted (on the tarmac) by ": a pronoun subject's passive greeting, right before the first greeter. */
const PRONOUN_GREETED = /(?:^|[\s,])(?:he|she|He|She)\b[^;:]{0,120}?\b(?:was|were)\s+(?:(?:warmly|personally|then|later|also|first)\s+)?(?:greeted|received|welcomed|met)\s+(?:[^,;:]{0,40}?\s)?by\s+$/u;

function pronounGreeted(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const first = ctx.entities.get(ms[k]!.entityId);
    if (first?.type !== 'PERSON') continue;
    const lead = local(s.start, ms[k]!.start);
    const greeted = PRONOUN_GREETED.exec(lead);
    if (!greeted) return;
    // The pronoun is the sentence's subject: no person named before the greeter.
    if (ms.slice(0, k).some((x) => ctx.entities.get(x.entityId)?.type === 'PERSON') || !scope.factual(lead)) return;
    const who = previousOpener(ctx, s);
    if (!who) return;
    const greeters: DocEntity[] = [first];
    for (let j = k; j + 1 < ms.length; j++) {
      const e = ctx.entities.get(ms[j + 1]!.entityId);
      if (e?.type !== 'PERSON' || !GUEST_GAP.test(local(ms[j]!.end, ms[j + 1]!.start))) break;
      greeters.push(e);
    }
    for (const g of greeters) if (g.id !== who.id) ctx.add(g, 'MEETS', who, s, 0.5, 'round15-pronoun-greeted');
    return;
  }
}

export const round15Events: RelationRules = {
  name: 'round15-events',
  gate: { types: ['PERSON', 'PROJECT', 'CITY', 'REGION', 'COUNTRY'], words: [...MATCH_WORDS, ...HOST_WORDS, ...TRAVEL_WORDS, 'met'] },
  perSentence: (ctx, scope) => {
    if (HOST_WORDS.some((w) => scope.hasWord(w))) hostsGuests(ctx, scope);
    if (scope.hasWord('he') || scope.hasWord('she')) {
      if (TRAVEL_WORDS.some((w) => scope.hasWord(w))) pronounJourneys(ctx, scope);
      if (scope.hasWord('greeted') || scope.hasWord('received') || scope.hasWord('welcomed') || scope.hasWord('met')) pronounGreeted(ctx, scope);
    }
    if (MATCH_WORDS.some((w) => scope.hasWord(w))) {
      const match = reportedMatch(ctx);
      if (match) matchPeople(ctx, scope, match);
    }
  },
};
