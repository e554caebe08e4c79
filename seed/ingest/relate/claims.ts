/**
 * Accusations the pair rules cannot see, because the accused is not a name after the verb:
 * - a pronoun object: "… issued a warrant for Omar Vance, accusing him of fraud" (the person named
 *   last before "him"; the accuser is the subject of the sentence); "Vale Holdings, a former employer
 *   of Mr Orr, had filed a police report accusing him of fraud" (the filer of the report);
 * - a rejected claim: "Peru rejects Vance’s claim of a link to …", "Lima denied Chile’s allegations"
 *   (whoever made the claim ACCUSES whoever rejects it; the rejection itself is no new fact);
 * - a relative clause whose object is its antecedent: "the Tolva Bank, which he accuses of fuelling
 *   inflation", "Ada Orr, whom Omar Vance blamed for the losses" (the speaker, or "he"/"she": the
 *   person named last before it, accuses the antecedent);
 * - name-calling: "Omar Vance called Ada Orr corrupt and a liar", "branded Peru a rogue state" (a
 *   verb of calling, the object, then a derogatory predicate from a list of generic words);
 * - a reported wrongdoing: "Ada Orr, the attorney general, said Acme had kept its monopoly by
 *   breaking the law" (a speaker, a verb of saying, the party the reported clause opens with, and a
 *   word of wrongdoing from a generic list in that clause; a denial, "said it had not broken the
 *   law", or a hedge, "could have broken", is none).
 * Negated, denied, conditional or hedged statements give nothing.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity } from '../document';
import { lastClause } from './clauses';
import type { RelationRules } from './context';
import { PARTY } from './pair-rules';
import { cueWords, hasAnyRun } from './words';

const ACCUSE_PRONOUN = /\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|charg(?:ed|es|e|ing))\s+(?:him|her)\s+(?:of|with|over|for)\b/gu;
/** Between a subject and its verb: nothing but auxiliaries and adverbs. */
const SUBJECT_TO_VERB = /^\s+(?:(?:has|had|have|also|publicly|formally|repeatedly|again|then|later|on\s+\p{L}+)\s+)*$/u;
/** "filed a police report " right before a participle: the document whose filer is the subject. */
const FILED_DOCUMENT = /\b(?:filed|files|lodged|lodges|submitted|submits|brought|brings|issued|issues|published|publishes|released|releases|sent|sends|made|makes)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:report|complaint|lawsuit|suit|statement|letter|case|indictment|claim|petition|motion)\s+$/u;
/** From the filer to that verb: auxiliaries, after at most one apposition ("X, a former employer of Y, had filed"). */
const FILER_TO_VERB = /^(?:,\s+(?:a|an|the)\s+[^,;]+,)?\s+(?:(?:has|had|have|also|formally|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
const REJECTS = /\b(?:rejects|rejected|rejecting|denies|denied|denying|dismisses|dismissed|dismissing|disputes|disputed|refutes|refuted|refuting)\s+$/u;
const CLAIM_OF = /^[’']s\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:claims?|accusations?|allegations?|charges?)\b/u;

/** ", which he accuses of " / ", whom Omar Vance blamed for " after the accused: group 1 the pronoun, if any. */
const WHICH_ACCUSES = /^(?:\s*\([^()]{1,20}\)|\))?,\s+(?:which|whom|who)\s+(?:(he|she|they)\s+)?/u;
const ACCUSE_AFTER_SUBJECT = /^\s*(?:(?:has|had|have|also|long|repeatedly|publicly|often|openly)\s+)*(?:accuses|accused|accuse|blames|blamed|blame)\s+(?:of|for)\b/u;
/** A verb of calling right before its object ("called ", "has branded the "). */
const CALLED_BEFORE = /(?:^|\s)(?<!-)(?:called|calls|branded|brands|labelled|labeled|labels|dubbed|dubs|described)\s+(?:the\s+)?$/u;
/**
 * What makes a calling an accusation: a derogatory predicate right after the object (and its
 * apposition): generic words of abuse, never a name.
 */
const DEROGATORY = /^(?:,\s+[^,;]{1,60},)?\s+(?:as\s+)?(?:(?:a|an)\s+)?(?:(?:corrupt|dangerous|lying|convicted|common|dishonest|incompetent|terrorist|illegitimate|criminal|racist|fascist)\s+)?(?:corrupt|dishonest|incompetent|illegitimate|racist|fascist|liar|liars|thief|thieves|crook|crooks|criminal|criminals|traitor|traitors|fraud|communist|communists|fascists|dictator|tyrant|murderer|terrorist|terrorists|rogue\s+state|puppet|clown|war\s+criminal|threat\s+to\s+democracy|enemy\s+of\s+the\s+people)\b/u;
/** The caller before the verb: auxiliaries, adverbs or a time phrase between ("During the campaign Omar Vance repeatedly "). */
const CALLER_TO_VERB = /^(?:,\s+[^,;]{1,60},)?\s+(?:(?:has|had|have|also|repeatedly|publicly|once|often|openly|later|then|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;

/** Words of wrongdoing: what makes a reported clause about a party an allegation against it. */
const WRONGDOING_WORDS = ['monopoly', 'monopolies', 'monopolise', 'monopolised', 'monopolising', 'monopolize', 'monopolized', 'monopolizing', 'fraud', 'fraudulent', 'fraudulently', 'cheated', 'cheating', 'doping', 'doped', 'bribes', 'bribed', 'bribery', 'embezzled', 'laundered', 'laundering', 'colluded', 'collusion', 'rigged', 'illegally', 'unlawfully', 'illegal', 'unlawful', 'misled', 'lied', 'stole', 'stolen', 'smuggled', 'genocide', 'breaking', 'broke', 'broken', 'breached', 'violated', 'violating', 'flouted'];
/** The same as a pattern; a breach needs its object ("broke the law", "breaching sanctions", not "broke a record"). */
const WRONGDOING = new RegExp(String.raw`\b(?:(?:breaking|broke|broken|breached|breaching|violated|violating|flouted|flouting)\s+(?:(?:the|its|their|his|her|a|an|federal|international|national|competition|antitrust|state|eu|european)\s+){0,3}(?:law|laws|rules|regulations|sanctions|treaty|ceasefire|code|constitution)|${WRONGDOING_WORDS.filter((w) => !/^(?:breaking|broke|broken|breached|violated|violating|flouted)$/u.test(w)).join('|')})\b`, 'iu');
/** After the speaker (and up to two appositions or relative clauses): the verb of saying, "that", an article, up to the accused. */
const SAYS_OF = /^(?:(?:,\s+[^,;]{1,70}){1,2},)?\s+(?:(?:has|had|have|also|later|then|publicly|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|alleged|alleges|argued|argues|claimed|claims|contended|contends|added|told\s+(?:the\s+)?[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?)(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:that\s+)?(?:the\s+)?$/u;
/** "not by competing but by breaking …": a contrast whose negation is not a denial. */
const NOT_BUT = /\bnot\s+(?:by|through|because|for)\b[^.;]*?\bbut\b/gu;
const SAY_WORDS = /\b(?:said|says|alleged|alleges|argued|argues|claimed|claims|contended|contends|added|told)\b/u;
/** The words of SAY_WORDS, REJECTS and ACCUSE_PRONOUN's object, as letter runs (words.ts): each pattern has them between boundaries. */
const SAY_RUNS = cueWords(['said', 'says', 'alleged', 'alleges', 'argued', 'argues', 'claimed', 'claims', 'contended', 'contends', 'added', 'told']);
const REJECT_RUNS = cueWords(['rejects', 'rejected', 'rejecting', 'denies', 'denied', 'denying', 'dismisses', 'dismissed', 'dismissing', 'disputes', 'disputed', 'refutes', 'refuted', 'refuting']);
const PRONOUN_RUNS = cueWords(['him', 'her']);

export const claims: RelationRules = {
  name: 'claims',
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional) return;
    // "…, accusing him of …"
    // The pattern needs "him" or "her": a sentence without either is passed over without running it.
    if (hasAnyRun(s, PRONOUN_RUNS)) for (const m of s.text.matchAll(ACCUSE_PRONOUN)) {
      const at = s.start + m.index;
      const clause = lastClause(local(s.start, at));
      if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
      const before = ms.filter((x) => x.end <= at);
      // A participle after a comma belongs to the subject of the sentence; a finite verb to the name before it.
      const participle = /,\s*$/u.test(local(s.start, at)) && m[0].includes('ing');
      // "… had filed a police report accusing him of …": the filer of the document accuses.
      const filed = !participle && m[0].includes('ing') ? FILED_DOCUMENT.exec(local(Math.max(s.start, at - 90), at)) : null;
      const filedAt = filed ? at - filed[0].length : -1;
      const subjectMention = participle
        ? before[0]
        : filed
          ? before.filter((x) => x.end <= filedAt && FILER_TO_VERB.test(local(x.end, filedAt))).pop()
          : before.filter((x) => SUBJECT_TO_VERB.test(local(x.end, at))).pop();
      const accuser = subjectMention ? ctx.fill(subjectMention, PARTY) : undefined;
      const accusedMention = [...before].reverse().find((x) => ctx.entities.get(x.entityId)?.type === 'PERSON' && x.entityId !== accuser?.id);
      const accused = accusedMention ? ctx.entities.get(accusedMention.entityId) : undefined;
      if (accuser && accused) ctx.add(accuser, 'ACCUSES', accused, s, 0.65, 'accuse-pronoun');
    }
    // "Peru rejects Vance’s claim of …": Vance ACCUSES Peru.
    for (let j = hasAnyRun(s, REJECT_RUNS) ? 1 : ms.length; j < ms.length; j++) {
      const claimant = ms[j]!;
      const before = local(s.start, claimant.start);
      const verb = REJECTS.exec(before);
      if (!verb || !CLAIM_OF.test(s.text.slice(claimant.end - s.start))) continue;
      const rejecterMention = ms.slice(0, j).filter((x) => SUBJECT_TO_VERB.test(local(x.end, s.start + verb.index))).pop();
      const rejecter: DocEntity | undefined = rejecterMention ? ctx.fill(rejecterMention, PARTY) : undefined;
      const accuser = ctx.fill(claimant, PARTY);
      if (rejecter && accuser) ctx.add(accuser, 'ACCUSES', rejecter, s, 0.6, 'rejected-claim');
    }
    // "the Tolva Bank, which he accuses of fuelling inflation"
    if (s.text.includes('accus') || s.text.includes('blam')) {
      for (let j = 0; j < ms.length; j++) {
        const after = s.text.slice(ms[j]!.end - s.start, ms[j]!.end - s.start + 160);
        const rel = WHICH_ACCUSES.exec(after);
        if (!rel) continue;
        const at = ms[j]!.end + rel[0].length;
        let accuser: DocEntity | undefined;
        let verbFrom = at;
        if (rel[1] === 'he' || rel[1] === 'she') {
          const id = ms.slice(0, j).filter((x) => ctx.entities.get(x.entityId)?.type === 'PERSON').pop()?.entityId ?? ctx.lastOf(s, ['PERSON']);
          accuser = id ? ctx.entities.get(id) : undefined;
        } else if (!rel[1]) {
          // "…, whom Omar Vance blamed for": a named speaker right after the pronoun.
          const speaker = ms[j + 1];
          if (!speaker || speaker.start < at || !/^(?:the\s+)?$/u.test(local(at, speaker.start))) continue;
          accuser = ctx.fill(speaker, PARTY);
          verbFrom = speaker.end;
        }
        if (!accuser || !ACCUSE_AFTER_SUBJECT.test(s.text.slice(verbFrom - s.start))) continue;
        const clause = local(ms[j]!.end, verbFrom + 40);
        if (NEGATION_CUES.test(clause.replace(/\b(?:of|for)\b.*$/su, '')) || HYPOTHETICAL_CUES.test(lastClause(local(s.start, ms[j]!.start)))) continue;
        const accused = ctx.fill(ms[j]!, PARTY);
        if (accused && accused.id !== accuser.id) ctx.add(accuser, 'ACCUSES', accused, s, 0.6, 'relative-accuses');
      }
    }
    // "Ada Orr said Acme had kept its monopoly by breaking the law"
    // (Both rules below read a pair of mentions, j ≥ 1: with fewer than two their patterns are not run.)
    if (ms.length >= 2 && hasAnyRun(s, SAY_RUNS) && SAY_WORDS.test(s.text) && WRONGDOING.test(s.text)) {
      for (let j = 1; j < ms.length; j++) {
        const accusedMention = ms[j]!;
        const rest = s.text.slice(accusedMention.end - s.start);
        const wrong = WRONGDOING.exec(rest);
        // The wrongdoing must belong to the reported clause, not to a later one far along.
        if (!wrong || wrong.index > 160 || rest.slice(0, wrong.index).includes(';')) continue;
        // The speaker: the mention before whose verb of saying opens onto the accused.
        const speakerMention = ms.slice(0, j).reverse().find((x) => SAYS_OF.test(local(x.end, accusedMention.start)));
        if (!speakerMention) continue;
        const verbClause = lastClause(local(s.start, speakerMention.end));
        const reported = rest.slice(0, wrong.index).replace(NOT_BUT, '');
        if (NEGATION_CUES.test(verbClause) || HYPOTHETICAL_CUES.test(verbClause) || NEGATION_CUES.test(reported) || HYPOTHETICAL_CUES.test(reported)) continue;
        const accuser = ctx.fill(speakerMention, PARTY);
        const accused = ctx.fill(accusedMention, PARTY);
        if (accuser && accused && accuser.id !== accused.id) ctx.add(accuser, 'ACCUSES', accused, s, 0.55, 'said-wrongdoing');
      }
    }
    // "Omar Vance called Ada Orr corrupt and a liar"
    if (ms.length >= 2 && /(?:call|brand|label|dub|describ)/u.test(s.text)) {
      for (let j = 1; j < ms.length; j++) {
        const head = local(Math.max(s.start, ms[j]!.start - 40), ms[j]!.start);
        const verb = CALLED_BEFORE.exec(head);
        if (!verb || !DEROGATORY.test(s.text.slice(ms[j]!.end - s.start, ms[j]!.end - s.start + 120))) continue;
        const verbAt = ms[j]!.start - head.length + verb.index + (verb[0].length - verb[0].trimStart().length);
        const clause = lastClause(local(s.start, verbAt));
        if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause)) continue;
        const callerMention = ms.slice(0, j).filter((x) => CALLER_TO_VERB.test(local(x.end, verbAt))).pop();
        const pronoun = callerMention ? undefined : /(?:^|[,;]\s+)(?:[Hh]e|[Ss]he)\s+(?:(?:has|had|also|repeatedly|publicly|once|then|later)\s+)*$/u.test(local(s.start, verbAt));
        const id = callerMention ? undefined : pronoun ? ctx.lastOf(s, ['PERSON']) : undefined;
        const accuser = callerMention ? ctx.fill(callerMention, PARTY) : id ? ctx.entities.get(id) : undefined;
        const accused = ctx.fill(ms[j]!, PARTY);
        if (accuser && accused && accuser.id !== accused.id) ctx.add(accuser, 'ACCUSES', accused, s, 0.6, 'called-derogatory');
      }
    }
  },
};
