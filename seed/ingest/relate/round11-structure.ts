/**
 * Structure relationships of round 11: constructions of who serves in a body or a country that the
 * older families do not read.
 * - "X, Norway’s trade minister, and Y, its health minister", "X, Acme’s chief executive, and Y, its
 *   finance director" → Y holds the role the second title gives in the owner of the first: "its" in
 *   a second apposition parallel to a possessive one stands for that possessive's owner (the older
 *   its-title rule reads "its" only for a body, and gives nothing when the sentence names several).
 * - "Judge X of the Tolva District Court", "Rear Admiral X of the Coast Guard" → X WORKS_FOR the body: a
 *   rank or a post written as a title before the name, then "of the" and the body (a head's title
 *   — chief, president, director — is left to the role families: it may lead the body).
 * - "X, an editor at Tolva Weekly", "X, 60, is a
 *   professor at the University of Tolva and an adjunct professor at Halden College" → the role the
 *   title gives in each body after "at" (an apposition, a second apposition after "and", or a copula).
 *   Only an indefinite title ("a", "an": one of the body's staff): "the head of flood monitoring at B"
 *   is left to the role families (a definite title may be a head's, and the keys split on them).
 * Each rule is gated by a word of the sentence (words.ts) before its pattern runs; patterns are compiled once.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { titleAt } from './roles';
import { NOT_HELD, isTitle, officeDescription, roleOf } from './titles';
import { cueWords, hasAnyRun } from './words';

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

// --- "X, Norway’s trade minister, and Y, its health minister" ------------------------------------------
const ITS_RUNS = cueWords(['its']);
/** Between the first person and the owner: the apposition's comma. */
const APPOSITION_OPENS = /^,\s+$/u;
/** Right after the owner: its possessive marker. */
const OWNER_POSSESSIVE = /^[’']s\s+/u;
/** After the first title: an optional short complement ("to the United States"), then ", and " before the second person. */
const AND_NEXT = /^(?:\s+(?:to|in|at|of|for|on)\s+[^,;()]{1,40})?,\s+and\s+$/u;
/** After the second person: ", its " before the second title. */
const ITS_TITLE = /^,\s+its\s+/u;
/** After the second title: the apposition's end (a comma, a complement, the sentence's end), not a noun phrase going on. */
const TITLE_ENDS = /^(?:[,.;:)]|\s*$|\s+(?:in|to|at|of|for|and)\s)/u;
const OWNERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];

function parallelIts(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 2 < ms.length; j++) {
    if (entityOf(ctx, ms[j])?.type !== 'PERSON' || !APPOSITION_OPENS.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const owner = ctx.fill(ms[j + 1]!, OWNERS);
    const possessive = OWNER_POSSESSIVE.exec(s.text.slice(ms[j + 1]!.end - s.start));
    if (!owner || !possessive) continue;
    const first = titleAt(s, ms[j + 1]!.end + possessive[0].length);
    if (!first) continue;
    // The second person: the first person mention after the first title (a complement may name a place between).
    const k = ms.findIndex((x, i) => i > j + 1 && x.start >= first.end && entityOf(ctx, x)?.type === 'PERSON');
    const second = ms[k];
    if (!second || !AND_NEXT.test(local(first.end, second.start))) continue;
    const person = entityOf(ctx, second)!;
    const its = ITS_TITLE.exec(s.text.slice(second.end - s.start));
    const title = its ? titleAt(s, second.end + its[0].length) : null;
    if (!title || NOT_HELD.test(title.text) || !TITLE_ENDS.test(s.text.slice(title.end - s.start)) || person.id === owner.id) continue;
    if (!described(local(ms[j]!.start, title.end))) continue;
    const type = roleOf(title.text, owner, true);
    if (type) ctx.add(person, type, owner, s, 0.6, 'parallel-its-title', officeDescription(type, title.text));
  }
}

// --- "Judge X of the Tolva District Court", "Rear Admiral X of the Coast Guard" ---------------------------
const TITLES_BEFORE = ['Judge', 'Justice', 'Magistrate', 'Admiral', 'General', 'Colonel', 'Major', 'Captain', 'Lieutenant', 'Sergeant', 'Commander', 'Inspector', 'Detective', 'Constable', 'Superintendent', 'Professor', 'Prosecutor', 'Commissioner', 'Officer', 'Agent'];
const TITLE_BEFORE_RUNS = cueWords(TITLES_BEFORE);
/** Right before the person: the title (with "Rear", "Vice", "Lieutenant", "Major", "Senior" before it), opening a phrase. */
const TITLE_BEFORE = new RegExp(`(?:^|[\\s(“"])(?:(?:Rear|Vice|Lieutenant|Major|Senior|Deputy|Assistant|Special)\\s+)?(?:${TITLES_BEFORE.join('|')})\\s+$`, 'u');
/** Before the title: "former", "retired" or "ex-" (no longer in the body). */
const NO_LONGER = /\b(?:former|retired|ex-|late)\s+$/iu;
/** Between the person and the body: "of the". */
const OF_THE = /^\s+of\s+the\s+$/u;
/** After the body: a pause, the end or a verb (not "of the Tolva Court’s ruling", not a longer name). */
const OF_BODY_ENDS = /^(?:\s*\(|[,.;:)]|\s*$|\s+(?:and|who|which|has|had|have|is|was|were|are|will|would|said|says|told|wrote|ruled|found|\p{Ll}+ed)\b)/u;
const TITLED_BODIES: readonly EntityType[] = ['GOVERNMENT_BODY', 'ORGANIZATION'];

function titledOfBody(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON' || !OF_THE.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const before = local(Math.max(s.start, ms[j]!.start - 50), ms[j]!.start);
    const title = TITLE_BEFORE.exec(before);
    if (!title || NO_LONGER.test(before.slice(0, title.index + 1)) || !described(local(s.start, ms[j + 1]!.end))) continue;
    const body = ctx.fill(ms[j + 1]!, TITLED_BODIES);
    if (body && OF_BODY_ENDS.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(person, 'WORKS_FOR', body, s, 0.6, 'title-name-of-body');
  }
}

// --- "X, an editor at Tolva Weekly", "X is a professor at the University of Tolva" -----------------------
const AT_RUNS = cueWords(['at']);
const TITLE_WORDS = String.raw`(\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,6}?)`;
/** Between the person and the body: an apposition (perhaps a second one after "and") with the title and "at". */
const APPOSITION_AT = new RegExp(String.raw`^,\s+(?:(?:a|an|the)\s+[^,;()]{0,60}?\s+and\s+)?(a|an)\s+${TITLE_WORDS}\s+at\s+(?:the\s+)?$`, 'u');
/** … or a copula (after an age and a short clause): "X, 60, was born in Peru and is a professor at the". */
const COPULA_AT = new RegExp(String.raw`^(?:,\s+\d{1,3},)?(?:\s+[^,;()]{0,40}?\s+and)?\s+(?:is|was)\s+(?:also\s+|now\s+)?(a|an)\s+${TITLE_WORDS}\s+at\s+(?:the\s+)?$`, 'u');
/** Between one body and the next: a second title held at the next one. */
const AND_AT = new RegExp(String.raw`^\s+and\s+(a|an)\s+${TITLE_WORDS}\s+at\s+(?:the\s+)?$`, 'u');
/** After the body: not its possessive, nor a longer name. */
const AT_BODY_ENDS = /^(?![’']s\b)(?:\s*\(|[,.;:)]|\s*$|\s+\p{Ll})/u;
const AT_BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];

/** Records the role "a <title> at <body>" gives, unless the title is not held (yet or any more). */
function roleAt(ctx: RelateContext, s: Sentence, person: DocEntity, title: string, m: DocMention): boolean {
  if (!isTitle(title) || NOT_HELD.test(title) || /\b(?:former|ex|retired|visiting)\b/u.test(title)) return false;
  const body = ctx.fill(m, AT_BODIES);
  if (!body || !AT_BODY_ENDS.test(s.text.slice(m.end - s.start))) return false;
  const type = roleOf(title, body, false);
  if (type) ctx.add(person, type, body, s, 0.6, 'title-at-body', officeDescription(type, title));
  return type !== null;
}

function titleAtBody(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    // The body: the first mention after the person whose gap reads as the title and "at".
    for (let k = j + 1; k < ms.length; k++) {
      const gap = local(ms[j]!.end, ms[k]!.start);
      const at = APPOSITION_AT.exec(gap) ?? COPULA_AT.exec(gap);
      if (entityOf(ctx, ms[k])?.type === 'PERSON') break;
      if (!at || !described(gap)) continue;
      if (!roleAt(ctx, s, person, at[2]!, ms[k]!)) break;
      // "… and an adjunct professor at Halden College".
      for (let n = k + 1; n < ms.length; n++) {
        const next = AND_AT.exec(local(ms[n - 1]!.end, ms[n]!.start));
        if (!next || !roleAt(ctx, s, person, next[2]!, ms[n]!)) break;
      }
      break;
    }
  }
}

function perSentence(ctx: RelateContext, scope: SentenceScope): void {
  if (scope.conditional || scope.ms.length < 2) return;
  if (hasAnyRun(scope.s, TITLE_BEFORE_RUNS) && scope.s.text.includes(' of the ')) titledOfBody(ctx, scope);
  if (hasAnyRun(scope.s, AT_RUNS)) titleAtBody(ctx, scope);
  if (scope.ms.length < 3) return;
  if (hasAnyRun(scope.s, ITS_RUNS) && (scope.s.text.includes('’s ') || scope.s.text.includes("'s "))) parallelIts(ctx, scope);
}

export const round11Structure: RelationRules = { name: 'round11-structure', gate: { types: ['PERSON'] }, perSentence };
