/**
 * Round 11 action rules.
 * - Travellers listed as the subject: "A, Tolva’s foreign minister, and B, its culture minister,
 *   travelled to P", "A and B, the …, sat with him in court and travelled with him to P" → each
 *   VISITS P (and the places listed after it). The pair rules read the traveller right before the
 *   verb; the others of the subject (subject.ts, appositions allowed) are read here. The verb must
 *   be the subject's own: no clause with a subject of its own, no verb of saying between, and
 *   negated, hedged or planned journeys give nothing (`factual`).
 * - A person's act at a site in a place: "A, the …, flew to P on Saturday, walked through the wreckage
 *   and then met injured passengers at a hospital in Q", "A joined a picket line outside a parts
 *   warehouse in Q" → the sentence's subject VISITS Q (the act is the subject's own verb, or one
 *   coordinated with it; no other clause, no other person acting between).
 * - The host in a relative clause after the event: "the Tolva Cup, which Peru hosts this summer",
 *   "the Orsk Summit, which Bolivia will host", and with a pronoun for the sentence's named subject,
 *   a place: "Peru have not won since the 2030 Cup, which they hosted" → the event HELD_IN the host.
 * - A statement about a project the text named before by its head noun: "Ada Quist, the head of the
 *   Tolva Canal Authority, said on Thursday that the canal’s revenue had fallen", "Omar Vance said the
 *   test showed …" after "the Orsk Deflection Test" → the speaker (the sentence's named subject)
 *   DISCUSSES the project whose name ends in that noun (the last such named before, in the field).
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { subordinateSubject } from './clauses';
import { PLACE } from './pair-rules';
import { namedSubject, subjectOf } from './subject';
import { cueWords, hasAnyRun } from './words';

const TRAVEL_WORDS = ['travelled', 'traveled', 'travels', 'flew', 'flies', 'went', 'headed', 'arrived', 'arrives', 'visited', 'visits', 'returned'];
const CUE_TRAVEL = cueWords(TRAVEL_WORDS);
/** The journey right before the place: "travelled (together) (with him) to ", "arrived in ", "visited the ". */
const TRAVEL = /\b(?:(?:travelled|traveled|travels|flew|flies|went|headed|returned)(?:\s+(?:together|back|on|home))?(?:\s+with\s+(?:him|her|them))?\s+to|(?:arrived|arrives)\s+(?:in|at)|visited|visits)\s+(?:the\s+)?$/u;
/** What may stand between the subject and its journey: a short verb phrase of its own, no other clause or speech. */
const OTHER_CLAUSE = /[;:]|\b(?:who|which|whom|whose|that|said|says|told|tells|added|while|when|after|before|because|but|if|whether)\b/u;
const TRAVELLERS: readonly EntityType[] = ['PERSON'];
const DESTINATIONS: readonly EntityType[] = [...PLACE, 'PROJECT'];

/** Where a journey goes: a place or a site; a capital that stage cluster merged into its country ("flew to Lima" for Peru) is the city, not the country, so none. */
function destination(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const e = ctx.fill(m, DESTINATIONS);
  return e && e.type === 'COUNTRY' && ctx.g.capitalOf(m.text) ? undefined : e;
}

function listedTravellers(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  const subject = subjectOf(ctx, s, ms, TRAVELLERS);
  if (!subject || subject.entities.length < 2) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < subject.end) continue;
    const head = local(subject.end, m.start);
    const verb = TRAVEL.exec(head);
    if (!verb) continue;
    const place = destination(ctx, m);
    if (!place) continue;
    const between = head.slice(0, verb.index);
    if (between.length > 90 || OTHER_CLAUSE.test(between) || subordinateSubject(between) || !scope.factual(head)) return;
    // A name between the last subject's apposition and the verb is a subject or an object of its own.
    const apposition = /^,\s+[^,;()]{1,80},/u.exec(between)?.[0].length ?? 0;
    if (ms.some((x) => x.start >= subject.end + apposition && x.end <= subject.end + verb.index)) return;
    const places: DocEntity[] = [place];
    for (let j = k + 1; j < ms.length && /^\s*(?:,|and|, and)\s*(?:the\s+)?$/u.test(local(ms[j - 1]!.end, ms[j]!.start)); j++) {
      const next = destination(ctx, ms[j]!);
      if (!next || next.type !== place.type) break;
      places.push(next);
    }
    for (const a of subject.entities) for (const p of places) ctx.add(a, 'VISITS', p, s, 0.6, 'listed-travellers');
    return;
  }
}

// Not "spoke to reporters at the party headquarters in P": a politician's own office is no visit.
const SITE_WORDS = ['met', 'meets', 'joined', 'joins', 'addressed', 'addresses', 'toured', 'tours', 'greeted', 'comforted', 'inspected', 'laid'];
const CUE_SITE = cueWords(SITE_WORDS);
/** The act, what it is done to, and the site right before the place: "met injured passengers at a hospital in ", "joined a picket line outside a parts warehouse in ". */
const ACT_AT_SITE = /\b(?:met|meets|joined|joins|addressed|addresses|toured|tours|greeted|comforted|inspected|laid\s+a\s+wreath)\b[^.;:]{0,60}?\s(?:at|outside|inside)\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,3}?(?:hospital|clinic|school|factory|plant|warehouse|camp|shelter|rally|memorial|site|mosque|church|temple|market|university|hall|picket\s+line|vigil|funeral)\s+(?:in|of|near)\s+(?:the\s+)?$/u;
/** Between the subject and the act: its apposition and its own earlier verbs ("flew to P on Saturday, walked through the wreckage and then"), no other clause. */
const SUBJECT_CLAUSE_BREAK = /[;:]|\b(?:who|which|whom|whose|that|said|says|told|tells|while|when|after|before|because|but|if|whether|where)\b/u;

function actAtSite(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (const m of ms) {
    const head = s.text.slice(0, m.start - s.start);
    const act = ACT_AT_SITE.exec(head);
    if (!act) continue;
    const place = destination(ctx, m);
    if (!place || place.type === 'COUNTRY') continue;
    const subject = subjectOf(ctx, s, ms, TRAVELLERS);
    const verbAt = s.start + act.index;
    if (!subject || subject.end > verbAt) return;
    const between = local(subject.end, verbAt);
    if (between.length > 160 || SUBJECT_CLAUSE_BREAK.test(between) || subordinateSubject(between) || !scope.factual(local(s.start, m.start))) return;
    // Another person between (beyond the subject's apposition) may be the one who acts.
    const apposition = /^,\s+[^,;()]{1,80},/u.exec(between)?.[0].length ?? 0;
    if (ms.some((x) => x.start >= subject.end + apposition && x.end <= verbAt && ctx.entities.get(x.entityId)?.type === 'PERSON')) return;
    for (const a of subject.entities) ctx.add(a, 'VISITS', place, s, 0.55, 'act-at-site-in');
    return;
  }
}

const HOST_WORDS = ['hosts', 'hosted', 'host', 'hosting'];
const CUE_HOST = cueWords(HOST_WORDS);
/** Right after the event: ", which " and the host's place (a name, or "they"/"it" in group 1). */
const WHICH_HOST = /^,\s+which\s+(?:(they|it)\s+|(?:the\s+)?(?=\p{Lu}))/u;
/** Right after the host: its verb of hosting ("hosts", "hosted", "will host", "is co-hosting"). */
const HOST_VERB = /^\s+(?:(?:will|has|have|had|is|are|was|were)\s+)?(?:also\s+)?(?:co-)?(?:hosts|hosted|host|hosting)\b/u;
const HOST_PLACES: readonly EntityType[] = PLACE;

function hostInRelative(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const event = ctx.entities.get(m.entityId);
    if (event?.type !== 'EVENT') continue;
    const after = s.text.slice(m.end - s.start);
    const which = WHICH_HOST.exec(after);
    if (!which) continue;
    let host: DocEntity | undefined;
    let verbFrom: number;
    if (which[1]) {
      // "…, which they hosted": the pronoun stands for the sentence's named subject, one place.
      const named = namedSubject(ctx, s, ms);
      const places = named?.entities.filter((e) => HOST_PLACES.includes(e.type)) ?? [];
      if (!named || named.entities.length !== 1 || places.length !== 1 || named.end > m.start) continue;
      host = places[0];
      verbFrom = m.end + which[0].length - 1;
    } else {
      const next = ms[k + 1];
      if (!next || next.start !== m.end + which[0].length) continue;
      host = ctx.fill(next, HOST_PLACES);
      verbFrom = next.end;
    }
    if (!host || !HOST_VERB.test(s.text.slice(verbFrom - s.start))) continue;
    if (!scope.factual(local(m.end, verbFrom + 20 > s.end ? s.end : verbFrom + 20))) continue;
    ctx.add(event, 'HELD_IN', host, s, 0.6, 'event-which-place-hosts');
  }
}

const CUE_SAID = cueWords(['said', 'says', 'told']);
/** The speech verb right after the speaker and its apposition, up to "the <noun>" (group 1) that opens the reported clause as its subject or possessor. */
const SAID_THE_HEAD = /^(?:,\s+[^;:]{1,100}?,)?\s+(?:(?:also|has|had|later|then)\s+)?(?:said|says|told\s+(?:the\s+)?[\p{Ll}\-]+)(?:\s+(?:on|in|last)\s+\p{Lu}\p{Ll}+)?(?:\s+that)?\s+the\s+(\p{Ll}{4,})(?=[’']s\s+\p{Ll}|\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|showed|shows|proved|proves|remained|remains|\p{Ll}+ed)\b)/u;
const SPEAKERS: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY'];

/** The last word of a name, lower-cased ("Tolva Canal" → "canal"). */
const headWord = (name: string) => /([\p{L}]+)\W*$/u.exec(name)?.[1]?.toLowerCase();

function saidOfProject(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  const named = namedSubject(ctx, s, ms);
  if (!named || named.entities.length !== 1 || !SPEAKERS.includes(named.entities[0]!.type)) return;
  const said = SAID_THE_HEAD.exec(s.text.slice(named.end - s.start));
  if (!said || !scope.factual(s.text.slice(0, named.end - s.start + said[0].length))) return;
  const noun = said[1]!;
  // The project named last before the noun in the field (this sentence's apposition included) whose name ends in it.
  const at = named.end + said[0].length;
  let topic: DocEntity | undefined;
  for (let i = ctx.mentions.length - 1; i >= 0 && !topic; i--) {
    const m = ctx.mentions[i]!;
    if (m.field !== s.field || m.start >= at) continue;
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'PROJECT' && (headWord(e.name) === noun || e.aliases.some((a) => headWord(a) === noun))) topic = e;
  }
  const speaker = named.entities[0]!;
  if (topic && topic.id !== speaker.id) ctx.add(speaker, 'DISCUSSES', topic, s, 0.5, 'said-of-named-project');
}

export const round11Actions: RelationRules = {
  name: 'round11-actions',
  gate: { types: ['PERSON', 'EVENT', 'ORGANIZATION', 'GOVERNMENT_BODY'], words: [...CUE_TRAVEL, ...CUE_HOST, ...CUE_SAID, ...CUE_SITE].map((w) => w.toLowerCase()) },
  perSentence: (ctx, scope) => {
    if (hasAnyRun(scope.s, CUE_TRAVEL)) listedTravellers(ctx, scope);
    if (hasAnyRun(scope.s, CUE_SITE)) actAtSite(ctx, scope);
    if (hasAnyRun(scope.s, CUE_HOST)) hostInRelative(ctx, scope);
    if (hasAnyRun(scope.s, CUE_SAID)) saidOfProject(ctx, scope);
  },
};
