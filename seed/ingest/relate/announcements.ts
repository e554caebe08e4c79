/**
 * An event a body makes known by saying so: "Omar Vance will arrive in Peru on Monday for a state
 * visit, the Kenyan foreign ministry has said." The body at the end of the sentence ANNOUNCES each
 * event the sentence names (not one under a negation or condition). Publications that say things
 * report (module reporting); this is for the government bodies and organisations that decide them.
 */
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import { lastClause } from './clauses';
import type { RelationRules } from './context';

/** ", the Kremlin has said." at the end of a sentence, after the mention. */
const SAID_AT_END = /^\s+(?:has\s+|had\s+|have\s+)?(?:said|says|announced|announces|confirmed|confirms|stated)\s*[.”"’]*$/u;
/** A condition right after the event ("… for a state visit if the border reopens"): nothing is announced as fact. */
const CONDITION_AFTER = /^[^.;,]*?\b(?:if|unless)\b/u;
const BEFORE_SPEAKER = /,\s+(?:the\s+)?$/u;

export const announcements: RelationRules = {
  name: 'announcements',
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    const speaker = ms[ms.length - 1];
    if (!speaker || conditional || !SAID_AT_END.test(s.text.slice(speaker.end - s.start))) return;
    if (!BEFORE_SPEAKER.test(local(s.start, speaker.start))) return;
    const body = ctx.entities.get(speaker.entityId);
    if (!body || (body.type !== 'GOVERNMENT_BODY' && body.type !== 'ORGANIZATION')) return;
    for (const m of ms) {
      const event = ctx.entities.get(m.entityId);
      if (event?.type !== 'EVENT') continue;
      const clause = lastClause(local(s.start, m.start));
      if (NEGATION_CUES.test(clause) || HYPOTHETICAL_CUES.test(clause) || CONDITION_AFTER.test(s.text.slice(m.end - s.start))) continue;
      ctx.add(body, 'ANNOUNCES', event, s, 0.55, 'said-event');
    }
  },
};
