/**
 * Who takes part in the article's show: when the article has exactly one event that is a show (a
 * ceremony, gala, concert, festival, parade…, by the kind noun of its name or an alias), the people
 * a sentence puts on its stage ATTEND it:
 * - the subjects of a verb of performing or taking part: "Ada Orr, the Kenyan singer, sang …",
 *   "A, the …, and B, the …, lit the cauldron together", "A spoke before B declared the Games open"
 *   (both), "A handed the torch to B" (both), "A carried it … with three others: B, C and D";
 * - a list after "Among them were", when the sentence before is about performers ("… artists
 *   performed on bridges. Among them were A, the X singer, who …; B; and C").
 * And where the show goes: "a parade on the Tolva", "a procession through Lima" → the show HELD_IN
 * the place (the parade is the show's; a place a moment of it reaches is not).
 * Never for an article with no show or with several (which one would it be?), never for people a
 * sentence merely names, and never under a negation, condition or hedge ("was due to sing" is read by
 * the hedge cues, "did not perform" by the negation cues).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import { lastClause } from './clauses';
import type { RelateContext, RelationRules, SentenceScope } from './context';

/** Kind nouns of a show: an event whose name or alias holds one is a show. */
const SHOW_NOUNS: ReadonlySet<string> = new Set(['ceremony', 'gala', 'concert', 'festival', 'parade', 'show', 'celebration', 'celebrations', 'pageant', 'inauguration', 'coronation', 'jubilee']);
const TORCH = String.raw`(?:the\s+(?:[\p{Ll}\-]+\s+)?(?:cauldron|flame|torch|beacon))`;
/** Verbs of performing or taking part in a show (and what they need after them). */
const PERFORMED = new RegExp(
  String.raw`(?:^|\s)(?:performed|performs|sang|sings|danced|dances|recited|recites|paraded|parades|marched|(?:lit|lights)\s+${TORCH}|(?:carried|carries|bore)\s+(?:${TORCH}|it\b)|(?:handed|hands|passed|passes)\s+${TORCH}\s+to|(?:took|takes)\s+${TORCH}|spoke\s+(?:before|at|during)|(?:gave|delivered)\s+(?:a|the)\s+(?:[\p{Ll}\-]+\s+)?(?:speech|address)|declared\s+(?:the\s+)?[^,;.]{1,40}?\s+open)\b`,
  'gu',
);
/** The cheap test before PERFORMED runs: one of its verbs' stems. */
const PERFORM_STEMS = /\b(?:perform|sang|sing|danc|recit|parad|march|lit|light|carri|bore|hand|pass|took|take|spoke|gave|deliver|declared)/u;
/** From a subject to its verb: an apposition ("Ada Orr, the Kenyan singer, "), adverbs. */
const SUBJECT_GAP = /^(?:,\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}\-]*[’']s)\s+[^;]{1,110}?,)?\s+(?:(?:then|also|together|later|jointly|both|first|finally|briefly|once|moments\s+later)\s+)*$/u;
/** From one coordinated subject to the next: its apposition, then "and" or a comma. */
const COORDINATED = /^(?:,\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}\-]*[’']s)\s+[^;]{1,110}?)?(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** After the verb, the companions: "… by boat with three other greats: " / "… with ". */
const WITH_LIST = /^[^;.]{0,60}?\bwith\s+(?:[^:;.]{0,40}:\s+)?$/u;
/** Between listed people: ", ", " and ", "; and ", after at most an apposition or relative clause of the one before. */
const LIST_GAP = /^(?:(?:,\s+[^;]{1,120}?)?[;,]\s*(?:and\s+)?|\s+and\s+)$/u;
const PLAIN_LIST_GAP = /^\s*(?:,|and|, and)\s*$/u;
/** "Among them were ": a list of the performers the sentence before introduced. */
const AMONG = /^[“"]?\s*(?:Among|Joining)\s+(?:them|those|the\s+[\p{Ll}\-]+)\s+(?:were|was|are|is)\s+$/u;
const PERFORMERS = /\b(?:performed|performs|artists|performers|singers|musicians|dancers|torchbearers|speakers|athletes)\b/u;
const PEOPLE: readonly EntityType[] = ['PERSON'];
const PLACES: readonly EntityType[] = ['CITY', 'REGION', 'COUNTRY'];
/** "a (rain-soaked) parade on the ", "the procession through ": the show's route, right before a place. */
const PARADE_ON = /\b(?:parade|procession|flotilla|pageant|carnival)\s+(?:on|along|through|down|across|in)\s+(?:the\s+)?$/u;

const shows = new WeakMap<RelateContext, DocEntity | null>();
/** The article's one show event, or undefined when it has none or several. */
function showOf(ctx: RelateContext): DocEntity | undefined {
  let show = shows.get(ctx);
  if (show === undefined) {
    const found = [...ctx.entities.values()].filter((e) => e.type === 'EVENT' && [e.name, ...e.aliases].some((f) => f.toLowerCase().split(/\s+/).some((w) => SHOW_NOUNS.has(w))));
    shows.set(ctx, (show = found.length === 1 ? found[0]! : null));
  }
  return show ?? undefined;
}

/** The people before offset `at` who are the subject of the verb there: the last one, and those coordinated with it. */
function subjectsBefore(scope: SentenceScope, people: readonly DocMention[], at: number): DocMention[] {
  const { local } = scope;
  const before = people.filter((m) => m.end <= at);
  for (let k = before.length - 1; k >= 0; k--) {
    if (!SUBJECT_GAP.test(local(before[k]!.end, at))) continue;
    const out = [before[k]!];
    for (let i = k - 1; i >= 0 && COORDINATED.test(local(before[i]!.end, out[0]!.start)); i--) out.unshift(before[i]!);
    return out;
  }
  return [];
}

/** People listed from index `k` of `people` on, each gap matching `gap`. */
function listFrom(scope: SentenceScope, people: readonly DocMention[], k: number, gap: RegExp): DocMention[] {
  const out: DocMention[] = [];
  for (let i = k; i < people.length; i++) {
    if (i > k && !gap.test(scope.local(people[i - 1]!.end, people[i]!.start))) break;
    out.push(people[i]!);
  }
  return out;
}

export const participants: RelationRules = {
  name: 'participants',
  // Performers need a person, a parade's route a place.
  gate: { types: ['PERSON', ...PLACES] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, conditional } = scope;
    // The article's show is read once per document: without one, no sentence runs a regex.
    const show = conditional ? undefined : showOf(ctx);
    if (!show) return;
    const performs = PERFORM_STEMS.test(s.text);
    const among = s.text.startsWith('Among') || s.text.startsWith('Joining');
    const parade = /\b(?:parade|procession|flotilla|pageant|carnival)\b/u.test(s.text);
    if (!performs && !among && !parade) return;
    // "a parade on the Tolva": the show is held there.
    if (parade) {
      for (const m of ms) {
        const place = ctx.fill(m, PLACES);
        const head = local(Math.max(s.start, m.start - 60), m.start);
        if (!place || !PARADE_ON.test(head)) continue;
        // The clause around the route: "A procession through Lima could follow if …" is none.
        const clause = `${lastClause(local(s.start, m.start))} ${s.text.slice(m.end - s.start).split(/[,;:]/u)[0]}`;
        if (!NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause)) ctx.add(show, 'HELD_IN', place, s, 0.5, 'show-parade-route');
      }
    }
    const people = ms.filter((m) => ctx.fill(m, PEOPLE));
    if (people.length === 0) return;
    const stated = (at: number) => {
      const clause = lastClause(local(s.start, at));
      return !NEGATION_CUES.test(clause) && !HYPOTHETICAL_CUES.test(clause);
    };
    const attend = (m: DocMention, rule: string) => ctx.add(ctx.entities.get(m.entityId)!, 'ATTENDS', show, s, 0.5, rule);
    if (performs) {
      const prev = ctx.sentences[s.index - 1];
      const torchBefore = prev?.field === s.field && /\b(?:flame|torch)\b/u.test(prev.text);
      for (const v of s.text.matchAll(PERFORMED)) {
        const lead = v[0].length - v[0].trimStart().length;
        const at = s.start + v.index + lead;
        const end = s.start + v.index + v[0].length;
        // "carried it": the torch only when the sentence or the one before is about a flame or torch.
        if (/\bit$/u.test(v[0]) && !torchBefore && !/\b(?:flame|torch)\b/u.test(s.text)) continue;
        if (!stated(at)) continue;
        const subjects = subjectsBefore(scope, people, at);
        if (subjects.length === 0) continue;
        for (const m of subjects) attend(m, 'performed-at-show');
        // "handed the torch to B": B takes part too; "carried it … with three others: B, C and D".
        const next = people.find((m) => m.start >= end);
        if (!next) continue;
        const gap = local(end, next.start);
        const handed = /to$/u.test(v[0]) && /^\s+$/u.test(gap);
        if (handed || WITH_LIST.test(gap)) for (const m of listFrom(scope, people, people.indexOf(next), PLAIN_LIST_GAP)) attend(m, 'performed-at-show-with');
      }
    }
    // "Among them were A, the X singer, who …; B, the …; and C": after a sentence about performers.
    if (among) {
      const prev = ctx.sentences[s.index - 1];
      const first = people[0]!;
      if (!prev || prev.field !== s.field || !PERFORMERS.test(prev.text) || !AMONG.test(local(s.start, first.start))) return;
      for (const m of listFrom(scope, people, 0, LIST_GAP)) attend(m, 'among-performers-at-show');
    }
  },
};
