/**
 * Round 12 rules of disaster reports (earthquakes, storms, floods, eruptions):
 * - "villages cut off by the powerful earthquake that struck the Orsk Peninsula": the disaster is
 *   HELD_IN the places it struck. The clause test reads only the stretch from the disaster's phrase
 *   to the place (hosting.ts reads the whole clause, where "cut off by" or "halted by" before the
 *   disaster reads as a negation of the strike). Not "an earthquake that could strike …", not a
 *   feared, expected or simulated one.
 * - "Most of the dead were in A and B": the article's one disaster is HELD_IN A and B.
 * - "A and B, two cities on the northern part of the peninsula", "A, a town of 3,000 people on the
 *   south coast of the island": each place PART_OF the article's one region named by that noun
 *   ("the Orsk Peninsula").
 * - "The agency issued a tsunami warning for the coast of P": the body WARNS P (not a warning
 *   lifted, cancelled or denied, nor one that may be issued).
 * - "Lava from a volcanic eruption on Tolvania’s Orsk peninsula", "the earthquake in P", "train crash in
 *   P" (a headline's crash, disaster-names.ts): the disaster
 *   named by its noun is HELD_IN the place after it (and the possessor's region is PART_OF it). Not a
 *   feared or possible one ("fears of an eruption on P").
 * - "Its epicentre was about 70km south-west of A, in Tolvania’s B province": the article's one
 *   quake (the one named last before, else the article's one quake) is HELD_IN the place the
 *   epicentre is in (not A, the point it is measured from).
 * - "when three trains collided at Lund station in Tolvania’s Orsk district": the article's one crash
 *   (or collision) is HELD_IN the site and the region after it (not trains that nearly collided).
 * - "The Tolva Star is owned by Orsk Shipping and managed by Varna Marine": the owner and the manager
 *   of a vessel or a plant DEVELOPS it (the fixtures' verb for who runs a project; not "is no longer
 *   owned by", not a past owner).
 * - "Tolva Air Flight 310, bound for Lund with 90 passengers, turned back and landed safely at Orsk
 *   Airport": the flight (an EVENT) LANDS_ON the airport; "… came down on its belly at Orsk Airport",
 *   "… crashed at": the flight is HELD_IN it. The flight opens the sentence as its subject; not a
 *   flight that failed or tried to land.
 * - "Storm Orla had caused flooding in A and B, then gathered strength at sea before it struck C": the
 *   named disaster that opens the sentence is HELD_IN C too ("it" stands for the subject; only places
 *   are named between). Not "before it could strike C".
 * - "Tolvania’s Orsk district", "in Varna, Orsk province": a region named by an administrative or
 *   natural noun after a place's possessive, or after a region and a comma, is PART_OF that place
 *   (the stricken places of a report are given so; "the city's Orsk district" needs a named place).
 * - "The number of dead from the earthquake … rose to 900, Tolvania’s interior ministry said, with …":
 *   a speaker whose attribution follows a clause naming the disaster DISCUSSES it.
 */
import type { DocEntity, DocMention } from '../document';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PLACE } from './pair-rules';
import { cueWords, foldedCueWords, hasAnyRun, hasAnyRunFolded } from './words';

const DISASTER = 'earthquake|quake|tremor|storm|hurricane|cyclone|typhoon|tsunami|flood|floods|flooding|wildfire|wildfires|eruption|tornado|landslide';
/** Each disaster noun and the words an event's name must hold to be that disaster. */
const HEADS: ReadonlyMap<string, RegExp> = new Map(
  DISASTER.split('|').map((noun) => [noun, new RegExp(`\\b(?:${noun === 'quake' || noun === 'tremor' || noun === 'earthquake' ? 'earthquake|quake|tremor' : noun === 'storm' ? 'storm|hurricane|typhoon|cyclone' : noun.replace(/s$|ing$/u, '')})`, 'iu')]),
);
/** Words that make a disaster one not (yet) struck: a fear, a forecast, a drill. */
const UNREAL = /\b(?:fear\w*|predict\w*|forecast\w*|expect\w*|possible|potential|future|next|simulated|simulation|drill|scenario|hypothetical|imagined|like|such)\b/iu;
/** "the (powerful|deadly) earthquake that struck (the) ": the definite disaster phrase and its verb, up to the place. */
const STRUCK = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{Ll}\d.\-]+\s+){0,3}?(${DISASTER})\s+(?:that|which)\s+(?:(?:has|had)\s+)?(?:struck|hit|devastated|ravaged|battered|rocked|shook|lashed|swept\s+(?:through|across)|tore\s+through)\s+(?:(?:the|parts\s+of|much\s+of|southern|northern|eastern|western|central)\s+)*$`, 'u');
/** "Most of the dead were in ", "The deaths were all in ". */
const DEAD_IN = /(?:^|[.;]\s*|\b(?:and|but)\s+)(?:(?:[Mm]ost|[Mm]any|[Aa]ll|[Hh]alf|[Tt]he\s+majority)\s+of\s+)?(?:[Tt]he|[Tt]hose)\s+(?:dead|deaths|victims|fatalities|casualties)\s+(?:were|was)\s+(?:all\s+|also\s+)?(?:in|reported\s+in)\s+$/u;
/** ", two cities on the northern part of the peninsula", ", a town of about 3,700 people on the south coast of the island": the region noun in group 1. */
const PLACES_ON = /^,\s+(?:(?:two|three|four|both)\s+(?:cities|towns|villages|ports)|(?:a|an)\s+(?:\p{Ll}+\s+)?(?:city|town|village|port)(?:\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?[\d,.]+\s+(?:people|residents|inhabitants))?)\s+(?:on|in)\s+the\s+(?:(?:northern|southern|eastern|western|north|south|east|west|central|far)\s+(?:part|tip|end|coast|edge|side)\s+of\s+the\s+|(?:north|south|east|west)\s+of\s+the\s+)?(peninsula|island|coast|valley|delta|archipelago)\b/u;
/** "issued a (major) tsunami warning for (the coast of) ": the warning's kind and what it covers. */
const WARNING_FOR = new RegExp(String.raw`^\s+(?:has\s+|had\s+|have\s+)?(?:issued|issues|declared|declares|raised|raises|put\s+out|puts\s+out)\s+(?:a|an|its)\s+(?:(?:major|severe|red|amber|highest|top-level|new)\s+)*(?:${DISASTER}|weather|evacuation|heat|rain|volcano|volcanic|eruption)\s+(?:alert|warning|warnings)\s+(?:for|across|in)\s+(?:the\s+)?(?:(?:coast|coasts|coastline|shores|north|south|east|west|whole|rest)\s+of\s+(?:the\s+)?)?$`, 'u');

/** The article's disaster events whose name or alias holds a head of `noun`. */
function disastersOf(ctx: RelateContext, noun?: string): DocEntity[] {
  const heads = noun ? [HEADS.get(noun.toLowerCase())!] : [...HEADS.values()];
  return [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && [e.name, ...e.aliases].some((f) => heads.some((re) => re.test(f))));
}

function placeOf(ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined {
  const e = m ? ctx.entities.get(m.entityId) : undefined;
  return e && PLACE.includes(e.type) ? e : undefined;
}

/** The places listed from mention index `j` on ("A, B and C"). */
function listFrom(ctx: RelateContext, scope: SentenceScope, j: number): DocEntity[] {
  const out: DocEntity[] = [];
  for (let k = j; k < scope.ms.length; k++) {
    const p = placeOf(ctx, scope.ms[k]);
    if (!p || (k > j && !/^\s*(?:,|and|, and)\s*$/u.test(scope.local(scope.ms[k - 1]!.end, scope.ms[k]!.start)))) break;
    out.push(p);
  }
  return out;
}

/** The places coordinated before and up to the mention at index `j` ("A, B and C"). */
function listTo(ctx: RelateContext, scope: SentenceScope, j: number): DocEntity[] {
  const out: DocEntity[] = [];
  for (let k = j; k >= 0; k--) {
    const p = placeOf(ctx, scope.ms[k]);
    if (!p || (k < j && !/^\s*(?:,|and|, and)\s*$/u.test(scope.local(scope.ms[k]!.end, scope.ms[k + 1]!.start)))) break;
    out.unshift(p);
  }
  return out;
}

/** A stretch states a fact: no negation, condition, hedge or fear in it. */
const real = (stretch: string) => !NEGATION_CUES.test(stretch) && !HYPOTHETICAL_CUES.test(stretch) && !UNREAL.test(stretch);

function struck(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    if (j > 0 && placeOf(ctx, ms[j - 1]) && /^\s*(?:,|and|, and)\s*$/u.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
    const from = Math.max(s.start, ms[j]!.start - 120);
    const hit = STRUCK.exec(local(from, ms[j]!.start));
    if (!hit || !real(hit[0]) || !placeOf(ctx, ms[j])) continue;
    // The event: the mention of the disaster noun, else the article's one disaster of that noun.
    const nounAt = from + hit.index + hit[0].search(new RegExp(`\\b${hit[1]!}\\s+(?:that|which)\\b`, 'u'));
    const own = ms.find((m) => m.start <= nounAt && nounAt < m.end && ctx.entities.get(m.entityId)?.type === 'EVENT');
    const cands = own ? [ctx.entities.get(own.entityId)!] : disastersOf(ctx, hit[1]!);
    if (cands.length !== 1) continue;
    const places = listFrom(ctx, scope, j);
    for (const p of places) ctx.add(cands[0]!, 'HELD_IN', p, s, 0.65, 'disaster-that-struck-place');
  }
}

function deadIn(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  const j = ms.findIndex((m) => DEAD_IN.test(local(s.start, m.start)));
  if (j < 0 || !placeOf(ctx, ms[j]) || scope.conditional) return;
  const events = disastersOf(ctx);
  if (events.length !== 1) return;
  for (const p of listFrom(ctx, scope, j)) ctx.add(events[0]!, 'HELD_IN', p, s, 0.6, 'disaster-dead-in-places');
}

function placesOn(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  for (let j = 0; j < ms.length; j++) {
    if (!placeOf(ctx, ms[j]) || ctx.entities.get(ms[j]!.entityId)?.type === 'COUNTRY') continue;
    const on = PLACES_ON.exec(s.text.slice(ms[j]!.end - s.start));
    if (!on) continue;
    const noun = on[1]!;
    // The one region of the article that this noun closes ("the Orsk Peninsula").
    const regions = [...ctx.entities.values()].filter((e) => e.type === 'REGION' && e.name.includes(' ') && e.name.split(/\s+/u).pop()!.toLowerCase() === noun);
    if (regions.length !== 1) continue;
    const plural = /^,\s+(?:two|three|four|both)\b/u.test(on[0]);
    const places = plural ? listTo(ctx, scope, j) : [placeOf(ctx, ms[j])!];
    if (plural && places.length < 2) continue;
    for (const p of places) if (p.type !== 'COUNTRY' && p.id !== regions[0]!.id) ctx.add(p, 'PART_OF', regions[0]!, s, 0.6, 'place-on-the-region');
  }
}

function warnings(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  for (let k = 0; k < ms.length; k++) {
    const target = placeOf(ctx, ms[k]);
    if (!target) continue;
    const before = local(s.start, ms[k]!.start);
    const verbAt = before.search(/\s+(?:has\s+|had\s+|have\s+)?(?:issued|issues|declared|declares|raised|raises|put\s+out|puts\s+out)\s+(?:a|an|its)\s+[^.;]*$/u);
    if (verbAt < 0 || !WARNING_FOR.test(before.slice(verbAt))) continue;
    const subjectText = before.slice(0, verbAt);
    if (!real(subjectText.slice(-40)) || HYPOTHETICAL_CUES.test(before.slice(verbAt))) continue;
    // The warner: a body named right before the verb, or "The agency" for the last body named.
    const prev = [...ms].reverse().find((m) => m.end <= s.start + verbAt);
    let warner: DocEntity | undefined;
    if (prev && /^\s*(?:,[^,]{0,60},\s*)?$/u.test(local(prev.end, s.start + verbAt))) warner = ctx.entities.get(prev.entityId);
    else if (/^(?:[“"]?\s*)(?:The|the)\s+(?:\p{Ll}+\s+)?(?:agency|service|office|institute|authority|centre|center)$/u.test(subjectText.trim())) {
      const id = ctx.lastOf(s, ['GOVERNMENT_BODY']);
      warner = id ? ctx.entities.get(id) : undefined;
    }
    if (warner && (warner.type === 'GOVERNMENT_BODY' || warner.type === 'ORGANIZATION') && warner.id !== target.id) ctx.add(warner, 'WARNS', target, s, 0.6, 'issued-warning-for-place');
  }
}

/** After a disaster's mention: "on/in (the) " up to the place. */
const DISASTER_NAME = new RegExp(`^(?:${DISASTER}|crash|collision)$`, 'iu');
const ON_PLACE = /^\s+(?:on|in|off|across)\s+(?:the\s+)?$/u;
/** Words before the disaster's phrase that make it unreal ("fears of an eruption", "risk of a quake"). */
const UNREAL_BEFORE = /\b(?:fears?|feared|risk|threat|chance|likelihood|possibility|prospect|warn\w*|prepar\w*|await\w*)\s+(?:of\s+|for\s+)?(?:a|an|the|another|new)?\s*(?:\p{Ll}+\s+)?$/u;

function disasterOnPlace(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j + 1 < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || !DISASTER_NAME.test(ms[j]!.text)) continue;
    if (!ON_PLACE.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const before = local(Math.max(s.start, ms[j]!.start - 60), ms[j]!.start);
    if (scope.conditional || UNREAL_BEFORE.test(before) || !real(lastClauseOf(before))) continue;
    const first = placeOf(ctx, ms[j + 1]);
    if (!first) continue;
    // "Tolvania’s Orsk peninsula": the region and its possessor.
    const part = ms[j + 2] && /^[’']s\s+$/u.test(local(ms[j + 1]!.end, ms[j + 2]!.start)) ? placeOf(ctx, ms[j + 2]) : undefined;
    if (part && part.type !== 'COUNTRY' && first.type === 'COUNTRY') {
      ctx.add(event, 'HELD_IN', part, s, 0.6, 'disaster-on-place');
      ctx.add(event, 'HELD_IN', first, s, 0.6, 'disaster-on-place');
      ctx.add(part, 'PART_OF', first, s, 0.6, 'disaster-on-countrys-region');
    } else if (!part) {
      for (const p of listFrom(ctx, scope, j + 1)) ctx.add(event, 'HELD_IN', p, s, 0.6, 'disaster-on-place');
    }
  }
}

/** The text after the last clause break (a comma, semicolon or clause word) of a stretch. */
const lastClauseOf = (text: string) => text.split(/[;,]|\b(?:but|and|while|although|though)\b/u).pop() ?? text;

/** "Its epicentre was (about 70km south-west of A,) in ": the place right after. */
const EPICENTRE_IN = /\b(?:[Ii]ts|[Tt]he(?:\s+(?:quake|earthquake|tremor)[’']s)?)\s+epicent(?:re|er)\s+(?:was|lay|is|had\s+been)\s+(?:(?:about|around|some|nearly|roughly)?\s*[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+(?:\p{Ll}+(?:-\p{Ll}+)?\s+)?(?:of|from)\s+[^,;.]{1,40},\s+)?(?:in|near|under|beneath)\s+(?:the\s+)?$/u;

function epicentre(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  const j = ms.findIndex((m) => EPICENTRE_IN.test(local(s.start, m.start)));
  const place = j >= 0 ? placeOf(ctx, ms[j]) : undefined;
  if (!place) return;
  // "Its epicentre": the quake named last before the sentence, else the article's one quake.
  const quakes = disastersOf(ctx, 'earthquake');
  const lastId = ctx.lastOf(s, ['EVENT']);
  const last = quakes.find((e) => e.id === lastId);
  const events = last ? [last] : quakes;
  if (events.length !== 1) return;
  ctx.add(events[0]!, 'HELD_IN', place, s, 0.6, 'disaster-epicentre-in');
  // "in Tolvania’s B province": the province.
  const next = ms[j + 1];
  const part = next && /^[’']s\s+$/u.test(local(ms[j]!.end, next.start)) ? placeOf(ctx, next) : undefined;
  if (part && place.type === 'COUNTRY') ctx.add(events[0]!, 'HELD_IN', part, s, 0.6, 'disaster-epicentre-in');
}

/** ", (Tolvania’s) interior ministry said," or "… said." after the clause. */
const SPEAKER_SAID = /^\s+(?:said|says)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s*(?:,|\.|$)/u;

function saidAfter(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  for (let k = 1; k < ms.length; k++) {
    const speaker = ctx.entities.get(ms[k]!.entityId);
    if (!speaker || !['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION'].includes(speaker.type)) continue;
    if (!SPEAKER_SAID.test(s.text.slice(ms[k]!.end - s.start))) continue;
    // The attribution stands after a comma: ", the ministry said", ", Tolvania’s ministry said".
    let from = k;
    if (k > 1 && /^[’']s\s+$/u.test(local(ms[k - 1]!.end, ms[k]!.start)) && placeOf(ctx, ms[k - 1])) from = k - 1;
    if (!/,\s+(?:the\s+)?$/u.test(local(s.start, ms[from]!.start)) && !/,\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/u.test(local(Math.max(s.start, ms[from]!.start - 30), ms[from]!.start))) continue;
    // A disaster mention in the clause reported, before the attribution.
    const reported = ms.slice(0, from).map((m) => ctx.entities.get(m.entityId)).filter((e): e is DocEntity => e?.type === 'EVENT' && disastersOf(ctx).includes(e));
    if (reported.length === 0) continue;
    const event = reported[reported.length - 1]!;
    if (HYPOTHETICAL_CUES.test(local(s.start, ms[from]!.start))) continue;
    ctx.add(speaker, 'DISCUSSES', event, s, 0.5, 'disaster-said-after');
  }
}

/** The nouns that close the name of a region inside another ("Orsk district", "Varna Prefecture"). */
const PART_NOUN = /\s(?:district|province|prefecture|county|state|region|oblast|governorate|peninsula|island|islands|mountains|valley)$/iu;
/** The nouns that close the name of a region a comma puts another in ("Varna, Orsk province"). */
const ADMIN_NOUN = /\s(?:province|prefecture|county|state|oblast|governorate)$/iu;

function placeParts(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j + 1 < ms.length; j++) {
    const a = placeOf(ctx, ms[j]);
    const b = placeOf(ctx, ms[j + 1]);
    if (!a || !b || a.id === b.id || b.type !== 'REGION') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    // "Tolvania’s Orsk district": the named region in its possessor.
    if (/^[’']s\s+$/u.test(gap) && PART_NOUN.test(ms[j + 1]!.text) && (a.type !== 'CITY' || /\sdistrict$/iu.test(ms[j + 1]!.text))) ctx.add(b, 'PART_OF', a, s, 0.6, 'possessive-region-part');
    // "in Varna, Orsk province": a region, then the province it lies in (the sentence or a caption ends there).
    else if (a.type === 'REGION' && /^,\s+$/u.test(gap) && ADMIN_NOUN.test(ms[j + 1]!.text) && /^\s*(?:[.;)]|\s-\s|$)/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(a, 'PART_OF', b, s, 0.6, 'region-comma-province');
  }
}

/** "(three) trains collided at ": vehicles, the verb and the site's preposition. */
const COLLIDED_AT = /\b(?:two|three|four|several|\d+)?\s*(?:trains|planes|aircraft|jets|ships|vessels|boats|buses|lorries|trucks|cars|vehicles)\s+(?:had\s+)?(?:collided|crashed)\s+(?:(?:head-on|on\s+a\s+runway)\s+)?(?:at|near|outside|in)\s+(?:the\s+)?$/u;

function collidedAt(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  const crashes = [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && /^(?:crash|collision)$/iu.test(e.name));
  if (crashes.length !== 1) return;
  const j = ms.findIndex((m) => COLLIDED_AT.test(local(Math.max(s.start, m.start - 80), m.start)));
  if (j < 0) return;
  const hit = COLLIDED_AT.exec(local(Math.max(s.start, ms[j]!.start - 80), ms[j]!.start))!;
  const before = local(Math.max(s.start, ms[j]!.start - hit[0].length - 30), ms[j]!.start);
  if (!real(before) || /\b(?:nearly|almost|narrowly)\b/u.test(before)) return;
  const site = ctx.entities.get(ms[j]!.entityId);
  if (!site || !['PROJECT', 'CITY', 'REGION'].includes(site.type)) return;
  const event = crashes[0]!;
  ctx.add(event, 'HELD_IN', site, s, 0.6, 'vehicles-collided-at');
  // "… station in Tolvania’s Orsk district": the region the site is in.
  const next = ms[j + 1];
  if (!next || !/^\s+(?:in|near)\s+$/u.test(local(ms[j]!.end, next.start))) return;
  const after = ms[j + 2];
  const part = after && /^[’']s\s+$/u.test(local(next.end, after.start)) ? placeOf(ctx, after) : undefined;
  const region = part ?? placeOf(ctx, next);
  if (region && region.type !== 'COUNTRY') ctx.add(event, 'HELD_IN', region, s, 0.6, 'vehicles-collided-at');
}

/** "<project> is owned by ", then "and managed by ". */
const OWNED_BY = /^\s+(?:is|are)\s+(?:(?:jointly|wholly|partly)\s+)?(?:owned|operated|managed|run)\s+by\s+(?:the\s+)?$/u;
const AND_MANAGED_BY = /^\s*,?\s+and\s+(?:(?:is|are)\s+)?(?:owned|operated|managed|run)\s+by\s+(?:the\s+)?$/u;

function ownedBy(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (scope.conditional) return;
  const runner = (m: DocMention | undefined) => {
    const e = m ? ctx.entities.get(m.entityId) : undefined;
    return e && (e.type === 'ORGANIZATION' || e.type === 'GOVERNMENT_BODY') ? e : undefined;
  };
  for (let j = 0; j + 1 < ms.length; j++) {
    const project = ctx.entities.get(ms[j]!.entityId);
    if (project?.type !== 'PROJECT' || !OWNED_BY.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const owner = runner(ms[j + 1]);
    if (owner) ctx.add(owner, 'DEVELOPS', project, s, 0.6, 'project-owned-by');
    // (The manager after "and managed by" stands on its own: the owner may be a name of another kind.)
    const manager = ms[j + 2] && AND_MANAGED_BY.test(local(ms[j + 1]!.end, ms[j + 2]!.start)) ? runner(ms[j + 2]) : undefined;
    if (manager && manager.id !== owner?.id) ctx.add(manager, 'DEVELOPS', project, s, 0.6, 'project-owned-by');
  }
}

/** After the flight: its apposition, then the verb of landing or of coming down, up to the airport. */
const FLIGHT_LANDED = /^(?:,[^;.]{0,200}?,)?\s+(?:(?:later|then|eventually|finally)\s+)?(?:turned\s+back\s+and\s+|diverted\s+and\s+)?(?:(landed|touched\s+down)|(came\s+down|crash-landed|crashed|skidded))(?:\s+(?:safely|back|hard|heavily|on\s+its\s+belly|short\s+of\s+the\s+runway))*\s+(?:at|in|on)\s+(?:the\s+)?$/u;

function flightLanded(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  const first = ms[0];
  const flight = first ? ctx.entities.get(first.entityId) : undefined;
  if (!first || flight?.type !== 'EVENT' || !/\bFlight\b/u.test(flight.name) || !/^[“"]?\s*$/u.test(local(s.start, first.start))) return;
  for (let k = 1; k < ms.length; k++) {
    const site = ctx.entities.get(ms[k]!.entityId);
    if (!site || !['PROJECT', 'CITY'].includes(site.type)) continue;
    const gap = local(first.end, ms[k]!.start);
    const verb = FLIGHT_LANDED.exec(gap);
    if (!verb) continue;
    if (!real(gap.replace(/,[^;.]{0,200}?,/u, '')) || /\b(?:failed|tried|trying|attempt\w*)\b/u.test(gap)) return;
    if (verb[1]) ctx.add(flight, 'LANDS_ON', site, s, 0.6, 'flight-landed-at');
    else ctx.add(flight, 'HELD_IN', site, s, 0.6, 'flight-came-down-at');
    return;
  }
}

/** "… before it struck ", "… when it made landfall in ": a subordinate clause whose subject is "it". */
const IT_STRUCK = new RegExp(String.raw`\b(?:before|after|when|as|until)\s+it\s+(?:(?:had|has|later|finally)\s+)?(?:struck|hit|battered|lashed|slammed\s+into|swept\s+(?:through|across|into)|made\s+landfall\s+(?:in|on|near))\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?$`, 'u');

function itStruck(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  const first = ms[0];
  const event = first ? ctx.entities.get(first.entityId) : undefined;
  if (!first || event?.type !== 'EVENT' || !disastersOf(ctx).includes(event) || !/^[“"]?\s*$/u.test(local(s.start, first.start))) return;
  for (let k = 1; k < ms.length; k++) {
    if (!placeOf(ctx, ms[k])) return;
    const hit = IT_STRUCK.exec(local(ms[k - 1]!.end, ms[k]!.start));
    if (!hit) continue;
    if (!real(hit[0])) return;
    for (const p of listFrom(ctx, scope, k)) ctx.add(event, 'HELD_IN', p, s, 0.6, 'disaster-before-it-struck');
    return;
  }
}

/** The per-sentence cues of the families below, compiled once. */
const DISASTER_WORD = new RegExp(`\\b(?:${DISASTER})\\b`, 'u');
const DISASTER_ON = new RegExp(`\\b(?:${DISASTER}|crash|collision)\\s+(?:on|in|off|across)\\b`, 'iu');
const THAT_WHICH = /\b(?:that|which)\b/u;
const DEAD = /\b(?:dead|deaths|victims|fatalities|casualties)\b/u;
const LANDFORM = /\b(?:peninsula|island|coast|valley|delta|archipelago)\b/u;
const ALERT = /\b(?:alert|warning|warnings)\b/u;
const EPICENTRE = /\bepicent(?:re|er)\b/u;
const SAID = /\b(?:said|says)\b/u;
const COLLIDED = /\b(?:collided|crashed)\b/u;
const RUN_BY = /\b(?:owned|operated|managed|run)\s+by\b/u;
const FLIGHT = /\bFlight\b/u;
const IT = /\bit\s/u;
/**
 * The words of those cues (each a `\bword\b` of ASCII letters, case kept: `hasAnyRun` is an exact
 * necessary condition for it, answered from the one pass over the text the families share), so a
 * sentence without them runs none of the twelve patterns over its text. ("it" before white space
 * is a maximal run of letters too.)
 */
const CUE_THAT = cueWords(['that', 'which']);
const CUE_DISASTER = cueWords(DISASTER.split('|'));
const CUE_DEAD = cueWords(['dead', 'deaths', 'victims', 'fatalities', 'casualties']);
const CUE_LANDFORM = cueWords(['peninsula', 'island', 'coast', 'valley', 'delta', 'archipelago']);
const CUE_ALERT = cueWords(['alert', 'warning', 'warnings']);
const CUE_EPICENTRE = cueWords(['epicentre', 'epicenter']);
const CUE_SAID = cueWords(['said', 'says']);
const CUE_COLLIDED = cueWords(['collided', 'crashed']);
const CUE_RUN = cueWords(['owned', 'operated', 'managed', 'run']);
const CUE_FLIGHT = cueWords(['Flight']);
const CUE_IT = cueWords(['it']);
/** DISASTER_ON's nouns (its cue is case-insensitive: `hasAnyRunFolded`). */
const CUE_DISASTER_FOLDED = foldedCueWords([...DISASTER.split('|'), 'crash', 'collision']);

export const round12Disasters: RelationRules = {
  name: 'round12-disasters',
  perSentence: (ctx, scope) => {
    const s = scope.s;
    const text = s.text;
    if (hasAnyRun(s, CUE_THAT) && hasAnyRun(s, CUE_DISASTER) && THAT_WHICH.test(text) && DISASTER_WORD.test(text)) struck(ctx, scope);
    if (hasAnyRun(s, CUE_DEAD) && DEAD.test(text)) deadIn(ctx, scope);
    if (hasAnyRun(s, CUE_LANDFORM) && LANDFORM.test(text)) placesOn(ctx, scope);
    if (hasAnyRun(s, CUE_ALERT) && ALERT.test(text)) warnings(ctx, scope);
    if (hasAnyRunFolded(s, CUE_DISASTER_FOLDED) && DISASTER_ON.test(text)) disasterOnPlace(ctx, scope);
    if (hasAnyRun(s, CUE_EPICENTRE) && EPICENTRE.test(text)) epicentre(ctx, scope);
    if (hasAnyRun(s, CUE_SAID) && SAID.test(text)) saidAfter(ctx, scope);
    if (scope.ms.length > 1) placeParts(ctx, scope);
    if (hasAnyRun(s, CUE_COLLIDED) && COLLIDED.test(text)) collidedAt(ctx, scope);
    if (hasAnyRun(s, CUE_RUN) && RUN_BY.test(text)) ownedBy(ctx, scope);
    if (hasAnyRun(s, CUE_FLIGHT) && FLIGHT.test(text)) flightLanded(ctx, scope);
    if (hasAnyRun(s, CUE_IT) && IT.test(text)) itStruck(ctx, scope);
  },
};
