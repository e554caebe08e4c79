/**
 * Flows of goods and the events of a trip, read from the words around them:
 * - "carried Kenyan gas to Peru", "Kenyan oil had reached Peru": Kenya exports to Peru;
 * - "pipes gas to Peru through the Tolva line", "had reached Peru through the Tolva Pipeline": the
 *   project supplies Peru;
 * - "a state visit to Peru", "arrived in Lima on Monday for a three-day visit": the visit is held in
 *   Peru, in Lima.
 * Negated, stopped, intended and conditional statements are skipped as everywhere else.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PLACE } from './pair-rules';

/** What flows: goods a country sells, named after the demonym ("Kenyan gas"). */
const COMMODITY = /^(?:gas|oil|crude|coal|grain|wheat|maize|corn|rice|electricity|power|energy|fuel|diesel|petrol|uranium|lng|LNG|copper|iron|steel|timber|fertiliser|fertilizer|coffee|cocoa|tea|beef|fish|exports)$/u;
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

/** "…, where he was attending": the place before it is where the person was. */
const WHERE_ATTENDING = /^,\s+where\s+(?:he|she|they)\s+(?:was|were|is|are|had been|has been)\s+(?:attending|visiting|staying|taking part in|holding talks|meeting)\b/u;
const IN_PLACE = /\bin\s+(?:the\s+)?$/u;
/** ", the Kenyan president" after the person: the demonym of the country the person serves. */
const DEMONYM_APPOSITION = /^,\s+(?:the\s+)?(\p{Lu}[\p{L}\-]+)\s+\p{Ll}/u;

/** Whether the clause of `upTo` (text ending at the target) states a fact. */
function stated(scope: SentenceScope, upTo: string): boolean {
  const clause = lastClause(upTo);
  if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) return false;
  // In a conditional sentence only a clause without a modal of its own ("the link … that carried").
  return !scope.conditional || !MODAL.test(clause);
}

export const flows: RelationRules = {
  name: 'flows',
  perSentence: (ctx, scope) => {
    demonymExports(ctx, scope);
    suppliesThrough(ctx, scope);
    tripPlaces(ctx, scope);
    whereAttending(ctx, scope);
  },
};

/** "carried Kenyan gas to Peru", "Kenyan oil had reached Peru": Kenya EXPORTS_TO Peru. */
function demonymExports(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  s.tokens.forEach((t, k) => {
    if (!COMMODITY.test(s.tokens[k + 1]?.text ?? '')) return;
    const c = ctx.g.demonym(t.text);
    const country = c ? ctx.byCode.get(c.code) : undefined;
    if (!country) return;
    const target = ms.find((m) => m.start > t.end && TO_DESTINATION.test(local(t.end, m.start)));
    if (!target) return;
    const into = ctx.fill(target, PLACE);
    if (!into || into.id === country.id) return;
    const upTo = local(s.start, target.start);
    const clause = lastClause(local(s.start, t.start)) + local(t.start, target.start);
    if (!FLOW_VERB.test(clause) || !stated(scope, upTo)) return;
    ctx.add(country, 'EXPORTS_TO', into, s, 0.6, 'demonym-goods-to');
  });
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
    const place = (m: DocMention | undefined): DocEntity | undefined => (m ? placeOf(ctx, m) : undefined);
    // "… state visit to Peru"
    const next = ms[j + 1];
    if (TRIP.test(ms[j]!.text) && next && TRIP_TO.test(local(ms[j]!.end, next.start))) {
      const to = place(next);
      if (to && stated(scope, local(s.start, next.start))) ctx.add(event, 'HELD_IN', to, s, 0.7, 'trip-to-place');
    }
    // "arrived in Lima on Monday for a three-day visit"
    const prev = ms[j - 1];
    if (prev && FOR_EVENT.test(local(prev.end, ms[j]!.start)) && ARRIVED_IN.test(local(s.start, prev.start))) {
      const at = place(prev);
      if (at && stated(scope, local(s.start, ms[j]!.start))) ctx.add(event, 'HELD_IN', at, s, 0.6, 'arrived-in-for-event');
    }
  }
}

/** A place as the place it is (a capital stays the city here: it is where something happens). */
function placeOf(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const e = ctx.entities.get(m.entityId);
  return e && PLACE.includes(e.type) ? e : undefined;
}

/** "… on a screen in Johannesburg, South Africa, where he was attending the summit": he was there. */
function whereAttending(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const after = s.text.slice(ms[j]!.end - s.start);
    if (!WHERE_ATTENDING.test(after)) continue;
    // The places: this one and the one it is part of ("Lima, Peru"), after "in".
    const places = [ms[j]!];
    if (j > 0 && /^,\s+$/u.test(local(ms[j - 1]!.end, ms[j]!.start))) places.unshift(ms[j - 1]!);
    if (!IN_PLACE.test(local(s.start, places[0]!.start))) continue;
    const personMention = ms.slice(0, j).find((m) => ctx.entities.get(m.entityId)?.type === 'PERSON');
    const person = personMention ? ctx.entities.get(personMention.entityId) : undefined;
    if (!person || !stated(scope, local(s.start, places[0]!.start))) continue;
    // "Ada Orr, the Kenyan president, … in Nairobi, Kenya, where she was attending": she is at home.
    const demonym = DEMONYM_APPOSITION.exec(s.text.slice(personMention!.end - s.start))?.[1];
    const own = demonym ? ctx.g.demonym(demonym)?.code : undefined;
    for (const p of places) {
      const place = placeOf(ctx, p);
      const code = place ? (place.type === 'COUNTRY' ? ctx.g.country(place.name) : ctx.g.capitalOf(place.name))?.code : undefined;
      if (place && !(own && code === own)) ctx.add(person, 'VISITS', place, s, 0.55, 'in-place-where-attending');
    }
    const event = ms.slice(j + 1).find((m) => ctx.entities.get(m.entityId)?.type === 'EVENT');
    const at = placeOf(ctx, places[0]!);
    if (event && at) ctx.add(ctx.entities.get(event.entityId)!, 'HELD_IN', at, s, 0.55, 'in-place-where-attending');
  }
}
