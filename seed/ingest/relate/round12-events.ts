/**
 * Round 12: event-centred reports (a match, a final), and who takes part in the article's event.
 *
 * - The article's match: the final event-names.ts added that the headline, the caption or the
 *   first sentence names ("in the Tolva Cup final at …"), else the one final a match report never
 *   names. `reportedMatch` gives it (one per document); the older rules of actions.ts that read
 *   "the occasion named last" (players, spectators) take it instead when there is one, since in a
 *   report an earlier final ("three years after their defeat in the 2031 final") is named in passing.
 * - Where it was played: the first sentence (or the caption) that gives the score or names the
 *   final, then "at <venue> (in <place>)" → the match HELD_IN the venue and the place.
 * - Who played in it: a person named in a clause that narrates the match (scored, saved, headed, a
 *   shot, a cross, a corner, a penalty, came on, took off, the break, "watched from the stands")
 *   ATTENDS the match. Not in a sentence of saying ("X, the coach, said his players …": what is said
 *   is not the act), nor under a condition or a counterfactual ("Had that shot gone in"), nor when the
 *   person's stretch of the clause dates itself to another time ("after Y for Peru in 1986") or to
 *   another time's event ("after the 2031 Cup"). A stretch that puts the act "in/of/at" another named
 *   event ("top scorer of the 2030 Cup", "He scored the winner in the 2029 final") gives that event.
 * - The spectators' list ("Among the spectators were A, …; B, …; and C") → the match (actions.ts).
 */
import type { DocEntity, DocMention, Sentence } from '../document';
import { AWARDS_CEREMONY_RULE, NAMED_FINAL_RULE, POSITION_NOUNS, UNNAMED_FINAL_RULE, UNNAMED_RITE_RULE } from '../event-names';
import type { RelateContext, RelationRules, SentenceScope } from './context';

/** What players do in a match, as a report narrates it (also what brings a person on or off). */
const MATCH_ACT = /\b(?:scored|scores|scoring|score|scorer|saved|saves|shot|shots|fouled|brought\s+down|headed|header|volley|volleyed|converted|equalised|equalized|equaliser|equalizer|cancelled\s+out|canceled\s+out|came\s+on|came\s+off\s+the\s+bench|substitute|substituted|took\s+off|sent\s+off|penalty|penalties|shoot-out|goal|goals|goalless|hat-trick|cross|corner|kick|the\s+ball|the\s+pitch|the\s+net|a\s+post|the\s+post|the\s+bar|offside|touchline|from\s+the\s+stands|denied\s+by|the\s+break|the\s+restart|half-time|extra\s+time|\d+(?:st|nd|rd|th)\s+minute|lifted\s+the\s+trophy|lifting\s+the\s+trophy|appearance)\b/u;
const SAYING = /\b(?:said|says|say|told|tells|added|adds|insisted|admitted|conceded|argued|explained)\b/u;
const COUNTERFACTUAL = /\b(?:if|unless|had\s+(?:that|the|his|her|their)\b[^,;]*\bgone|would|could|might|without|not|never|n[’']t|hoped|hopes|expected|wanted)\b/iu;
/** A stretch dated to another time: "in 1966", "since 1986", "in December 2022", "of the 1950s". */
const OTHER_TIME = /\b(?:in|since|of|until|from|before|after|by)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:1[89]|20)\d\d(?!\d)(?!\s+\p{Lu})/u;

/**
 * What people do at a ceremony, as a report narrates it: crowned, on stage, accepting or presenting an
 * award, a speech, a reading, a performance, a seat in a row, "were also there", "as were".
 */
const RITE_ACT = /\b(?:was\s+crowned|were\s+crowned|crowned\s+at|placed\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,3}?crown|paid\s+homage|sat\s+in\s+the\s+(?:[\p{L}\-]+\s+){0,2}?row|attended\s+(?:alone|with)|(?:was|were)\s+(?:also\s+)?there|as\s+were|read\s+(?:a|the)\s+(?:passage|lesson|reading|poem|prayer)|accepted\s+(?:it|the\s+award|the\s+prize|his\s+award|her\s+award)|[Aa]ccepting\s+(?:the|his|her|their)\s+(?:award|prize|Oscar)|acceptance\s+speech|gave\s+(?:a|an)\s+(?:[\p{L}\-]+\s+)?speech|presented\s+the\s+(?:[\p{L}\-]+\s+){0,2}?(?:award|prize)|performed|sang|on\s+stage|hosted\s+the\s+(?:ceremony|show|evening|night))\b/u;
/** A lead's verb of a rite held somewhere: "was crowned at", "was sworn in at". */
const RITE_HELD = /\b(?:was|were)\s+(?:crowned|sworn\s+in|inaugurated|married|buried|invested|enthroned)\b/u;
/** A stretch before the act that makes it no fact ("would not attend", "is due to perform"). */
const NOT_DONE = /\b(?:if|unless|would|could|might|not|never|n[’']t|due\s+to|expected\s+to|set\s+to|plans?\s+to|will|hoped|hopes)\b/iu;

const riteByDoc = new WeakMap<readonly DocMention[], DocEntity | null>();

/** The ceremony the article reports: its one rite or prize-giving night from event-names.ts. */
export function reportedRite(ctx: RelateContext): DocEntity | undefined {
  let e = riteByDoc.get(ctx.mentions);
  if (e === undefined) {
    const rites = [...ctx.entities.values()].filter((x) => x.type === 'EVENT' && (x.rule === UNNAMED_RITE_RULE || x.rule === AWARDS_CEREMONY_RULE));
    riteByDoc.set(ctx.mentions, (e = rites.length === 1 ? rites[0]! : null));
  }
  return e ?? undefined;
}

/** The relative clause right after a name: ", who scored for Peru in 1998,". */
const RELATIVE_CLAUSE_AFTER = /^,\s+who\b[^,;]*/u;

/** Whether a stretch of the sentence dates itself to another time (a year that is no part of an event's name). */
function otherTime(scope: SentenceScope, ctx: RelateContext, from: number, to: number): boolean {
  if (to <= from) return false;
  const text = scope.local(from, to);
  const re = new RegExp(OTHER_TIME.source, 'gu');
  for (const m of text.matchAll(re)) {
    const year = from + m.index + m[0].length - 4;
    const inEvent = scope.ms.some((x) => x.start <= year && x.end > year && ctx.entities.get(x.entityId)?.type === 'EVENT');
    if (!inEvent) return true;
  }
  return false;
}

/** "He …": the person who opens the sentence right before, in the same field (else no one). */
function previousSubject(ctx: RelateContext, s: Sentence): DocEntity | undefined {
  const before = ctx.sentences.find((x) => x.field === s.field && x.index === s.index - 1);
  if (!before) return undefined;
  const first = ctx.mentions.find((m) => m.field === s.field && m.sentence === before.index && m.start === before.start);
  const e = first ? ctx.entities.get(first.entityId) : undefined;
  return e?.type === 'PERSON' ? e : undefined;
}

/** Words before a final that is still to be played. */
const TO_COME = /\b(?:reach|reached|reaches|reaching|face|faces|facing|will|meet|meets|into|place\s+in|next\s+month|next\s+week)\b[^.;]{0,40}$/u;

const matchByDoc = new WeakMap<readonly DocMention[], DocEntity | null>();

/** The article's match (see the file comment), once per document. */
export function reportedMatch(ctx: RelateContext): DocEntity | undefined {
  let e = matchByDoc.get(ctx.mentions);
  if (e === undefined) matchByDoc.set(ctx.mentions, (e = findMatch(ctx) ?? null));
  return e ?? undefined;
}

/** Whether the text names a final of event-names.ts at all (then only `reportedMatch` is the occasion of its players). */
export function namesFinals(ctx: RelateContext): boolean {
  return [...ctx.entities.values()].some((e) => e.type === 'EVENT' && (e.rule === NAMED_FINAL_RULE || e.rule === UNNAMED_FINAL_RULE));
}

function findMatch(ctx: RelateContext): DocEntity | undefined {
  const finals = [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && (e.rule === NAMED_FINAL_RULE || e.rule === UNNAMED_FINAL_RULE));
  if (finals.length === 0) return undefined;
  const lead = ctx.sentences.find((s) => s.field === 'BODY');
  const front = (m: DocMention) => m.field === 'TITLE' || m.field === 'IMAGE_CAPTION' || (lead !== undefined && m.sentence === lead.index);
  // A final the front names as the one to come ("to reach the X final", "will face Y in the X final") is not the match reported.
  const ahead = (m: DocMention) => {
    const s = ctx.sentences.find((x) => x.field === m.field && x.index === m.sentence);
    return s !== undefined && TO_COME.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start));
  };
  const named = finals.filter((e) => e.rule === NAMED_FINAL_RULE && ctx.mentions.some((m) => m.entityId === e.id && front(m) && !ahead(m)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  return finals.find((e) => e.rule === UNNAMED_FINAL_RULE);
}

const isPerson = (ctx: RelateContext, m: DocMention) => ctx.entities.get(m.entityId)?.type === 'PERSON';

/** The ";"-clause of a sentence around an offset of its field: [from, to) as field offsets. */
function clauseAround(s: Sentence, at: number): [number, number] {
  const rel = at - s.start;
  const before = s.text.lastIndexOf(';', rel);
  const after = s.text.indexOf(';', rel);
  return [s.start + before + 1, s.start + (after === -1 ? s.text.length : after)];
}

function matchPlayers(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms, local } = scope;
  if (scope.conditional || SAYING.test(s.text) || !MATCH_ACT.test(s.text)) return;
  const people = ms.filter((m) => isPerson(ctx, m));
  const events = ms.filter((m) => ctx.entities.get(m.entityId)?.type === 'EVENT' && m.entityId !== match.id);
  // "He scored …": the person named last before the sentence, when the sentence names none before its verb.
  const subjects: Array<{ entity: DocEntity; start: number; end: number }> = people.map((m) => ({ entity: ctx.entities.get(m.entityId)!, start: m.start, end: m.end }));
  const pronoun = /^(?:He|She)\b/u.exec(s.text);
  const e = pronoun ? previousSubject(ctx, s) : undefined;
  if (pronoun && e) subjects.unshift({ entity: e, start: s.start, end: s.start + pronoun[0].length });
  for (let k = 0; k < subjects.length; k++) {
    const p = subjects[k]!;
    const [from, to] = clauseAround(s, p.start);
    const clause = local(from, to);
    if (!MATCH_ACT.test(clause) || COUNTERFACTUAL.test(clause)) continue;
    // The person's stretch: from the clause (or the person before) to the next person of the clause.
    const next = subjects.slice(k + 1).find((x) => x.start >= p.end && x.start < to);
    const stretchEnd = next ? next.start : to;
    if (otherTime(scope, ctx, p.start, stretchEnd) || otherTime(scope, ctx, p.end, p.end + (RELATIVE_CLAUSE_AFTER.exec(local(p.end, to))?.[0].length ?? 0))) continue;
    let target: DocEntity | undefined = match;
    for (const ev of events) {
      if (ev.start < p.end || ev.start >= stretchEnd) continue;
      const lead = local(Math.max(from, ev.start - 12), ev.start);
      if (/\b(?:after|before|since|until)\s+(?:the\s+)?$/u.test(lead)) target = undefined;
      else if (/\b(?:in|of|at|during)\s+(?:the\s+)?$/u.test(lead) && target === match) target = ctx.entities.get(ev.entityId);
    }
    if (target) ctx.add(p.entity, 'ATTENDS', target, s, 0.5, 'round12-match-player');
  }
}

/** "… beating Peru 2-1 in the X final at the Y Stadium in Z", and the caption's "at Y": the venue and its place. */
function matchVenue(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms, local } = scope;
  const lead = ctx.sentences.find((x) => x.field === 'BODY');
  const inLead = lead !== undefined && s.index === lead.index;
  if (!inLead && s.field !== 'IMAGE_CAPTION') return;
  const own = ms.find((m) => m.entityId === match.id);
  if (inLead && !own && !/\b\d{1,2}[-\u2013]\d{1,2}\b/u.test(s.text)) return;
  if (s.field === 'IMAGE_CAPTION' && own === undefined && match.rule !== UNNAMED_FINAL_RULE) return;
  const anchor = own && !inLead ? own.end : s.start;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < anchor) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || !['PROJECT', 'ORGANIZATION'].includes(e.type)) continue;
    const gap = local(anchor, m.start);
    // The venue right after "at (the)": the match's own "at", or the score's.
    if (!/\bat\s+(?:the\s+)?$/u.test(gap) || /[;:]/u.test(gap) || /\b(?:after|before|since)\s+the\s+\p{Lu}/u.test(gap)) continue;
    const place = ms[k + 1];
    const placeEntity = place ? ctx.entities.get(place.entityId) : undefined;
    const inPlace = place && placeEntity && ['CITY', 'COUNTRY', 'REGION'].includes(placeEntity.type) && /^\s+in\s+$/u.test(local(m.end, place.start));
    if (e.type === 'ORGANIZATION' && !inPlace) continue;
    ctx.add(match, 'HELD_IN', e, s, 0.6, 'round12-match-venue');
    if (inPlace) ctx.add(match, 'HELD_IN', placeEntity, s, 0.6, 'round12-match-venue');
    return;
  }
}

function riteActors(ctx: RelateContext, scope: SentenceScope, rite: DocEntity) {
  const { s, ms, local } = scope;
  if (scope.conditional || !RITE_ACT.test(s.text)) return;
  const subjects: Array<{ entity: DocEntity; start: number; end: number }> = ms.filter((m) => isPerson(ctx, m)).map((m) => ({ entity: ctx.entities.get(m.entityId)!, start: m.start, end: m.end }));
  const pronoun = /^(?:He|She)\b/u.exec(s.text);
  const e = pronoun ? previousSubject(ctx, s) : undefined;
  if (pronoun && e) subjects.unshift({ entity: e, start: s.start, end: s.start + pronoun[0].length });
  const others = ms.filter((m) => ctx.entities.get(m.entityId)?.type === 'EVENT' && m.entityId !== rite.id);
  for (let k = 0; k < subjects.length; k++) {
    const p = subjects[k]!;
    const [from, to] = clauseAround(s, p.start);
    const clause = local(from, to);
    const act = RITE_ACT.exec(clause);
    if (!act) continue;
    const actAt = from + act.index;
    if (NOT_DONE.test(local(from, actAt))) continue;
    const next = subjects.slice(k + 1).find((x) => x.start >= p.end && x.start < to);
    if (otherTime(scope, ctx, p.start, next ? next.start : to) || others.some((m) => m.start >= from && m.start < to)) continue;
    ctx.add(p.entity, 'ATTENDS', rite, s, 0.5, 'round12-rite-actor');
  }
}

/** The lead's "was crowned at V in P", "… at the Tolva Awards at the V in P": the rite's venue and place. */
function riteVenue(ctx: RelateContext, scope: SentenceScope, rite: DocEntity) {
  const { s, ms, local } = scope;
  const lead = ctx.sentences.find((x) => x.field === 'BODY');
  if (!lead || s.index !== lead.index) return;
  const own = ms.find((m) => m.entityId === rite.id);
  const verb = RITE_HELD.exec(s.text);
  // "at (the) V": the venue right after the verb or the rite's name (a named building, or capitalised words no entity holds), then "in P".
  const venueAfter = (from: number) => /^(?:\s+as\s+[^,;.]{1,40}?)?\s+at\s+(?:the\s+)?((?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*)\s+in\s+/u.exec(local(from, s.end));
  const anchors = [verb ? s.start + verb.index + verb[0].length : undefined, own?.end].filter((x): x is number => x !== undefined);
  const anchor = anchors.find((x) => venueAfter(x) !== null);
  if (anchor === undefined) return;
  const at = venueAfter(anchor)!;
  const venueStart = anchor + at[0].indexOf(at[1]!);
  const venue = ms.find((m) => m.start === venueStart && ctx.entities.get(m.entityId)?.type === 'PROJECT');
  if (venue) ctx.add(rite, 'HELD_IN', ctx.entities.get(venue.entityId)!, s, 0.6, 'round12-rite-venue');
  const place = ms.find((m) => m.start === anchor + at[0].length);
  const placeEntity = place ? ctx.fill(place, ['CITY', 'COUNTRY', 'REGION']) : undefined;
  if (placeEntity) ctx.add(rite, 'HELD_IN', placeEntity, s, 0.6, 'round12-rite-venue');
}

/** Right after a person: ", <club>’s (long-serving) goalkeeper" — the gap before the club's mention. */
const POSITION_AFTER = new RegExp(String.raw`^[’']s\s+(?:[\p{Ll}\-]+\s+)?${POSITION_NOUNS}\b`, 'u');

/** "X, Orvel’s goalkeeper", "X, Orvel’s long-serving forward": a player or coach WORKS_FOR the club (an organisation; a national side is a country, untyped). */
function clubPositions(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 1; k < ms.length; k++) {
    const club = ctx.entities.get(ms[k]!.entityId);
    if (club?.type !== 'ORGANIZATION') continue;
    const before = ms[k - 1]!;
    const person = ctx.entities.get(before.entityId);
    if (person?.type !== 'PERSON' || !/^,\s+$/u.test(local(before.end, ms[k]!.start))) continue;
    if (!POSITION_AFTER.test(s.text.slice(ms[k]!.end - s.start))) continue;
    ctx.add(person, 'WORKS_FOR', club, s, 0.6, 'round12-club-position');
  }
}

/** "sent X, his foreign minister, to the summit (in his place)": the envoy goes to the event the noun names. */
const SENT_TO = /^(?:,\s+[^,;:()]{1,80},)?\s+to\s+the\s+(summit|conference|ceremony|funeral|coronation|inauguration|talks|meeting|final|forum)\b/u;
const SENT_BEFORE = /\b(?:sent|sends|send|dispatched|dispatches)\s+$/u;

function envoys(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const e = ctx.entities.get(m.entityId);
    if (e?.type !== 'PERSON') continue;
    const before = local(Math.max(s.start, m.start - 20), m.start);
    if (!SENT_BEFORE.test(before)) continue;
    const to = SENT_TO.exec(s.text.slice(m.end - s.start));
    if (!to || !scope.factual(local(s.start, m.start))) continue;
    const noun = to[1]!;
    const events = [...ctx.entities.values()].filter((x) => x.type === 'EVENT' && [x.name, ...x.aliases].some((f) => f === noun || f.endsWith(` ${noun}`)));
    if (events.length === 1) ctx.add(e, 'ATTENDS', events[0]!, s, 0.55, 'round12-sent-to-event');
  }
}

/** "the 2029 final at the Orsk Arena", "the X final at V": another final of the report at its venue. */
function finalsAtVenues(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const e = ctx.entities.get(ms[k]!.entityId);
    if (e?.type !== 'EVENT' || e.rule !== NAMED_FINAL_RULE || e.id === match.id) continue;
    const venue = ctx.entities.get(ms[k + 1]!.entityId);
    if (venue?.type !== 'PROJECT' || !/^\s+at\s+(?:the\s+)?$/u.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    if (!scope.factual(local(s.start, ms[k]!.start))) continue;
    ctx.add(e, 'HELD_IN', venue, s, 0.55, 'round12-final-venue');
  }
}

/** A gathering a body holds: its name ends in one of these nouns. */
const GATHERING = /\b(?:summit|conference|congress|assembly|convention|forum|meeting|session)$/iu;

/** "an extraordinary summit of the Tolva Union (TU) in Porto": the body's gathering HELD_IN the place. */
function gatheringOfBody(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k + 2 < ms.length; k++) {
    const event = ctx.entities.get(ms[k]!.entityId);
    if (event?.type !== 'EVENT' || !GATHERING.test(ms[k]!.text)) continue;
    const body = ctx.entities.get(ms[k + 1]!.entityId);
    if (!body || !['ORGANIZATION', 'GOVERNMENT_BODY'].includes(body.type) || !/^\s+of\s+(?:the\s+)?$/u.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    // The body's parenthesised short form may stand between ("… States (ECOWAS) in").
    let j = k + 2;
    if (ms[j] && ms[j]!.entityId === body.id && /^\s*\($/u.test(local(ms[k + 1]!.end, ms[j]!.start))) j++;
    const place = ms[j];
    if (!place) continue;
    const gap = local(ms[j - 1]!.end, place.start);
    if (!/^\)?\s+in\s+(?:the\s+)?$/u.test(gap)) continue;
    const where = ctx.fill(place, ['CITY', 'COUNTRY', 'REGION']);
    if (!where || !scope.factual(local(s.start, ms[k]!.start))) continue;
    ctx.add(event, 'HELD_IN', where, s, 0.55, 'round12-gathering-of-body');
  }
}

/** "The visit began in P", "The summit took place at V in P": the sentence opens with the event's noun. */
const NOUN_HELD = /^The\s+(visit|trip|tour|summit|ceremony|conference|meeting|talks|final|coronation|funeral|festival|swap|exchange|hearing)\s+(?:began|begins|started|starts|opened|opens|took\s+place|takes\s+place|was\s+held|is\s+held|were\s+held)\s+(?:(?:on|at)\s+(?:the\s+)?)?/u;

/** The one event whose name or alias ends in `noun`, else none. */
function eventByNoun(ctx: RelateContext, noun: string): DocEntity | undefined {
  const found = [...ctx.entities.values()].filter((x) => x.type === 'EVENT' && [x.name, ...x.aliases].some((f) => f.toLowerCase() === noun || f.toLowerCase().endsWith(` ${noun}`)));
  return found.length === 1 ? found[0] : undefined;
}

function eventNounHeld(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  const open = NOUN_HELD.exec(s.text);
  if (!open) return;
  const event = eventByNoun(ctx, open[1]!);
  if (!event) return;
  const from = s.start + open[0].length;
  // "began in P", "took place at V in P": a venue right after, then "in P".
  let k = ms.findIndex((m) => m.start >= from);
  if (k === -1) return;
  const venue = ctx.entities.get(ms[k]!.entityId);
  if (venue?.type === 'PROJECT' && local(from, ms[k]!.start).trim() === '') {
    ctx.add(event, 'HELD_IN', venue, s, 0.55, 'round12-noun-held-in');
    k++;
    if (!ms[k] || !/^\s+in\s+$/u.test(local(ms[k - 1]!.end, ms[k]!.start))) return;
  } else if (!/^in\s+$/u.test(local(from, ms[k]!.start))) return;
  const place = ctx.fill(ms[k]!, ['CITY', 'COUNTRY', 'REGION']);
  if (place) ctx.add(event, 'HELD_IN', place, s, 0.55, 'round12-noun-held-in');
}

/** "during Mr X’s first state visit to P", "X’s maiden trip": the person ATTENDS the event named after the possessive. */
const POSSESSIVE_GAP = /^[’']s\s+(?:(?:first|second|third|last|latest|final|maiden|recent|long-awaited|two-day|three-day|four-day|official)\s+){1,2}(?:\p{Lu}{2,3}\s+)?$/u;
function ownEvent(ctx: RelateContext, scope: SentenceScope) {
  const { ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const person = ctx.entities.get(ms[k]!.entityId);
    const event = ctx.entities.get(ms[k + 1]!.entityId);
    if (person?.type !== 'PERSON' || event?.type !== 'EVENT' || !/\b(?:visit|trip|tour)$/u.test(ms[k + 1]!.text)) continue;
    if (!POSSESSIVE_GAP.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    if (!scope.factual(local(scope.s.start, ms[k]!.start))) continue;
    ctx.add(person, 'ATTENDS', event, scope.s, 0.55, 'round12-own-event');
  }
}

/** "C, the hosts of this year’s tournament": the host of the competition the reported final closes. */
const HOSTS_OF = /^,\s+the\s+hosts?\s+of\s+(?:this\s+year[’']s|the|this)\s+(?:tournament|championship|championships|competition|cup|games)\b/u;

function tournamentHosts(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms } = scope;
  if (match.rule !== NAMED_FINAL_RULE) return;
  const edition = match.name.replace(/\s+final$/u, '');
  const tournaments = [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && e.id !== match.id && [e.name, ...e.aliases].includes(edition));
  if (tournaments.length !== 1) return;
  for (const m of ms) {
    if (!HOSTS_OF.test(s.text.slice(m.end - s.start))) continue;
    const host = ctx.fill(m, ['COUNTRY', 'CITY', 'REGION']);
    if (host) ctx.add(tournaments[0]!, 'HELD_IN', host, s, 0.55, 'round12-tournament-hosts');
  }
}

/** An apposition that puts its person at an event: ", …, the only leader of a Tolva country at the summit", ", the host of the summit". */
const APPOSED_AT = /^,\s+(?:[^,;:()]{0,80}?\s)?(?:at|host\s+of|hosts\s+of|chair\s+of|chairman\s+of|chairwoman\s+of)\s+the\s+(summit|conference|ceremony|coronation|inauguration|funeral|forum|congress|assembly|final|meeting|talks)\b(?=\s*[,.;]|\s*$)/u;

function apposedAttendance(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (const m of ms) {
    const person = ctx.entities.get(m.entityId);
    if (person?.type !== 'PERSON') continue;
    const at = APPOSED_AT.exec(s.text.slice(m.end - s.start));
    if (!at || !scope.factual(local(s.start, m.end + at[0].length))) continue;
    const event = eventByNoun(ctx, at[1]!);
    if (event) ctx.add(person, 'ATTENDS', event, s, 0.5, 'round12-apposed-attendance');
  }
}

/** After an event (and its place): ", the first (one) (to be) held in (the) P". */
const FIRST_HELD_IN = /^(?:\s+in\s+[\p{Lu}][^,;]{0,40})?,\s+the\s+first(?:\s+one)?\s+(?:to\s+be\s+)?(?:held|staged|played|hosted)\s+in\s+(?:the\s+)?$/u;

function firstHeldIn(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const event = ctx.entities.get(ms[k]!.entityId);
    if (event?.type !== 'EVENT') continue;
    for (let j = k + 1; j < ms.length && j <= k + 2; j++) {
      if (!FIRST_HELD_IN.test(local(ms[k]!.end, ms[j]!.start))) continue;
      const place = ctx.fill(ms[j]!, ['CITY', 'COUNTRY', 'REGION']);
      if (place && scope.factual(local(s.start, ms[j]!.start))) ctx.add(event, 'HELD_IN', place, s, 0.55, 'round12-first-held-in');
    }
  }
}

export const round12Events: RelationRules = {
  name: 'round12-events',
  gate: { types: ['PERSON', 'PROJECT', 'ORGANIZATION', 'GOVERNMENT_BODY', 'CITY', 'COUNTRY', 'REGION'] },
  perSentence: (ctx, scope) => {
    if (scope.hasWord('sent') || scope.hasWord('sends') || scope.hasWord('send') || scope.hasWord('dispatched') || scope.hasWord('dispatches')) envoys(ctx, scope);
    gatheringOfBody(ctx, scope);
    if (scope.s.text.startsWith('The ')) eventNounHeld(ctx, scope);
    ownEvent(ctx, scope);
    apposedAttendance(ctx, scope);
    if (scope.hasWord('first')) firstHeldIn(ctx, scope);
    const match = reportedMatch(ctx);
    if (match) {
      matchVenue(ctx, scope, match);
      matchPlayers(ctx, scope, match);
      clubPositions(ctx, scope);
      finalsAtVenues(ctx, scope, match);
      if (scope.hasWord('host') || scope.hasWord('hosts')) tournamentHosts(ctx, scope, match);
      return;
    }
    const rite = reportedRite(ctx);
    if (rite) {
      riteVenue(ctx, scope, rite);
      riteActors(ctx, scope, rite);
    }
  },
};
