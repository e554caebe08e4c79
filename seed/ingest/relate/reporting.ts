/**
 * Reporting: a publication that reports or says, on the events and projects of the sentence; and
 * "The daily X had reported that …" on the one person the report is about (the only person its
 * reported clause names; none when it names two; for "reported that he …", the person "he" stands for).
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { RelationRules } from './context';

const REPORTS_AFTER = /^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|revealed|published)\b/u;
const REPORTED_BY = /\b(?:according to|reported by|told)\s+(?:the\s+)?$/u;
/** "… had reported (on Sunday) that": the start of the reported clause. */
const REPORTED_THAT = /^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|revealed|reveals|wrote|writes)\s+(?:(?:on|last|this)\s+\p{L}+\s+|earlier\s+|in\s+\p{Lu}\p{Ll}+\s+)?that\s/u;

/** A reported clause whose subject is a pronoun for a person. */
const PRONOUN_SUBJECT = /^(?:he|she)\b/u;

export const reporting: RelationRules = {
  name: 'reporting',
  // Every rule of the family needs such a mention.
  gate: { types: ['PUBLICATION', 'NEWS_AGENCY'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    const { entities, add } = ctx;
    for (const m of ms) {
      const pub = entities.get(m.entityId);
      if (!pub || (pub.type !== 'PUBLICATION' && pub.type !== 'NEWS_AGENCY')) continue;
      const after = s.text.slice(m.end - s.start);
      const beforeText = local(s.start, m.start);
      if (!REPORTS_AFTER.test(after) && !REPORTED_BY.test(beforeText)) continue;
      for (const other of ms) {
        const t = entities.get(other.entityId);
        if (t && t.id !== pub.id && (t.type === 'EVENT' || t.type === 'PROJECT')) add(pub, 'REPORTS_ON', t, s, 0.6, 'publication-reports');
      }
      // "… had reported that A, a former employer of Mr B, had filed …": the one person of the clause.
      const that = REPORTED_THAT.exec(after);
      if (!that || conditional || NEGATION_CUES.test(local(s.start, m.end + that[0].length)) || HYPOTHETICAL_CUES.test(local(s.start, m.end + that[0].length))) continue;
      const from = m.end + that[0].length;
      // "… reported that he had told …, in an exchange with B": the report is about the one "he" stands
      // for (the last person named before), not a person named later in the clause.
      if (PRONOUN_SUBJECT.test(s.text.slice(from - s.start))) {
        const before = ms.filter((x) => x.end <= m.start && entities.get(x.entityId)?.type === 'PERSON');
        const id = before.length > 0 ? before[before.length - 1]!.entityId : ctx.lastOf(s, ['PERSON']);
        if (id) add(pub, 'REPORTS_ON', entities.get(id)!, s, 0.5, 'publication-reported-that-pronoun');
        continue;
      }
      const people = new Set(ms.filter((x) => x.start >= from && entities.get(x.entityId)?.type === 'PERSON').map((x) => x.entityId));
      if (people.size === 1) add(pub, 'REPORTS_ON', entities.get([...people][0]!)!, s, 0.55, 'publication-reported-that-person');
    }
  },
};
