/**
 * Round 12: event-centred reports (a match, a final), and who takes part in the article's event.
 *
 * - The article's match: the final event-names.ts added that the headline, the caption or the
 *   first sentence names ("in the Tolva Cup final at …"), else the one final a match report never
 *   names. `reportedMatch` gives it (one per document); the older rules of actions.ts that read
 *   "the occasion named last" (players, spectators) take it instead when there is one, since in a
 *   report an earlier final ("three years after their defeat in the 2031 final") is named in passing.
 * - Where it was played: the first sentence (or the caption) that gives the score or names the
 *   final, then "at <venue> (in <place>)" → the match HELD_IN the venue and the place.
 * - Who played in it: a person named in a clause that narrates the match (scored, saved, headed, a
 *   shot, a cross, a corner, a penalty, came on, took off, the break, "watched from the stands")
 *   ATTENDS the match. Not in a sentence of saying ("X, the coach, said his players …": what is said
 *   is not the act), nor under a condition or a counterfactual ("Had that shot gone in"), nor when the
 *   person's stretch of the clause dates itself to another time ("after Y for Peru in 1986") or to
 *   another time's event ("after the 2031 Cup"). A stretch that puts the act "in/of/at" another named
 *   event ("top scorer of the 2030 Cup", "He scored the winner in the 2029 final") gives that event.
 * - The spectators' list ("Among the spectators were A, …; B, …; and C") → the match (actions.ts).
 */
import type { DocEntity, DocMention, Sentence } from '../document';
import { NAMED_FINAL_RULE, UNNAMED_FINAL_RULE } from '../event-names';
import type { RelateContext, RelationRules, SentenceScope } from './context';

/** What players do in a match, as a report narrates it (also what brings a person on or off). */
const MATCH_ACT = /\b(?:scored|scores|scoring|score|scorer|saved|saves|shot|shots|fouled|brought\s+down|headed|header|volley|volleyed|converted|equalised|equalized|equaliser|equalizer|cancelled\s+out|canceled\s+out|came\s+on|came\s+off\s+the\s+bench|substitute|substituted|took\s+off|sent\s+off|penalty|penalties|shoot-out|goal|goals|goalless|hat-trick|cross|corner|kick|the\s+ball|the\s+pitch|the\s+net|a\s+post|the\s+post|the\s+bar|offside|touchline|from\s+the\s+stands|denied\s+by|the\s+break|the\s+restart|half-time|extra\s+time|\d+(?:st|nd|rd|th)\s+minute|lifted\s+the\s+trophy|lifting\s+the\s+trophy|appearance)\b/u;
const SAYING = /\b(?:said|says|say|told|tells|added|adds|insisted|admitted|conceded|argued|explained)\b/u;
const COUNTERFACTUAL = /\b(?:if|unless|had\s+(?:that|the|his|her|their)\b[^,;]*\bgone|would|could|might|without|not|never|n[’']t|hoped|hopes|expected|wanted)\b/iu;
/** A stretch dated to another time: "in 1966", "since 1986", "in December 2022", "of the 1950s". */
const OTHER_TIME = /\b(?:in|since|of|until|from|before|after|by)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:1[89]|20)\d\d(?:s)?\b(?!\s+\p{Lu})/u;

const matchByDoc = new WeakMap<readonly DocMention[], DocEntity | null>();

/** The article's match (see the file comment), once per document. */
export function reportedMatch(ctx: RelateContext): DocEntity | undefined {
  let e = matchByDoc.get(ctx.mentions);
  if (e === undefined) matchByDoc.set(ctx.mentions, (e = findMatch(ctx) ?? null));
  return e ?? undefined;
}

function findMatch(ctx: RelateContext): DocEntity | undefined {
  const finals = [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && (e.rule === NAMED_FINAL_RULE || e.rule === UNNAMED_FINAL_RULE));
  if (finals.length === 0) return undefined;
  const lead = ctx.sentences.find((s) => s.field === 'BODY');
  const front = (m: DocMention) => m.field === 'TITLE' || m.field === 'IMAGE_CAPTION' || (lead !== undefined && m.sentence === lead.index);
  const named = finals.filter((e) => e.rule === NAMED_FINAL_RULE && ctx.mentions.some((m) => m.entityId === e.id && front(m)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  return finals.find((e) => e.rule === UNNAMED_FINAL_RULE);
}

const isPerson = (ctx: RelateContext, m: DocMention) => ctx.entities.get(m.entityId)?.type === 'PERSON';

/** The ";"-clause of a sentence around an offset of its field: [from, to) as field offsets. */
function clauseAround(s: Sentence, at: number): [number, number] {
  const rel = at - s.start;
  const before = s.text.lastIndexOf(';', rel);
  const after = s.text.indexOf(';', rel);
  return [s.start + before + 1, s.start + (after === -1 ? s.text.length : after)];
}

function matchPlayers(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms, local } = scope;
  if (scope.conditional || SAYING.test(s.text) || !MATCH_ACT.test(s.text)) return;
  const people = ms.filter((m) => isPerson(ctx, m));
  const events = ms.filter((m) => ctx.entities.get(m.entityId)?.type === 'EVENT' && m.entityId !== match.id);
  // "He scored …": the person named last before the sentence, when the sentence names none before its verb.
  const subjects: Array<{ entity: DocEntity; start: number; end: number }> = people.map((m) => ({ entity: ctx.entities.get(m.entityId)!, start: m.start, end: m.end }));
  const pronoun = /^(?:He|She)\b/u.exec(s.text);
  if (pronoun) {
    const id = ctx.lastOf(s, ['PERSON']);
    const e = id ? ctx.entities.get(id) : undefined;
    if (e) subjects.unshift({ entity: e, start: s.start, end: s.start + pronoun[0].length });
  }
  for (let k = 0; k < subjects.length; k++) {
    const p = subjects[k]!;
    const [from, to] = clauseAround(s, p.start);
    const clause = local(from, to);
    if (!MATCH_ACT.test(clause) || COUNTERFACTUAL.test(clause)) continue;
    // The person's stretch: from the clause (or the person before) to the next person of the clause.
    const next = subjects.slice(k + 1).find((x) => x.start >= p.end && x.start < to);
    const stretchEnd = next ? next.start : to;
    const stretch = local(p.start, stretchEnd);
    if (OTHER_TIME.test(stretch)) continue;
    let target: DocEntity | undefined = match;
    for (const ev of events) {
      if (ev.start < p.end || ev.start >= stretchEnd) continue;
      const lead = local(Math.max(from, ev.start - 12), ev.start);
      if (/\b(?:after|before|since|until)\s+(?:the\s+)?$/u.test(lead)) target = undefined;
      else if (/\b(?:in|of|at|during)\s+(?:the\s+)?$/u.test(lead) && target === match) target = ctx.entities.get(ev.entityId);
    }
    if (target) ctx.add(p.entity, 'ATTENDS', target, s, 0.5, 'round12-match-player');
  }
}

/** "… beating Peru 2-1 in the X final at the Y Stadium in Z", and the caption's "at Y": the venue and its place. */
function matchVenue(ctx: RelateContext, scope: SentenceScope, match: DocEntity) {
  const { s, ms, local } = scope;
  const lead = ctx.sentences.find((x) => x.field === 'BODY');
  const inLead = lead !== undefined && s.index === lead.index;
  if (!inLead && s.field !== 'IMAGE_CAPTION') return;
  const own = ms.find((m) => m.entityId === match.id);
  if (inLead && !own && !/\b\d{1,2}[-\u2013]\d{1,2}\b/u.test(s.text)) return;
  if (s.field === 'IMAGE_CAPTION' && own === undefined && match.rule !== UNNAMED_FINAL_RULE) return;
  const anchor = own && !inLead ? own.end : s.start;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.start < anchor) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || !['PROJECT', 'ORGANIZATION'].includes(e.type)) continue;
    const gap = local(anchor, m.start);
    // The venue right after "at (the)": the match's own "at", or the score's.
    if (!/\bat\s+(?:the\s+)?$/u.test(gap) || /[;:]/u.test(gap) || /\b(?:after|before|since)\s+the\s+\p{Lu}/u.test(gap)) continue;
    const place = ms[k + 1];
    const placeEntity = place ? ctx.entities.get(place.entityId) : undefined;
    const inPlace = place && placeEntity && ['CITY', 'COUNTRY', 'REGION'].includes(placeEntity.type) && /^\s+in\s+$/u.test(local(m.end, place.start));
    if (e.type === 'ORGANIZATION' && !inPlace) continue;
    ctx.add(match, 'HELD_IN', e, s, 0.6, 'round12-match-venue');
    if (inPlace) ctx.add(match, 'HELD_IN', placeEntity, s, 0.6, 'round12-match-venue');
    return;
  }
}

export const round12Events: RelationRules = {
  name: 'round12-events',
  gate: { types: ['PERSON', 'PROJECT', 'ORGANIZATION'] },
  perSentence: (ctx, scope) => {
    const match = reportedMatch(ctx);
    if (!match) return;
    matchVenue(ctx, scope, match);
    matchPlayers(ctx, scope, match);
  },
};
