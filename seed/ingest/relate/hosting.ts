/**
 * Where an event takes place, read from the verbs of hosting and of disasters:
 * - "Peru, Chile and Bolivia will jointly host the Andes Cup", "Peru staged the first Andes Cup":
 *   the event is HELD_IN each place of the subject;
 * - "… host the Andes Cup, with one match each to be played in A, B and C", "plans to stage the
 *   tournament in ten stadiums across four cities: A, B, C and D": also in each place listed after it
 *   ("the tournament" is the event this subject hosts, or the only event of the article);
 * - "Peru confirmed as Andes Cup host", "Peru was named host of the Andes Cup": HELD_IN Peru;
 * - "The 2031 Andes Cup will be held in Peru, Chile and Bolivia": HELD_IN each;
 * - "the earthquake hit A and B", "the Varna storm struck A": the disaster event is HELD_IN A and B;
 * - a named disaster as the subject: "Hurricane Tamsin slammed into the Peruvian port city of A",
 *   "Cyclone Orla, which struck A in 1997", "Tamsin made landfall on Peru’s coast", "Tamsin is the
 *   strongest storm on record to hit A" (the event's name holds a disaster noun).
 * - "the Andes Cup final at the Tolva Stadium in Lima": HELD_IN the venue (a place or a named
 *   structure) and the place after it;
 * - "Operation Tolva, a naval mission to protect ships in the Varn Sea": an apposition that describes
 *   the event and ends in a place (no verb of its own but an infinitive's);
 * A negation, a bid or hope ("bid to host", "hopes to stage") or a condition gives nothing; a plan
 * or schedule of the event's own venue ("plans to stage", "is set to host") is where it will be held.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PLACE } from './pair-rules';
import { cueWords, foldedCueWords, hasAnyRun, hasAnyRunFolded } from './words';

const HOST_VERB = /\b(?:co-)?(?:host|hosts|hosted|hosting|stage|stages|staged|staging)\b/gu;
/** Between the (last) place of the subject and the verb: ", which", auxiliaries, adverbs, a stated plan. */
const SUBJECT_TO_HOST = /^(?:,\s+(?:which|that))?\s+(?:(?:will|would|shall|has|have|had|is|are|was|were|be|been|to|set|due|plans?|planned|scheduled|expected|chosen|selected|picked|named|awarded|won|the|right|also|jointly|together|once|first|previously|again|successfully|already|last)\s+)*$/u;
/** A plan or schedule for the event's own venue: not the hedge the general cues mean here. */
const VENUE_PLAN = /\b(?:plans?|planned|planning)\s+to\b/gu;
/** A bid or hope to host is no venue. */
const BID = /\b(?:bids?|bidding|bidder|candidacy|candidate|hopes?|hoping|wants?|wanted|seeks?|sought|seeking|aims?|aiming|vying|compete|competing|campaign\w*)\b/u;
/** Nouns that refer back to an event being hosted ("the tournament"). */
const EVENT_NOUN = String.raw`(?:tournament|tournaments|games|championship|championships|finals|competition|event|summit|conference|congress|cup|olympics|festival|expo|race|fair|forum|ceremony)`;
/** "the 48-team, 104-match tournament": the event noun phrase right after the verb. */
const EVENT_NP_AFTER = new RegExp(String.raw`^\s+(?:the|this|next\s+year[’']s|its)\s+(?:[\p{L}\d\-]+,?\s+){0,4}?${EVENT_NOUN}\b`, 'u');
/** From the verb to an event's name: its article and up to four words ("the first", "the 2030 men’s"). */
const VERB_TO_EVENT = /^\s+(?:(?:the|a|an|this|next|its|their)\s+)?(?:[\p{L}\d\-’']+\s+){0,3}?$/u;
/** After the event: where it is played, up to the first place listed ("… in ten stadiums across four cities: "). */
const THEN_IN = /^(?:[^.;:]{0,80}?\b(?:in|across|at)\s+(?:the\s+)?|[^.;:]{0,80}?:\s+)$/u;
const SPEECH = /\b(?:said|says|told|tells|added|announced|according)\b/u;
const LIST_GAP = /^\s*(?:,|and|, and|,\s+and)\s*(?:the\s+)?$/u;
const COORDINATED = /^\s*(?:,|and|, and)\s*$/u;
/** "Peru confirmed as Andes Cup host" / "Peru was named (the) host of the Andes Cup". */
const CONFIRMED_AS = /^\s+(?:(?:was|is|has been|have been|were|are|had been|been)\s+)?(?:officially\s+|formally\s+)?(?:confirmed|named|chosen|selected|picked|approved|announced)\s+as\s+(?:the\s+)?(?:(?:sole|joint|official)\s+)?(?:co-)?hosts?\s+(?:of|for)\s+(?:the\s+)?$/u;
const CONFIRMED_AS_BEFORE = /^\s+(?:(?:was|is|has been|have been|were|are|had been|been)\s+)?(?:officially\s+|formally\s+)?(?:confirmed|named|chosen|selected|picked|approved|announced)\s+as\s+(?:the\s+)?$/u;
const HOST_AFTER = /^\s+(?:co-)?hosts?\b/u;

const DISASTER = 'earthquake|quake|tremor|storm|hurricane|cyclone|typhoon|tsunami|flood|floods|flooding|wildfire|wildfires|eruption|tornado|landslide|heatwave|drought';
/** "the earthquake hit A": the disaster noun, the verb and what follows up to the first place. */
const DISASTER_HIT = new RegExp(`\\b(${DISASTER})\\s+(?:that\\s+|which\\s+)?(?:(?:has|had|have)\\s+)?(?:hit|hits|struck|strikes|devastated|devastates|ravaged|ravages|battered|batters|rocked|rocks|lashed|lashes|swept\\s+(?:through|across)|tore\\s+through|affected)\\s+(?:(?:the|parts\\s+of|much\\s+of|large\\s+parts\\s+of|southern|northern|eastern|western|central|south-eastern|south-western|north-eastern|north-western)\\s+)*$`, 'iu');
/** "Peru, (which was) hit by the earthquake", "areas of Chile struck by last week’s storm": the passive. */
const HIT_BY = new RegExp(`^,?\\s+(?:(?:which|that)\\s+(?:was|were|had\\s+been|has\\s+been)\\s+|(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:worst\\s+|badly\\s+|hardest\\s+|also\\s+)?(?:hit|struck|devastated|ravaged|battered|affected|rocked)\\s+by\\s+(?:the|a|an|last\\s+\\p{L}+[’']s|this\\s+\\p{L}+[’']s)\\s+(?:[\\p{L}\\d.\\-]+\\s+){0,2}?(${DISASTER})\\b`, 'iu');
/** Each disaster noun and what an event's name must hold to be that disaster ("quake" is an earthquake), compiled once. */
const DISASTER_HEADS: ReadonlyMap<string, RegExp> = new Map(
  // A hurricane, typhoon or cyclone is also "the storm".
  DISASTER.split('|').map((noun) => [noun, new RegExp(`\\b(?:${noun === 'quake' || noun === 'tremor' || noun === 'earthquake' ? 'earthquake|quake|tremor' : noun === 'storm' ? 'storm|hurricane|typhoon|cyclone' : noun.replace(/s$|ing$/u, '')})`, 'iu')]),
);
const DISASTER_WORDS = new RegExp(`\\b(?:${DISASTER})\\b`, 'iu');
/** DISASTER_WORDS' words, one of which a match is, case folded, as a run of letters (words.ts): tested first, before the article's events are read. */
const DISASTER_RUNS = foldedCueWords(DISASTER.split('|'));
/** Words between the verb of striking and the place: an article and up to four words ("the Peruvian port city of "), never a time or clause word. */
const TO_PLACE = String.raw`(?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}\-]+|(?!(?:after|before|since|when|while|as|than|because|until|during|by)\b)[\p{Ll}\-]+)\s+){0,4}?`;
const STRIKING = String.raw`(?:hit|hits|struck|strikes|slammed\s+into|slams\s+into|smashed\s+into|smashes\s+into|crashed\s+into|crashes\s+into|barrelled\s+into|barreled\s+into|ploughed\s+into|plowed\s+into|devastated|devastates|ravaged|ravages|battered|batters|lashed|lashes|pounded|pounds|swept\s+(?:through|across|over)|sweeps\s+(?:through|across|over)|tore\s+through|tears\s+through|(?:made|makes|make)\s+landfall\s+(?:on|in|near|over|at|along))`;
/** After a named disaster: (", which") the verb of striking, up to the place. */
const NAMED_HIT = new RegExp(String.raw`^(?:,\s+(?:which|that)\s+|\s+)(?:(?:has|had|have|later|then|also|first|finally|eventually|on\s+\p{Lu}\p{Ll}+)\s+)*${STRIKING}\s+${TO_PLACE}$`, 'u');
/** "Tamsin is the strongest storm on record to hit ": a superlative that states the strike. */
const NAMED_SUPERLATIVE = new RegExp(String.raw`^\s+(?:is|was|became|has\s+become)\s+the\s+[^,;.]{0,60}?\bto\s+(?:hit|strike|make\s+landfall\s+(?:on|in|near|over|at|along))\s+${TO_PLACE}$`, 'u');
/** An event that is a disaster: its name or an alias holds a disaster noun ("Hurricane Tamsin"). */
const isDisaster = (e: DocEntity) => [e.name, ...e.aliases].some((f) => DISASTER_WORDS.test(f));
/** Whether the document has a disaster event, read once per document. */
const hasDisasters = new WeakMap<RelateContext, boolean>();
function anyDisaster(ctx: RelateContext): boolean {
  let any = hasDisasters.get(ctx);
  if (any === undefined) hasDisasters.set(ctx, (any = eventsOf(ctx).some(isDisaster)));
  return any;
}

/** The events each place was read to host, in this document (for "the tournament" later). */
const hosted = new WeakMap<RelateContext, Map<string, DocEntity>>();
/** The document's event entities, listed once. */
const eventLists = new WeakMap<RelateContext, readonly DocEntity[]>();
function eventsOf(ctx: RelateContext): readonly DocEntity[] {
  let list = eventLists.get(ctx);
  if (!list) eventLists.set(ctx, (list = [...ctx.entities.values()].filter((e) => e.type === 'EVENT')));
  return list;
}

/** A place as the place it is: a capital stays the city (it is where something happens). */
function placeOf(ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined {
  const e = m ? ctx.entities.get(m.entityId) : undefined;
  return e && PLACE.includes(e.type) ? e : undefined;
}

/** The clause up to `at` states a fact about the venue (a plan for it is kept; a bid, hope, negation or condition is not). */
function venueStated(scope: SentenceScope, at: number): boolean {
  const clause = lastClause(scope.local(scope.s.start, at));
  if (scope.conditional || NEGATION_CUES.test(clause) || BID.test(clause)) return false;
  return !HYPOTHETICAL_CUES.test(clause.replace(VENUE_PLAN, ''));
}

/** The places listed from mention index `j` on ("A, B and C"). */
function listFrom(ctx: RelateContext, scope: SentenceScope, j: number): DocEntity[] {
  const { ms, local } = scope;
  const out: DocEntity[] = [];
  for (let k = j; k < ms.length; k++) {
    const p = placeOf(ctx, ms[k]);
    if (!p || (k > j && !LIST_GAP.test(local(ms[k - 1]!.end, ms[k]!.start)))) break;
    out.push(p);
  }
  return out;
}

/** The places coordinated before offset `to`, ending with the mention at index `j` ("A, B and C"). */
function subjectPlaces(ctx: RelateContext, scope: SentenceScope, j: number): DocEntity[] {
  const { ms, local } = scope;
  const out: DocEntity[] = [];
  for (let k = j; k >= 0; k--) {
    const p = placeOf(ctx, ms[k]);
    if (!p || (k < j && !COORDINATED.test(local(ms[k]!.end, ms[k + 1]!.start)))) break;
    out.unshift(p);
  }
  return out;
}

/** The places listed after offset `from` ("…, with one match in A, B and C", "… across four cities: A, B"). */
function placesAfter(ctx: RelateContext, scope: SentenceScope, from: number): DocEntity[] {
  const { ms, local } = scope;
  const j = ms.findIndex((m) => m.start >= from);
  if (j < 0) return [];
  const gap = local(from, ms[j]!.start);
  if (!THEN_IN.test(gap) || SPEECH.test(gap)) return [];
  return listFrom(ctx, scope, j);
}

/** "the tournament" after a host verb: the event this subject was read to host, else the article's only event. */
function eventReferredTo(ctx: RelateContext, subjects: readonly DocEntity[]): DocEntity | undefined {
  const map = hosted.get(ctx);
  for (const p of subjects) {
    const e = map?.get(p.id);
    if (e) return e;
  }
  const events = eventsOf(ctx);
  return events.length === 1 ? events[0] : undefined;
}

/**
 * A bare name that other events of the article extend ("Andes Cup" beside "2030 Andes Cup") names
 * the series, not one edition: it is held nowhere in particular.
 */
function isSeries(ctx: RelateContext, event: DocEntity): boolean {
  const suffix = ` ${event.name}`;
  for (const e of eventsOf(ctx)) if (e.id !== event.id && e.name.endsWith(suffix)) return true;
  return false;
}

function record(ctx: RelateContext, scope: SentenceScope, event: DocEntity, places: readonly DocEntity[], confidence: number, rule: string, hosts: boolean): void {
  if (isSeries(ctx, event)) return;
  let map = hosted.get(ctx);
  if (!map) hosted.set(ctx, (map = new Map()));
  for (const p of places) {
    ctx.add(event, 'HELD_IN', p, scope.s, confidence, rule);
    if (hosts) map.set(p.id, event);
  }
}

/** "A, B and C will jointly host the Andes Cup (…, in D and E)". */
function hostVerbs(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (const v of s.text.matchAll(HOST_VERB)) {
    const at = s.start + v.index;
    const end = at + v[0].length;
    let j = -1;
    while (j + 1 < ms.length && ms[j + 1]!.end <= at) j++;
    if (j < 0 || !SUBJECT_TO_HOST.test(local(ms[j]!.end, at))) continue;
    const subjects = subjectPlaces(ctx, scope, j);
    if (subjects.length === 0 || !venueStated(scope, at)) continue;
    // The event: a name right after the verb, or "the tournament" for the one this subject hosts.
    const next = ms.find((m) => m.start >= end);
    let event: DocEntity | undefined;
    let eventEnd = end;
    if (next && ctx.entities.get(next.entityId)?.type === 'EVENT' && VERB_TO_EVENT.test(local(end, next.start))) {
      event = ctx.entities.get(next.entityId);
      eventEnd = next.end;
    } else {
      const np = EVENT_NP_AFTER.exec(s.text.slice(end - s.start));
      if (np && !(next && next.start < end + np[0].length)) {
        event = eventReferredTo(ctx, subjects);
        eventEnd = end + np[0].length;
      }
    }
    if (!event) continue;
    record(ctx, scope, event, subjects, subjects.length > 1 ? 0.65 : 0.7, subjects.length > 1 ? 'places-host-event' : 'place-hosts-event', true);
    const listed = placesAfter(ctx, scope, eventEnd);
    if (listed.length > 0) record(ctx, scope, event, listed, 0.6, 'hosted-event-in-places', false);
  }
}

/** "Peru confirmed as Andes Cup host", "Peru was named host of the Andes Cup". */
function confirmedHosts(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j + 1 < ms.length; j++) {
    const place = placeOf(ctx, ms[j]);
    const event = ctx.entities.get(ms[j + 1]!.entityId);
    if (!place || event?.type !== 'EVENT') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    const named = CONFIRMED_AS.test(gap) || (CONFIRMED_AS_BEFORE.test(gap) && HOST_AFTER.test(s.text.slice(ms[j + 1]!.end - s.start)));
    if (named && venueStated(scope, ms[j + 1]!.start)) record(ctx, scope, event, [place], 0.65, 'confirmed-as-host', true);
  }
}

/** "The 2031 Andes Cup will be held in Peru, Chile and Bolivia": every place of the list. */
const HELD_IN_AFTER = /^\s+(?:(?:will|would|is\s+to|are\s+to|is\s+due\s+to|is\s+set\s+to|was|were|is|are|has\s+been|had\s+been)\s+)?(?:be\s+)?(?:jointly\s+)?(?:held|staged|played|hosted|taking\s+place|take\s+place|took\s+place|takes\s+place)\s+(?:jointly\s+)?(?:in|across)\s+(?:the\s+)?$/u;

/** "the 2031 Andes Games in Lima and Cusco": an event named right before "in" and a list of places. */
const IN_LIST = /^\s+in\s+(?:the\s+)?$/u;

/** "the 2031 Andes Games in Lima and Cusco open": every place of the list (the first one alone is the pair rule's). */
function eventInPlaces(ctx: RelateContext, scope: SentenceScope): void {
  const { ms, local } = scope;
  for (let j = 0; j + 2 < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || !IN_LIST.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const places = listFrom(ctx, scope, j + 1);
    if (places.length > 1 && venueStated(scope, ms[j + 1]!.start)) record(ctx, scope, event, places, 0.6, 'event-in-places', false);
  }
}

/** "The 2031 Andes Cup will be held in Peru, Chile and Bolivia". */
function heldInList(ctx: RelateContext, scope: SentenceScope): void {
  const { ms, local } = scope;
  for (let j = 0; j + 2 < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || !HELD_IN_AFTER.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const places = listFrom(ctx, scope, j + 1);
    if (places.length > 1 && venueStated(scope, ms[j + 1]!.start)) record(ctx, scope, event, places, 0.65, 'event-held-in-places', false);
  }
}

/** "Lima opens the Andes Games", "Lima will open the festival": the city that opens an event is where it is held. */
const CITY_OPENS = /^\s+(?:(?:officially|formally|finally|will|is\s+to|has|had)\s+)*(?:opens|opened|open)\s+(?:the\s+|its\s+)?(?:[\p{L}\d\-]+\s+){0,2}?$/u;

/** "Lima opens the Andes Games": HELD_IN the city (a city only: a country or a capital standing for its government opens talks anywhere). */
function cityOpens(ctx: RelateContext, scope: SentenceScope): void {
  const { ms, local } = scope;
  for (let j = 0; j + 1 < ms.length; j++) {
    const city = ctx.entities.get(ms[j]!.entityId);
    const event = ctx.entities.get(ms[j + 1]!.entityId);
    if (city?.type !== 'CITY' || event?.type !== 'EVENT' || !CITY_OPENS.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    // "Lima opened talks with Quito": talks with a party are the government's, not the city's venue.
    const partner = ms[j + 2];
    if (partner && /^\s+with\s+(?:the\s+)?$/u.test(local(ms[j + 1]!.end, partner.start))) continue;
    if (venueStated(scope, ms[j + 1]!.start)) record(ctx, scope, event, [city], 0.6, 'city-opens-event', false);
  }
}

/** "the earthquake hit A and B": the article's event of that disaster is held in each. */
function disasters(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    if (j > 0 && placeOf(ctx, ms[j - 1]) && LIST_GAP.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
    const hit = DISASTER_HIT.exec(local(Math.max(s.start, ms[j]!.start - 120), ms[j]!.start));
    if (!hit || !venueStated(scope, ms[j]!.start)) continue;
    const places = listFrom(ctx, scope, j);
    // "struck Morocco’s High Atlas mountains": the possessor's region too.
    const part = ms[j + 1] && /^[’']s\s+$/u.test(local(ms[j]!.end, ms[j + 1]!.start)) ? placeOf(ctx, ms[j + 1]) : undefined;
    if (part && places.length === 1) places.push(part);
    const event = disasterEvent(ctx, scope, hit[1]!, ms[j]!.start - hit[0].length);
    if (event && places.length > 0) record(ctx, scope, event, places, 0.65, 'disaster-hit-place', false);
  }
  // "Peru, hit by the earthquake": the place before the passive.
  for (const m of ms) {
    const by = HIT_BY.exec(s.text.slice(m.end - s.start));
    const place = by ? placeOf(ctx, m) : undefined;
    if (!by || !place || !venueStated(scope, m.end + by[0].length)) continue;
    const event = disasterEvent(ctx, scope, by[1]!, m.end + by[0].length - by[1]!.length);
    if (event) record(ctx, scope, event, [place], 0.6, 'place-hit-by-disaster', false);
  }
}

/** "Hurricane Tamsin slammed into the Peruvian port city of A", "Cyclone Orla, which struck A": the named disaster is held in A. */
function namedDisasters(ctx: RelateContext, scope: SentenceScope): void {
  const { ms, local } = scope;
  for (let j = 0; j + 1 < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || !isDisaster(event)) continue;
    // The place is the first mention after the verb (an event's own alias in parentheses is skipped).
    const k = ms.findIndex((m, i) => i > j && m.entityId !== event.id);
    const place = k > 0 ? placeOf(ctx, ms[k]) : undefined;
    if (!place) continue;
    const gap = local(ms[j]!.end, ms[k]!.start);
    const rule = NAMED_HIT.test(gap) ? 'named-disaster-hit-place' : NAMED_SUPERLATIVE.test(gap) ? 'named-disaster-superlative-place' : undefined;
    if (!rule || !venueStated(scope, ms[k]!.start) || NEGATION_CUES.test(gap) || HYPOTHETICAL_CUES.test(gap)) continue;
    record(ctx, scope, event, listFrom(ctx, scope, k), 0.65, rule, false);
  }
}

/** The event a disaster noun names: the event mention that ends with it, else the article's only event with that noun. */
function disasterEvent(ctx: RelateContext, scope: SentenceScope, noun: string, nounAt: number): DocEntity | undefined {
  const own = scope.ms.find((m) => m.start <= nounAt && nounAt < m.end + 1 && ctx.entities.get(m.entityId)?.type === 'EVENT');
  if (own) return ctx.entities.get(own.entityId);
  const re = DISASTER_HEADS.get(noun.toLowerCase());
  if (!re) return undefined;
  const cands = eventsOf(ctx).filter((e) => [e.name, ...e.aliases].some((f) => re.test(f)));
  return cands.length === 1 ? cands[0] : undefined;
}

/** Words of a vote: an election is held in the place whose voters vote or whose election it is. */
const VOTE_WORDS = ['election', 'elections', 'run-off', 'runoff', 'referendum', 'plebiscite', 'primary', 'primaries'];
const VOTE = new RegExp(String.raw`\b(?:${VOTE_WORDS.join('|')})\b`, 'iu');
/** "Argentina’s (presidential) run-off": the possessive place right before the election. */
const PLACE_POSSESSIVE = /^[’']s\s+(?:(?:presidential|parliamentary|general|legislative|snap|local|regional|municipal|national|federal|first|second|last|next|upcoming|mid-term|midterm)\s+){0,2}$/u;
/** "Voters in Japan have …": the place of the voters, at the start of the sentence. */
const VOTERS_IN = /^(?:[“"‘']?\s*)(?:Voters|Electors)\s+(?:across|in)\s+(?:the\s+)?$/u;

/** "Argentina’s presidential run-off", "Voters in Japan … in Sunday’s general election": the election is held there. */
function elections(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || !(VOTE.test(ms[j]!.text) || VOTE.test(event.name))) continue;
    const prev = ms[j - 1];
    const place = prev && PLACE_POSSESSIVE.test(local(prev.end, ms[j]!.start)) ? placeOf(ctx, prev) : undefined;
    if (place && venueStated(scope, ms[j]!.start)) record(ctx, scope, event, [place], 0.6, 'possessive-election', false);
    // "Voters in Japan have punished … in Sunday’s general election"
    const first = ms[0]!;
    const voters = first !== ms[j] && VOTERS_IN.test(local(s.start, first.start)) ? placeOf(ctx, first) : undefined;
    if (voters && venueStated(scope, ms[j]!.start)) record(ctx, scope, event, [voters], 0.55, 'voters-in-election', false);
  }
}

/** "… final at the Tolva Stadium": the event's venue right after it. */
const AT_VENUE = /^\s+at\s+(?:the\s+)?$/u;
/** "… at the Tolva Stadium in Lima": the venue's place. */
const VENUE_IN = /^,?\s+in\s+(?:the\s+)?$/u;
/** "Operation Tolva, a multinational naval mission to protect merchant ships in the ": the describing apposition up to its place. */
const APPOSITION_IN = /^,\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){1,12}?(?:in|on|across|off)\s+(?:the\s+)?$/u;
/** A called-off event is held nowhere ("The final at the Tolva Stadium was cancelled"). */
const CALLED_OFF = /\b(?:cancel(?:l?ed|s|ling)?|postpone[sd]?|postponing|called off|calls off|scrapped|shelved|put off|abandoned)\b/iu;
/** Clause words that make the apposition's place another clause's ("the first talks since leaders met in Lima"). */
const CLAUSE_WORD = /\b(?:since|after|before|when|which|that|who|where|while|until|because|than)\b/u;

/** "the Andes Cup final at the Tolva Stadium in Lima", "Operation Tolva, a naval mission … in the Varn Sea". */
function venuesOfEvents(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  // Both rules read an event's mention: without one the sentence is passed over before its
  // sentence-wide test (most sentences reach here, on " at ", ", a" or ", the").
  if (!ms.some((m) => ctx.entities.get(m.entityId)?.type === 'EVENT') || CALLED_OFF.test(s.text)) return;
  for (let j = 0; j + 1 < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT') continue;
    const next = ms[j + 1]!;
    const gap = local(ms[j]!.end, next.start);
    if (AT_VENUE.test(gap)) {
      const venue = ctx.entities.get(next.entityId);
      if (!venue || (venue.type !== 'PROJECT' && !PLACE.includes(venue.type)) || !venueStated(scope, next.start)) continue;
      const places = [venue];
      const after = ms[j + 2];
      const city = after && VENUE_IN.test(local(next.end, after.start)) ? placeOf(ctx, after) : undefined;
      if (city) places.push(city);
      record(ctx, scope, event, places, 0.6, 'event-at-venue', false);
    } else if (gap.length < 140 && APPOSITION_IN.test(gap) && !CLAUSE_WORD.test(gap)) {
      const place = placeOf(ctx, next);
      // No verb of its own in the apposition (an infinitive's, "to protect", is the mission's purpose).
      const verb = s.tokens.some((t, k) => t.start > ms[j]!.end && t.end <= next.start && (t.pos === 'VERB' || t.pos === 'AUX') && s.tokens[k - 1]?.text !== 'to');
      if (place && !verb && venueStated(scope, next.start)) record(ctx, scope, event, [place], 0.55, 'event-apposition-in-place', false);
    }
  }
}

/** Whether an event of the article has a name or alias that some disaster noun's head matches (disasterEvent's fallback), read once per document. */
const disasterHeads = new WeakMap<RelateContext, boolean>();
function anyDisasterHead(ctx: RelateContext): boolean {
  let any = disasterHeads.get(ctx);
  if (any === undefined) {
    const heads = [...DISASTER_HEADS.values()];
    disasterHeads.set(ctx, (any = eventsOf(ctx).some((e) => [e.name, ...e.aliases].some((f) => heads.some((re) => re.test(f))))));
  }
  return any;
}

/** Whether one of the mentions is of an EVENT entity. */
function hasEventMention(ctx: RelateContext, ms: readonly DocMention[]): boolean {
  for (const m of ms) if (ctx.entities.get(m.entityId)?.type === 'EVENT') return true;
  return false;
}

/** The test before heldInList (compiled once), and its words, one of which a match is as a run of letters (words.ts): tested first. */
const HELD_WORDS = /\b(?:held|staged|played|hosted|place)\b/u;
const HELD_RUNS = cueWords(['held', 'staged', 'played', 'hosted', 'place']);

export const hosting: RelationRules = {
  name: 'hosting',
  // Every rule records an event as held in a place named in the sentence (`record`, `placeOf`).
  gate: { types: PLACE },
  perSentence: (ctx, scope) => {
    // ... and the event is one of the article's: none, nothing to hold.
    if (eventsOf(ctx).length === 0) return;
    const text = scope.s.text;
    if (/\b(?:co-)?(?:host|stag)/u.test(text)) {
      hostVerbs(ctx, scope);
      confirmedHosts(ctx, scope);
    }
    if (text.includes('open')) cityOpens(ctx, scope);
    // `disasters` records only an event disasterEvent finds: an event mention of the sentence, or an
    // event of the article named by a disaster noun's head. Without either it is passed over first.
    if (hasAnyRunFolded(scope.s, DISASTER_RUNS) && (hasEventMention(ctx, scope.ms) || anyDisasterHead(ctx)) && DISASTER_WORDS.test(text)) disasters(ctx, scope);
    if (scope.ms.length > 1 && anyDisaster(ctx)) namedDisasters(ctx, scope);
    if (hasAnyRun(scope.s, HELD_RUNS) && HELD_WORDS.test(text)) heldInList(ctx, scope);
    // `elections` reads only the sentence's event mentions: without one it is passed over before VOTE runs.
    if (hasEventMention(ctx, scope.ms) && VOTE.test(text)) elections(ctx, scope);
    if (scope.ms.length > 2 && text.includes(' in ')) eventInPlaces(ctx, scope);
    if (text.includes(' at ') || text.includes(', a') || text.includes(', the')) venuesOfEvents(ctx, scope);
  },
};
