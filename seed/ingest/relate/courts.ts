/**
 * Courts and regulators deciding against a party (RULES_AGAINST) and fining it (FINES), the
 * conventions of test/fixtures/README.md (section 105):
 * - "the court ruled that Acme must pay …", "Acme must repay €1bn, top court rules";
 * - "the Commission, which found that Peru had granted … unlawful aid" (the finding is a ruling);
 * - "the judges dismissed an appeal by Acme and its parent company, Bolt", "rejected Acme’s appeal";
 * - "the fine that the Authority imposed on Acme", "the regulator imposed a €2m fine on Acme";
 * - "the court upheld the decision / the fine …": the court rules against whoever that decision or
 *   fine is against;
 * - "the Commission fined the company €1bn": the company is the one organisation named just before;
 * - "the Commission blocked Acme’s attempt to buy Bolt", "top court orders Peru to halt …": a
 *   decision against the party whose bid was blocked or who was ordered (an order only from a court
 *   or a regulator); so are "the court barred X from standing for office", "sentenced X to five
 *   years", "convicted X of fraud" (from a court or a regulator only).
 * "The court", "the judges" and "the top court" stand for the court the article names. A capital
 * that imposes a fine stands for its country, or (when the article does not name the country) for
 * the regulator the article names ("the fine that Brussels imposed" in an article about the
 * Commission).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PARTY } from './pair-rules';
import { cueWords, hasAnyRun } from './words';

/** A word one of the patterns below needs. */
const COURT_VERBS = /\b(?:ruled|rules|found|finds|decided|decides|concluded|concludes|held|dismiss\w*|reject\w*|threw|throws|turn(?:ed|s)?|fine[ds]?|penalt\w*|impos\w*|levi\w*|handed|hands|uph\w*|confirm\w*|endors\w*|block(?:ed|s)?|barred|bars|vetoe[ds]|order(?:ed|s)?)\b/u;
const DECIDERS: readonly EntityType[] = ['GOVERNMENT_BODY', 'ORGANIZATION', 'COUNTRY'];
const COURT_NAME = /\b(?:Court|Tribunal)\b/u;
const REGULATOR_NAME = /\b(?:Commission|Authority|Regulator|Agency|Office|Ombudsman|Board|Directorate|Inspectorate)\b/u;
/** A court or its judges named by a common noun right before the verb: "the same court", "the EU’s top court". */
const COURT_PHRASE = /\b(?:court|courts|judges|judge|tribunal|justices)\s+(?:has\s+|had\s+|have\s+)?(?:(?:on|last|this)\s+\p{L}+\s+)?$/u;
/** Between a decider's name and its verb: nothing, "which", "has", "on Tuesday". */
const DECIDER_TO_VERB = /^(?:,\s+(?:which|who|that)\s+|\s+)(?:(?:has|had|have|also|previously|earlier|then|on\s+\p{L}+|last\s+\p{L}+)\s+)*$/u;

const UPHELD = /\b(?:upheld|upholds|uphold|upholding|confirmed|confirms|endorsed|endorses)\s+(?:a|an|the|its)\s+(?:[^.;:]{0,40}?\s)?(?:decision|ruling|fine|penalty|verdict|judgment|judgement|order|conviction|sentence|finding)s?\b/gu;
const RULED_THAT = /\b(?:ruled|rules|found|finds|decided|decides|concluded|concludes|held)\s+(?:(?:on|last|this)\s+\p{L}+\s+)?that\s+(?:the\s+)?/gu;
/** What a ruling against the party says it did or must do. */
const AGAINST_WORDS = /\b(?:unlawful|unlawfully|illegal|illegally|breach|breached|breaches|violat\w*|abus\w*|infring\w*|must|owed|owes|liable|guilty|anti-?competitive|fine[ds]?|penalt\w*|back taxes|damages|discriminat\w*|defraud\w*|fraudulent\w*|improperly)\b/u;
/** "had granted", "gave": from the party found against to the one it favoured. */
const GAVE = /^\s+(?:had\s+|has\s+)?(?:granted|given|gave|grants|gives|paid|pays|provided|provides|awarded|awards|offered|offers)\s+(?:the\s+)?$/u;
const UNLAWFUL_AFTER = /^\s+(?:an?\s+)?(?:unlawful|illegal|improper|undue|illicit)\b/u;
const DISMISSED = /\b(?:dismissed|dismisses|dismissing|rejected|rejects|rejecting|threw out|throws out|turned down|turns down)\s+(?:an|the|a)\s+(?:[\p{L}\-]+\s+){0,2}?(?:appeal|appeals|challenge|bid|complaint|request|application)\s+(?:by|from|of|brought by|lodged by|filed by)\s+(?:the\s+)?$/u;
const DISMISSED_POSSESSIVE = /\b(?:dismissed|dismisses|rejected|rejects|threw out|throws out|turned down|turns down)\s+(?:the\s+)?$/u;
const POSSESSIVE_APPEAL = /^[’']s\s+(?:[\p{L}\-]+\s+){0,2}?(?:appeal|appeals|challenge|bid|complaint)\b/u;
const FINE_THAT = /\b(?:fine|fines|penalty|penalties)\s+(?:that|which)\s+(?:the\s+)?$/u;
const IMPOSED_ON = /^\s+(?:had\s+|has\s+)?(?:imposed|imposes|levied|levies)\s+on\s+(?:the\s+)?$/u;
const IMPOSED_FINE_ON = /^\s+(?:has\s+|had\s+)?(?:imposed|imposes|levied|levies|handed|hands)\s+(?:a|an|the)\s+[^.;:]{0,40}?\b(?:fine|penalty)\s+(?:on|against|to)\s+(?:the\s+)?$/u;
/** "Acme must repay €1bn in back taxes, top court rules": the headline form. */
const HEADLINE_RULES = /\b(?:court|judges|tribunal)\s+(?:rules|ruled|says|finds)\s*\.?$/u;
const MUST_PAY = /^\s+(?:must|should|has to|have to|is ordered to|are ordered to|ordered to)\s+(?:pay|repay|return|refund|hand back)\b/u;
/** "fined the company €1bn": the noun that stands for the organisation named just before. */
const FINED_THE = /\b(?:fined|fines)\s+the\s+(?:company|firm|group|carmaker|bank|airline|lender|platform|insurer|retailer|giant)\b/gu;
/** "blocked Acme’s attempt to buy …": the verb right before the party … */
const BLOCKED_BEFORE = /\b(?:blocked|blocks|block|barred|bars|vetoed|vetoes|prohibited|prohibits)\s+$/u;
/** … and its bid right after it. */
const POSSESSIVE_BID = /^[’']s\s+(?:[\p{Ll}\-£$€\d.,]+\s+){0,3}?(?:attempt|attempts|bid|bids|plan|plans|offer|proposal|move|effort|takeover|acquisition|purchase|merger|deal|sale)\b/u;
/** "barred X from standing …", "sentenced X to …", "convicted X of …": a court's verb against the party right before it … */
const SANCTIONED_BEFORE = /\b(?:barred|bars|banned|bans|disqualified|disqualifies|convicted|convicts|sentenced|sentences)\s+$/u;
/** … and what it bars the party from, or the sentence or charge, right after it. */
const SANCTION_AFTER = /^\s+(?:from\s+(?:\p{Ll}+ing|office|politics|public\s+office)\b|to\s+(?:\p{Ll}+\s+){0,2}?(?:years?|months?|days?|life|death|prison|jail)\b|of\s+\p{Ll})/u;
/** "orders Peru to halt …": the verb right before the party … */
const ORDERED_BEFORE = /\b(?:ordered|orders|order)\s+$/u;
/** … and what it must do right after it. */
const ORDERED_TO = /^\s+to\s+(?:immediately\s+)?(?:halt|stop|suspend|cease|end|pay|repay|withdraw|release|return|reverse|scrap|drop|divest|sell|lift|reinstate|compensate|refund|remove|restore|pull|hand)\b/u;

/**
 * The verbs each rule below needs, as letter runs (words.ts; each pattern has its verb between word
 * boundaries): a sentence without one of a rule's words is passed over without running it.
 */
const RULED_RUNS = cueWords(['ruled', 'rules', 'found', 'finds', 'decided', 'decides', 'concluded', 'concludes', 'held']);
const DISMISSED_RUNS = cueWords(['dismissed', 'dismisses', 'dismissing', 'rejected', 'rejects', 'rejecting', 'threw', 'throws', 'turned', 'turns']);
const IMPOSED_RUNS = cueWords(['imposed', 'imposes', 'levied', 'levies', 'handed', 'hands']);
const HEADLINE_RUNS = cueWords(['rules', 'ruled', 'says', 'finds']);
const FINED_RUNS = cueWords(['fined', 'fines']);
const BLOCKED_ORDERED_RUNS = cueWords(['blocked', 'blocks', 'block', 'barred', 'bars', 'vetoed', 'vetoes', 'prohibited', 'prohibits', 'ordered', 'orders', 'order', 'banned', 'bans', 'disqualified', 'disqualifies', 'convicted', 'convicts', 'sentenced', 'sentences']);
/**
 * The words of all six lists: every rule after COURT_VERBS runs only on a sentence holding one of its
 * list's words (and an upheld ruling needs a ruling read by one of them), so a sentence without any
 * is passed over before COURT_VERBS runs over it.
 */
const RULE_RUNS = cueWords([...new Set([...RULED_RUNS, ...DISMISSED_RUNS, ...IMPOSED_RUNS, ...HEADLINE_RUNS, ...FINED_RUNS, ...BLOCKED_ORDERED_RUNS])]);

/** A party after a first one in a list: ", and its parent company, Bolt", "and Bolt". */
const LISTED = /^\s*(?:,\s*)?(?:and|or)\s+(?:(?:its|their|the)\s+(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+,\s+)?(?:the\s+)?$/u;

/**
 * "The Tolva Commission, the markets regulator, sued him in 2022, accusing him of defrauding …": a
 * lawsuit against or a charge of a person named only by a pronoun. The verb, and "him"/"her".
 */
const PRONOUN_OBJECT = /\b(sued|sues|suing|accused|accuses|accusing|charged|charges|charging|indicted|indicts|indicting)\s+(?:him|her)\b/gu;
/** From the party to the verb: an apposition, auxiliaries and adverbs, a date. */
const PARTY_TO_VERB = /^(?:\s*\([^()]{1,20}\))?(?:,\s+(?:the|a|an|its|\p{Lu}[\p{L}\-]*[’']s)\s+[^,;]{1,80},)?\s+(?:(?:has|had|have|also|then|later|first|formally|on\s+\p{Lu}\p{Ll}+|in\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)\s+)*$/u;

/**
 * The person "him"/"her" at `at` stands for: none when the sentence names a person before it (whom
 * would it be?); else the person named last before the sentence, when the last sentence that names
 * a person names only that one.
 */
function pronounObject(ctx: RelateContext, scope: SentenceScope, at: number): DocEntity | undefined {
  if (scope.ms.some((m) => m.end <= at && ctx.entities.get(m.entityId)?.type === 'PERSON')) return undefined;
  const id = ctx.lastOf(scope.s, PERSON_ONLY);
  if (!id) return undefined;
  const last = ctx.mentions.filter((m) => m.entityId === id && m.field === scope.s.field && m.sentence < scope.s.index).pop();
  if (!last) return undefined;
  const people = new Set(ctx.mentions.filter((m) => m.sentence === last.sentence && m.field === last.field && ctx.entities.get(m.entityId)?.type === 'PERSON').map((m) => m.entityId));
  return people.size === 1 ? ctx.entities.get(id) : undefined;
}
const PERSON_ONLY: readonly EntityType[] = ['PERSON'];

/** "X sued him …, accusing him of …": OPPOSES for the lawsuit, ACCUSES for the charge (the pronoun resolved as `pronounObject` says). */
function againstPronoun(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  let subject: DocEntity | undefined;
  for (const v of s.text.matchAll(PRONOUN_OBJECT)) {
    const at = s.start + v.index;
    const clause = lastClause(local(s.start, at));
    if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
    // The party before the verb, across an apposition that may name others ("the US markets regulator").
    const before = ms.filter((m) => m.end <= at && at - m.end <= 120).reverse().find((m) => PARTY_TO_VERB.test(local(m.end, at)));
    const own = before ? ctx.fill(before, PARTY) : undefined;
    // "…, accusing him of …": a participle after a comma continues the subject of the verb before it.
    if (own) subject = own;
    else if (!(v[1]!.endsWith('ing') && /,\s+$/u.test(local(Math.max(s.start, at - 3), at)))) continue;
    const person = subject ? pronounObject(ctx, scope, at) : undefined;
    if (!subject || !person || person.id === subject.id) continue;
    ctx.add(subject, v[1]!.startsWith('su') ? 'OPPOSES' : 'ACCUSES', person, s, 0.55, 'pronoun-object-lawsuit');
  }
}

/**
 * Whether the sentence's last clause up to `until` states a fact (no negation, no hypothetical).
 * A module function, not a closure per sentence: tsx (esbuild keepNames) wraps each named closure
 * in a `__name` call (an Object.defineProperty) every time it is made.
 */
function statedUntil(scope: SentenceScope, until: number): boolean {
  const clause = lastClause(scope.local(scope.s.start, until));
  return !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
}

export const courts: RelationRules = {
  name: 'courts',
  perSentence: (ctx, scope) => {
    const { s, ms, local } = scope;
    if (!scope.conditional && ms.length > 0 && (s.text.includes(' him') || s.text.includes(' her'))) againstPronoun(ctx, scope);
    // Most sentences hold none of the verbs: pass them over with one test.
    if (scope.conditional || ms.length === 0 || !hasAnyRun(s, RULE_RUNS) || !COURT_VERBS.test(s.text)) return;
    const ruled: Array<{ by: DocEntity | undefined; against: DocEntity }> = [];
    // "… ruled that Acme must pay", "…, which found that Peru had granted … unlawful aid"
    for (const m of hasAnyRun(s, RULED_RUNS) ? s.text.matchAll(RULED_THAT) : []) {
      const at = s.start + m.index;
      const target = ms.find((x) => x.start === at + m[0].length);
      if (!target) continue;
      const against = ctx.fill(target, PARTY);
      if (!against || !AGAINST_WORDS.test(s.text.slice(target.end - s.start, target.end - s.start + 120))) continue;
      if (!statedUntil(scope, at)) continue;
      const by = deciderBefore(ctx, scope, at);
      ruled.push({ by, against });
      // "… that Peru had granted Acme unlawful aid": the beneficiary of the unlawful act too.
      const k = ms.indexOf(target);
      const beneficiary = ms[k + 1];
      if (beneficiary && GAVE.test(local(target.end, beneficiary.start)) && UNLAWFUL_AFTER.test(s.text.slice(beneficiary.end - s.start))) {
        const b = ctx.fill(beneficiary, PARTY);
        if (b) ruled.push({ by, against: b });
      }
    }
    // "dismissed an appeal by Acme and its parent company, Bolt"; "rejected Acme’s appeal"
    for (let j = hasAnyRun(s, DISMISSED_RUNS) ? 0 : ms.length; j < ms.length; j++) {
      const before = local(s.start, ms[j]!.start);
      const byAppeal = DISMISSED.exec(before);
      const possessive = !byAppeal && DISMISSED_POSSESSIVE.exec(before) && POSSESSIVE_APPEAL.test(s.text.slice(ms[j]!.end - s.start));
      if (!byAppeal && !possessive) continue;
      const verbAt = s.start + (byAppeal?.index ?? DISMISSED_POSSESSIVE.exec(before)!.index);
      if (!statedUntil(scope, verbAt)) continue;
      const by = deciderBefore(ctx, scope, verbAt);
      for (const t of [ms[j]!, ...listedAfter(scope, j)]) {
        const against = ctx.fill(t, PARTY);
        if (against) ruled.push({ by, against });
      }
    }
    // "the fine that the Authority imposed on Acme"; "the Authority imposed a €2m fine on Acme"
    for (let j = hasAnyRun(s, IMPOSED_RUNS) ? 0 : ms.length; j + 1 < ms.length; j++) {
      const [b, t] = [ms[j]!, ms[j + 1]!];
      const between = local(b.end, t.start);
      const fineThat = FINE_THAT.test(local(s.start, b.start)) && IMPOSED_ON.test(between);
      if (!fineThat && !IMPOSED_FINE_ON.test(between)) continue;
      const finer = regulator(ctx, b);
      const fined = ctx.fill(t, PARTY);
      if (!finer || !fined || !statedUntil(scope, b.start)) continue;
      ctx.add(finer, 'FINES', fined, s, 0.65, 'fine-imposed-on');
      if (fineThat) ruled.push({ by: undefined, against: fined });
    }
    // "Acme must repay €1bn in back taxes, top court rules"
    if (hasAnyRun(s, HEADLINE_RUNS) && HEADLINE_RULES.test(s.text) && ms[0] && MUST_PAY.test(s.text.slice(ms[0].end - s.start))) {
      const against = ctx.fill(ms[0], PARTY);
      const court = courtOf(ctx, s);
      if (against && court) ctx.add(court, 'RULES_AGAINST', against, s, 0.6, 'headline-court-rules');
    }
    // "the Commission fined the company €1.8bn": the one organisation named just before.
    for (const f of hasAnyRun(s, FINED_RUNS) ? s.text.matchAll(FINED_THE) : []) {
      const at = s.start + f.index;
      if (!statedUntil(scope, at)) continue;
      const finer = deciderBefore(ctx, scope, at);
      const fined = finer ? companyBefore(ctx, scope, at, finer) : undefined;
      if (finer && fined) ctx.add(finer, 'FINES', fined, s, 0.6, 'fined-the-company');
    }
    // "blocked Acme’s attempt to buy Bolt"; "the court ordered Peru to halt …"
    for (let j = hasAnyRun(s, BLOCKED_ORDERED_RUNS) ? 0 : ms.length; j < ms.length; j++) {
      const before = local(s.start, ms[j]!.start);
      const after = s.text.slice(ms[j]!.end - s.start);
      const blocked = BLOCKED_BEFORE.exec(before);
      const sanctioned = SANCTION_AFTER.test(after) ? SANCTIONED_BEFORE.exec(before) : null;
      const verb = blocked && POSSESSIVE_BID.test(after) ? blocked : !blocked && ORDERED_TO.test(after) ? ORDERED_BEFORE.exec(before) : sanctioned;
      if (!verb) continue;
      const verbAt = s.start + verb.index;
      if (!statedUntil(scope, verbAt)) continue;
      const by = deciderBefore(ctx, scope, verbAt);
      const against = ctx.fill(ms[j]!, PARTY);
      // An order is a ruling only from a court or a regulator ("the government ordered Acme to …" is not).
      if (!by || !against || ((verb !== blocked || sanctioned) && !COURT_NAME.test(by.name) && !REGULATOR_NAME.test(by.name))) continue;
      ctx.add(by, 'RULES_AGAINST', against, s, 0.6, verb === sanctioned ? 'barred-from' : blocked ? 'blocked-bid-of' : 'ordered-to');
    }
    // What the decider decided, and what a court that upheld it decided too.
    // (Only a ruling read above can be upheld: without one the pattern is not run.)
    const upheld = ruled.length === 0 ? [] : [...s.text.matchAll(UPHELD)].filter((m) => statedUntil(scope, s.start + m.index));
    const upholder = upheld.length > 0 ? deciderBefore(ctx, scope, s.start + upheld[0]!.index) : undefined;
    for (const { by, against } of ruled) {
      if (by) ctx.add(by, 'RULES_AGAINST', against, s, 0.65, 'decided-against');
      if (upholder && upholder.id !== by?.id) ctx.add(upholder, 'RULES_AGAINST', against, s, 0.6, 'upheld-decision-against');
    }
  },
};

/** The court or regulator that is the subject of the verb at `at`: a named body right before it, or "the court". */
function deciderBefore(ctx: RelateContext, scope: SentenceScope, at: number): DocEntity | undefined {
  const { s, ms, local } = scope;
  const before = local(s.start, at);
  if (COURT_PHRASE.test(before)) return courtOf(ctx, s);
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end > at) continue;
    if (!DECIDER_TO_VERB.test(local(m.end, at))) return undefined;
    const e = ctx.fill(m, DECIDERS);
    return e && e.type !== 'COUNTRY' ? e : undefined;
  }
  return undefined;
}

/**
 * "fined the company": the organisation that "the company" stands for, read only when unambiguous:
 * the one organisation (besides the decider) named in the sentence before `at` and in the sentence
 * before it, else the one named last before.
 */
function companyBefore(ctx: RelateContext, scope: SentenceScope, at: number, decider: DocEntity): DocEntity | undefined {
  const { s } = scope;
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    const inThis = m.sentence === s.index && m.field === s.field && m.end <= at;
    const inPrevious = m.sentence === s.index - 1 && m.field === s.field;
    if ((inThis || inPrevious) && m.entityId !== decider.id && ctx.entities.get(m.entityId)?.type === 'ORGANIZATION') seen.add(m.entityId);
  }
  if (seen.size > 1) return undefined;
  const id = seen.size === 1 ? [...seen][0]! : ctx.lastOf(s, ['ORGANIZATION']);
  return id && id !== decider.id ? ctx.entities.get(id) : undefined;
}

/** Parties listed after the `j`th mention ("Acme and its parent company, Bolt"). */
function listedAfter(scope: SentenceScope, j: number): DocMention[] {
  const out: DocMention[] = [];
  for (let k = j; k + 1 < scope.ms.length && LISTED.test(scope.local(scope.ms[k]!.end, scope.ms[k + 1]!.start)); k++) out.push(scope.ms[k + 1]!);
  return out;
}

/** Whether the mention names a court (a body or organisation with a court's name). */
function isCourt(ctx: RelateContext, m: DocMention): boolean {
  const e = ctx.entities.get(m.entityId);
  return !!e && (e.type === 'GOVERNMENT_BODY' || e.type === 'ORGANIZATION') && COURT_NAME.test(e.name);
}

/** The court the article names: the last one before `s` in its field, else the first one anywhere. */
function courtOf(ctx: RelateContext, s: Sentence): DocEntity | undefined {
  let last: DocMention | undefined;
  let first: DocMention | undefined;
  for (const m of ctx.mentions) {
    if (!isCourt(ctx, m)) continue;
    first ??= m.field === 'BODY' ? m : undefined;
    if (m.field === s.field && m.start < s.start) last = m;
  }
  const m = last ?? first;
  return m ? ctx.entities.get(m.entityId) : undefined;
}

/** Who imposes a fine: a body, a country, or a capital standing for its country or for the article's regulator. */
function regulator(ctx: RelateContext, m: DocMention): DocEntity | undefined {
  const e = ctx.fill(m, DECIDERS);
  if (e) return e;
  if (ctx.entities.get(m.entityId)?.type !== 'CITY' || !ctx.g.capitalOf(ctx.entities.get(m.entityId)!.name)) return undefined;
  // A capital whose country the article does not name: the regulator it names, by its full name.
  const bodies = [...ctx.entities.values()].filter((x) => x.type === 'GOVERNMENT_BODY' && REGULATOR_NAME.test(x.name));
  return bodies.sort((a, b) => b.name.length - a.name.length || a.id.localeCompare(b.id))[0];
}
