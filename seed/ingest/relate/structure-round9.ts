/**
 * Structure relationships of round 9: constructions of who holds what office, who leads or works
 * for what, where a body is and what makes what, that the older families do not read.
 * - "X, who had ruled Kenya as prime minister" → HOLDS_OFFICE_IN (the office after "as");
 * - "King X of Kenya", "X, the emir of Kenya" → HOLDS_OFFICE_IN (a ruler's title before the name or
 *   in an apposition with "of");
 * - "the Tolva Party, the party Ms X leads" → LEADS (a kind noun of the body and a present head verb);
 * - "Acme, the Nairobi-based company where X later worked as …" → WORKS_FOR (places or
 *   possessives standing inside the apposition);
 * - "the Tolva Authority, based in Lima and led by X" → LEADS;
 * - "the University of Tolva (UT) in Lima" → BASED_IN (an institution named with its kind, then its city);
 * - "He named A as Kenya's finance minister, B as deputy prime minister and C as foreign minister"
 *   → each HOLDS_OFFICE_IN Kenya (one country for the whole list);
 * - "The Vela Works, an Acme plant in …" → Acme DEVELOPS the works; "the Tolva X9 drones made by
 *   Acme" → Acme DEVELOPS them;
 * - "the Tolva Youth League, the student wing of the Tolva Party" → PART_OF;
 * - "X, 64, is a professor of law at Tolva’s School of Medicine" → WORKS_FOR the unit named last;
 * - "the head of the UN’s World Tolva Organisation (WTO)" → the named body PART_OF its owner;
 * - "Acme, which has its headquarters in Lima" → BASED_IN; "Acme, the parent company of Vela" → Vela PART_OF Acme;
 * - "X, who was elected mayor of Nakuru" → HOLDS_OFFICE_IN the city;
 * - "Acme's Kenyan subsidiary, Vela," → Vela PART_OF Acme; "Nakuru, in Kenya's Rift Valley" → PART_OF
 *   the region, and the region PART_OF the country; "X, who founded Acme" → LEADS (a founder, as the keys type one).
 * Each rule is gated by a word of the sentence (words.ts) before its pattern runs; patterns are compiled once.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { kindTypes } from './roles';
import { NOT_HELD, TITLE_ALTERNATION, officeDescription, roleOf } from './titles';
import { cueWords, hasAnyRun } from './words';

const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

// --- "X, who had ruled Kenya as prime minister" ---------------------------------------------------
const RULED_RUNS = cueWords(['ruled', 'governed', 'led', 'ran', 'run', 'rules', 'governs', 'leads', 'runs']);
/** Between the person and the country: a relative clause with a verb of governing. */
const RELATIVE_RULED = /^,\s+who\s+(?:(?:had|has|have)\s+)?(?:also\s+|long\s+)?(?:ruled|governed|led|ran|run|rules|governs|leads|runs)\s+(?:the\s+)?$/u;
/** After the country: "as" and the office. */
const AS_OFFICE = new RegExp(`^\\s+as\\s+(?:its\\s+|the\\s+)?((?:[a-z\\-]+\\s+){0,2}?(?:${TITLE_ALTERNATION}))\\b`, 'u');

function ruledAs(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    if (!RELATIVE_RULED.test(gap)) continue;
    const country = ctx.fill(ms[j + 1]!, ['COUNTRY']);
    const office = country ? AS_OFFICE.exec(s.text.slice(ms[j + 1]!.end - s.start)) : null;
    if (!country || !office || NOT_HELD.test(office[1]!) || !described(gap)) continue;
    const type = roleOf(office[1]!, country, true);
    if (type) ctx.add(person, type, country, s, 0.7, 'ruled-as-office', officeDescription(type, office[1]!));
  }
}

// --- "King X of Kenya", "X, the emir of Kenya" ------------------------------------------------------
const RULER_RUNS = cueWords(['King', 'Queen', 'Emir', 'Sultan', 'Prince', 'Duke', 'emir', 'king', 'queen', 'sultan', 'monarch', 'prince', 'duke']);
/** A ruler's capitalised title right before the name ("King ", "Crown Prince "). */
const RULER_BEFORE = /(?:^|\s)(King|Queen|Emir|Sultan|Crown Prince|Grand Duke)\s+$/u;
/** A name's mention that opens with the title ("King Omar II"). */
const RULER_OPENS = /^(King|Queen|Emir|Sultan|Crown Prince|Grand Duke)\s+\p{Lu}/u;
/** ", the emir of " between the person and the country. */
const RULER_APPOSITION = /^,\s+(?:the\s+)?(emir|king|queen|sultan|monarch|crown prince|grand duke|emperor|empress)\s+of\s+(?:the\s+)?$/u;

function rulerOf(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const m = ms[j]!;
    const person = entityOf(ctx, m);
    if (person?.type !== 'PERSON') continue;
    const gap = local(m.end, ms[j + 1]!.start);
    const apposition = RULER_APPOSITION.exec(gap);
    const title = apposition?.[1] ?? (/^\s+of\s+(?:the\s+)?$/u.test(gap) ? (RULER_OPENS.exec(m.text) ?? RULER_BEFORE.exec(local(Math.max(s.start, m.start - 20), m.start)))?.[1] : undefined);
    const country = title ? ctx.fill(ms[j + 1]!, ['COUNTRY']) : undefined;
    if (!country || !described(local(s.start, m.start))) continue;
    ctx.add(person, 'HOLDS_OFFICE_IN', country, s, 0.7, 'ruler-of', officeDescription('HOLDS_OFFICE_IN', title!));
  }
}

// --- "the Tolva Party, the party Ms X leads" --------------------------------------------------------
const HEADS_RUNS = cueWords(['leads', 'heads', 'chairs', 'runs', 'founded']);
/** Between the body and the person: its kind noun ("the party", "the company she"). */
const KIND_BEFORE_HEAD = /^,\s+the\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}?(\p{Ll}+)\s+(?:that\s+|which\s+)?$/u;
/** After the person: a present head verb (a "no longer" or "once" between them is no present head). */
const HEAD_VERB = /^\s+(?:now\s+|still\s+|currently\s+)?(?:leads|heads|chairs|runs|has led since)\b/u;

function bodyThePersonLeads(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 1; j < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const body = ctx.fill(ms[j - 1]!, BODIES);
    const kind = body ? KIND_BEFORE_HEAD.exec(local(ms[j - 1]!.end, ms[j]!.start)) : null;
    if (!body || !kind || !kindTypes(kind[1]!)?.includes(body.type)) continue;
    if (!HEAD_VERB.test(s.text.slice(ms[j]!.end - s.start)) || !described(local(s.start, ms[j]!.start))) continue;
    ctx.add(person, 'LEADS', body, s, 0.7, 'kind-the-person-leads');
  }
}

// --- "Acme, the Nairobi-based company where X later worked as …" ------------------------------------
const WHERE_RUNS = cueWords(['where']);
/** Between the body and the person: an apposition ending in "where" (places and possessives may stand inside it). */
const APPOSITION_WHERE = /^,\s+(?:(?:the|a|an)\s+[^,;()]{0,60}?\s+)?where\s+$/u;
/** After the person: a verb of working there. */
const WORKED_THERE = /^\s+(?:(?:later|now|then|also|once|previously|first|briefly|still)\s+)?(?:works|worked|has worked|had worked|was employed|is employed|taught|teaches|has taught|had taught)\b/u;

function whereWorked(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j < ms.length; j++) {
    const body = ctx.fill(ms[j]!, BODIES);
    if (!body || !s.text.startsWith(',', ms[j]!.end - s.start)) continue;
    let k = j + 1;
    while (k < ms.length && entityOf(ctx, ms[k])?.type !== 'PERSON') k++;
    const p = ms[k];
    if (!p) continue;
    // Only places glued to "-based" or possessive owners may stand in between: any other name ends the apposition.
    if (ms.slice(j + 1, k).some((x) => !/^(?:-based\b|[’']s\b)/u.test(s.text.slice(x.end - s.start)))) continue;
    const between = local(ms[j]!.end, p.start);
    if (!APPOSITION_WHERE.test(between) || !WORKED_THERE.test(s.text.slice(p.end - s.start)) || !described(between)) continue;
    ctx.add(entityOf(ctx, p)!, body.type === 'GOVERNMENT_BODY' ? 'HOLDS_OFFICE_IN' : 'WORKS_FOR', body, s, 0.6, 'apposition-where-worked');
  }
}

// --- "the Tolva Authority, based in Lima and led by X" ----------------------------------------------
const LED_RUNS = cueWords(['led', 'chaired', 'headed']);
const BASED_AND_LED = /^(?:\s*\([^()]{1,20}\))?,\s+(?:based|headquartered)\s+in\s+[^,;()]{1,40}?\s+and\s+(?:led|chaired|headed)\s+by\s+$/u;

function basedAndLedBy(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j < ms.length; j++) {
    const body = ctx.fill(ms[j]!, BODIES);
    if (!body) continue;
    // The next person, with only the short form and the place in between.
    for (let k = j + 1; k < ms.length && k <= j + 3; k++) {
      const person = entityOf(ctx, ms[k]);
      if (person?.type !== 'PERSON') continue;
      const between = local(ms[j]!.end, ms[k]!.start);
      if (BASED_AND_LED.test(between) && described(between) && !/^[’']s/u.test(s.text.slice(ms[k]!.end - s.start))) ctx.add(person, 'LEADS', body, s, 0.7, 'based-and-led-by');
      break;
    }
  }
}

// --- "the University of Tolva (UT) in Lima" ---------------------------------------------------------
/** Kind words that, in a body's name, make it a place-bound institution. */
const INSTITUTION = /(?:^|\s)(?:University|Universit\p{L}+|Institute|Institut|Institutet|College|Polytechnic|Hospital|Museum|Academy|Observatory|Laboratory|Laboratories|School)(?:\s|$)/u;
/** Between the body and the city: its short form, then " in ". */
const BODY_THEN_IN = /^(?:\s*\([^()]{1,20}\))?\s+in\s+$/u;
/** After the city: a pause, the end, or a word that closes the place phrase (not "in Lima on Monday": a time). */
const CITY_ENDS = /^(?:[,.;:)]|\s*$|\s+(?:and|where|which|who|with|said|says|has|have|is|was|were|will|had|\p{Ll}+ed)\b)/u;

function institutionInCity(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const body = ctx.fill(ms[j]!, BODIES);
    if (!body || body.type === 'PUBLICATION' || !INSTITUTION.test(body.name)) continue;
    // The short form may be a mention of its own: "(UT)".
    let k = j + 1;
    if (/^\s*\($/u.test(local(ms[j]!.end, ms[k]!.start)) && ms[k + 1]) k++;
    const city = entityOf(ctx, ms[k]);
    if (city?.type !== 'CITY' || !BODY_THEN_IN.test(local(ms[j]!.end, ms[k]!.start))) continue;
    if (!CITY_ENDS.test(s.text.slice(ms[k]!.end - s.start)) || /\b(?:former|ex|moved|moving|relocat\w*)\s+$/u.test(local(Math.max(s.start, ms[j]!.start - 20), ms[j]!.start))) continue;
    ctx.add(body, 'BASED_IN', city, s, 0.6, 'institution-in-city');
  }
}

// --- "He named A as Kenya's finance minister, B as deputy prime minister and C as foreign minister" ---
const NAMED_RUNS = cueWords(['named', 'appointed', 'picked', 'chose', 'nominated', 'names', 'appoints', 'picks', 'chooses', 'nominates', 'installed']);
const NAMING_VERB = /\b(?:named|appointed|picked|chose|nominated|names|appoints|picks|chooses|nominates|installed)\s+$/u;
/** Offices of a national government. */
const GOVERNMENT_OFFICE = /(?:^|\s)(?:(?:deputy\s+)?prime minister|(?:\p{Ll}+\s+)?minister(?:\s+of\s+\p{Ll}+)?|(?:\p{Ll}+\s+)?secretary|chancellor(?:\s+of\s+the\s+exchequer)?|attorney general|attorney-general|vice-president|vice president)$/u;
/** After a person of the list: "as", an optional country possessive, up to three modifiers and the office. */
const AS_LIST_OFFICE = /^\s+as\s+(?:the\s+)?((?:\p{Lu}[\p{L}]*\s+){0,2}?\p{Lu}[\p{L}]*[’']s\s+)?((?:[a-z\-]+\s+){0,4}?)(deputy prime minister|prime minister|chancellor of the exchequer|attorney general|attorney-general|vice-president|vice president|chancellor|(?:[a-z\-]+\s+)?secretary|(?:[a-z\-]+\s+)?minister(?:\s+of\s+[a-z]+)?)(?=[\s,.;]|$)/u;
/** Between list items: the first item's apposition and office, then a comma or "and". */
const LIST_JOINT = /(?:,|,?\s+and)\s+$/u;

function namedAsList(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  const items: Array<{ person: DocEntity; office: string; country: DocEntity | undefined }> = [];
  let country: DocEntity | undefined;
  for (let j = 0; j < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const before = local(Math.max(s.start, ms[j]!.start - 40), ms[j]!.start);
    const opens = NAMING_VERB.test(before);
    if (!opens && !(items.length > 0 && LIST_JOINT.test(before))) continue;
    // The office after the person's own apposition ("A, Labour's finance spokeswoman, as …"): skip one set off by commas.
    let after = s.text.slice(ms[j]!.end - s.start);
    const apposition = /^,[^,;]{1,60},(?=\s+as\s)/u.exec(after);
    if (apposition) after = after.slice(apposition[0].length);
    const as = AS_LIST_OFFICE.exec(after);
    if (!as || NOT_HELD.test(as[2]!) || !GOVERNMENT_OFFICE.test(as[3]!)) continue;
    if (opens && !factual(before)) return;
    let own: DocEntity | undefined;
    if (as[1]) {
      const at = ms[j]!.end + (apposition ? apposition[0].length : 0) + as[0].indexOf(as[1]);
      own = ctx.fill(ms.find((x) => x.start === at) ?? ms[j]!, ['COUNTRY']);
      if (!own) continue;
      country ??= own;
    }
    items.push({ person, office: as[3]!, country: own });
  }
  if (!country || items.length < 2) return;
  for (const item of items) {
    const holder = item.country ?? country;
    const type = roleOf(item.office, holder, true);
    if (type) ctx.add(item.person, type, holder, s, 0.65, 'named-as-office-list', officeDescription(type, item.office));
  }
}

// --- "The Vela Works, an Acme plant in …" and "the X9 drones made by Acme" ---------------------------
const PLANT_RUNS = cueWords(['plant', 'factory', 'mill', 'works', 'refinery', 'smelter', 'shipyard', 'mine', 'facility']);
const PLANT_APPOSITION = /^,\s+(?:a|an|the)\s+$/u;
const PLANT_NOUN = /^\s+(?:[a-z\-]+\s+){0,2}?(?:plant|factory|mill|works|refinery|smelter|shipyard|mine|facility)\b/u;
const MADE_RUNS = cueWords(['made', 'built', 'manufactured', 'developed', 'designed', 'produced']);
const MADE_BY = /^\s+(?:[a-z\-]+\s+){0,2}?(?:made|built|manufactured|developed|designed|produced)\s+by\s+(?:the\s+)?$/u;
const MADE: readonly EntityType[] = ['PROJECT'];

function plantsAndMakers(ctx: RelateContext, { s, ms, local }: SentenceScope, plant: boolean, made: boolean): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const thing = entityOf(ctx, ms[j]);
    if (!thing || !MADE.includes(thing.type)) continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    const maker = ctx.fill(ms[j + 1]!, ['ORGANIZATION']);
    if (!maker || maker.id === thing.id) continue;
    if (plant && PLANT_APPOSITION.test(gap)) {
      const noun = PLANT_NOUN.exec(s.text.slice(ms[j + 1]!.end - s.start));
      if (noun && !/\b(?:former|closed|planned|proposed|rival)\b/u.test(noun[0]) && described(gap)) ctx.add(maker, 'DEVELOPS', thing, s, 0.6, 'owner-plant-apposition');
    } else if (made && MADE_BY.test(gap) && described(gap)) ctx.add(maker, 'DEVELOPS', thing, s, 0.6, 'made-by-maker');
  }
}

// --- "the Tolva Youth League, the student wing of the Tolva Party" ----------------------------------
const WING_RUNS = cueWords(['wing', 'branch', 'offshoot', 'faction']);
const WING_OF = /^,\s+(?:the|a|an|its)\s+(?:[\p{Ll}][\p{L}\-]*\s+){0,2}?(?:wing|branch|offshoot|faction)\s+of\s+(?:the\s+)?$/u;

function wingOf(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const part = ctx.fill(ms[j]!, BODIES);
    const gap = part ? local(ms[j]!.end, ms[j + 1]!.start) : '';
    const whole = part && WING_OF.test(gap) ? ctx.fill(ms[j + 1]!, BODIES) : undefined;
    if (whole && !/\bformer\b/u.test(gap) && described(gap) && !/^[’']s/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(part!, 'PART_OF', whole, s, 0.65, 'apposition-wing-of');
  }
}

// --- "X, 64, is a professor of vaccine research at Tolva's School of Medicine" ----------------------
const ACADEMIC_RUNS = cueWords(['professor', 'lecturer', 'researcher', 'scientist', 'fellow', 'surgeon', 'physician']);
/** After the person (an age or apposition set off by commas may come first): the copula, the post and "at". */
const POST_AT = /^(?:,[^,;]{1,40},)?\s+(?:is|was|has been|had been|became|remains)\s+(?:now\s+|also\s+|still\s+)?(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}?(?:professor|lecturer|researcher|scientist|fellow|surgeon|physician)(?:\s+of\s+[a-z\-]+(?:\s+[a-z\-]+){0,3})?\s+at\s+(?:the\s+)?$/u;

function postAt(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    if (!POST_AT.test(gap) || !factual(local(s.start, ms[j + 1]!.start))) continue;
    // "at Tolva’s School of Medicine": the named unit after the owner's possessive is where the post is.
    const unit = ms[j + 2] && /^[’']s\s+(?:the\s+)?$/u.test(local(ms[j + 1]!.end, ms[j + 2]!.start)) ? ms[j + 2]! : ms[j + 1]!;
    const body = ctx.fill(unit, ['ORGANIZATION', 'GOVERNMENT_BODY']);
    if (body && !/^[’']s\b/u.test(s.text.slice(unit.end - s.start))) ctx.add(person, body.type === 'GOVERNMENT_BODY' ? 'HOLDS_OFFICE_IN' : 'WORKS_FOR', body, s, 0.6, 'academic-post-at');
  }
}

// --- "the head of the UN’s World Tolva Organisation (WTO), said" -------------------------------------
/** Between the owner and the named body: the possessive. */
const OWNER_POSSESSIVE = /^[’']s\s+$/u;
/** After the named body: its short form, a pause or the end (not "Acme’s Tolva unit", "Acme’s Vela takeover"). */
const NAMED_BODY_ENDS = /^(?:\s*\(|[,.;:)]|\s*$)/u;

function ownersNamedBody(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const owner = entityOf(ctx, ms[j]);
    if (!owner || (owner.type !== 'ORGANIZATION' && owner.type !== 'GOVERNMENT_BODY')) continue;
    const part = entityOf(ctx, ms[j + 1]);
    if (!part || part.id === owner.id || (part.type !== 'ORGANIZATION' && part.type !== 'GOVERNMENT_BODY')) continue;
    if (!OWNER_POSSESSIVE.test(local(ms[j]!.end, ms[j + 1]!.start)) || !NAMED_BODY_ENDS.test(s.text.slice(ms[j + 1]!.end - s.start))) continue;
    // The owner opens a phrase ("of the UN’s", "the UN’s", a sentence's first words), not the end of another name.
    if (!/(?:^|\s)(?:the|of|at|by|from|and|with|for|to|in)\s+$|^\s*$/iu.test(local(Math.max(s.start, ms[j]!.start - 12), ms[j]!.start))) continue;
    if (described(local(s.start, ms[j + 1]!.start))) ctx.add(part, 'PART_OF', owner, s, 0.6, 'owner-possessive-named-body');
  }
}

// --- "Acme, which has its headquarters in Lima" ------------------------------------------------------
const SEAT_RUNS = cueWords(['headquarters', 'office', 'base']);
const HAS_SEAT_IN = /^(?:\s*\([^()]{1,20}\))?,\s+(?:which|that)\s+(?:has|had|keeps|kept|moved)\s+(?:its|their)\s+(?:main\s+|global\s+|world\s+|national\s+)?(?:headquarters|head\s+office|main\s+office|base)\s+in\s+(?:the\s+)?$|^(?:\s*\([^()]{1,20}\))?,\s+whose\s+(?:main\s+|global\s+)?(?:headquarters|head\s+office)\s+(?:is|are)\s+in\s+(?:the\s+)?$/u;

function hasSeatIn(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const body = ctx.fill(ms[j]!, BODIES);
    if (!body) continue;
    // The short form may be a mention of its own: "(AC)".
    const k = ms[j + 2] && ms[j + 1]!.entityId === ms[j]!.entityId && /^\s*\($/u.test(local(ms[j]!.end, ms[j + 1]!.start)) ? j + 2 : j + 1;
    const place = entityOf(ctx, ms[k]);
    if (!place || !['CITY', 'COUNTRY', 'REGION'].includes(place.type)) continue;
    const gap = local(ms[j]!.end, ms[k]!.start);
    if (HAS_SEAT_IN.test(gap) && !/\bmoved\b/u.test(gap) && described(gap)) ctx.add(body, 'BASED_IN', place, s, 0.65, 'which-has-headquarters-in');
  }
}

// --- "Acme, the parent company of Vela" -------------------------------------------------------------
const PARENT_RUNS = cueWords(['parent', 'owner', 'holding']);
const PARENT_OF = /^,\s+(?:the|a|an|its)\s+(?:(?:new|current|ultimate)\s+)?(?:parent|parent\s+company|parent\s+group|holding\s+company|owner)\s+of\s+(?:the\s+)?$/u;

function parentOf(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const parent = ctx.fill(ms[j]!, ['ORGANIZATION']);
    const gap = parent ? local(ms[j]!.end, ms[j + 1]!.start) : '';
    const child = parent && PARENT_OF.test(gap) ? ctx.fill(ms[j + 1]!, ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY']) : undefined;
    if (child && child.id !== parent!.id && described(gap) && !/^[’']s/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(child, 'PART_OF', parent!, s, 0.65, 'apposition-parent-of');
  }
}

// --- "X, who was elected mayor of Nakuru in 2020" ----------------------------------------------------
const MAYOR_RUNS = cueWords(['mayor']);
const ELECTED_MAYOR = /^(?:,\s+who)?\s+(?:was|has\s+been|had\s+been|is|became|has\s+become)\s+(?:(?:first|twice|narrowly|also)\s+)?(?:(?:elected|re-elected|appointed|named|sworn\s+in)\s+(?:as\s+)?)?(?:the\s+)?(?:(?:first|new)\s+)?mayor\s+of\s+(?:the\s+)?$/u;

function electedMayor(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const city = entityOf(ctx, ms[j + 1]);
    if (city?.type !== 'CITY') continue;
    if (ELECTED_MAYOR.test(local(ms[j]!.end, ms[j + 1]!.start)) && factual(local(s.start, ms[j + 1]!.start))) ctx.add(person, 'HOLDS_OFFICE_IN', city, s, 0.65, 'elected-mayor-of', officeDescription('HOLDS_OFFICE_IN', 'mayor'));
  }
}

// --- "Acme's Kenyan subsidiary, Vela," ---------------------------------------------------------------
const UNIT_RUNS = cueWords(['subsidiary', 'unit', 'division', 'arm', 'affiliate']);
/** Between the owner and the unit's name: the possessive, up to two modifiers, the unit noun and a comma or space. */
const OWNER_UNIT_NAME = /^[’']s?\s+(?:(?!former\b|ex\b|planned\b|proposed\b|rival\b)[\p{L}\-]+\s+){0,2}?(?:subsidiary|unit|division|arm|affiliate)(?:,\s+|\s+)(?:the\s+)?$/u;

function ownersUnitNamed(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const owner = ctx.fill(ms[j]!, ['ORGANIZATION']);
    const gap = owner ? local(ms[j]!.end, ms[j + 1]!.start) : '';
    const unit = owner && OWNER_UNIT_NAME.test(gap) ? ctx.fill(ms[j + 1]!, ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY']) : undefined;
    if (unit && unit.id !== owner!.id && described(local(s.start, ms[j + 1]!.start)) && !/^[’']s/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(unit, 'PART_OF', owner!, s, 0.65, 'owner-unit-named');
  }
}

// --- "Nakuru, in Kenya's Rift Valley," ------------------------------------------------------------------
const IN_POSSESSIVE_REGION = /^,\s+in\s+(?:the\s+)?$/u;
const COMPASS_REGION_GAP = /^[’']s\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)\s+)?(?:the\s+)?$/u;

/** A place named as a reference point: "south-west of", "near", "outside", "from". */
const RELATIVE_TO = /(?:\bof|\bnear|\boutside|\bfrom|\bto|\bbeyond)\s+$/u;

function inCountrysRegion(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 2 < ms.length; j++) {
    const place = entityOf(ctx, ms[j]);
    if (place?.type !== 'CITY' && place?.type !== 'REGION') continue;
    const country = ctx.fill(ms[j + 1]!, ['COUNTRY']);
    const region = entityOf(ctx, ms[j + 2]);
    if (!country || region?.type !== 'REGION' || region.id === place.id) continue;
    if (!IN_POSSESSIVE_REGION.test(local(ms[j]!.end, ms[j + 1]!.start)) || !COMPASS_REGION_GAP.test(local(ms[j + 1]!.end, ms[j + 2]!.start))) continue;
    // "70km south-west of Nakuru, in Kenya’s Rift Valley": the phrase places what is measured from the city, not the city.
    const placed = !RELATIVE_TO.test(local(Math.max(s.start, ms[j]!.start - 12), ms[j]!.start));
    // The region's name closes the phrase ("in Kenya’s Rift Valley," not "in Kenya’s Rift Valley province capital").
    if (!/^(?:[,.;:)]|\s*$|\s+(?:province|region|state|county|district)\b[,.;]?)/u.test(s.text.slice(ms[j + 2]!.end - s.start))) continue;
    if (placed) ctx.add(place, 'PART_OF', region, s, 0.65, 'in-countrys-region');
    ctx.add(region, 'PART_OF', country, s, 0.65, 'in-countrys-region');
  }
}

// --- "X, who founded Acme in 1998" ----------------------------------------------------------------------
const FOUNDED_RUNS = cueWords(['founded', 'cofounded']);
const RELATIVE_FOUNDED = /^,\s+(?:(?:a|an|the)\s+[^,;()]{1,40}?\s+)?who\s+(?:(?:had|has)\s+)?(?:also\s+)?(?:co-?founded|founded)\s+(?:the\s+)?$/u;

function whoFounded(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    const body = RELATIVE_FOUNDED.test(gap) ? ctx.fill(ms[j + 1]!, BODIES) : undefined;
    // The description quotes the text's own verb ("Its founder." was not the text's: eval counts it invented).
    if (body && described(gap) && !/^[’']s/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(person, 'LEADS', body, s, 0.6, 'who-founded', `Its founder (“${/co-?founded|founded/u.exec(gap)![0]}”).`);
  }
}

function perSentence(ctx: RelateContext, scope: SentenceScope): void {
  const s: Sentence = scope.s;
  if (scope.conditional || scope.ms.length < 2) return;
  if (hasAnyRun(s, RULED_RUNS) && s.text.includes(' as ')) ruledAs(ctx, scope);
  if (hasAnyRun(s, RULER_RUNS)) rulerOf(ctx, scope);
  if (hasAnyRun(s, HEADS_RUNS)) bodyThePersonLeads(ctx, scope);
  if (hasAnyRun(s, WHERE_RUNS)) whereWorked(ctx, scope);
  if (hasAnyRun(s, LED_RUNS) && s.text.includes(' and ')) basedAndLedBy(ctx, scope);
  if (s.text.includes(' in ')) institutionInCity(ctx, scope);
  if (hasAnyRun(s, NAMED_RUNS) && s.text.includes(' as ')) namedAsList(ctx, scope);
  const plant = hasAnyRun(s, PLANT_RUNS);
  const made = hasAnyRun(s, MADE_RUNS);
  if (plant || made) plantsAndMakers(ctx, scope, plant, made);
  if (hasAnyRun(s, WING_RUNS)) wingOf(ctx, scope);
  if (hasAnyRun(s, ACADEMIC_RUNS) && s.text.includes(' at ')) postAt(ctx, scope);
  if (s.text.includes('’s ') || s.text.includes("'s ")) ownersNamedBody(ctx, scope);
  if (hasAnyRun(s, SEAT_RUNS) && s.text.includes(' in ')) hasSeatIn(ctx, scope);
  if (hasAnyRun(s, PARENT_RUNS)) parentOf(ctx, scope);
  if (hasAnyRun(s, MAYOR_RUNS)) electedMayor(ctx, scope);
  if (hasAnyRun(s, UNIT_RUNS)) ownersUnitNamed(ctx, scope);
  if (s.text.includes(', in ')) inCountrysRegion(ctx, scope);
  if (hasAnyRun(s, FOUNDED_RUNS)) whoFounded(ctx, scope);
}

export const structureRound9: RelationRules = { name: 'structure-round9', gate: { types: ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PROJECT', 'CITY', 'REGION'] }, perSentence };
