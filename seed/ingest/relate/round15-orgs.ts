/**
 * Round 15 (orgs): structural facts told by an apposition or a relative clause.
 *
 * - A product and its makers: "Vexa, a drug from the Tolvan company Orsk Labs and its partner Vela
 *   Bio", "Vexa, the guidance system developed by Orsk Labs" (each maker DEVELOPS the product; "its
 *   partner" also PARTNERS_WITH). The apposition's head noun says the name is a product, so a
 *   product stage cluster took for an organisation counts too.
 * - A possessive product: "Orsk Labs’ earlier amyloid treatment, Vexa", "Vexa, Orsk Labs’ search
 *   engine" (the possessor DEVELOPS it).
 * - A facility in a city: "the Vela Center in Orsk", "Avenida Tolva in Orsk", "Vela station in
 *   central Orsk" (PART_OF), for a facility of any named type whose name says it is one.
 * - "X, a former prosecutor who has led Vela since 2020", "X, who chairs the Vela Council": X LEADS the body named.
 *
 * None under a negation or a hedge, none in a sentence opening with a condition.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

/** Head nouns that say a name is a product, a system or a work (what an organisation develops). */
const PRODUCT_NOUNS = [
  'drug', 'medicine', 'treatment', 'therapy', 'vaccine', 'antibody', 'pill', 'jab', 'medication',
  'satellite', 'rocket', 'spacecraft', 'probe', 'lander', 'rover', 'telescope', 'engine', 'jet', 'aircraft', 'airliner', 'plane', 'helicopter',
  'car', 'vehicle', 'truck', 'phone', 'smartphone', 'handset', 'chip', 'processor', 'system', 'software', 'app', 'chatbot', 'browser',
  'missile', 'drone', 'weapon', 'reactor', 'device', 'product', 'brand', 'film', 'game', 'console',
];
const PRODUCT = PRODUCT_NOUNS.join('|');
const PRODUCTS: readonly EntityType[] = ['PROJECT', 'ORGANIZATION'];
const MAKERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
const OWNERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];

/** From a product to its maker: ", a drug from (the Tolvan company) ", ", the system developed by ". */
const MAKER_GAP = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,4}?(?:${PRODUCT})s?\s+(?:(?:developed|made|built|designed|produced|manufactured|created|marketed|invented)\s+(?:by|for\s+\p{Ll}+\s+by)|from)\s+(?:(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,2}?(?:company|firm|group|maker|drugmaker|manufacturer|start-up|startup|agency|laboratory|lab|university|institute)\s+)?(?:the\s+)?$`, 'u');
/** From the first maker to a second: " and ", " and its (American) partner ", " with ". */
const CO_MAKER_GAP = /^\s+(?:and|with)\s+(?:(?:its|their)\s+(?:[\p{L}\-]+\s+){0,2}?(partner|collaborator)\s+)?(?:the\s+)?$/u;

function makers(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const product = ctx.entities.get(ms[k]!.entityId);
    if (!product || !PRODUCTS.includes(product.type)) continue;
    const gap = local(ms[k]!.end, ms[k + 1]!.start);
    if (!MAKER_GAP.test(gap) || !described(gap) || !factual(local(s.start, ms[k]!.start))) continue;
    const maker = ctx.fill(ms[k + 1]!, MAKERS);
    if (!maker || maker.id === product.id) continue;
    ctx.add(maker, 'DEVELOPS', product, s, 0.6, 'product-apposition-maker');
    const next = ms[k + 2];
    const co = next ? CO_MAKER_GAP.exec(local(ms[k + 1]!.end, next.start)) : null;
    const other = co ? ctx.fill(next!, MAKERS) : undefined;
    if (!other || other.id === product.id || other.id === maker.id) continue;
    ctx.add(other, 'DEVELOPS', product, s, 0.55, 'product-apposition-maker');
    if (co![1]) ctx.add(maker, 'PARTNERS_WITH', other, s, 0.6, 'product-apposition-partner');
  }
}

/** After the owner: "’s (earlier amyloid) treatment, " before the product's name. */
const OWNED_BEFORE = new RegExp(String.raw`^[’']s?\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:${PRODUCT}),\s+(?:the\s+)?$`, 'u');
/** After the product: ", " then the owner. */
const OWNED_AFTER_GAP = /^,\s+$/u;
/** After the owner of an apposition: "’s (new) search engine" closing the apposition. */
const OWNED_AFTER = new RegExp(String.raw`^[’']s?\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:${PRODUCT})(?=\s*[,.;)]|\s+(?:and|which|that)\b)`, 'u');

function possessiveProducts(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k]!;
    const b = ms[k + 1]!;
    if (!factual(local(s.start, a.start))) continue;
    // "Orsk Labs’ earlier treatment, Vexa".
    const owner = ctx.fill(a, OWNERS);
    const product = ctx.entities.get(b.entityId);
    if (owner && product && PRODUCTS.includes(product.type) && owner.id !== product.id && OWNED_BEFORE.test(local(a.end, b.start))) {
      ctx.add(owner, 'DEVELOPS', product, s, 0.55, 'possessive-product-apposition');
      continue;
    }
    // "Vexa, Orsk Labs’ search engine".
    const first = ctx.entities.get(a.entityId);
    const second = ctx.fill(b, OWNERS);
    if (!first || !PRODUCTS.includes(first.type) || !second || first.id === second.id || !OWNED_AFTER_GAP.test(local(a.end, b.start))) continue;
    const rest = s.text.slice(b.end - s.start);
    if (OWNED_AFTER.test(rest)) ctx.add(second, 'DEVELOPS', first, s, 0.55, 'product-possessive-apposition');
  }
}

/** Last words of a facility's name ("Vela Center", "Orsk station"). */
const FACILITY_HEADS = new Set([
  'center', 'centre', 'tower', 'station', 'terminal', 'airport', 'stadium', 'arena', 'museum', 'gallery', 'library', 'theatre', 'theater', 'hospital',
  'cathedral', 'church', 'mosque', 'temple', 'palace', 'castle', 'park', 'square', 'bridge', 'avenue', 'street', 'boulevard', 'road', 'plaza', 'market',
  'hall', 'monument', 'memorial', 'prison', 'embassy', 'campus', 'port', 'harbour', 'harbor',
]);
/** First words of a street's name in other languages and in English ("Avenida Tolva", "Rue de Vela"). */
const STREET_FIRSTS = new Set(['avenida', 'rue', 'via', 'calle', 'plaza', 'praça', 'place', 'piazza', 'boulevard', 'avenue', 'straße', 'strasse']);
const FACILITY_TYPES: readonly EntityType[] = ['PROJECT', 'ORGANIZATION', 'REGION'];
/** Between the facility and its city: " in ", " in central ". */
const FACILITY_IN = /^\s+in\s+(?:(?:central|downtown|north|south|east|west|northern|southern|eastern|western|north-west|north-east|south-west|south-east|north-western|north-eastern|south-western|south-eastern|suburban|outer|inner)\s+)?$/u;

/** Before a venue's name: "at (the) ", "of (the) ". */
const VENUE_BEFORE = /\b(?:at|of)\s+(?:the\s+)?$/u;

function isFacility(e: DocEntity): boolean {
  const words = e.name.toLowerCase().split(/\s+/u);
  if (words.length < 2) return false;
  return FACILITY_HEADS.has(words[words.length - 1]!) || STREET_FIRSTS.has(words[0]!);
}

/** The city a mention names: a CITY, or a capital stage cluster typed as its country. */
function cityOf(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const e = ctx.entities.get(m.entityId);
  if (e?.type === 'CITY') return e;
  if (e?.type === 'COUNTRY' && !ctx.g.country(e.name) && ctx.g.capitalOf(e.name)) return e;
  return undefined;
}

function facilitiesIn(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const facility = ctx.entities.get(ms[k]!.entityId);
    if (!facility || !FACILITY_TYPES.includes(facility.type) || !isFacility(facility)) continue;
    const city = cityOf(ctx, ms[k + 1]!);
    if (!city || city.id === facility.id || !FACILITY_IN.test(local(ms[k]!.end, ms[k + 1]!.start)) || !factual(local(s.start, ms[k]!.start))) continue;
    // "at the Vela Center in Orsk", "the wreckage of the Vela Bridge in Orsk": a venue, which the keys record as the event's place instead.
    if (VENUE_BEFORE.test(local(Math.max(s.start, ms[k]!.start - 12), ms[k]!.start))) continue;
    ctx.add(facility, 'PART_OF', city, s, 0.55, 'facility-in-city');
  }
}

/** After a person: ", (a professor of medicine) who (has) runs/heads/chairs/commands (the) ". */
const LEADER_RELATIVE = /^(?:,\s+\d{1,3},)?(?:,\s+(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?|\s+)who\s+(?:(?:also|now|still|currently)\s+)?(?:runs|heads|leads|chairs|commands|(?:has|had)\s+(?:(?:also|long)\s+)?(?:run|headed|led|chaired|commanded))\s+(?:the\s+)?/u;
const LED_TYPES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
const POSSESSIVE_AFTER = /^['’]s/u;

function whoLeads(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k < ms.length; k++) {
    const person = ctx.entities.get(ms[k]!.entityId);
    if (person?.type !== 'PERSON') continue;
    const rest = s.text.slice(ms[k]!.end - s.start);
    const w = LEADER_RELATIVE.exec(rest);
    if (!w || !factual(local(s.start, ms[k]!.start))) continue;
    const at = ms[k]!.end + w[0].length;
    const next = ms[k + 1];
    const body = next && next.start === at ? ctx.entities.get(next.entityId) : undefined;
    // "who has led the Unity Party's campaign": the thing led is a part of the body, not the body.
    if (next && POSSESSIVE_AFTER.test(s.text.slice(next.end - s.start, next.end - s.start + 2))) continue;
    if (body && LED_TYPES.includes(body.type)) ctx.add(person, 'LEADS', body, s, 0.6, 'who-leads-body');
  }
}

const LEAD_CUES = ['runs', 'heads', 'leads', 'chairs', 'commands', 'run', 'headed', 'led', 'chaired', 'commanded'];

/** Products and their makers: a product noun (or its plural) in the sentence. */
export const round15Products: RelationRules = {
  name: 'round15-orgs-products',
  gate: { types: PRODUCTS, words: PRODUCT_NOUNS.flatMap((w) => [w, `${w}s`]) },
  perSentence: (ctx, scope) => {
    if (scope.conditional) return;
    makers(ctx, scope);
    possessiveProducts(ctx, scope);
  },
};

/** Facilities in a city and "who has led X". */
export const round15Orgs: RelationRules = {
  name: 'round15-orgs',
  gate: { types: [...FACILITY_TYPES, 'PERSON'] },
  perSentence: (ctx, scope) => {
    if (scope.conditional) return;
    if (scope.hasWord('in')) facilitiesIn(ctx, scope);
    if (scope.hasWord('who') && LEAD_CUES.some((w) => scope.hasWord(w))) whoLeads(ctx, scope);
  },
};
