/**
 * What a person's statement is about: "Omar Vance said the Tolva Pipeline would open in May", "Ada
 * Orr told the court that shutting the Vasko Line would make no sense" — the speaker DISCUSSES each
 * project the reported clause names (the fixtures' convention: a statement about a named project or
 * crossing, README of test/fixtures). Only projects: a statement that merely names a country or a
 * person is not "about" it in this sense. A negated or conditional saying gives nothing.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity } from '../document';
import { lastClause } from './clauses';
import type { RelationRules } from './context';

/** The speech verb right after the speaker (or after an apposition describing the speaker). */
const SAID_AFTER = /^(?:,\s+[^,;]{1,70},)?\s+(?:(?:has|had|have|also|later|then|publicly|repeatedly|on\s+\p{Lu}\p{Ll}+)\s+)*(?:said|says|told\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){1,2}?(?:in\s+\p{Lu}\p{Ll}+\s+)?(?=that\b)|tells\s+(?:the\s+)?(?:[\p{Ll}\-]+\s+){1,2}?(?=that\b)|argued|argues|insisted|insists|stressed|stresses)\s*(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+)?/u;
const SAYS = /\b(?:said|says|told|tells|argued|argues|insisted|insists|stressed|stresses)\b/u;

export const statements: RelationRules = {
  name: 'statements',
  // Every rule of the family needs such a mention.
  gate: { types: ['PROJECT'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    if (conditional || !SAYS.test(s.text)) return;
    for (let j = 0; j < ms.length; j++) {
      const speaker = ctx.entities.get(ms[j]!.entityId);
      if (speaker?.type !== 'PERSON') continue;
      const said = SAID_AFTER.exec(s.text.slice(ms[j]!.end - s.start));
      if (!said) continue;
      const from = ms[j]!.end + said[0].length;
      if (NEGATION_CUES.test(lastClause(local(s.start, from))) || HYPOTHETICAL_CUES.test(lastClause(local(s.start, from)))) continue;
      const topics = new Set<DocEntity>();
      for (const m of ms) {
        const e = m.start >= from ? ctx.entities.get(m.entityId) : undefined;
        if (e?.type === 'PROJECT') topics.add(e);
      }
      for (const t of topics) ctx.add(speaker, 'DISCUSSES', t, s, 0.5, 'said-about-project');
      break;
    }
  },
};
