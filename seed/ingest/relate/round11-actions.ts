/**
 * Round 11 action rules.
 * - Travellers listed as the subject: "A, Tolva’s foreign minister, and B, its culture minister,
 *   travelled to P", "A and B, the …, sat with him in court and travelled with him to P" → each
 *   VISITS P (and the places listed after it). The pair rules read the traveller right before the
 *   verb; the others of the subject (subject.ts, appositions allowed) are read here. The verb must
 *   be the subject's own: no clause with a subject of its own, no verb of saying between, and
 *   negated, hedged or planned journeys give nothing (`factual`).
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { subordinateSubject } from './clauses';
import { PLACE } from './pair-rules';
import { subjectOf } from './subject';
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

export const round11Actions: RelationRules = {
  name: 'round11-actions',
  gate: { types: ['PERSON'], words: CUE_TRAVEL.map((w) => w.toLowerCase()) },
  perSentence: (ctx, scope) => {
    if (hasAnyRun(scope.s, CUE_TRAVEL)) listedTravellers(ctx, scope);
  },
};
