/** "A and B met …", "A and B held talks …", "A and B will sign a joint statement …": a coordinated pair as the subject. */
import type { RelationRules } from './context';
import { PARTY } from './pair-rules';

export const pairSubject: RelationRules = {
  name: 'pair-subject',
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const { add, fill } = ctx;
    // "A and B met …", "A and B held talks …", "A and B will sign a joint statement …": the pair is the subject.
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (!/^\s+and\s+$/u.test(local(a.end, b.start))) continue;
      const rest = s.text.slice(b.end - s.start);
      const x = fill(a, PARTY);
      const y = fill(b, PARTY);
      if (!x || !y) continue;
      const verb = /^\s+(?:(?:have|has|had|will|would|are to|were to|agreed to|plan to|did)\s+)?(met|meet|(?:held|hold|holding|began|begin|opened) talks|talked|spoke by phone|spoke on the phone|sat down together|sign(?:ed)?(?: a)? joint statement|signed|sign)\b/u.exec(rest);
      if (!verb || !factual(rest.slice(0, verb.index + verb[0].length))) continue;
      if (/^(?:me|held|hold|holding|began|begin|opened|talked|spoke|sat)/.test(verb[1]!) && x.type === 'PERSON' && y.type === 'PERSON') add(x, 'MEETS', y, s, 0.75, 'pair-subject-met');
      if (/joint statement/.test(verb[1]!)) add(x, 'SIGNS_STATEMENT_WITH', y, s, 0.75, 'pair-subject-joint-statement');
      else if (verb[1]!.startsWith('sign') && /\b(?:agreement|deal|accord|treaty|pact)\b/.test(rest)) add(x, 'SIGNS_AGREEMENT_WITH', y, s, 0.7, 'pair-subject-agreement');
    }
  },
};
