/**
 * Roles in the article's event named by a description rather than the event's name:
 * - "the Tolva Republic, the host country," / "Mombasa, the host city": the event the article's
 *   kind nouns refer to is HELD_IN the host;
 * - "X, the summit’s president" / "X, the conference’s chair": X ATTENDS that event.
 * Which event "the summit" is comes from the family `events` (eventOfKind: the only one of its
 * kind, or the last named before). A negation or hedge in the phrase gives nothing. Each pattern is
 * gated by a substring test before any regex runs.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, Sentence } from '../document';
import type { RelateContext, RelationRules } from './context';
import { eventOfKind, KIND_OF } from './events';

const HOSTS: readonly EntityType[] = ['COUNTRY', 'CITY', 'REGION'];
/** ", the host country" / ", the summit’s host nation" right after a place. */
const HOST_APPOSITION = /^,\s+(?:the|this\s+year[’']s|last\s+year[’']s)\s+(?:(summit|conference|talks|forum|congress|convention|meeting)(?:[’']s)?\s+)?host\s+(?:country|nation|city)\b/u;
/** ", the summit’s president" right after a person. */
const EVENT_ROLE = /^,\s+the\s+(summit|conference|talks|forum|congress|convention|meeting)[’']s?\s+((?:(?:incoming|outgoing|former|designated)\s+)?)(president|chair|chairman|chairwoman|chairperson|host|organiser|organizer)\b/u;

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

/** The event "the <noun>" stands for; else the article's one event of a meeting kind (talks or conference). */
function eventFor(ctx: RelateContext, s: Sentence, noun: string | undefined): DocEntity | undefined {
  const own = noun && KIND_OF[noun] ? eventOfKind(ctx, KIND_OF[noun]!, s) : undefined;
  if (own) return own;
  // "the summit" of an event named "… Forum": the article's one event of a meeting kind.
  const talks = eventOfKind(ctx, 'talks', s, true);
  const conference = eventOfKind(ctx, 'conference', s, true);
  return talks && conference && talks.id !== conference.id ? undefined : (talks ?? conference);
}

export const eventRoles: RelationRules = {
  name: 'event-roles',
  perSentence: (ctx, { s, ms, conditional }) => {
    const host = s.text.includes(' host ');
    const role = s.text.includes('’s ') || s.text.includes("'s ");
    if ((!host && !role) || conditional) return;
    for (const m of ms) {
      const e = ctx.entities.get(m.entityId);
      if (!e) continue;
      const after = s.text.slice(m.end - s.start);
      if (!after.startsWith(',')) continue;
      if (host && HOSTS.includes(e.type)) {
        const h = HOST_APPOSITION.exec(after);
        const event = h && described(h[0]) ? eventFor(ctx, s, h[1]) : undefined;
        if (event) ctx.add(event, 'HELD_IN', e, s, 0.6, 'host-country-apposition');
      } else if (role && e.type === 'PERSON') {
        const r = EVENT_ROLE.exec(after);
        // An incoming or designated president has not attended yet.
        const event = r && described(r[0]) && !/incoming|designated/u.test(r[2]!) ? eventFor(ctx, s, r[1]) : undefined;
        if (event) ctx.add(e, 'ATTENDS', event, s, 0.6, 'event-possessive-role');
      }
    }
  },
};
