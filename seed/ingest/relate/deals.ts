/**
 * Takeovers and what regulators and courts do about them:
 * - "A agreed to buy B", "A reached a deal to acquire B": A SIGNS_AGREEMENT_WITH B (a pair rule);
 * - the article's buyer: "A’s takeover of B", "A completed its purchase of B", "A agreed to buy B";
 * - "the regulator had blocked the takeover": the regulator RULES_AGAINST the buyer; "the agency sued
 *   to stop the takeover", "moved to block the deal": it OPPOSES the buyer;
 * - "a judge rejected the agency’s request": the judge (or court) RULES_AGAINST the agency;
 * - "the regulator had made clear to A that the deal would be blocked unless …": it WARNS A;
 * - "Lima had reached the agreement with the world body": Peru SIGNS_AGREEMENT_WITH the body named last;
 * - "the Andean Fund (AF), with which Peru agreed a $4bn loan programme": Peru SIGNS_AGREEMENT_WITH
 *   the fund (the antecedent of "with which");
 * - "A and B also signed agreements on …", "A and B signed more than ten documents": A
 *   SIGNS_AGREEMENT_WITH B; "the £15bn merger of A and B", "A’s merger with B": the same for two
 *   companies (not a possible or rumoured merger);
 * - "a treaty that commits A and B to help each other": A PARTNERS_WITH B.
 * "the regulator", "the agency", "the watchdog" are the government body named last. A negation or a
 * condition before the verb gives nothing.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { cueWords, hasAnyRun } from './words';

const DEAL_NOUN = String.raw`(?:takeover|takeover bid|acquisition|purchase|merger|deal|buyout|bid|transaction)`;
/** "A’s takeover of B", "A completed its purchase of B", "A agreed to buy B", "A bought B". */
const BUYER_POSSESSIVE = new RegExp(String.raw`^[’']s\s+(?:(?:proposed|planned|\$[\d.,]+\s*(?:bn|m|billion|million)|[\p{Ll}\-]+)\s+){0,2}?${DEAL_NOUN}\s+of\s+(?:the\s+)?$`, 'u');
const BUYER_VERB = new RegExp(String.raw`^\s+(?:(?:has|had|have|also|finally|formally|officially|on\s+\p{Lu}\p{Ll}+|in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)\s+)*(?:(?:completed|completes|closed|closes|announced|announces|agreed)\s+(?:its|a|an|the)\s+(?:(?:proposed|planned|\$[\d.,]+\s*(?:bn|m|billion|million)|[\p{Ll}\-]+)\s+){0,2}?${DEAL_NOUN}\s+(?:of|for|with)|(?:agreed|agrees)\s+(?:in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?\s+)?to\s+(?:buy|acquire|purchase|take\s+over)|bought|buys|acquired|acquires|took\s+over|takes\s+over)\s+(?:the\s+)?$`, 'u');
const DEAL_WORDS = /\b(?:takeover|acquisition|purchase|merger|buyout|buy|bought|buys|acquired|acquires|acquire|took over|takes over|take over)\b/u;
/** A word DEAL_WORDS needs (its first word), as a letter run (words.ts): tested first. */
const DEAL_RUNS = cueWords(['takeover', 'acquisition', 'purchase', 'merger', 'buyout', 'buy', 'bought', 'buys', 'acquired', 'acquires', 'acquire', 'took', 'takes', 'take']);

/** "blocked the (original) takeover": the deal noun right after the verb. */
const DEAL_OBJECT = new RegExp(String.raw`^\s+(?:the|its|this|that|a)\s+(?:(?:original|proposed|planned|initial|first|whole|entire|\$[\d.,]+\s*(?:bn|m|billion|million)|[\p{Ll}\-]+)\s+){0,2}?${DEAL_NOUN}\b`, 'u');
const DEAL_OBJECTS = new RegExp(DEAL_OBJECT.source.slice(1), 'gu');
const RULING_VERB = /\b(?:blocked|blocks|block|barred|bars|prohibited|prohibits|vetoed|vetoes)\s*$/u;
const OPPOSING_VERB = /\b(?:sued\s+to\s+(?:stop|block|halt|prevent|unwind)|sues\s+to\s+(?:stop|block|halt|prevent|unwind)|(?:went|goes|gone)\s+to\s+court\s+to\s+(?:stop|block|halt|prevent)|moved\s+to\s+(?:block|stop|halt)|challenged|challenges|opposed|opposes)\s*$/u;
const REGULATOR_TRIGGER = /\b(?:blocked|blocks|block|barred|bars|prohibited|prohibits|vetoed|vetoes|sued|sues|court|moved|challenged|challenges|opposed|opposes)\b/u;
const REGULATOR_RUNS = cueWords(['blocked', 'blocks', 'block', 'barred', 'bars', 'prohibited', 'prohibits', 'vetoed', 'vetoes', 'sued', 'sues', 'court', 'moved', 'challenged', 'challenges', 'opposed', 'opposes']);

/** "rejected the agency’s request", "turned down the FTC’s bid": the possessor lost. */
const REJECTED_REQUEST = /\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refused|refuses|turned\s+down|threw\s+out|throws\s+out)\s+(?:the\s+)?$/u;
const REQUEST_AFTER = /^[’']s?\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:request|requests|motion|application|bid|appeal|attempt|petition|case|lawsuit|challenge|demand)\b/u;
const AGENCY_NP = /\b(?:[Tt]he)\s+(agency|regulator|watchdog|commission|authority|ministry|department|government)[’']s?\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:request|requests|motion|application|bid|appeal|attempt|petition|case|lawsuit|challenge|demand)\b/gu;
const JUDGE_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,3}?(?:judge|justice|magistrate)\b/u;
const JUDGE_BEFORE = /\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\s+$/u;
const COURT_NAME = /\b(?:Court|Tribunal)\b/u;

/** "made (it) clear to A that … would be blocked unless …". */
const MADE_CLEAR = /\bmade\s+(?:it\s+)?clear\s+to\s+(?:the\s+)?$/u;
const THREAT_AFTER = /^\s+that\s+[^.;]*?\b(?:unless|otherwise|or\s+face|or\s+else)\b/u;

/** Nouns that, after "the", stand for the government body named last. */
const BODY_ANAPHOR = /(?:^|\s)[Tt]he\s+(?:regulator|watchdog|agency|authority|commission|competition\s+regulator|competition\s+watchdog)\s+$/u;
const SUBJECT_GAP = /^\s*(?:(?:has|had|have|also|then|later|finally|already|repeatedly|formally|on\s+\p{Lu}\p{Ll}+|in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)\s+)*$/u;
/** A relative clause between a subject and its verb: ", whose chair is Ada Orr, ". */
const RELATIVE_BEFORE = /,\s+(?:who|whose|which)\b[^,;]{1,80},(?:\s+(?:has|had|have|also|then|later|finally|already|repeatedly|on\s+\p{Lu}\p{Ll}+))*\s+$/u;
const REGULATORS: readonly DocEntity['type'][] = ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'];

interface DealInfo {
  /** The buyer of the article's deal, when the text names exactly one. */
  readonly buyer: DocEntity | undefined;
}
const infos = new WeakMap<RelateContext, DealInfo>();

function dealInfo(ctx: RelateContext): DealInfo {
  const cached = infos.get(ctx);
  if (cached) return cached;
  const buyers = new Set<DocEntity>();
  const bySentence = new Map<number, DocMention[]>();
  for (const m of ctx.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const s of ctx.sentences) {
    if (!hasAnyRun(s, DEAL_RUNS) || !DEAL_WORDS.test(s.text)) continue;
    const ms = (bySentence.get(s.index) ?? []).filter((m) => m.field === s.field).sort((a, b) => a.start - b.start);
    for (let j = 0; j + 1 < ms.length; j++) {
      const gap = s.text.slice(ms[j]!.end - s.start, ms[j + 1]!.start - s.start);
      if (!BUYER_POSSESSIVE.test(gap) && !BUYER_VERB.test(gap)) continue;
      const buyer = ctx.entities.get(ms[j]!.entityId);
      if (buyer && (buyer.type === 'ORGANIZATION' || buyer.type === 'COUNTRY' || buyer.type === 'PERSON')) buyers.add(buyer);
    }
  }
  const info = { buyer: buyers.size === 1 ? [...buyers][0] : undefined };
  infos.set(ctx, info);
  return info;
}

/** The clause up to `at` states a fact. */
function factualAt(scope: SentenceScope, at: number): boolean {
  const clause = lastClause(scope.local(scope.s.start, at));
  return !scope.conditional && !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
}

/** The subject of the verb at `at`: a mention right before it (auxiliaries between), or "the regulator". */
function subjectBefore(ctx: RelateContext, scope: SentenceScope, at: number, types: readonly DocEntity['type'][]): DocEntity | undefined {
  const { s, ms, local } = scope;
  const head = local(Math.max(s.start, at - 120), at);
  const anaphor = BODY_ANAPHOR.exec(head.replace(/(?:\s+(?:has|had|have|also|then|later|finally|already|repeatedly))+\s*$/u, ' '));
  if (anaphor) return bodyNamedLast(ctx, scope, at);
  // "The Tolva Authority, whose chair is Ada Orr, sued …": the head before the relative clause.
  const relative = RELATIVE_BEFORE.exec(head);
  const end = relative ? at - relative[0].length : at;
  const m = ms.filter((x) => x.end <= end).pop();
  if (!m || !SUBJECT_GAP.test(local(m.end, end))) return undefined;
  return ctx.fill(m, types);
}

/** The government body named last before `at`: in the sentence, else before it. */
function bodyNamedLast(ctx: RelateContext, scope: SentenceScope, at: number): DocEntity | undefined {
  const inSentence = scope.ms.filter((m) => m.end <= at && ctx.entities.get(m.entityId)?.type === 'GOVERNMENT_BODY').pop();
  const id = inSentence?.entityId ?? ctx.lastOf(scope.s, ['GOVERNMENT_BODY']);
  return id ? ctx.entities.get(id) : undefined;
}

/** "blocked the takeover" → RULES_AGAINST the buyer; "sued to stop the takeover" → OPPOSES the buyer. */
function againstTheDeal(ctx: RelateContext, scope: SentenceScope): void {
  const { s } = scope;
  // The sentence's own test first (most sentences hold no verb of a regulator), then the buyer, read
  // once per document: without one, no sentence needs the regexes below.
  if (!hasAnyRun(s, REGULATOR_RUNS) || !REGULATOR_TRIGGER.test(s.text)) return;
  const buyer = dealInfo(ctx).buyer;
  if (!buyer) return;
  for (const o of s.text.matchAll(DEAL_OBJECTS)) {
    const at = s.start + o.index;
    const head = s.text.slice(Math.max(0, o.index - 60), o.index);
    const ruling = RULING_VERB.exec(head);
    const opposing = ruling ? null : OPPOSING_VERB.exec(head);
    const verb = ruling ?? opposing;
    if (!verb) continue;
    const verbAt = at - verb[0].length;
    if (!factualAt(scope, verbAt)) continue;
    const who = subjectBefore(ctx, scope, verbAt, REGULATORS);
    if (!who || who.id === buyer.id) continue;
    ctx.add(who, ruling ? 'RULES_AGAINST' : 'OPPOSES', buyer, s, 0.6, ruling ? 'blocked-the-deal' : 'sued-to-stop-the-deal');
  }
}

/** The judge or court that is the subject at `at`: a court's name, or a person described as a judge. */
function judgeBefore(ctx: RelateContext, scope: SentenceScope, at: number): DocEntity | undefined {
  const { s, ms, local } = scope;
  const before = ms.filter((x) => x.end <= at);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    const e = ctx.entities.get(m.entityId);
    const rest = local(m.end, at);
    // Only the sentence's subject: an apposition after it, then the verb.
    if (!SUBJECT_GAP.test(rest) && !/^,\s+(?:a|an|the)\s+[^,;]+,\s*(?:(?:has|had|also|on\s+\p{Lu}\p{Ll}+)\s+)*$/u.test(rest)) continue;
    if (e?.type === 'GOVERNMENT_BODY' && COURT_NAME.test(e.name)) return e;
    if (e?.type === 'PERSON' && (JUDGE_APPOSITION.test(rest) || JUDGE_BEFORE.test(local(Math.max(s.start, m.start - 12), m.start)))) return e;
    return undefined;
  }
  return undefined;
}

/** The nouns of a request, one of which the rule needs (as a letter run, words.ts). */
const REQUEST_RUNS = cueWords(['request', 'requests', 'motion', 'application', 'bid', 'appeal', 'attempt', 'petition', 'case', 'lawsuit', 'challenge', 'demand']);

/** "a judge rejected the agency’s request", "the court dismissed Peru’s appeal". */
function rejectedRequests(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (!hasAnyRun(s, REQUEST_RUNS)) return;
  const found: Array<{ loser: DocEntity; at: number; verbAt: number }> = [];
  for (const m of ms) {
    if (!REQUEST_AFTER.test(s.text.slice(m.end - s.start))) continue;
    const verb = REJECTED_REQUEST.exec(local(Math.max(s.start, m.start - 40), m.start));
    const loser = ctx.fill(m, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'PERSON']);
    if (verb && loser) found.push({ loser, at: m.start, verbAt: m.start - verb[0].length });
  }
  for (const a of s.text.matchAll(AGENCY_NP)) {
    const at = s.start + a.index;
    const verb = REJECTED_REQUEST.exec(local(Math.max(s.start, at - 40), at));
    const loser = bodyNamedLast(ctx, scope, at);
    if (verb && loser) found.push({ loser, at, verbAt: at - verb[0].length });
  }
  for (const f of found) {
    if (!factualAt(scope, f.verbAt)) continue;
    const judge = judgeBefore(ctx, scope, f.verbAt);
    if (judge && judge.id !== f.loser.id) ctx.add(judge, 'RULES_AGAINST', f.loser, s, 0.6, 'rejected-request');
  }
}

/** "the regulator had made clear to A that the deal would be blocked unless …": a warning. */
function madeClear(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (!s.text.includes('clear to')) return;
  for (const m of ms) {
    const head = local(Math.max(s.start, m.start - 40), m.start);
    const made = MADE_CLEAR.exec(head);
    if (!made || !THREAT_AFTER.test(s.text.slice(m.end - s.start))) continue;
    const verbAt = m.start - made[0].length;
    if (!factualAt(scope, verbAt)) continue;
    const who = subjectBefore(ctx, scope, verbAt, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'PERSON']);
    const target = ctx.fill(m, ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY', 'PERSON']);
    if (who && target) ctx.add(who, 'WARNS', target, s, 0.6, 'made-clear-unless');
  }
}

/** "reached the agreement with the world body": the body a description refers back to. */
const AGREEMENT_WITH_DESCRIPTION = /\b(?:signed|signs|reached|reaches|struck|strikes|concluded|concludes|agreed)\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}\-\d]+\s+){0,2}?(?:agreement|deal|accord|pact|memorandum)\s+with\s+the\s+(world\s+body|global\s+body|international\s+body|organisation|organization|company|firm|group)\b/gu;

/** "Lima had reached the agreement with the world body": an agreement with the organisation named last. */
function agreementWithDescription(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms } = scope;
  if (!s.text.includes(' with the ')) return;
  for (const a of s.text.matchAll(AGREEMENT_WITH_DESCRIPTION)) {
    const verbAt = s.start + a.index;
    if (!factualAt(scope, verbAt)) continue;
    const who = subjectBefore(ctx, scope, verbAt, ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON']);
    const types: readonly DocEntity['type'][] = /body$/u.test(a[1]!) ? ['ORGANIZATION', 'GOVERNMENT_BODY'] : ['ORGANIZATION'];
    const inSentence = ms.filter((m) => m.end <= verbAt && types.includes(ctx.entities.get(m.entityId)!.type)).pop();
    const id = inSentence?.entityId ?? ctx.lastOf(s, types);
    const partner = id ? ctx.entities.get(id) : undefined;
    if (who && partner && who.id !== partner.id) ctx.add(who, 'SIGNS_AGREEMENT_WITH', partner, s, 0.55, 'agreement-with-description');
  }
}

/** ", with which " (after a name or its short form in parentheses), up to the partner's name. */
const WITH_WHICH = /^(?:\s*\([^()]{1,20}\)|\))?,\s+with\s+(?:which|whom)\s+(?:the\s+)?$/u;
/** After the partner: the verb and an agreement noun ("agreed a $44bn loan programme", "signed a trade deal"). */
const AGREED_NOUN = /^\s+(?:(?:has|had|have|also|first|then|later|finally|in\s+\d{4})\s+)*(?:agreed|signed|struck|reached|concluded|negotiated|sealed)\s+(?:a|an|the|its|their)\s+(?:(?:[€$£¥]\s?[\d.,]+\s*(?:m|bn|million|billion|tn|trillion)?|[\p{Ll}\-\d]+)\s+){0,3}?(?:agreement|deal|accord|pact|treaty|contract|memorandum|loan|loans|programme|program|bailout|credit\s+line)\b/u;
const PARTNERS: readonly DocEntity['type'][] = ['COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION', 'PERSON'];

/** "the Andean Fund (AF), with which Peru agreed a $4bn loan programme": Peru and the fund signed it. */
function agreedWithWhich(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (ms.length < 2 || (!s.text.includes('with which') && !s.text.includes('with whom'))) return;
  for (let j = 1; j < ms.length; j++) {
    if (!WITH_WHICH.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
    const verb = AGREED_NOUN.exec(s.text.slice(ms[j]!.end - s.start));
    if (!verb) continue;
    const at = ms[j]!.end + verb[0].length;
    // The relative clause states a fact only without a negation or condition of its own.
    const clause = local(ms[j - 1]!.end, at);
    if (scope.conditional || NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
    const partner = ctx.fill(ms[j - 1]!, PARTNERS);
    const signer = ctx.fill(ms[j]!, PARTNERS);
    if (partner && signer && partner.id !== signer.id) ctx.add(signer, 'SIGNS_AGREEMENT_WITH', partner, s, 0.6, 'agreed-with-which');
  }
}

/** After "A and B": the verb and what they signed ("also signed agreements on", "signed more than ten documents"). */
const SIGNED_AFTER_PAIR = /^\s+(?:(?:have|has|had|also|then|later|jointly|formally|on\s+\p{Lu}\p{Ll}+)\s+)*(?:signed|sign|concluded|conclude|inked)\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|dozens|several|series|number|of|more|than|over|\d+|(?!\p{Ll}+(?:ing|ed)\b)[\p{Ll}\-]+)\s+){0,4}?(?:agreements?|deals?|documents|treaty|treaties|accords?|pacts?|memorand(?:um|a)|contracts?)\b/u;
/** Before the pair: where a clause and its subject start. */
const SUBJECT_START = /(?:^|[,;:]\s+|\b(?:but|then|when|after|as|while)\s+)(?:(?:the|The)\s+)?$/u;
/** "the £15bn merger of A and B", "a merger between A and B". */
const MERGER_OF = /\bmerger\s+(?:of|between)\s+(?:the\s+)?$/u;
/** A merger that was not agreed. */
const NOT_AGREED = /\b(?:possible|potential|rumoured|rumored|mooted|hypothetical|failed|collapsed|abandoned|blocked|rejected|aborted)\s+(?:[\p{L}\d£$€.,]+\s+){0,2}merger\s+(?:of|between)\s+(?:the\s+)?$/u;
/** "A’s (£15bn) merger with B". */
const MERGER_WITH = /^[’']s\s+(?:(?!possible|potential|rumoured|rumored|mooted|failed|collapsed|abandoned|blocked|rejected)[\p{Ll}\-£$€\d.,]+\s+){0,2}?merger\s+with\s+(?:the\s+)?$/u;
/** "a treaty that commits A and B" … */
const TREATY_COMMITS = /\b(?:treaty|pact|agreement|accord|alliance|deal)\s+(?:that|which)\s+(?:commits|committed|binds|bound|obliges|obliged|requires|required)\s+(?:the\s+)?$/u;
/** … "to help each other". */
const HELP_EACH_OTHER = /^\s+to\s+(?:help|defend|assist|support|aid|protect|come\s+to\s+the\s+aid\s+of)\s+(?:each\s+other|one\s+another)\b/u;
const AND = /^\s+and\s+(?:the\s+)?$/u;
const SIGN_RUNS = cueWords(['signed', 'sign', 'concluded', 'conclude', 'inked']);
const MERGER_RUNS = cueWords(['merger']);
const OTHER_RUNS = cueWords(['other', 'another']);
const COMPANIES: readonly DocEntity['type'][] = ['ORGANIZATION'];

/** "A and B signed agreements", "the merger of A and B", "a treaty that commits A and B to help each other". */
function pairsThatAgree(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  if (ms.length < 2) return;
  // Each pattern has its verb, "merger" or "other" after a space and before a word boundary: a letter run (words.ts).
  const signed = hasAnyRun(s, SIGN_RUNS);
  const merger = hasAnyRun(s, MERGER_RUNS);
  const each = hasAnyRun(s, OTHER_RUNS);
  if (!signed && !merger && !each) return;
  for (let j = 0; j + 1 < ms.length; j++) {
    const [a, b] = [ms[j]!, ms[j + 1]!];
    if (!AND.test(local(a.end, b.start))) {
      // "A’s merger with B"
      if (merger && MERGER_WITH.test(local(a.end, b.start)) && factualAt(scope, a.start)) {
        const [x, y] = [ctx.fill(a, COMPANIES), ctx.fill(b, COMPANIES)];
        if (x && y && x.id !== y.id) ctx.add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.6, 'merger-with');
      }
      continue;
    }
    const before = local(s.start, a.start);
    const after = s.text.slice(b.end - s.start);
    if (signed && SUBJECT_START.test(before) && SIGNED_AFTER_PAIR.test(after) && factualAt(scope, b.end + /^\s+\S+/u.exec(after)![0].length)) {
      const [x, y] = [ctx.fill(a, PARTNERS), ctx.fill(b, PARTNERS)];
      if (x && y && x.id !== y.id && x.type === y.type) ctx.add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.6, 'pair-signed-agreements');
    }
    if (merger && MERGER_OF.test(before) && !NOT_AGREED.test(before) && factualAt(scope, a.start)) {
      const [x, y] = [ctx.fill(a, COMPANIES), ctx.fill(b, COMPANIES)];
      if (x && y && x.id !== y.id) ctx.add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.6, 'merger-of');
    }
    if (each && TREATY_COMMITS.test(before) && HELP_EACH_OTHER.test(after) && factualAt(scope, a.start)) {
      const [x, y] = [ctx.fill(a, PARTNERS), ctx.fill(b, PARTNERS)];
      if (x && y && x.id !== y.id) ctx.add(x, 'PARTNERS_WITH', y, s, 0.6, 'treaty-commits-to-help');
    }
  }
}

export const deals: RelationRules = {
  name: 'deals',
  perSentence: (ctx, scope) => {
    pairsThatAgree(ctx, scope);
    agreementWithDescription(ctx, scope);
    agreedWithWhich(ctx, scope);
    againstTheDeal(ctx, scope);
    rejectedRequests(ctx, scope);
    madeClear(ctx, scope);
  },
};
