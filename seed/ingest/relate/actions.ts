/**
 * Actions whose actor is the sentence's subject (subject.ts: named, or a pronoun or definite noun
 * resolved to an earlier sentence's subject) and whose objects may be a coordinated list, which the
 * pair rules (one mention right after the other) do not read:
 * - "X blamed (the opposition) A and B for …", "It accused A and B of …" → ACCUSES each;
 * - "A, B and C sent planes carrying rescuers (to D)", "X dispatched a navy ship with rescuers",
 *   "X said it was sending a field hospital", "…, and X dispatched …", "said X was releasing $1m in
 *   aid", "X Air Force planes brought relief supplies to D" → SUPPLIES to D, or, when no recipient is named, to the
 *   article's main country (named three times or more, and not a sender);
 * - "There he met X", "He also met X, the …, and Y", "A and B hosted a lunch for X", "After talks
 *   with X, Y …" → MEETS;
 * - "X was driven to P", "X fled to P", "He flies on to P" → VISITS;
 * - "X signed it with Y", "signed a memorandum of understanding with Y", "A and B signed the …
 *   partnership" → SIGNS_AGREEMENT_WITH;
 * - "X developed its vaccine with Y", "X worked with A, B and C on …" → PARTNERS_WITH each;
 * - "the earthquake hit A and B", "Storm X caused deadly flooding in A, B and C", "the quake that
 *   struck P’s Q" → HELD_IN each place (the disaster named, or "the quake" for the last event named);
 * - "Among the spectators were A, …; B, …; and C" → ATTENDS the last event named;
 * - "X said the toll …", "the number of dead …, X said", "Peru’s health ministry said the toll …" →
 *   DISCUSSES the event of the toll.
 * Negated, hypothetical and conditional statements give nothing (`factual`).
 */
import { namesFinals, reportedMatch } from './round12-events';
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PARTY, PLACE } from './pair-rules';
import { subordinateSubject } from './clauses';
import { namedSubject, subjectOf } from './subject';
import { cueWords, hasAnyRun } from './words';

const SENDERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
const PARTNERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];

/** Between two items of an object list: ", ", " and ", ", and "; after an apposition of the item before only "and" ("A, the …, and B": "A, the …, B said" is no list). */
const LIST_GAP_STRICT = /^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;()]{1,80}?(?:,\s+and\s+|\s+and\s+|;\s+and\s+)|,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$/u;
/** An apposition still open after a list item: ", the leader of the ", ", Peru’s ". */
const APPOSITION_OPEN = /^,\s+(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;()]{0,80}$/u;
/** A possessive join of places ("Morocco’s High Atlas"). */
const POSSESSIVE_GAP = /^[’']s\s+$/u;

/** The mentions from `from` on that form a list (the first at `from`), of `types`, with possessive joins when `possessive`. */
function listFrom(ctx: RelateContext, scope: SentenceScope, from: number, types: readonly EntityType[], possessive = false): DocEntity[] {
  const { ms, local } = scope;
  const out: DocEntity[] = [];
  let k = ms.findIndex((m) => m.start >= from);
  if (k === -1) return out;
  let end = from;
  for (let first = true; k < ms.length; k++, first = false) {
    const m = ms[k]!;
    const gap = local(end, m.start);
    // A name inside the apposition of the item before ("A, the leader of the Tolva Party, and B") is passed over.
    if (!first && APPOSITION_OPEN.test(gap) && !ctx.fill(m, types)) continue;
    // The item's short form in brackets ("the Tolva Party (TP) and B"): the list goes on after the bracket.
    if (!first && /^\s*\(\s*$/u.test(gap) && ctx.fill(m, types) === out[out.length - 1] && local(m.end, m.end + 1) === ')') {
      end = m.end + 1;
      continue;
    }
    if (first ? !/^(?:the\s+)?$/u.test(gap) : !(LIST_GAP_STRICT.test(gap) || (possessive && POSSESSIVE_GAP.test(gap)))) break;
    const e = ctx.fill(m, types);
    if (!e) break;
    out.push(e);
    end = m.end;
  }
  return out;
}

const ACCUSE = /\b(?:blamed|blames|blame|blaming|accused|accuses|accuse|accusing)\s+((?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?)(?=\p{Lu})/gu;
const SEND_SOURCE = String.raw`\b(?:sent|send|sends|sending|dispatched|dispatches|dispatch|dispatching|deployed|deploys|flew|flies|airlifted|shipped|brought|brings|bringing|delivered|delivers|delivering|released|releases|releasing)\s+(?:[^.;:]{0,60}?)\b(?:aid|rescuers|rescue\s+(?:teams?|workers|crews)|relief|supplies|field\s+hospitals?|doctors|medics|medical\s+(?:teams?|staff|supplies)|search(?:-and-rescue)?\s+teams?|(?:disaster|emergency)\s+(?:response|relief)\s+teams?|humanitarian|tents|blankets|food|water|firefighters)\b`;
const SEND = new RegExp(SEND_SOURCE, 'u');
/** Every sending of a sentence ("China sent rescuers, and Peru dispatched a field hospital"). */
const SEND_ALL = new RegExp(SEND_SOURCE, 'gu');
const SEND_WORDS = ['sent', 'send', 'sends', 'sending', 'dispatched', 'dispatches', 'dispatch', 'dispatching', 'deployed', 'deploys', 'flew', 'flies', 'airlifted', 'shipped', 'brought', 'brings', 'bringing', 'delivered', 'delivers', 'delivering', 'released', 'releases', 'releasing'];
/**
 * The subject of a clause of its own right before the sending verb: "…, and Peru dispatched",
 * "said Peru was releasing …", "Tolvan Air Force planes brought …" (the sender's craft or crews).
 */
const CLAUSE_OPENER = /(?:^|,\s+and\s+|\s+and\s+|;\s+|\b(?:said|says|announced|announces)\s+(?:that\s+)?)(?:the\s+)?$/u;
const CLAUSE_VERB_GAP = /^\s+(?:(?:planes?|aircraft|jets|helicopters|ships|vessels|troops|soldiers|crews|teams)\s+)?(?:(?:was|were|is|are|had|has|have|would\s+be|also)\s+)*$/u;
const MEET = /\b(?:met|meets|met\s+with|meets\s+with|held\s+talks\s+with|holds\s+talks\s+with|hosted\s+(?:a|an)\s+(?:[\p{Ll}\-]+\s+)?(?:lunch|dinner|banquet|reception|breakfast)\s+for|welcomed|greeted)\s+(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
const AFTER_TALKS = /^(?:After|Following|During|Before)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{Ll}\-]+\s+)?(?:talks|meeting|meetings|a\s+meeting)\s+with\s+(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
const VISIT = /\b(?:was\s+driven|were\s+driven|was\s+flown|were\s+flown|fled|flees|flee|fleeing|has\s+fled|had\s+fled|escaped|flew\s+on|flies\s+on|returned|returns)\s+to\s+(?:the\s+)?$/u;
const SIGN = /\b(?:signed|signs|sign)\s+(?:it|them|(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:deal|agreement|accord|treaty|pact|partnership|contract|arrangement|memorandum(?:\s+of\s+understanding)?))\s+with\s+(?:the\s+)?$/u;
const SIGNED_PAIR = /^\s+(?:(?:have|has|had)\s+)?signed\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:deal|agreement|accord|treaty|pact|partnership|contract|arrangement|memorandum)\b/u;
const DEVELOP_WITH = /\b(?:developed|develops|developing|built|builds|designed|designs|created|makes|made|produced|produces)\s+(?:its|their|the)\s+(?:[\p{L}\d\-]+\s+){0,3}?with\s+(?:the\s+)?$/u;
const WORK_WITH = /\b(?:worked|works|working|collaborated|collaborates|collaborating|partnered|partners|partnering|teamed\s+up)\s+with\s+(?:the\s+)?$/u;
const DISASTER_NOUN = String.raw`(?:earthquake|quake|storm|hurricane|typhoon|cyclone|flood|floods|flooding|tsunami|eruption|wildfire|wildfires|tornado|landslide|mudslide)`;
const DISASTER_NAME = new RegExp(String.raw`\b${DISASTER_NOUN}\b`, 'iu');
const DISASTER_SUBJECT = new RegExp(String.raw`\b(?:the|a)\s+(?:[\p{L}\d.\-]+\s+){0,2}?${DISASTER_NOUN}\b`, 'u');
const STRIKE = /\b(?:struck|strikes|strike|hit|hits|battered|batters|pounded|pounds|ravaged|ravages|devastated|devastates|swept\s+(?:through|across|over)|sweeps\s+(?:through|across|over)|made\s+landfall\s+in|makes\s+landfall\s+in|caused\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:flooding|floods|damage|destruction|devastation|havoc|landslides)\s+in|causes\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:flooding|floods|damage|destruction|devastation|havoc|landslides)\s+in)\s+(?:the\s+)?$/u;
const STRIKE_WORDS = ['struck', 'strikes', 'strike', 'hit', 'hits', 'battered', 'batters', 'pounded', 'pounds', 'ravaged', 'ravages', 'devastated', 'devastates', 'swept', 'sweeps', 'landfall', 'caused', 'causes'];
const SPECTATORS = /^(?:Among\s+(?:the\s+)?(?:spectators|guests|dignitaries|those\s+(?:present|attending|watching|in\s+the\s+stands)|the\s+(?:crowd|audience))|(?:Spectators|Guests|Dignitaries)\s+included)\s+(?:were|was|are|is|included)?\s*/u;
const TOLL = /\b(?:(?:death\s+)?toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+(?:killed|dead|missing|injured)|victims|casualties|missing|injured)|magnitude)\b/u;
const SAID = /\b(?:said|says|told|put|estimated|estimates)\b/u;

/** "X said (on Monday) (that) the <noun>": group 1 the noun. */
const SAID_THE = /\b(?:said|says)\s+(?:(?:on|in|last)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?the\s+(\p{Ll}{4,})\b/u;
/** What players do in a match, as a report narrates it. */
const SPORT = /\b(?:scored|scores|scoring|saved|saves|shot\s+wide|fouled|brought\s+down|headed|volleyed|converted|equalised|equalized|cancelled\s+out|canceled\s+out|came\s+on\s+as\s+a\s+substitute|sent\s+off|missed\s+(?:a|the|his|her)\s+(?:penalty|kick|chance)|blocked\s+a\s+shot|opened\s+the\s+scoring|winning\s+(?:kick|goal|penalty))\b/u;
const SPORT_WORDS = ['scored', 'scores', 'scoring', 'saved', 'saves', 'shot', 'fouled', 'brought', 'headed', 'volleyed', 'converted', 'equalised', 'equalized', 'cancelled', 'canceled', 'came', 'sent', 'missed', 'blocked', 'opened', 'winning'];

const CUE_ACCUSE = cueWords(['blamed', 'blames', 'blame', 'blaming', 'accused', 'accuses', 'accuse', 'accusing']);
const CUE_SEND = cueWords(SEND_WORDS);
const CUE_MEET = cueWords(['met', 'meets', 'talks', 'hosted', 'welcomed', 'greeted', 'meeting', 'meetings']);
const CUE_VISIT = cueWords(['driven', 'flown', 'fled', 'flees', 'flee', 'fleeing', 'escaped', 'flew', 'flies', 'returned', 'returns']);
const CUE_SIGN = cueWords(['signed', 'signs', 'sign']);
const CUE_PARTNER = cueWords(['developed', 'develops', 'developing', 'built', 'builds', 'designed', 'designs', 'created', 'makes', 'made', 'produced', 'produces', 'worked', 'works', 'working', 'collaborated', 'collaborates', 'collaborating', 'partnered', 'partners', 'partnering', 'teamed']);
const CUE_STRIKE = cueWords(STRIKE_WORDS);
const CUE_SPECTATORS = cueWords(['Among', 'Spectators', 'Guests', 'Dignitaries']);
const CUE_TOLL = cueWords(['toll', 'number', 'magnitude']);
const CUE_SAID = cueWords(['said', 'says']);
cueWords(SPORT_WORDS);

export const actions: RelationRules = {
  name: 'actions',
  gate: { words: [...new Set([...CUE_ACCUSE, ...CUE_SEND, ...CUE_MEET, ...CUE_VISIT, ...CUE_SIGN, ...CUE_PARTNER, ...CUE_STRIKE, ...CUE_SPECTATORS, ...CUE_TOLL, ...CUE_SAID, ...SPORT_WORDS].map((w) => w.toLowerCase()))] },
  perSentence: (ctx, scope) => {
    const { s } = scope;
    const text = s.text;
    // Each rule behind its own cue words (one shared pass over the sentence's letter runs).
    if (hasAnyRun(s, CUE_ACCUSE)) accusations(ctx, scope);
    if (hasAnyRun(s, CUE_SEND) && SEND.test(text)) aid(ctx, scope);
    if (hasAnyRun(s, CUE_MEET)) meetings(ctx, scope);
    if (hasAnyRun(s, CUE_VISIT)) visits(ctx, scope);
    if (hasAnyRun(s, CUE_SIGN)) agreements(ctx, scope);
    if (hasAnyRun(s, CUE_PARTNER)) partners(ctx, scope);
    if (hasAnyRun(s, CUE_STRIKE)) disasters(ctx, scope);
    if (hasAnyRun(s, CUE_SPECTATORS) && SPECTATORS.test(text)) spectators(ctx, scope);
    if (hasAnyRun(s, CUE_TOLL) && TOLL.test(text) && SAID.test(text)) tolls(ctx, scope);
    if (hasAnyRun(s, CUE_SAID) && SAID_THE.test(text)) saidOfEvent(ctx, scope);
    if (hasAnyRun(s, SPORT_WORDS) && SPORT.test(text)) players(ctx, scope);
  },
};

/** The article's mentions of events, in the order of `ctx.mentions` (once per document). */
const eventsByDoc = new WeakMap<readonly DocMention[], readonly DocMention[]>();
function eventMentions(ctx: RelateContext): readonly DocMention[] {
  let list = eventsByDoc.get(ctx.mentions);
  if (!list) eventsByDoc.set(ctx.mentions, (list = ctx.mentions.filter((m) => ctx.entities.get(m.entityId)?.type === 'EVENT')));
  return list;
}

/** How far before a mention its trigger may start: longer than any trigger of these rules. */
const TAIL = 160;
/**
 * The match of `re` (anchored at its end with `$`) in the text of `s` that ends at field offset
 * `at`, read in the last TAIL characters only (not the whole head, mention after mention); its
 * `index` is in `s.text`. A match at the cut must start a word there.
 */
function tailMatch(re: RegExp, s: Sentence, at: number): { readonly index: number } | null {
  const end = at - s.start;
  const from = Math.max(0, end - TAIL);
  const m = re.exec(s.text.slice(from, end));
  if (!m) return null;
  if (m.index === 0 && from > 0 && /[\p{L}\d]/u.test(s.text[from - 1]!)) return null;
  return { index: from + m.index };
}

/** The subject of `s` standing before field offset `at` with nothing but its own clause between. */
function actorBefore(ctx: RelateContext, scope: SentenceScope, at: number, types: readonly EntityType[]) {
  const subject = subjectOf(ctx, scope.s, scope.ms, types);
  if (!subject || subject.end > at) return undefined;
  const between = scope.local(subject.end, at);
  // Another clause with its own subject, or a sentence stretch too long to be one clause, breaks the link.
  if (between.length > 90 || /[;:]|\b(?:who|which|whom|whose|that|while|when|after|before|because|but)\b/u.test(between)) return undefined;
  // "A and B signed … as Ada Quist visits P": the verb belongs to the subordinate clause's own subject.
  if (subordinateSubject(between)) return undefined;
  if (!scope.factual(between)) return undefined;
  return subject;
}

function accusations(ctx: RelateContext, scope: SentenceScope) {
  const { s } = scope;
  ACCUSE.lastIndex = 0;
  for (let m = ACCUSE.exec(s.text); m; m = ACCUSE.exec(s.text)) {
    const verbAt = s.start + m.index;
    const from = s.start + m.index + m[0].length;
    const subject = actorBefore(ctx, scope, verbAt, PARTY);
    if (!subject) continue;
    const accused = listFrom(ctx, scope, from, PARTY);
    if (!accused.length) continue;
    // The list must end in the charge: "… for the violence", "… of conspiring".
    const lastMention = scope.ms.filter((x) => x.start >= from).find((x) => ctx.entities.get(x.entityId) === accused[accused.length - 1]);
    if (!lastMention || !/^\s*(?:\([^()]{1,40}\)\s*)?(?:for|of|over)\b/u.test(s.text.slice(lastMention.end - s.start))) continue;
    for (const a of subject.entities) for (const b of accused) if (!subject.entities.includes(b)) ctx.add(a, 'ACCUSES', b, s, 0.65, 'action-accuse-list');
  }
}

/** The article's main country: named most often, three times or more (once per document). */
const mainCountries = new WeakMap<readonly DocMention[], DocEntity | null>();
function mainCountry(ctx: RelateContext): DocEntity | undefined {
  let main = mainCountries.get(ctx.mentions);
  if (main === undefined) {
    const counts = new Map<DocEntity, number>();
    for (const m of ctx.mentions) {
      const e = ctx.entities.get(m.entityId);
      if (e?.type === 'COUNTRY') counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    main = ranked[0] && ranked[0][1] >= 3 && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : null;
    mainCountries.set(ctx.mentions, main);
  }
  return main ?? undefined;
}

function aid(ctx: RelateContext, scope: SentenceScope) {
  SEND_ALL.lastIndex = 0;
  for (let send = SEND_ALL.exec(scope.s.text); send; send = SEND_ALL.exec(scope.s.text)) aidAt(ctx, scope, send);
}

/** The mention of a sender that opens its own clause right before field offset `verbAt` (CLAUSE_OPENER, CLAUSE_VERB_GAP). */
function clauseSender(ctx: RelateContext, scope: SentenceScope, verbAt: number): DocEntity | undefined {
  const { s, ms, local } = scope;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end > verbAt) continue;
    const e = CLAUSE_VERB_GAP.test(local(m.end, verbAt)) ? ctx.fill(m, SENDERS) : undefined;
    return e && CLAUSE_OPENER.test(local(s.start, m.start)) ? e : undefined;
  }
  return undefined;
}

function aidAt(ctx: RelateContext, scope: SentenceScope, send: RegExpExecArray) {
  const { s, ms } = scope;
  const verbAt = s.start + send.index;
  let subject = actorBefore(ctx, scope, verbAt, SENDERS);
  // "…, and Peru dispatched …", "said Peru was releasing …": the sender opens the verb's own clause.
  const own = clauseSender(ctx, scope, verbAt);
  if (own && !subject?.entities.includes(own)) subject = { entities: [own], end: verbAt, resolved: false };
  // "France said it was sending …": the speaker's "it" is the speaker.
  if (!subject) {
    const named = namedSubject(ctx, s, ms);
    const said = named ? /^\s+(?:said|says|announced|announces)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|is|are|had|has|have|would\s+be)\s+$/u.exec(scope.local(named.end, verbAt)) : null;
    if (named && said) subject = { ...named, entities: named.entities.filter((e) => SENDERS.includes(e.type)) };
  }
  if (!subject?.entities.length) return;
  if (/\b(?:will|would|could|may|might|plans?\s+to|planned\s+to|offered\s+to|promised\s+to|pledged\s+to)\s+(?:\p{L}+\s+)?$/u.test(s.text.slice(0, send.index)) && !/would\s+be\s+$/u.test(s.text.slice(0, send.index))) return;
  // The recipient: a place after "to" in the rest of the sentence, else the article's main country.
  const rest = s.text.slice(send.index);
  const to = /\bto\s+(?:the\s+)?(?:(?:stricken|devastated|flood-hit|quake-hit|storm-hit|neighbouring|neighboring)\s+)?(?:(?:city|town|port|region|province|country)\s+of\s+)?$/u;
  let recipients: DocEntity[] = [];
  for (const m of ms) {
    if (m.start <= verbAt) continue;
    if (to.test(s.text.slice(send.index, m.start - s.start))) {
      const e = ctx.fill(m, [...PLACE, 'ORGANIZATION']);
      if (e) recipients = [e];
      break;
    }
  }
  if (!recipients.length && !/\bto\s+(?:the\s+)?\p{Lu}/u.test(rest)) {
    const main = mainCountry(ctx);
    if (main) recipients = [main];
  }
  for (const a of subject.entities) for (const b of recipients) if (!subject.entities.includes(b)) ctx.add(a, 'SUPPLIES', b, s, 0.55, 'action-send-aid');
}

function meetings(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  // "After talks with X, Y …": the main clause's subject met X.
  const firstPerson = ms.findIndex((m) => ctx.entities.get(m.entityId)?.type === 'PERSON');
  if (firstPerson !== -1 && AFTER_TALKS.test(local(s.start, ms[firstPerson]!.start))) {
    const guest = ctx.entities.get(ms[firstPerson]!.entityId)!;
    const rest = ms.slice(firstPerson + 1);
    const comma = s.text.indexOf(',', ms[firstPerson]!.end - s.start);
    const host = rest.find((m) => comma !== -1 && m.start - s.start > comma && /^,\s+(?:[^,;]{0,40}\s)?$/u.test(s.text.slice(comma, m.start - s.start)) && ctx.entities.get(m.entityId)?.type === 'PERSON');
    if (host && scope.factual(local(s.start, host.start))) ctx.add(ctx.entities.get(host.entityId)!, 'MEETS', guest, s, 0.6, 'action-after-talks');
  }
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (ctx.entities.get(m.entityId)?.type !== 'PERSON') continue;
    const verb = tailMatch(MEET, s, m.start);
    if (!verb) continue;
    const subject = actorBefore(ctx, scope, s.start + verb.index, ['PERSON']);
    // Only a resolved or listed subject: a single named one the pair rules read already.
    if (!subject) continue;
    const guests = listFrom(ctx, scope, m.start, ['PERSON']);
    for (const a of subject.entities) for (const b of guests) if (!subject.entities.includes(b)) ctx.add(a, 'MEETS', b, s, 0.6, 'action-meet');
    break;
  }
}

function visits(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  for (const m of ms) {
    const verb = tailMatch(VISIT, s, m.start);
    if (!verb) continue;
    const place = ctx.fill(m, [...PLACE, 'PROJECT']);
    if (!place) continue;
    const subject = actorBefore(ctx, scope, s.start + verb.index, ['PERSON']);
    if (subject) for (const a of subject.entities) ctx.add(a, 'VISITS', place, s, 0.6, 'action-go-to');
    break;
  }
}

function agreements(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  if (!/\bsign/u.test(s.text)) return;
  for (const m of ms) {
    const verb = tailMatch(SIGN, s, m.start);
    if (!verb) continue;
    // "signed a deal with Peru’s Tolva Board": the possessor only says whose the party after it is.
    const next = ms[ms.indexOf(m) + 1];
    if (next && /^[’']s\s+$/u.test(s.text.slice(m.end - s.start, next.start - s.start)) && ctx.fill(next, ['GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON'])) continue;
    const subject = actorBefore(ctx, scope, s.start + verb.index, PARTY);
    const other = ctx.fill(m, PARTY);
    if (subject && other) for (const a of subject.entities) if (a.type === other.type || (a.type !== 'PERSON' && other.type !== 'PERSON')) ctx.add(a, 'SIGNS_AGREEMENT_WITH', other, s, 0.65, 'action-sign-with');
    break;
  }
  // "A and B signed the migration partnership …"
  const named = namedSubject(ctx, s, ms);
  if (named && named.entities.length === 2 && SIGNED_PAIR.test(s.text.slice(named.end - s.start)) && scope.factual(s.text.slice(0, named.end - s.start + 20))) {
    const [a, b] = named.entities as [DocEntity, DocEntity];
    if (PARTY.includes(a.type) && PARTY.includes(b.type)) ctx.add(a, 'SIGNS_AGREEMENT_WITH', b, s, 0.65, 'action-pair-signed');
  }
}

function partners(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  for (const m of ms) {
    const verb = tailMatch(DEVELOP_WITH, s, m.start) ?? tailMatch(WORK_WITH, s, m.start);
    if (!verb) continue;
    const subject = actorBefore(ctx, scope, s.start + verb.index, PARTNERS);
    if (!subject) break;
    const list = listFrom(ctx, scope, m.start, PARTNERS);
    for (const a of subject.entities) for (const b of list) if (!subject.entities.includes(b)) ctx.add(a, 'PARTNERS_WITH', b, s, 0.6, 'action-with-partner');
    break;
  }
}

/** A disaster event: named ("Storm Orla", "2031 Tolva Earthquake") or the article's unnamed one ("earthquake", from "the earthquake"). */
const isDisaster = (e: DocEntity | undefined): e is DocEntity => e?.type === 'EVENT' && DISASTER_NAME.test(e.name);

/** The disaster event a sentence speaks of: one named in it, or for "the earthquake" the last disaster named before. */
function disasterOf(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], before: number): DocEntity | undefined {
  for (const m of ms) {
    if (m.start >= before) break;
    const e = ctx.entities.get(m.entityId);
    if (isDisaster(e)) return e;
  }
  if (!DISASTER_SUBJECT.test(s.text.slice(0, before - s.start))) return undefined;
  return lastDisaster(ctx, s);
}

/** The event mentioned last before `s` in its field that `accept` takes. */
function lastEventBefore(ctx: RelateContext, s: Sentence, accept: (e: DocEntity | undefined) => boolean): DocEntity | undefined {
  const events = eventMentions(ctx);
  for (let i = events.length - 1; i >= 0; i--) {
    const m = events[i]!;
    if (m.field !== s.field || m.start >= s.start) continue;
    const e = ctx.entities.get(m.entityId);
    if (accept(e)) return e;
  }
  return undefined;
}

/** The disaster mentioned last before `s` in its field. */
const lastDisaster = (ctx: RelateContext, s: Sentence) => lastEventBefore(ctx, s, isDisaster);

function disasters(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  for (const m of ms) {
    const verb = tailMatch(STRIKE, s, m.start);
    if (!verb) continue;
    const head = s.text.slice(0, m.start - s.start);
    if (!ctx.fill(m, PLACE)) continue;
    const verbAt = s.start + verb.index;
    if (!scope.factual(head.slice(Math.max(0, verb.index - 60), verb.index))) break;
    if (/\b(?:will|would|could|may|might|expected\s+to|forecast\s+to|set\s+to|likely\s+to|threatens?\s+to)\s+(?:\p{L}+\s+)?$/u.test(head.slice(0, verb.index))) break;
    const event = disasterOf(ctx, s, ms, verbAt);
    if (!event) break;
    // The disaster and the verb in one clause: "the earthquake that struck P", "Storm X had already caused …".
    const eventEnd = ms.find((x) => x.entityId === event.id && x.start < verbAt)?.end;
    const nounAt = eventEnd ?? s.start + (DISASTER_SUBJECT.exec(head)?.index ?? 0);
    if (verbAt - nounAt > 60 || /[;:]/u.test(s.text.slice(nounAt - s.start, verb.index))) break;
    for (const place of listFrom(ctx, scope, m.start, PLACE, true)) ctx.add(event, 'HELD_IN', place, s, 0.6, 'action-disaster-struck');
    break;
  }
}

/** One occasion with spectators (a match, a final, a ceremony), not a tournament or a season. */
const OCCASION = /\b(?:final|finals|match|game|semi-final|semifinal|derby|race|ceremony|concert|parade|funeral|inauguration|coronation|wedding|fight|bout)\b/iu;
/** A match, not a ceremony: what players play in. */
const MATCH = /\b(?:final|finals|match|game|semi-final|semifinal|derby|race|fight|bout)\b/iu;
/** An event whose name says it is one occasion with spectators. */
const isOccasion = (e: DocEntity | undefined) => e?.type === 'EVENT' && OCCASION.test(e.name);
/** The occasion named last before `s` in its field. */
const lastOccasion = (ctx: RelateContext, s: Sentence) => lastEventBefore(ctx, s, isOccasion);

function spectators(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  const opener = SPECTATORS.exec(s.text)!;
  const event = reportedMatch(ctx) ?? (namesFinals(ctx) ? undefined : lastOccasion(ctx, s));
  if (!event || !scope.factual(opener[0])) return;
  let end = s.start + opener[0].length;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < end) continue;
    const gap = local(end, m.start);
    const first = end === s.start + opener[0].length;
    const person = ctx.entities.get(m.entityId)?.type === 'PERSON';
    if (first ? /^(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u.test(gap) : /(?:;|,\s+and|;\s+and)\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(gap) || (/^\s+and\s+$/u.test(gap))) {
      if (person) {
        ctx.add(ctx.entities.get(m.entityId)!, 'ATTENDS', event, s, 0.6, 'action-among-spectators');
        end = m.end;
      }
    }
    // An apposition's names ("Gianni Infantino, FIFA’s president") are skipped: the list goes on at the next ";".
    const next = s.text.indexOf(';', m.end - s.start);
    if (!person || !first) end = Math.max(end, next === -1 ? m.end : Math.min(m.end, s.start + next));
  }
}

/** After the speaker: its verb of saying and the toll it gives. */
const SAID_TOLL = /^(?:,\s+[^;:]{1,100}?,)?\s+(?:said|says|told\s+\p{Ll}+|put|estimated|estimates)\b[^;:]{0,40}?\b(?:(?:death\s+)?toll|number\s+of|magnitude)\b/u;

/** "Peru’s home ministry said …": the body after its country’s possessive at the sentence's start, as its subject. */
function possessedSubject(ctx: RelateContext, { s, ms, local }: SentenceScope): { entities: DocEntity[]; end: number } | undefined {
  const [owner, body] = ms;
  if (!owner || !body || !/^(?:The\s+)?$/u.test(local(s.start, owner.start)) || !/^[’']s\s+$/u.test(local(owner.end, body.start))) return undefined;
  const e = ctx.fill(body, ['GOVERNMENT_BODY', 'ORGANIZATION']);
  return e ? { entities: [e], end: body.end } : undefined;
}

function tolls(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  const speakerTypes: readonly EntityType[] = ['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION'];
  let speaker: DocEntity | undefined;
  const named = namedSubject(ctx, s, ms) ?? possessedSubject(ctx, scope);
  // The toll right after the verb of saying: "X said (on Tuesday that) the toll …" ("Peru’s health ministry said …" too).
  const said = named ? SAID_TOLL.exec(s.text.slice(named.end - s.start)) : null;
  if (named && said && named.entities.length === 1 && speakerTypes.includes(named.entities[0]!.type)) speaker = named.entities[0];
  // "…, the interior ministry said." at the end.
  if (!speaker) {
    const last = ms[ms.length - 1];
    if (last && /^\s+(?:said|says)(?:\s+on\s+\p{Lu}\p{Ll}+)?\.?$/u.test(s.text.slice(last.end - s.start)) && /,\s+(?:\p{Lu}[\p{L}’']*\s+)?$/u.test(s.text.slice(0, last.start - s.start))) {
      const e = ctx.entities.get(last.entityId);
      if (e && speakerTypes.includes(e.type)) speaker = e;
    }
  }
  if (!speaker || !scope.factual(s.text.slice(0, 40))) return;
  const event = ms.map((m) => ctx.entities.get(m.entityId)).find(isDisaster) ?? lastDisaster(ctx, s);
  if (event) ctx.add(speaker, 'DISCUSSES', event, s, 0.55, 'action-toll');
}


/**
 * "X said (that) the strike had cost …", "Y says the outbreak was …": a speaker (the sentence's
 * named subject) speaks of the event last named whose name holds the noun ("2031 Orsk strike").
 */
function saidOfEvent(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  const said = SAID_THE.exec(s.text)!;
  const named = namedSubject(ctx, s, ms);
  if (!named || named.entities.length !== 1) return;
  const speaker = named.entities[0]!;
  if (!['PERSON', 'GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'].includes(speaker.type)) return;
  const between = s.text.slice(named.end - s.start, said.index);
  // The speaker's own verb: an apposition may stand between, no other clause.
  if (!/^(?:,\s+[^;:]{1,100}?,)?\s+(?:(?:also|has|had|later|then)\s+)?$/u.test(between) || !scope.factual(s.text.slice(0, said.index + said[0].length))) return;
  // The noun heads its own clause: a verb follows ("the strike had cost"), not another noun ("the hurricane season").
  if (!/^\s+(?:had|has|have|was|were|is|are|would|will|could|can|may|might|did|does|\p{Ll}+ed)\b/u.test(s.text.slice(said.index + said[0].length))) return;
  const noun = ` ${said[1]!} `;
  const holds = (name: string) => ` ${name.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `.includes(noun);
  const events = eventMentions(ctx);
  for (let i = events.length - 1; i >= 0; i--) {
    const m = events[i]!;
    if (m.field !== s.field || m.start >= s.start + said.index) continue;
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'EVENT' && (holds(e.name) || e.aliases.some(holds))) {
      ctx.add(speaker, 'DISCUSSES', e, s, 0.5, 'action-said-of-event');
      return;
    }
  }
}

/**
 * Match reports: a person who scored, saved, was fouled or came on in the sentence takes part in the
 * match last named before it (a final, a match, a game), when the sentence names no other event.
 */
function players(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  // A report that names finals: its players are read in round12-events.ts (none for a final to come).
  if (namesFinals(ctx)) return;
  if (ms.some((m) => ctx.entities.get(m.entityId)?.type === 'EVENT')) return;
  // A career or an earlier season: "who scored in 2018", "has scored 40 goals for".
  if (/\b(?:19|20)\d\d\b|\bcareer\b|\bseason\b|\bgoals\s+(?:for|in)\b/u.test(s.text)) return;
  const event = lastOccasion(ctx, s);
  if (!event || !MATCH.test(event.name)) return;
  for (const m of ms) {
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'PERSON') ctx.add(e, 'ATTENDS', event, s, 0.5, 'action-match-player');
  }
}
