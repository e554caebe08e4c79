/** "A and B met …", "A and B held (their first formal) talks …", "A and B held their first meeting …", "A and B will sign a joint statement …": a coordinated pair as the subject. */
import type { RelationRules } from './context';
import { PARTY } from './pair-rules';

/** "In a joint statement, " / "In a joint statement on Monday, " opening the sentence, right before the first signer. */
const JOINT_OPENING = /^(?:In|in)\s+a\s+joint\s+statement(?:\s+(?:on|last|this)\s+\p{Lu}\p{Ll}+)?,\s+(?:the\s+)?/u;
/** Between the two signers: " and ", or an apposition of the first and ", and ". */
const JOINT_PAIR = /^(?:\s+and\s+|,\s+(?:the|a|an|its|his|her)\s+[^;()]{1,70}?,\s+and\s+)(?:the\s+)?$/u;

export const pairSubject: RelationRules = {
  name: 'pair-subject',
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const { add, fill } = ctx;
    // "In a joint statement, A, the …, and B, the …, welcomed …": the pair the statement opens with signs it.
    const joint = s.text.includes('joint statement') ? JOINT_OPENING.exec(s.text) : null;
    if (joint && factual(joint[0])) {
      const from = s.start + joint[0].length;
      const i = ms.findIndex((m) => m.start === from);
      for (let k = i + 1; i !== -1 && k < ms.length; k++) {
        const gap = local(ms[i]!.end, ms[k]!.start);
        if (gap.length > 90) break;
        const x = fill(ms[i]!, PARTY);
        const y = fill(ms[k]!, PARTY);
        if (x && y && x.type === y.type && JOINT_PAIR.test(gap)) {
          add(x, 'SIGNS_STATEMENT_WITH', y, s, 0.7, 'joint-statement-pair');
          break;
        }
      }
    }
    // "A and B met …", "A and B held talks …", "A and B will sign a joint statement …": the pair is the subject.
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (!/^\s+and\s+$/u.test(local(a.end, b.start))) continue;
      const rest = s.text.slice(b.end - s.start);
      const x = fill(a, PARTY);
      const y = fill(b, PARTY);
      if (!x || !y) continue;
      const verb = /^\s+(?:(?:have|has|had|will|would|are to|were to|agreed to|plan to|did)\s+)?(met|meet|(?:held|hold|holding|began|begin|opened)\s+(?:[\p{Ll}\-]+\s+){0,4}?(?:talks|meeting|meetings)|talked|sat down together|sign(?:ed)?(?: a)? joint statement|signed|sign)\b/u.exec(rest);
      if (!verb || !factual(rest.slice(0, verb.index + verb[0].length))) continue;
      if (/^(?:me|held|hold|holding|began|begin|opened|talked|sat)/.test(verb[1]!) && x.type === 'PERSON' && y.type === 'PERSON') add(x, 'MEETS', y, s, 0.75, 'pair-subject-met');
      if (/joint statement/.test(verb[1]!)) add(x, 'SIGNS_STATEMENT_WITH', y, s, 0.75, 'pair-subject-joint-statement');
      else if (verb[1]!.startsWith('sign') && /\b(?:agreement|deal|accord|treaty|pact)\b/.test(rest)) add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.7, 'pair-subject-agreement');
    }
  },
};
