/**
 * Round 12, more rules for leaders, agreements and appeals.
 * - A leader told by a relative clause with a span of time: "X, who has led the Unity Party since
 *   2010, …", "X, who secured a third term as leader of the Unity Party, …" → X LEADS the body (a
 *   body only: "who has led Peru since" is another rule's office; "who has led the party's campaign
 *   since" leads the campaign, not the party).
 * - A body described as chaired by a person: "the Tolva Review Board, a panel of officials chaired
 *   by X", "Acme, which is led by X" → X LEADS the body (not "Acme, a member of the alliance led by
 *   X": the alliance is led).
 * - Two parties that agreed to act together: "Acme and the Vela Agency (VA) agreed to build …" →
 *   SIGNS_AGREEMENT_WITH (not "agreed to meet", "have not agreed to", "could agree to").
 * - An agreement's relative clause: "a treaty that Peru signed with Chile and Bolivia" → Peru
 *   SIGNS_AGREEMENT_WITH each.
 * - A court that rules, "dismissing an appeal by X" → the court RULES_AGAINST X ("upholding an
 *   appeal by X" is for X: nothing).
 * - A unit of a body: "a new Data Office within the Orsk Commission" → the unit (a body whose name
 *   ends in Office, Unit, Agency, …) PART_OF the body (not "within the Commission’s rules").
 * - A territory: "the Kivu Islands, a US territory", "…, a Danish territory" → the place PART_OF
 *   the country (not "a former Danish territory").
 * - A judgement or a call for an inquiry: "X, the agency’s chief, who called the Tolva Project the
 *   most complex mission", "X called for an independent inquiry into the origins of the Tolva
 *   Fever outbreak" → X DISCUSSES the project or event (not "called the Tolva Project’s office",
 *   "called Tolva Air to complain", nor a call that was not made).
 * - An arrival told by a relative clause of place: "The tour began in Lima, where Ivo Marsh arrived
 *   on Tuesday" → the visitor VISITS the place (not "where he will arrive", "where she never landed").
 * - Money given to a party: "The Orsk Highway Administration released $60m in relief funds to the
 *   Vela Department", "The Tolva Red Cross launched an appeal for 10m francs to support the Vela
 *   Red Crescent" → the giver SUPPORTS the receiver (not money pledged or promised, nor denied).
 * - A second title in an apposition: "X, Peru’s president and the chairman of the Orsk League," → the
 *   role the head title gives in the body (LEADS; not "… of the Orsk League’s council").
 * Every rule reads one sentence; a negation, denial or hedge in the stretch read gives nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { officeDescription, roleOf } from './titles';

const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
const PEOPLE: readonly EntityType[] = ['PERSON'];
const PARTIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

// --- "X, who has led the Unity Party since 2010" --------------------------------------------------------
/** Between the person and the body: a relative clause of leading in the perfect, or a term won as its leader. */
const LED_SINCE = /^,\s+who\s+(?:(?:has|had)\s+(?:long\s+|also\s+)?(?:led|headed|chaired|run|commanded)|(?:secured|won|began|started|was\s+(?:re-)?elected\s+to)\s+(?:a|an|his|her)\s+(?:(?:second|third|fourth|fifth|sixth|new|fresh|record|further)\s+)?(?:(?:\p{Ll}+-year|consecutive)\s+)?term\s+as\s+(?:the\s+)?(?:leader|head|chairman|chairwoman|chair|president|general\s+secretary|secretary-general)\s+of)\s+(?:the\s+)?$/u;
/** After the body led in the perfect: the span of time ("since 2010", "for a decade"). */
const SPAN_AFTER = /^\s+(?:since|for)\s/u;
const TERM_AS = /\bterm\s+as\b/u;

function ledSince(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    const next = ms[k + 1]!;
    const body = ctx.fill(next, BODIES);
    if (!body) continue;
    const gap = local(ms[k]!.end, next.start);
    if (!LED_SINCE.test(gap) || !described(gap)) continue;
    if (!TERM_AS.test(gap) && !SPAN_AFTER.test(s.text.slice(next.end - s.start))) continue;
    ctx.add(person, 'LEADS', body, s, 0.6, 'led-since');
  }
}

// --- "the Tolva Review Board, a panel of officials chaired by X" ------------------------------------------
/** After the body (and its short form): ", a panel of … chaired by " or ", which is led by ". */
const CHAIRED_BY = /^(?:\s*\([^()]{1,20}\)|\))?,\s+(?:which\s+is\s+(?:also\s+|now\s+|currently\s+)?|(?:a|an)\s+[^,;:()“”"]{1,50}?\s+(?:(?:that|which)\s+is\s+)?(?:now\s+|currently\s+)?)(?:chaired|led|headed)\s+by\s+$/u;
/** The description is of another body the first belongs to ("a member of the alliance led by"). */
const PART_OF_ANOTHER = /\b(?:member|members|part|unit|division|subsidiary|arm|branch|wing|ally|allies|rival|rivals|partner|partners|supplier|client|customer|affiliate|one)\s+of\b/u;

function chairedBy(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const body = ctx.fill(ms[k]!, BODIES);
    if (!body) continue;
    // The person is the first mention after the body that is no other mention of it (its short form).
    let j = k + 1;
    while (j < ms.length && ms[j]!.entityId === body.id) j++;
    const m = ms[j];
    const person = m ? ctx.fill(m, PEOPLE) : undefined;
    if (!m || !person) continue;
    // The gap from the body's last mention before the person.
    const gap = local(ms[j - 1]!.end, m.start);
    if (!CHAIRED_BY.test(gap) || PART_OF_ANOTHER.test(gap) || !described(gap)) continue;
    ctx.add(person, 'LEADS', body, s, 0.6, 'body-chaired-by');
  }
}

// --- "Acme and the Vela Agency (VA) agreed to build …" ---------------------------------------------------
/** Before the first party: the sentence's opening, or a time phrase with its comma. */
const SUBJECT_OPENS = /^(?:(?:On|In|Last|Earlier|This|Later)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?,?\s+)?(?:[Tt]he\s+)?$/u;
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/u;
/** After the second party (and its short form): "agreed to <verb>" (group 1 the verb). */
const AGREED_TO = /^(?:\s*\([^()]{1,20}\)|\))?\s+(?:(?:have|had|has|also|formally|jointly|finally|now|on\s+\p{Lu}\p{Ll}+)\s+)*agreed\s+(?:to\s+(\p{Ll}+)|on\s)/u;
/** "agreed to meet": a plan to talk, no agreement made. */
const NOT_AN_AGREEMENT: ReadonlySet<string> = new Set(['meet', 'talk', 'discuss', 'consider', 'study', 'explore', 'disagree', 'hold', 'keep', 'continue', 'resume', 'review', 'look']);

function agreedTo(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  const first = ms[0];
  const a = first ? ctx.fill(first, PARTIES) : undefined;
  if (!first || !a || !SUBJECT_OPENS.test(local(s.start, first.start))) return;
  const second = ms[1];
  const b = second ? ctx.fill(second, PARTIES) : undefined;
  if (!second || !b || b.id === a.id || !AND_BETWEEN.test(local(first.end, second.start))) return;
  let last = 1;
  while (ms[last + 1] && ms[last + 1]!.entityId === second.entityId) last++;
  const after = s.text.slice(ms[last]!.end - s.start);
  const agreed = AGREED_TO.exec(after);
  if (!agreed || (agreed[1] && NOT_AN_AGREEMENT.has(agreed[1]))) return;
  if (!factual(local(s.start, ms[last]!.end) + agreed[0])) return;
  ctx.add(a, 'SIGNS_AGREEMENT_WITH', b, s, 0.6, 'pair-agreed-to');
}

// --- "a treaty that Peru signed with Chile and Bolivia" -----------------------------------------------------
/** Before the signer: the agreement noun and its relative pronoun. */
const AGREEMENT_THAT = /\b(?:agreement|agreements|deal|deals|treaty|treaties|accord|accords|pact|pacts|memorandum|contract|contracts|arrangement|arrangements)\s+(?:that|which)\s+$/u;
/** Between the signer and the first other party. */
const SIGNED_WITH = /^\s+(?:(?:had|has|have|also|later|first)\s+)*signed\s+with\s+(?:the\s+)?$/u;
/** Between two other parties of the list. */
const LIST_NEXT = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/u;

function signedWith(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const signer = ctx.fill(ms[k]!, PARTIES);
    if (!signer || !AGREEMENT_THAT.test(local(Math.max(s.start, ms[k]!.start - 40), ms[k]!.start))) continue;
    const gap = local(ms[k]!.end, ms[k + 1]!.start);
    if (!SIGNED_WITH.test(gap) || !described(local(Math.max(s.start, ms[k]!.start - 60), ms[k + 1]!.start))) continue;
    for (let j = k + 1; j < ms.length; j++) {
      if (j > k + 1 && !LIST_NEXT.test(local(ms[j - 1]!.end, ms[j]!.start))) break;
      const other = ctx.fill(ms[j]!, PARTIES);
      if (!other) break;
      ctx.add(signer, 'SIGNS_AGREEMENT_WITH', other, s, 0.6, 'agreement-signed-with');
    }
  }
}

// --- "The Tolva High Court ruled …, dismissing an appeal by X" -----------------------------------------
/** The court opens the sentence: "The Tolva High Court", "The UK Supreme Court". */
const COURT_OPENS = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}]*\s+)?$/u;
const COURT_NAME = /\b(?:Court|Tribunal)\b/u;
/** Right before the party: the participle of dismissing its appeal. */
const DISMISSING_APPEAL = /,\s+(?:dismissing|rejecting|throwing\s+out)\s+(?:an|the|a|its|their)\s+(?:(?:\p{Ll}+)\s+)?appeals?\s+(?:by|from)\s+(?:the\s+)?$/u;

function dismissingAppeal(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  const first = ms.find((m) => entityOf(ctx, m)?.type === 'GOVERNMENT_BODY');
  const court = entityOf(ctx, first);
  if (!first || !court || !COURT_NAME.test(court.name) || !COURT_OPENS.test(local(s.start, first.start))) return;
  for (const m of ms) {
    if (m.start <= first.end) continue;
    const before = local(first.end, m.start);
    if (!DISMISSING_APPEAL.test(before)) continue;
    const party = ctx.fill(m, [...PARTIES, 'PERSON']);
    if (party && party.id !== court.id && factual(local(s.start, m.start))) ctx.add(court, 'RULES_AGAINST', party, s, 0.6, 'court-dismissing-appeal');
  }
}

// --- "A new Data Office within the Orsk Commission" --------------------------------------------------------
/** The last word of a body's name that makes it a unit of a larger one. */
const UNIT_NAME = /\b(?:Office|Unit|Directorate|Department|Division|Bureau|Service|Secretariat|Agency|Committee|Taskforce|Task\s+Force|Board|Panel|Centre|Center|Institute|School|Faculty|Laboratory)$/u;
const WITHIN = /^\s+within\s+(?:the\s+)?$/u;

function unitWithin(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const unit = ctx.fill(ms[k]!, BODIES);
    const whole = ctx.fill(ms[k + 1]!, BODIES);
    if (!unit || !whole || unit.id === whole.id || !UNIT_NAME.test(unit.name)) continue;
    if (!WITHIN.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    // "within the Orsk Commission’s rules": the possessive makes the body a qualifier of something else.
    if (/^[’']s?\b/u.test(s.text.slice(ms[k + 1]!.end - s.start))) continue;
    if (described(local(Math.max(s.start, ms[k]!.start - 40), ms[k + 1]!.start))) ctx.add(unit, 'PART_OF', whole, s, 0.6, 'unit-within-body');
  }
}

// --- "the Kivu Islands, a US territory", "…, a Danish territory" ---------------------------------------------
const PLACES: readonly EntityType[] = ['COUNTRY', 'REGION', 'CITY'];
/** After the place: ", a " and the country's demonym or short name (group 1 when a demonym), then "territory". */
const TERRITORY_OF = /^,\s+(?:a|an)\s+(?:former\s+)?$/u;
const TERRITORY_AFTER = /^\s+(?:(?:overseas|self-governing|autonomous|unincorporated|island|dependent)\s+)?(?:territory|dependency)\b(?=\s*[,.;)]|\s+(?:in|of|where|which|that|and)\b)/u;
const DEMONYM_TERRITORY = /^,\s+(?:a|an)\s+(\p{Lu}[\p{L}\-]+)\s+(?:(?:overseas|self-governing|autonomous|unincorporated|island|dependent)\s+)?(?:territory|dependency)\b(?=\s*[,.;)]|\s+(?:in|of|where|which|that|and)\b)/u;
const FORMER = /\bformer\b/u;

function territoryOf(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k < ms.length; k++) {
    const place = ctx.entities.get(ms[k]!.entityId);
    if (!place || !PLACES.includes(place.type)) continue;
    const next = ms[k + 1];
    const gap = next ? local(ms[k]!.end, next.start) : '';
    if (next && TERRITORY_OF.test(gap) && !FORMER.test(gap)) {
      const country = ctx.entities.get(next.entityId);
      if (country?.type === 'COUNTRY' && country.id !== place.id && TERRITORY_AFTER.test(s.text.slice(next.end - s.start))) ctx.add(place, 'PART_OF', country, s, 0.6, 'territory-of-country');
      continue;
    }
    const d = DEMONYM_TERRITORY.exec(s.text.slice(ms[k]!.end - s.start));
    if (!d || (next && next.start < ms[k]!.end + d[0].length)) continue;
    const c = ctx.g.demonym(d[1]!);
    const country = c ? ctx.byCode.get(c.code) : undefined;
    if (country && country.id !== place.id) ctx.add(place, 'PART_OF', country, s, 0.6, 'territory-of-country');
  }
}

// --- "X, who called the Tolva Project the most complex mission", "X called for an inquiry into the Y" ---------
const SPEAKERS: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY'];
const TOPICS: readonly EntityType[] = ['PROJECT', 'EVENT'];
/** Between the speaker (and an apposition) and the topic: a verb that names and judges its object. */
const CALLED = /^(?:\s*\([^()]{1,20}\)|\))?(?:,\s+[^;]{1,90}?,)?\s+(?:who\s+)?(?:(?:has|had|have|also|publicly|repeatedly|once|then|later|on\s+\p{Lu}\p{Ll}+)\s+)*(?:called|calls|described|describes|hailed|hails|branded|brands|dubbed|dubs)\s+(?:the\s+)?$/u;
/** After the topic: its complement ("the most complex mission", "a success", "as a triumph"), not a possessive or "to"/"for". */
const COMPLEMENT_AFTER = /^\s+(?:as\s+)?(?:a|an|the|“|")\s*\p{Ll}/u;
/** Between the speaker and the topic: a call for an inquiry into it. */
const INQUIRY_INTO = /^(?:\s*\([^()]{1,20}\)|\))?(?:,\s+[^;]{1,90}?,)?\s+(?:who\s+)?(?:(?:has|had|have|also|publicly|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*(?:called|calls|pressed|presses|pushed|pushes|asked|asks)\s+for\s+(?:an?|the)\s+(?:(?:independent|international|full|formal|public|urgent|thorough|impartial|transparent|new)\s+){0,2}(?:inquiry|investigation|review|probe)\s+(?:in)?to\s+(?:the\s+)?(?:(?:origins?|causes?|cause|handling|roots?)\s+of\s+(?:the\s+)?)?$/u;

function calledTopic(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let k = 1; k < ms.length; k++) {
    const topic = ctx.fill(ms[k]!, TOPICS);
    if (!topic) continue;
    const after = s.text.slice(ms[k]!.end - s.start);
    for (let j = k - 1; j >= 0 && ms[j]!.start >= ms[k]!.start - 200; j--) {
      const gap = local(ms[j]!.end, ms[k]!.start);
      const called = CALLED.test(gap) && COMPLEMENT_AFTER.test(after);
      if (!called && !INQUIRY_INTO.test(gap)) continue;
      const speaker = ctx.fill(ms[j]!, SPEAKERS);
      if (speaker && speaker.id !== topic.id && factual(local(s.start, ms[k]!.start))) ctx.add(speaker, 'DISCUSSES', topic, s, 0.5, called ? 'called-topic' : 'inquiry-into-topic');
      break;
    }
  }
}

// --- "The tour began in Lima, where Ivo Marsh arrived on Tuesday" ------------------------------------------
const VISITED: readonly EntityType[] = ['CITY', 'COUNTRY', 'REGION', 'PROJECT'];
/** Between the place and the visitor: ", where ". */
const WHERE = /^,\s+where\s+$/u;
/** After the visitor (or two joined by "and"): the arrival, in the past. */
const ARRIVED = /^\s+(?:(?:had|has|have|first|finally|later|then)\s+)*(?:arrived|landed|touched\s+down)\b/u;

function whereArrived(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const place = ctx.entities.get(ms[k]!.entityId);
    if (!place || !VISITED.includes(place.type) || !WHERE.test(local(ms[k]!.end, ms[k + 1]!.start))) continue;
    const visitors: DocEntity[] = [];
    let j = k + 1;
    for (; j < ms.length; j++) {
      const person = ctx.fill(ms[j]!, PEOPLE);
      if (!person) break;
      visitors.push(person);
      if (!ms[j + 1] || !/^\s+and\s+$/u.test(local(ms[j]!.end, ms[j + 1]!.start))) break;
    }
    const last = ms[Math.min(j, ms.length - 1)]!;
    if (visitors.length === 0 || !ARRIVED.test(s.text.slice(last.end - s.start))) continue;
    if (!factual(local(ms[k]!.end, last.end) + ' arrived')) continue;
    for (const v of visitors) ctx.add(v, 'VISITS', place, s, 0.6, 'where-arrived');
  }
}

// --- "X, Peru’s president and the chairman of the Orsk League" ----------------------------------------------
/** After the person: a first title (no comma in it), then "and the <head title> of" a body (group 1 the title). */
const AND_HEAD_OF = /^,\s+[^,;:()“”"]{2,50}?\s+and\s+(?:the\s+|also\s+the\s+)?((?:(?:current|rotating|acting|interim)\s+)?(?:chairman|chairwoman|chairperson|chair|president|head|leader|chief\s+executive|secretary-general|secretary\s+general|director-general|director\s+general))\s+of\s+(?:the\s+)?$/u;

/** A head title after "and" (a cheap test before the sentence's mentions are read). */
const AND_HEAD_WORD = /\band\s+(?:also\s+)?(?:the\s+)?(?:(?:current|rotating|acting|interim)\s+)?(?:chair|president|head|leader|chief|secretary|director)/u;

function andHeadOf(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let k = 0; k < ms.length; k++) {
    const person = ctx.fill(ms[k]!, PEOPLE);
    if (!person) continue;
    // The body: the first mention after the person that the gap ends at (a possessor of the first title may stand between).
    for (let j = k + 1; j < ms.length && j <= k + 3; j++) {
      const gap = local(ms[k]!.end, ms[j]!.start);
      const head = AND_HEAD_OF.exec(gap);
      if (!head) continue;
      const body = ctx.fill(ms[j]!, BODIES);
      const after = s.text.slice(ms[j]!.end - s.start);
      // "… of the Orsk League’s council": the possessive makes the body a qualifier.
      if (body && described(gap) && !/^[’']s?\b/u.test(after)) {
        const type = roleOf(head[1]!, body, true);
        if (type) ctx.add(person, type, body, s, 0.6, 'apposition-and-head-of', officeDescription(type, head[1]!));
      }
      break;
    }
  }
}

// --- "The Orsk Highway Administration released $60m in relief funds to the Vela Department" ------------------
const GIVERS: readonly EntityType[] = ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON'];
const RECEIVERS: readonly EntityType[] = ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON', 'CITY', 'REGION'];
/** Between the giver and the receiver: money released to it, or an appeal for money to support it. */
const FUNDS_TO = /^\s+(?:(?:has|had|have|also|on\s+\p{Lu}\p{Ll}+)\s+)*(?:(?:released|provided|granted|gave|sent|allocated|awarded|disbursed|transferred)\s+(?:(?:about|some|more\s+than|nearly|almost|up\s+to|an\s+extra|a\s+further)\s+)?(?:[$€£¥]\s?[\d.,]+\s*(?:m|bn|million|billion|k)?|[\d.,]+\s+(?:million|billion)?\s*(?:dollars|euros|pounds|francs|yen|rupees)?)\s+(?:(?:in|of)\s+)?(?:[\p{Ll}\-]+\s+){0,3}?(?:funds|funding|aid|assistance|relief|grants?|loans?|money)\s+to|launched\s+(?:an?\s+)?(?:\p{Ll}+\s+)?appeal\s+for\s+[^,;:]{1,40}?\s+to\s+(?:help\s+)?support)\s+(?:the\s+)?$/u;

function fundsTo(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  const first = ms[0];
  const giver = first ? ctx.fill(first, GIVERS) : undefined;
  if (!first || !giver || !SUBJECT_OPENS.test(local(s.start, first.start))) return;
  // The receiver: a later mention of another entity, with only the giver's short form or one apposition of it between.
  for (let k = 1; k < ms.length; k++) {
    const m = ms[k]!;
    const receiver = ctx.fill(m, RECEIVERS);
    if (!receiver || receiver.id === giver.id) continue;
    const gap = local(first.end, m.start).replace(/^\s*\([^()]{1,20}\)/u, '').replace(/^,\s+[^,;:()]{1,60},(?=\s)/u, '');
    if (FUNDS_TO.test(gap) && factual(local(s.start, m.start))) ctx.add(giver, 'SUPPORTS', receiver, s, 0.6, 'funds-to');
    if (m.start - first.end > 200) break;
  }
}

const FUND_WORDS = ['released', 'provided', 'granted', 'gave', 'sent', 'allocated', 'awarded', 'disbursed', 'transferred', 'appeal'];
const CALL_WORDS = ['called', 'calls', 'described', 'describes', 'hailed', 'hails', 'branded', 'brands', 'dubbed', 'dubs', 'pressed', 'presses', 'pushed', 'pushes', 'asked', 'asks'];

export const round12More: RelationRules = {
  name: 'round12-more',
  gate: {
    types: ['PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY', 'REGION', 'CITY', 'PROJECT', 'EVENT'],
    words: ['led', 'headed', 'chaired', 'run', 'commanded', 'term', 'agreed', 'signed', 'dismissing', 'rejecting', 'throwing', 'within', 'territory', 'dependency', 'called', 'calls', 'described', 'describes', 'hailed', 'hails', 'branded', 'brands', 'dubbed', 'dubs', 'pressed', 'presses', 'pushed', 'pushes', 'asked', 'asks', 'where', 'and', 'released', 'provided', 'granted', 'gave', 'sent', 'allocated', 'awarded', 'disbursed', 'transferred', 'appeal'],
  },
  perSentence: (ctx, scope) => {
    const has = scope.hasWord;
    if (has('led') || has('headed') || has('chaired') || has('run') || has('commanded') || has('term')) ledSince(ctx, scope);
    if (has('led') || has('headed') || has('chaired')) chairedBy(ctx, scope);
    if (has('agreed')) agreedTo(ctx, scope);
    if (has('signed')) signedWith(ctx, scope);
    if (has('dismissing') || has('rejecting') || has('throwing')) dismissingAppeal(ctx, scope);
    if (has('within')) unitWithin(ctx, scope);
    if (has('territory') || has('dependency')) territoryOf(ctx, scope);
    if (CALL_WORDS.some((w) => has(w))) calledTopic(ctx, scope);
    if (has('where')) whereArrived(ctx, scope);
    if (FUND_WORDS.some((w) => has(w))) fundsTo(ctx, scope);
    if (has('and') && AND_HEAD_WORD.test(scope.s.text)) andHeadOf(ctx, scope);
  },
};
