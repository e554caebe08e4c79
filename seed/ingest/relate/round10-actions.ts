/**
 * Round 10 action rules. A demand that a person go is opposition to that person: "The Tolva Party,
 * the main opposition party, demanded Mr Orr’s resignation", "Unions called for the minister’s
 * removal" (the minister named: "called for Ada Orr’s removal") → the sentence's subject (subject.ts,
 * named or resolved) OPPOSES the person. Negated, hedged and conditional demands give nothing
 * (`factual`); so does a demand the subject only reports ("X said Y had demanded …": Y is not the
 * subject).
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { PARTY } from './pair-rules';
import { subjectOf } from './subject';
import { cueWords, hasAnyRun } from './words';

/** The demand right before the person: "demanded ", "called for the ", "was demanding ". */
const DEMAND = /\b(?:demanded|demands|demand|demanding|called\s+for|calls\s+for|calling\s+for|sought|seeks|seeking)\s+(?:(?:the|an\s+end\s+to)\s+)?(?:(?:Mr|Ms|Mrs|Dr)\s+)?$/u;
/** What the person must do or undergo, right after the name: "’s resignation", "’s immediate removal". */
const GOING = /^[’']s\s+(?:(?:immediate|swift|prompt)\s+)?(?:resignation|removal|ouster|impeachment|dismissal|sacking|departure)\b/u;
const CUE_DEMAND = cueWords(['demanded', 'demands', 'demand', 'demanding', 'called', 'calls', 'calling', 'sought', 'seeks', 'seeking']);
const PERSON: readonly EntityType[] = ['PERSON'];

function demandsToGo(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (const m of ms) {
    if (!ctx.fill(m, PERSON) || !GOING.test(s.text.slice(m.end - s.start))) continue;
    const head = local(Math.max(s.start, m.start - 40), m.start);
    const demand = DEMAND.exec(head);
    if (!demand) continue;
    const verbAt = m.start - head.length + demand.index;
    const subject = subjectOf(ctx, s, ms, PARTY);
    if (!subject || subject.end > verbAt) continue;
    const between = local(subject.end, verbAt);
    // The subject's own verb: an apposition at most between, no clause with a subject of its own.
    if (between.length > 100 || /[;:]|\b(?:who|which|whom|whose|that|said|says|while|when|after|before|because|but)\b/u.test(between.replace(/^,\s+[^,]{1,80},/u, ''))) continue;
    if (!scope.factual(local(s.start, m.start))) continue;
    const target = ctx.entities.get(m.entityId)!;
    for (const a of subject.entities) if (a.id !== target.id) ctx.add(a, 'OPPOSES', target, s, 0.6, 'demand-resignation');
  }
}

export const round10Actions: RelationRules = {
  name: 'round10-actions',
  gate: { types: ['PERSON'], words: CUE_DEMAND.map((w) => w.toLowerCase()) },
  perSentence: (ctx, scope) => {
    if (hasAnyRun(scope.s, CUE_DEMAND)) demandsToGo(ctx, scope);
  },
};
