/**
 * Alliances and partners named by a noun phrase (PARTNERS_WITH; a trading partner TRADES_WITH):
 * - an apposition with the other's possessive: "Peru, Kenya’s main ally", "Acme, Brix’s biggest partner",
 *   "Peru, one of Kenya’s closest allies";
 * - an apposition with "its": "the Unity Party … Tolva, its junior coalition partner" (the one party
 *   of the same kind named in the sentence, else in the sentence before);
 * - "the deep friendship between A and B" (a former friendship, or one being ended, gives nothing);
 * - "its alliance with Y" after the clause's subject: "Kenya has spent … deepening its alliance with
 *   Peru" (a capital standing for its government is its country).
 * A former or would-be partner ("its former ally", "a potential partner"), a negation or hedge in the
 * phrase, and an alliance being ended ("ending its alliance with") give nothing.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules } from './context';

/** The nouns of the family's patterns; the family's gate is built from them. */
const ALLY_NOUNS = ['ally', 'partner'] as const;
/** Their plurals, read after "one of" or "among" ("Peru, one of Kenya’s closest allies"). */
const ALLIES_NOUNS = ['allies', 'partners'] as const;
const ALLIANCE_NOUNS = ['alliance', 'partnership'] as const;
/** The noun of "the deep friendship between A and B" ("the alliance between A and B" is the pair rule `partnership-between`). */
const BETWEEN_NOUNS = ['friendship'] as const;

const PARTIES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
/** Up to three lower-case modifiers before the noun ("main", "junior coalition", "closest military"). */
const MODS = String.raw`((?:\p{Ll}[\p{L}\-]*\s+){0,3}?)`;
/** "’s main ally" right after the owner (sticky, so a lone apostrophe after a plural-looking name is seen). */
const POSSESSIVE_ALLY = new RegExp(`(?:[’']s|(?<=s)[’'])\\s+${MODS}(?:${ALLY_NOUNS.join('|')})\\b(?=[,.;)]|\\s+(?:and|in|since|for)\\b)`, 'uy');
/** The same with a plural noun, after "one of" or "among". */
const POSSESSIVE_ALLIES = new RegExp(`(?:[’']s|(?<=s)[’'])\\s+${MODS}(?:${ALLIES_NOUNS.join('|')})\\b(?=[,.;)]|\\s+(?:and|in|since|for)\\b)`, 'uy');
/** ", its junior coalition partner" right after a name. */
const ITS_ALLY = new RegExp(`^,\\s+(?:its|their)\\s+${MODS}(?:${ALLY_NOUNS.join('|')})\\b(?=[,.;)])`, 'u');
/** "its alliance with " right before the partner. */
const ITS_ALLIANCE = new RegExp(`(?:^|\\s)(?:its|their)\\s+${MODS}(?:${ALLIANCE_NOUNS.join('|')})\\s+with\\s+(?:the\\s+)?$`, 'u');
/** "the deep friendship between " right before the first partner. */
const BETWEEN = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]|[Aa]n|[Tt]heir|[Ii]ts)\\s+${MODS}(?:${BETWEEN_NOUNS.join('|')})\\s+between\\s+(?:the\\s+)?$`, 'u');
const BETWEEN_AND = /^\s+and\s+(?:the\s+)?$/u;
/** Modifiers that take the partnership away. */
const NOT_NOW = /\b(?:former|ex|erstwhile|one-time|onetime|previous|would-be|prospective|potential|possible|proposed|rival|estranged)\b/u;
/** Verbs that end an alliance rather than state it ("ending its alliance with"). */
const ENDING = /\b(?:end|ends|ended|ending|break|breaks|broke|breaking|quit|quits|quitting|left|leave|leaves|leaving|abandon\w*|dissolv\w*|scrap\w*|suspend\w*|sever\w*|cut|cuts|cutting)\s+(?:off\s+)?$/u;
const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const typeOfPartnership = (mods: string) => (/\btrad(?:e|ing)\b/u.test(mods) ? 'TRADES_WITH' : 'PARTNERS_WITH');

export const alliances: RelationRules = {
  name: 'alliances',
  // Every pattern needs one of its nouns.
  gate: { types: PARTIES, words: [...ALLY_NOUNS, ...ALLIES_NOUNS, ...ALLIANCE_NOUNS, ...BETWEEN_NOUNS] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      const x = ctx.fill(m, PARTIES);
      if (!x) continue;
      const next = ms[j + 1];
      const after = s.text.slice(m.end - s.start);
      // "Peru, Kenya’s main ally,": the owner is the name right after ", (the) ".
      const gap = next ? local(m.end, next.start) : '';
      const oneOf = /^,\s+(?:one\s+of|among)\s+$/u.test(gap);
      if (next && (oneOf || /^,\s+(?:the\s+)?$/u.test(gap))) {
        const re = oneOf ? POSSESSIVE_ALLIES : POSSESSIVE_ALLY;
        re.lastIndex = next.end - s.start;
        const ally = re.exec(s.text);
        const y = ally ? ctx.fill(next, PARTIES) : undefined;
        if (y && y.type === x.type && !NOT_NOW.test(ally![1]!) && described(ally![0])) ctx.add(x, typeOfPartnership(ally![1]!), y, s, 0.65, 'apposition-possessive-ally');
      }
      // "Tolva, its junior coalition partner,".
      const its = after.startsWith(',') ? ITS_ALLY.exec(after) : null;
      if (its && !NOT_NOW.test(its[1]!) && described(its[0])) {
        const y = sameKindBefore(ctx, s, ms, j, x);
        if (y) ctx.add(x, typeOfPartnership(its[1]!), y, s, 0.55, 'apposition-its-ally');
      }
      const before = local(Math.max(s.start, m.start - 60), m.start);
      // "the deep friendship between Kenya and Peru": the two named after "between".
      const between = before.endsWith(' between ') || before.endsWith(' between the ') ? BETWEEN.exec(before) : null;
      const other = between && next && BETWEEN_AND.test(local(m.end, next.start)) ? ctx.fill(next, PARTIES) : undefined;
      if (between && other && other.type === x.type && !NOT_NOW.test(between[1]!) && !ENDING.test(local(Math.max(s.start, m.start - between[0].length - 20), m.start - between[0].length + 1)) && factual(local(s.start, m.start))) {
        ctx.add(x, typeOfPartnership(between[1]!), other, s, 0.6, 'friendship-between');
      }
      // "… deepening its alliance with Peru": the partner is this mention; "its" the clause's subject.
      const alliance = before.endsWith(' with ') ? ITS_ALLIANCE.exec(before) : null;
      if (!alliance || NOT_NOW.test(alliance[1]!) || ENDING.test(local(Math.max(s.start, m.start - alliance[0].length - 20), m.start - alliance[0].length + 1))) continue;
      const itsAt = m.start - alliance[0].length;
      const subject = subjectBefore(ctx, s, ms, itsAt);
      const owner = subject ? ctx.fill(subject, PARTIES) : undefined;
      if (owner && owner.type === x.type && factual(local(subject!.start, m.start))) ctx.add(owner, typeOfPartnership(alliance[1]!), x, s, 0.6, 'its-alliance-with');
    }
  },
};

/**
 * What "its" stands for in "X, its partner": the one entity of X's type named before X in the
 * sentence; if none is, the one named in the sentence before (same field). Two make it ambiguous.
 */
function sameKindBefore(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], j: number, x: DocEntity): DocEntity | undefined {
  const one = (list: readonly DocMention[]) => {
    let found: DocEntity | undefined;
    for (const m of list) {
      const e = ctx.fill(m, PARTIES);
      if (!e || e.type !== x.type || e.id === x.id) continue;
      if (found && found.id !== e.id) return null;
      found = e;
    }
    return found;
  };
  const own = one(ms.slice(0, j));
  if (own !== undefined) return own ?? undefined;
  const previous = ctx.sentences[s.index - 1];
  if (!previous || previous.index !== s.index - 1 || previous.field !== s.field) return undefined;
  return one(ctx.mentions.filter((m) => m.sentence === previous.index)) ?? undefined;
}

/** The clause's subject before offset `at`: the last party named before it that a verb follows. */
function subjectBefore(ctx: RelateContext, s: Sentence, ms: readonly DocMention[], at: number): DocMention | undefined {
  let subject: DocMention | undefined;
  for (const m of ms) if (m.end <= at && ctx.fill(m, PARTIES)) subject = m;
  if (!subject) return undefined;
  const next = s.tokens.find((t) => t.start >= subject!.end);
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? subject : undefined;
}
