/**
 * Round 13 (a): constructions of English news the older families read only in one wording.
 * - A role told by a relative clause: "X, who is also the chief executive of Acme and Brix," → the
 *   role the title gives in each body named (titles.ts `roleOf`); "X, who (also) sits on the Tolva
 *   Council", "who serves on the board of Acme" → X WORKS_FOR the body; "X, who chairs the Vela
 *   Agency" → X LEADS it (not "who was once the head of", "who is not the chief of", "who would sit on").
 * - A role told by "whose": "Tolva, whose prime minister, Ada Orr, …", "Acme, whose chief executive
 *   is Ivo Marsh" → the role the title gives the person in the place or body.
 * - A title with "its" right before the name: "… flies to Tolva, where he will be received by its
 *   president, Ada Orr" → the role in the one country or body the sentence names before "its" (when it
 *   names two, the one a relative clause of place opens after: "Tolva, …, where … its president").
 * - A greeting in the passive: "X … was greeted at the airport by Y, the foreign minister, and Z",
 *   "where he will be received by Y" → X MEETS each greeter (X the sentence's subject, a person).
 * - A visit told by its noun after a verb of the visitor: "X cut short a visit to P", "X began a
 *   three-day tour of P", "X, on a visit to P, said" → X VISITS P (not a visit postponed, cancelled,
 *   planned or denied).
 * - Trade between two parties: "fairer trade between Orsk and Tolva", "trade ties between A and B"
 *   → A TRADES_WITH B (not "a trade war between").
 * - A building in a city: "the Vela Palace in Orsk", "the Vela Palace, the royal residence in Orsk"
 *   → the building PART_OF the city (a PROJECT whose name ends in a building's noun; a route is
 *   another family's CONNECTS).
 * Every rule reads one sentence; a negation, denial or hedge in the stretch read gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { subjectOf } from './subject';
import { isTitle, NOT_HELD, officeDescription, roleOf } from './titles';

const PEOPLE: readonly EntityType[] = ['PERSON'];
const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
const HOLDERS: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
const PLACES: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION', 'PROJECT'];
const TRADERS: readonly EntityType[] = ['COUNTRY', 'REGION', 'ORGANIZATION', 'GOVERNMENT_BODY'];

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

/**
 * The mentions of `types` that form a coordinated list from mention index `k` on ("Acme and Brix",
 * "A, B and C"); capitalised words that name no entity may stand in the list ("of Tolvex and Acme",
 * where only Acme is an entity of the article).
 */
function coordinated(ctx: RelateContext, { ms, local }: SentenceScope, k: number, types: readonly EntityType[]): DocEntity[] {
  const out: DocEntity[] = [];
  const first = ctx.fill(ms[k]!, types);
  if (!first) return out;
  out.push(first);
  for (let j = k + 1; j < ms.length; j++) {
    const gap = local(ms[j - 1]!.end, ms[j]!.start);
    if (!/^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u.test(gap)) break;
    const e = ctx.fill(ms[j]!, types);
    if (!e) break;
    out.push(e);
  }
  return out;
}
/** Before a mention: an unnamed capitalised item of a list ("Tolvex and ", "Tolvex, Brix and "), so the mention is still in the list. */
const UNNAMED_ITEMS = /^(?:\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*(?:,\s+|\s+and\s+|,\s+and\s+))+$/u;

// --- "X, who is also the chief executive of Acme" -----------------------------------------------------
/** After the person: "who is (also) the <title> of " (group 1 the title). */
const RELATIVE_IS_TITLE = /,\s+who\s+(?:is|was|has\s+been|had\s+been|remains)\s+(?:also\s+|now\s+|still\s+)?(the|a|an)\s+((?:\p{Ll}[\p{L}\-]*\s+){0,4}?\p{Ll}[\p{L}\-]*)\s+(?:of|at)\s+(?:the\s+)?/uy;
/** After the person: "who (also) sits on ", "who serves on the board of ". */
const RELATIVE_SITS = /,\s+who\s+(?:also\s+|now\s+|still\s+)?(?:sits|sat|serves|served|has\s+served|has\s+sat)\s+on\s+(?:the\s+)?(?:(?:board|bench|council|panel|committee)\s+of\s+(?:the\s+)?)?/uy;
/** After the person: "who (also) chairs ", "who heads the ". */
const RELATIVE_LEADS = /,\s+who\s+(?:also\s+|now\s+|still\s+)?(?:chairs|heads|leads|runs|directs|founded|co-founded)\s+(?:the\s+)?/uy;
/** The person's apposition right before the relative clause: ", the president of the electoral court" (then ", who"). */
const APPOSITION_BEFORE_RELATIVE = /^,\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;()]{1,70}(?=,\s+who\s)/u;
/** A relative clause of the past in the title: "who was once the", "the former" keeps the role as the keys do; "once", "previously" do not. */
const PAST = /\b(?:once|previously|formerly|until)\b/u;

function relativeRoles(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    let from = ms[k]!.end - s.start;
    if (s.text[from] !== ',') continue;
    // "X, the president of the electoral court, who also sits on …": the clause is still X's.
    const apposition = APPOSITION_BEFORE_RELATIVE.exec(s.text.slice(from, from + 90));
    if (apposition) from += apposition[0].length;
    for (const [re, kind] of [[RELATIVE_IS_TITLE, 'title'], [RELATIVE_SITS, 'sits'], [RELATIVE_LEADS, 'leads']] as const) {
      re.lastIndex = from;
      const m = re.exec(s.text);
      if (!m || PAST.test(m[0]) || !described(m[0])) continue;
      const at = s.start + from + m[0].length;
      // The first body at the end of the clause, or after unnamed capitalised items of its list.
      const j = ms.findIndex((x) => x.start >= at);
      if (j === -1 || (ms[j]!.start > at && !UNNAMED_ITEMS.test(scope.local(at, ms[j]!.start)))) continue;
      const title = kind === 'title' ? m[2]! : '';
      if (kind === 'title' && (!isTitle(title) || NOT_HELD.test(title))) continue;
      for (const body of coordinated(ctx, scope, j, kind === 'title' ? HOLDERS : BODIES)) {
        if (kind === 'sits') ctx.add(person, 'WORKS_FOR', body, s, 0.6, 'who-sits-on');
        else if (kind === 'leads') ctx.add(person, 'LEADS', body, s, 0.6, 'who-leads');
        else {
          const type = roleOf(title, body, m[1] === 'the');
          if (type) ctx.add(person, type, body, s, 0.6, 'who-is-title-of', officeDescription(type, title));
        }
      }
      break;
    }
  }
}

// --- "Tolva, whose prime minister, Ada Orr, …" ---------------------------------------------------------
/** After the holder: ", whose <title>, " or ", whose <title> is " right before the person (group 1 the title). */
const RELATIVE_WHOSE_TITLE = /^,\s+whose\s+((?:\p{Ll}[\p{L}\-]*\s+){0,3}?\p{Ll}[\p{L}\-]*)(?:,\s+|\s+(?:is|was)\s+)(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;

function whoseRoles(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const holder = ctx.fill(ms[k]!, HOLDERS);
    if (!holder) continue;
    const m = RELATIVE_WHOSE_TITLE.exec(local(ms[k]!.end, ms[k + 1]!.start));
    const person = m ? ctx.fill(ms[k + 1]!, PEOPLE) : undefined;
    if (!person || !isTitle(m![1]!) || NOT_HELD.test(m![1]!) || PAST.test(m![1]!) || !described(m![0])) continue;
    const type = roleOf(m![1]!, holder, true);
    if (type) ctx.add(person, type, holder, s, 0.65, 'whose-title', officeDescription(type, m![1]!));
  }
}

// --- "… received by its president, X" ------------------------------------------------------------------
/** Right before the person: "its <title>, " (group 1 the title). */
const ITS_TITLE_BEFORE = /(?:^|\s)[Ii]ts\s+((?:\p{Ll}[\p{L}\-]*\s+){0,3}?\p{Ll}[\p{L}\-]*),\s+(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
const ITS_HOLDERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];

function itsTitleBefore(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 1; k < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    const head = local(Math.max(s.start, ms[k]!.start - 60), ms[k]!.start);
    const its = ITS_TITLE_BEFORE.exec(head);
    if (!its || !isTitle(its[1]!) || NOT_HELD.test(its[1]!) || !described(its[0])) continue;
    // "its" is the one country or body the sentence names before it (a capital is its city here, not its government).
    const itsAt = ms[k]!.start - head.length + its.index;
    const holders = new Set(ms.filter((x) => x.end <= itsAt).map((x) => entityOf(ctx, x)).filter((e): e is DocEntity => e !== undefined && ITS_HOLDERS.includes(e.type)));
    const holder = holders.size === 1 ? [...holders][0]! : whereHead(ctx, scope, itsAt);
    if (!holder) continue;
    const type = roleOf(its[1]!, holder, true);
    if (type) ctx.add(person, type, holder, s, 0.55, 'its-title-before-name', officeDescription(type, its[1]!));
  }
}

/**
 * The place or body a relative clause of place opens after, when "its" stands in that clause
 * ("Tolva, one of Peru’s allies, where … its president"): the name right before ", where", or
 * before its apposition.
 */
function whereHead(ctx: RelateContext, { s, ms, local }: SentenceScope, itsAt: number): DocEntity | undefined {
  const where = s.text.slice(0, itsAt - s.start).lastIndexOf(', where ');
  if (where === -1) return undefined;
  const whereAt = s.start + where;
  for (let j = ms.length - 1; j >= 0; j--) {
    const m = ms[j]!;
    if (m.end > whereAt) continue;
    const e = entityOf(ctx, m);
    if (e && ITS_HOLDERS.includes(e.type) && /^(?:,\s+[^,;()]{1,80})?$/u.test(local(m.end, whereAt))) return e;
  }
  return undefined;
}

// --- "X was greeted at the airport by Y" ---------------------------------------------------------------
/** Right before the greeter: a passive of greeting and its "by" (what stands between is a short adjunct: "at Orly airport", "on the tarmac"). */
const GREETED_BY = /\b(?:(?:was|were|is|are|be|been|being)\s+)(?:(?:warmly|personally|formally|later|then|also)\s+)?(?:greeted|welcomed|received|met)\s+(?:[^,;:.]{0,50}?\s)?by\s+(?:(?:the|its|his|her|their)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}?\p{Ll}[\p{L}\-]*,\s+)?(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
/** A passive that shares the subject of the clause before: ", and was greeted", "and then was received". */
const SHARED_SUBJECT = /(?:,\s+|\s+)and\s+(?:then\s+|later\s+)?$/u;
/** The person greeted: a pronoun right before the passive, or the sentence's subject. */
const PRONOUN_PASSIVE = /\b(?:he|she|they)\s+(?:(?:will|would|had|has|have)\s+)?(?:(?:was|were|is|are|be|been|being)\s+)(?:(?:warmly|personally|formally|later|then|also)\s+)?(?:greeted|welcomed|received|met)\b/u;

function greetings(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k < ms.length; k++) {
    const head = local(Math.max(s.start, ms[k]!.start - 120), ms[k]!.start);
    const by = GREETED_BY.exec(head);
    if (!by) continue;
    const subject = subjectOf(ctx, s, ms, PEOPLE);
    if (!subject || subject.entities.length !== 1 || subject.end > ms[k]!.start) break;
    const guest = subject.entities[0]!;
    const verbAt = ms[k]!.start - head.length + by.index;
    const between = local(subject.end, verbAt);
    // The subject is the greeted one when nothing but its own verb phrases stand between, or a pronoun stands for it.
    const clean = !/[;:]|\b(?:who|which|whom|whose|that|while|because|but|said|says)\b/u.test(between);
    // Another person between may be the passive's own subject, unless the passive shares the clause's subject (", and was greeted").
    const alone = !ms.some((x) => x.start >= subject.end && x.end <= verbAt && ctx.entities.get(x.entityId)?.type === 'PERSON');
    const own = clean && (alone || SHARED_SUBJECT.test(local(Math.max(subject.end, verbAt - 20), verbAt)));
    if (!own && !PRONOUN_PASSIVE.test(local(Math.max(subject.end, verbAt - 30), ms[k]!.end))) continue;
    if (!factual(local(subject.end, ms[k]!.start))) continue;
    for (const host of greeters(ctx, scope, k)) ctx.add(guest, 'MEETS', host, s, 0.6, 'greeted-by');
    break;
  }
}
/** The people greeting from mention `k` on: "Y, his wife, and Z", "Y and Z". */
function greeters(ctx: RelateContext, { ms, local }: SentenceScope, k: number): DocEntity[] {
  const out: DocEntity[] = [];
  for (let j = k; j < ms.length; j++) {
    const e = ctx.fill(ms[j]!, PEOPLE);
    if (j > k) {
      const gap = local(ms[j - 1]!.end, ms[j]!.start);
      const apposition = /^,\s+(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;()]{1,60},\s+and\s+$/u.test(gap);
      // A name inside an apposition ("Y, the Tolvan prime minister,") is passed over.
      if (!e && /^,\s+(?:the|a|an|his|her|their|its)\s+[^,;()]{0,60}$/u.test(gap)) continue;
      if (!apposition && !/^(?:\s+and|,\s+and)\s+$/u.test(gap)) break;
    }
    if (!e) break;
    out.push(e);
  }
  return out;
}

// --- "X cut short a visit to P" ------------------------------------------------------------------------
/** Right before the place: a verb of the visitor, the visit noun and "to" (or "tour of"). */
const VISIT_NOUN = /\b(?:cut\s+short|cuts\s+short|cutting\s+short|began|begins|beginning|started|starts|starting|ended|ends|ending|made|makes|making|paid|pays|paying|concluded|concludes|wrapped\s+up|wraps\s+up|completed|completes|is\s+on|was\s+on|were\s+on|on|during|in\s+the\s+middle\s+of)\s+(?:a|an|his|her|their)\s+(?:[\p{Ll}\d\-]+\s+){0,3}?(?:visit\s+to|trip\s+to|tour\s+of|visit|trip)\s+(?:the\s+)?$/u;
/** Visits that did not happen, or not yet. */
const NOT_MADE = /\b(?:postpon\w*|cancel\w*|call(?:ed|s)?\s+off|scrap\w*|planned|plans|planning|proposed|would|will|next|upcoming|possible|potential|future)\b/u;

function visitNouns(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k < ms.length; k++) {
    const place = ctx.fill(ms[k]!, PLACES);
    if (!place || place.type === 'PROJECT') continue;
    const head = local(Math.max(s.start, ms[k]!.start - 100), ms[k]!.start);
    const v = VISIT_NOUN.exec(head);
    // "trip to" needs its verb: "on a trip" with no "to" names no place.
    if (!v || !/\b(?:to|of)\s+(?:the\s+)?$/u.test(v[0]) || NOT_MADE.test(v[0])) continue;
    const subject = subjectOf(ctx, s, ms, PEOPLE);
    if (!subject || subject.end > ms[k]!.start) continue;
    const verbAt = ms[k]!.start - head.length + v.index;
    const between = local(subject.end, verbAt);
    if (between.length > 100 || /[;:]|\b(?:who|which|whom|whose|that|while|when|after|before|because|but|said|says)\b/u.test(between)) continue;
    if (ms.some((x) => x.start >= subject.end && x.end <= verbAt && ctx.entities.get(x.entityId)?.type === 'PERSON')) continue;
    // (Read up to the verb: "cut short" and "ended" a visit are no negation of it.)
    if (!factual(between || ' ')) continue;
    for (const visitor of subject.entities) ctx.add(visitor, 'VISITS', place, s, 0.6, 'visit-noun-to');
  }
}

// --- "trade between A and B" ---------------------------------------------------------------------------
/** Right before the first party: trade (and what it names) between. */
const TRADE_BETWEEN = /\btrade\s+(?:(?:ties|relations|links|flows|volumes?|talks|deals?|agreements?|cooperation)\s+)?between\s+(?:the\s+)?$/u;
/** Trade by its conflict, or a negation right before: no trading relation stated. */
const TRADE_NOT = /\b(?:no|halt\w*|ban\w*|ended|suspend\w*|frozen|froze|cut\s+off)\s+(?:[\p{Ll}\-]+\s+){0,2}?trade\b/u;

function tradeBetween(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ctx.fill(ms[k]!, TRADERS);
    if (!a) continue;
    const head = local(Math.max(s.start, ms[k]!.start - 80), ms[k]!.start);
    const t = TRADE_BETWEEN.exec(head);
    if (!t || TRADE_NOT.test(head) || !/^\s+and\s+(?:the\s+)?$/u.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    const b = ctx.fill(ms[k + 1]!, TRADERS);
    if (!b || !factual(local(s.start, ms[k]!.start))) continue;
    ctx.add(a, 'TRADES_WITH', b, s, 0.6, 'trade-between');
  }
}

// --- "the Vela Palace (, the royal residence) in Orsk" -------------------------------------------------
/** The head noun of a building's name (its last word, lower-cased). */
const BUILDING_HEADS = new Set([
  'palace', 'castle', 'residence', 'house', 'tower', 'cathedral', 'abbey', 'church', 'basilica', 'chapel', 'mosque', 'temple', 'synagogue', 'shrine',
  'museum', 'gallery', 'library', 'theatre', 'theater', 'opera', 'arena', 'stadium', 'hall', 'hospital', 'airport', 'station', 'terminal', 'square',
  'park', 'garden', 'gardens', 'monument', 'memorial', 'fort', 'fortress', 'citadel', 'mansion', 'embassy', 'prison', 'jail', 'market', 'bazaar',
]);
/** Between the building and the city: " in ", or an apposition of what it is ending in " in ". */
const BUILDING_IN = /^(?:\s+in\s+|,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}\-]*\s+){1,3}in\s+)(?:the\s+)?$/u;

/** Before a venue's name: "at (the) ", "of (the) ". */
const VENUE_BEFORE = /\b(?:at|of)\s+(?:the\s+)?$/u;

function buildingsIn(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const building = entityOf(ctx, ms[k]);
    if (building?.type !== 'PROJECT') continue;
    const last = building.name.slice(building.name.lastIndexOf(' ') + 1).toLowerCase();
    if (!BUILDING_HEADS.has(last)) continue;
    const city = entityOf(ctx, ms[k + 1]);
    const gap = local(ms[k]!.end, ms[k + 1]!.start);
    if (city?.type !== 'CITY' || !BUILDING_IN.test(gap) || !described(gap)) continue;
    // "at the Vela Palace in Orsk", "on the steps of …": a venue, which the keys record as the event's place instead.
    if (/^\s+in\s/u.test(gap) && VENUE_BEFORE.test(local(Math.max(s.start, ms[k]!.start - 12), ms[k]!.start))) continue;
    ctx.add(building, 'PART_OF', city, s, 0.6, 'building-in-city');
  }
}

export const round13A: RelationRules = {
  name: 'round13-a',
  // Every rule needs its cue word.
  gate: { words: ['who', 'whose', 'its', 'greeted', 'welcomed', 'received', 'met', 'visit', 'trip', 'tour', 'trade'] },
  perSentence: (ctx, scope) => {
    if (scope.hasWord('who')) relativeRoles(ctx, scope);
    if (scope.hasWord('whose')) whoseRoles(ctx, scope);
    if (scope.hasWord('its')) itsTitleBefore(ctx, scope);
    if (scope.hasWord('by') && (scope.hasWord('greeted') || scope.hasWord('welcomed') || scope.hasWord('received') || scope.hasWord('met'))) greetings(ctx, scope);
    if (scope.hasWord('visit') || scope.hasWord('trip') || scope.hasWord('tour')) visitNouns(ctx, scope);
    if (scope.hasWord('trade') && scope.hasWord('between')) tradeBetween(ctx, scope);
  },
};

/** The building rule apart: it needs a PROJECT named in the sentence and "in". */
export const round13Buildings: RelationRules = {
  name: 'round13-a-buildings',
  gate: { types: ['PROJECT'], words: ['in'] },
  perSentence: buildingsIn,
};
