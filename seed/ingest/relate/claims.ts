/**
 * Accusations the pair rules cannot see, because the accused is not a name after the verb:
 * - a pronoun object: "… issued a warrant for Omar Vance, accusing him of fraud" (the person named
 *   last before "him"; the accuser is the subject of the sentence); "Vale Holdings, a former employer
 *   of Mr Orr, had filed a police report accusing him of fraud" (the filer of the report);
 * - a rejected claim: "Peru rejects Vance’s claim of a link to …", "Lima denied Chile’s allegations"
 *   (whoever made the claim ACCUSES whoever rejects it; the rejection itself is no new fact).
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity } from '../document';
import { lastClause } from './clauses';
import type { RelationRules } from './context';
import { PARTY } from './pair-rules';

const ACCUSE_PRONOUN = /\b(?:accus(?:ed|es|e|ing)|blam(?:ed|es|e|ing)|charg(?:ed|es|e|ing))\s+(?:him|her)\s+(?:of|with|over|for)\b/gu;
/** Between a subject and its verb: nothing but auxiliaries and adverbs. */
const SUBJECT_TO_VERB = /^\s+(?:(?:has|had|have|also|publicly|formally|repeatedly|again|then|later|on\s+\p{L}+)\s+)*$/u;
/** "filed a police report " right before a participle: the document whose filer is the subject. */
const FILED_DOCUMENT = /\b(?:filed|files|lodged|lodges|submitted|submits|brought|brings|issued|issues|published|publishes|released|releases|sent|sends|made|makes)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}?(?:report|complaint|lawsuit|suit|statement|letter|case|indictment|claim|petition|motion)\s+$/u;
/** From the filer to that verb: auxiliaries, after at most one apposition ("X, a former employer of Y, had filed"). */
const FILER_TO_VERB = /^(?:,\s+(?:a|an|the)\s+[^,;]+,)?\s+(?:(?:has|had|have|also|formally|on\s+\p{Lu}\p{Ll}+)\s+)*$/u;
const REJECTS = /\b(?:rejects|rejected|rejecting|denies|denied|denying|dismisses|dismissed|dismissing|disputes|disputed|refutes|refuted|refuting)\s+$/u;
const CLAIM_OF = /^[’']s\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:claims?|accusations?|allegations?|charges?)\b/u;

export const claims: RelationRules = {
  name: 'claims',
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional) return;
    // "…, accusing him of …"
    // The pattern needs "him" or "her": a sentence without either is passed over without running it.
    if (s.text.includes('him') || s.text.includes('her')) for (const m of s.text.matchAll(ACCUSE_PRONOUN)) {
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
    for (let j = 1; j < ms.length; j++) {
      const claimant = ms[j]!;
      const before = local(s.start, claimant.start);
      const verb = REJECTS.exec(before);
      if (!verb || !CLAIM_OF.test(s.text.slice(claimant.end - s.start))) continue;
      const rejecterMention = ms.slice(0, j).filter((x) => SUBJECT_TO_VERB.test(local(x.end, s.start + verb.index))).pop();
      const rejecter: DocEntity | undefined = rejecterMention ? ctx.fill(rejecterMention, PARTY) : undefined;
      const accuser = ctx.fill(claimant, PARTY);
      if (rejecter && accuser) ctx.add(accuser, 'ACCUSES', rejecter, s, 0.6, 'rejected-claim');
    }
  },
};
