/** Reporting: a publication that reports or says, on the events and projects of the sentence. */
import type { RelationRules } from './context';

export const reporting: RelationRules = {
  name: 'reporting',
  perSentence: (ctx, scope) => {
    const { s, ms, local } = scope;
    const { entities, add } = ctx;
    // Reporting: a publication that reports or says, on the events and projects of the sentence.
    for (const m of ms) {
      const pub = entities.get(m.entityId);
      if (!pub || (pub.type !== 'PUBLICATION' && pub.type !== 'NEWS_AGENCY')) continue;
      const after = s.text.slice(m.end - s.start);
      const beforeText = local(s.start, m.start);
      if (!/^(?:\s*,[^,]{0,40},)?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|wrote|revealed|published)\b/u.test(after) && !/\b(?:according to|reported by|told)\s+(?:the\s+)?$/u.test(beforeText)) continue;
      for (const other of ms) {
        const t = entities.get(other.entityId);
        if (t && t.id !== pub.id && (t.type === 'EVENT' || t.type === 'PROJECT')) add(pub, 'REPORTS_ON', t, s, 0.6, 'publication-reports');
      }
    }
  },
};
