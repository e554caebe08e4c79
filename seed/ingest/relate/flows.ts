/**
 * Flows of goods and the events of a trip, read from the words around them:
 * - "carried Kenyan gas to Peru", "Kenyan oil had reached Peru": Kenya exports to Peru;
 * - "pipes gas to Peru through the Tolva line", "had reached Peru through the Tolva Pipeline": the
 *   project supplies Peru;
 * - "a state visit to Peru", "arrived in Lima on Monday for a three-day visit": the visit is held in
 *   Peru, in Lima;
 * - border crossings: "the crossings between A and B, at C and D", "aid from A could reach B only
 *   through the C crossing": C CONNECTS A and B, and whose aid it is SUPPLIES B.
 * (Where a person is while attending an event, "…, where he was attending the summit", is read by
 * the family `events` only.)
 * Negated, stopped, intended and conditional statements are skipped as everywhere else.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PLACE } from './pair-rules';
import { cueWords, hasAnyRun } from './words';

/** What flows: goods a country sells, named after the demonym ("Kenyan gas"). */
const COMMODITIES = ['gas', 'oil', 'crude', 'coal', 'grain', 'wheat', 'maize', 'corn', 'rice', 'electricity', 'power', 'energy', 'fuel', 'diesel', 'petrol', 'uranium', 'lng', 'LNG', 'copper', 'iron', 'steel', 'timber', 'fertiliser', 'fertilizer', 'coffee', 'cocoa', 'tea', 'beef', 'fish', 'exports'];
/** A token that is one of COMMODITIES (its whole text, case as listed): a Set lookup, not a regex per token. */
const COMMODITY: ReadonlySet<string> = new Set(COMMODITIES);
/** From the commodity to its destination: "… a year to", "… had reached". */
const TO_DESTINATION = /^[^.;:]{0,80}?\b(?:to|reached|reach|reaches|reaching|into)\s+(?:the\s+)?$/u;
/** Verbs that move goods, in the clause before the commodity or in the stretch to the destination. */
const FLOW_VERB = /\b(?:carry|carries|carried|carrying|bring|brings|brought|bringing|deliver|delivers|delivered|delivering|pipe|pipes|piped|piping|send|sends|sent|sending|ship|ships|shipped|shipping|supply|supplies|supplied|supplying|export|exports|exported|exporting|sell|sells|sold|selling|reached|reach|reaches|reaching|flowed|flows|flow|transport|transports|transported|divert|diverts|diverted|redirect|redirected)\b/u;
/** From the destination to the project that carries it: "… through the original …". */
const THROUGH_PROJECT = /^\s+(?:through|via|along)\s+(?:the\s+|its\s+|a\s+)?(?:[\p{L}\-]+\s+){0,2}$/u;
const MODAL = /\b(?:would|could|will|might|may)\b/u;
/** An event that is a trip ("state visit", "official trip"), for "… visit to Peru". */
const TRIP = /\b(?:visit|trip|tour|journey|mission)$/iu;
const TRIP_TO = /^\s+to\s+(?:the\s+)?$/u;
const ARRIVED_IN = /\b(?:arrived|arrives|arrive|arriving|landed|lands|flew|was|is|were|are)\s+in\s+$/u;
/** A trip called off, or one under a condition after it ("… for a state visit if the border reopens"): not a fact. */
const CALLED_OFF = /\b(?:cancel(?:l?ed|s|ling)?|postpone[sd]?|postponing|called off|calls off|call off|scrapped|shelved|put off|abandoned)\b/iu;
const CONDITION_AFTER = /^[^.;]*?\b(?:if|unless)\b/u;
const FOR_EVENT = /^\s+(?:(?:on|this|last|next)\s+[\p{L}\d]+\s+)?for\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}\d\-]+\s+){0,3}$/u;


/** Whether the clause of `upTo` (text ending at the target) states a fact. */
function stated(scope: SentenceScope, upTo: string): boolean {
  const clause = lastClause(upTo);
  if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) return false;
  // In a conditional sentence only a clause without a modal of its own ("the link … that carried").
  return !scope.conditional || !MODAL.test(clause);
}

/** "the two crossings between A and B": the noun of a crossing right before "between". */
const CROSSINGS_BETWEEN = /\b(?:border\s+)?(?:crossings?|crossing\s+points?|border\s+posts?|checkpoints?|border\s+gates?)\s+between\s+(?:the\s+)?$/u;
const CROSSING_NAME_END = /\b(?:crossings?|border\s+posts?|checkpoints?|gates?)$/u;
/** "…, at C and D": the crossings named after the two places. */
const AT_CROSSINGS = /^,?\s+(?:at|in|namely)\s+(?:the\s+)?$/u;
/** "C, the main border crossing between …". */
const CROSSING_APPOSITION = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:border\s+)?(?:crossing|checkpoint|border\s+post)\s+between\s+(?:the\s+)?$/u;
/** "(aid) … could reach B only through the C crossing": the gap from destination to the crossing. */
const ONLY_THROUGH = /^\s+(?:(?:only|mainly|largely|mostly|chiefly|now)\s+)?(?:through|via)\s+(?:the\s+)?$/u;
const REACH_BEFORE = /\b(?:reach|reached|reaches|reaching|enter|entered|enters|entering|arrive\s+in|arrived\s+in|cross\s+into|crossed\s+into|get\s+into|got\s+into)\s+(?:rebel-held\s+|the\s+)?$/u;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/u;
/** What crosses: aid and goods (the flow a crossing carries). */
const AID = /\b(?:aid|supplies|relief|assistance|lorries|trucks|convoys?|food|fuel|medicine|goods|shipments?)\b/u;
const AID_OF = /^\s+(?:aid|relief|assistance|supplies|convoys?)\b/u;
const SAID_THAT = /^\s+(?:has\s+|had\s+)?(?:said|says|reported|reports|announced|confirmed)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?/u;

/** "… is supplied to B" (right before B) and " by A" (between B and A): the passive of "A supplies B". */
const SUPPLIED_TO = /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|be)\s+(?:(?:also|largely|mostly|partly|still|now)\s+)?(?:supplied|provided|delivered|sold)\s+to\s+(?:the\s+)?$/u;
const BY_AGENT = /^\s+by\s+(?:the\s+)?$/u;
const SUPPLY_PARTIES: readonly EntityType[] = ['ORGANIZATION', 'COUNTRY', 'GOVERNMENT_BODY'];

/** "The fuselage is supplied to Acme by the Vela Group": the Vela Group SUPPLIES Acme. */
function suppliedToBy(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const [b, a] = [ms[j]!, ms[j + 1]!];
    const before = local(Math.max(s.start, b.start - 60), b.start);
    if (!BY_AGENT.test(local(b.end, a.start)) || !SUPPLIED_TO.test(before) || !factual(local(s.start, b.start))) continue;
    const supplier = ctx.fill(a, SUPPLY_PARTIES);
    const customer = ctx.fill(b, SUPPLY_PARTIES);
    if (supplier && customer && supplier.id !== customer.id) ctx.add(supplier, 'SUPPLIES', customer, s, 0.65, 'supplied-to-by');
  }
}

/**
 * The sentence-wide tests before `suppliedToBy` and `crossings`, and the words each needs: every
 * alternative is a word of ASCII letters between `\b`s (or before `\s`), so a match needs that word
 * as a run of letters (words.ts), tested first on one shared pass over the sentence.
 */
const SUPPLIED_TO_WORDS = /\b(?:supplied|provided|delivered|sold)\s+to\b/u;
const SUPPLIED_RUNS = cueWords(['supplied', 'provided', 'delivered', 'sold']);
const CROSSING_WORDS = /\b(?:crossings?|checkpoints?|border|through|via)\b/u;
const CROSSING_RUNS = cueWords(['crossing', 'crossings', 'checkpoint', 'checkpoints', 'border', 'through', 'via']);

export const flows: RelationRules = {
  name: 'flows',
  // Every rule needs a place, a project, an event or a party of a supply named in the sentence.
  gate: { types: [...PLACE, ...SUPPLY_PARTIES, 'PROJECT', 'EVENT'] },
  perSentence: (ctx, scope) => {
    demonymExports(ctx, scope);
    suppliesThrough(ctx, scope);
    if (hasAnyRun(scope.s, SUPPLIED_RUNS) && SUPPLIED_TO_WORDS.test(scope.s.text)) suppliedToBy(ctx, scope);
    tripPlaces(ctx, scope);
    if (hasAnyRun(scope.s, CROSSING_RUNS) && CROSSING_WORDS.test(scope.s.text)) crossings(ctx, scope);
  },
};


/** "carried Kenyan gas to Peru", "Kenyan oil had reached Peru": Kenya EXPORTS_TO Peru. */
function demonymExports(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  // The exporter is one of the article's countries: none, no export.
  if (ctx.byCode.size === 0) return;
  const tokens = s.tokens;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (!COMMODITY.has(tokens[k + 1]!.text)) continue;
    const c = ctx.g.demonym(t.text);
    const country = c ? ctx.byCode.get(c.code) : undefined;
    if (!country) continue;
    const target = ms.find((m) => m.start > t.end && TO_DESTINATION.test(local(t.end, m.start)));
    if (!target) continue;
    const into = ctx.fill(target, PLACE);
    if (!into || into.id === country.id) continue;
    const upTo = local(s.start, target.start);
    const clause = lastClause(local(s.start, t.start)) + local(t.start, target.start);
    if (!FLOW_VERB.test(clause) || !stated(scope, upTo)) continue;
    ctx.add(country, 'EXPORTS_TO', into, s, 0.6, 'demonym-goods-to');
  }
}

/** "pipes gas to Peru through the Tolva line": the project SUPPLIES Peru. */
function suppliesThrough(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 1; j < ms.length; j++) {
    const project = ctx.entities.get(ms[j]!.entityId);
    if (project?.type !== 'PROJECT') continue;
    const dest = ms[j - 1]!;
    if (!THROUGH_PROJECT.test(local(dest.end, ms[j]!.start))) continue;
    const into = ctx.fill(dest, [...PLACE, 'ORGANIZATION']);
    if (!into) continue;
    const upTo = local(s.start, dest.start);
    if (!FLOW_VERB.test(lastClause(upTo)) || !/\bto\s+(?:the\s+)?$|\b(?:reached|reach|reaches|reaching)\s+(?:the\s+)?$/u.test(upTo) || !stated(scope, upTo)) continue;
    ctx.add(project, 'SUPPLIES', into, s, 0.6, 'supplies-through-project');
  }
}

/** "a state visit to Peru" and "arrived in Lima on Monday for a three-day visit": where it is held. */
function tripPlaces(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const event = ctx.entities.get(ms[j]!.entityId);
    if (event?.type !== 'EVENT' || CALLED_OFF.test(s.text) || CONDITION_AFTER.test(s.text.slice(ms[j]!.end - s.start))) continue;
    // "… state visit to Peru"
    const next = ms[j + 1];
    if (TRIP.test(ms[j]!.text) && next && TRIP_TO.test(local(ms[j]!.end, next.start))) {
      const to = placeOf(ctx, next);
      if (to && stated(scope, local(s.start, next.start))) ctx.add(event, 'HELD_IN', to, s, 0.7, 'trip-to-place');
    }
    // "arrived in Lima on Monday for a three-day visit"
    const prev = ms[j - 1];
    if (prev && FOR_EVENT.test(local(prev.end, ms[j]!.start)) && ARRIVED_IN.test(local(s.start, prev.start))) {
      const at = placeOf(ctx, prev);
      if (at && stated(scope, local(s.start, ms[j]!.start))) ctx.add(event, 'HELD_IN', at, s, 0.6, 'arrived-in-for-event');
    }
  }
}

/** A place as the place it is (a capital stays the city here: it is where something happens). */
function placeOf(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const e = ctx.entities.get(m.entityId);
  return e && PLACE.includes(e.type) ? e : undefined;
}

/**
 * Border crossings: "the two crossings between A and B, at C and D", "C, the main crossing between A
 * and B" → each crossing CONNECTS A and B; "aid from A could reach B only through the C crossing",
 * "aid had entered B through C" → C CONNECTS B (and A); the party whose aid it is ("UN aid …", "The
 * UN said … aid had entered B") SUPPLIES B when the clause states it as a fact. A crossing named in
 * the list after "between A and B, at" is one whatever type the entity stage gave it; a route ("could
 * reach") is a fact of the crossing even under a modal of ability, a negation still cancels it.
 */
function crossings(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  const notNegated = (to: number) => !NEGATION_CUES.test(lastClause(local(s.start, to))) && !scope.conditional;
  for (let j = 0; j + 1 < ms.length; j++) {
    // "… crossings between A and B, at C and D" / "the C crossing between A and B" / "C, the crossing between A and B".
    const [a, b] = [ms[j]!, ms[j + 1]!];
    const [pa, pb] = [placeOf(ctx, a), placeOf(ctx, b)];
    if (pa && pb && /^\s+and\s+(?:the\s+)?$/u.test(local(a.end, b.start))) {
      const before = local(Math.max(s.start, a.start - 80), a.start);
      const found: DocEntity[] = [];
      if (CROSSINGS_BETWEEN.test(before)) {
        for (let k = j + 2; k < ms.length; k++) {
          const gap = local(ms[k - 1]!.end, ms[k]!.start);
          if (!(k === j + 2 ? AT_CROSSINGS.test(gap) : /^\s*(?:,|and|, and)\s*$/u.test(gap))) break;
          found.push(ctx.entities.get(ms[k]!.entityId)!);
        }
      }
      const named = j > 0 ? ms[j - 1]! : undefined;
      const namedGap = named ? local(named.end, a.start) : '';
      const crossing = named ? ctx.entities.get(named.entityId) : undefined;
      if (crossing?.type === 'PROJECT' && ((CROSSING_NAME_END.test(named!.text) && /^\s+between\s+(?:the\s+)?$/u.test(namedGap)) || CROSSING_APPOSITION.test(namedGap))) found.push(crossing);
      if (found.length > 0 && notNegated(a.start)) {
        for (const c of found) {
          if (c.id === pa.id || c.id === pb.id || PLACE.includes(c.type)) continue;
          ctx.add(c, 'CONNECTS', pa, s, 0.6, 'crossing-between');
          ctx.add(c, 'CONNECTS', pb, s, 0.6, 'crossing-between');
        }
      }
    }
    // "aid from A could reach B only through the C crossing", "aid had entered B through C".
    const dest = placeOf(ctx, a);
    const via = ctx.entities.get(b.entityId);
    if (!dest || via?.type !== 'PROJECT' || !ONLY_THROUGH.test(local(a.end, b.start))) continue;
    const clause = lastClause(local(s.start, a.start));
    if (!REACH_BEFORE.test(clause) || !AID.test(clause) || !notNegated(a.start)) continue;
    ctx.add(via, 'CONNECTS', dest, s, 0.6, 'through-crossing');
    const clauseStart = a.start - clause.length;
    const origin = ms.find((m) => m.start >= clauseStart && m.end <= a.start && FROM_BEFORE.test(local(clauseStart, m.start)));
    const from = origin ? placeOf(ctx, origin) : undefined;
    if (from && from.id !== dest.id) ctx.add(via, 'CONNECTS', from, s, 0.55, 'through-crossing');
    // Whose aid: "UN aid …" in the clause, or the speaker of "X said (that) … aid had entered B".
    if (!stated(scope, local(s.start, a.start)) || MODAL.test(clause)) continue;
    const owner = ms.find((m) => m.start >= clauseStart && m.end <= a.start && AID_OF.test(s.text.slice(m.end - s.start)));
    const speaker = ms.find((m) => m.end <= a.start && SAID_THAT.test(s.text.slice(m.end - s.start)) && AID.test(local(m.end, a.start)));
    const supplier = owner ? ctx.fill(owner, ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY']) : speaker ? ctx.fill(speaker, ['ORGANIZATION']) : undefined;
    if (supplier && supplier.id !== dest.id) ctx.add(supplier, 'SUPPLIES', dest, s, 0.55, owner ? 'aid-through-crossing' : 'said-aid-through-crossing');
  }
}
