/**
 * Structure relationships of round 10: constructions of what a state body belongs to and who
 * serves in one, that the older families do not read.
 * - "Kenya’s National Intelligence Organisation (NIO) said", "Russia’s FSB security service" → the
 *   body PART_OF the country, where stage cluster typed the body an organisation: its name holds a
 *   word of a state body ("Intelligence", "Agency", "Ministry") or a state body's kind noun follows
 *   it ("security service", "spy agency"). (A government body is read by pair-rules' possessive-body.)
 * - "X, a colonel in Kenya’s Tolva security service", "X, an officer with the Tolva Guard" → X
 *   WORKS_FOR the body (a rank or a post of the uniformed and secret services, then in/with/of).
 * Each rule is gated by a word of the sentence (words.ts) before its pattern runs; patterns are compiled once.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { cueWords, hasAnyRun } from './words';

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);
const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

// --- "Kenya’s National Intelligence Organisation", "Russia’s FSB security service" -------------------
/** Words of a state body's name (not of an army: the keys do not part an army from its country alike). */
const STATE_NAME_WORDS = ['Intelligence', 'Security', 'Agency', 'Authority', 'Ministry', 'Bureau', 'Directorate', 'Department', 'Commission', 'Police', 'Inspectorate', 'Regulator'];
const STATE_NAME = new RegExp(`(?:^|\\s)(?:${STATE_NAME_WORDS.join('|')})(?:\\s|$)`, 'u');
/** A state body's kind noun right after its name ("FSB security service", "Mossad spy agency"). */
const STATE_KIND_AFTER = /^\s+(?:(?:security|intelligence|spy|secret|counter-intelligence|counterintelligence|domestic|foreign|federal|national|state)\s+){1,2}(?:service|agency|police)\b/u;
const STATE_KIND_RUNS = cueWords(['service', 'agency', 'police']);
/** After the body (and its kind noun): its short form, a pause, the end, "and"/"or", a preposition or a verb (not "Acme’s Tolva Agency deal"). */
const BODY_ENDS = /^(?:\s*\(|[,.;:)]|\s*$|\s+(?:and|or|but|which|who|has|had|have|is|was|were|are|will|would|said|says|on|in|at|to|for|with|after|since|\p{Ll}+ed)\b)/u;
/** Before the country: a phrase's opening (the country's possessive is not the end of another name). */
const OWNER_OPENS = /(?:^|\s)(?:the|of|at|by|from|and|with|for|to|in|on|that|said|says)\s+$|^\s*$|,\s+$/iu;
const POSSESSIVE_GAP = /^[’']s\s+(?:own\s+)?$/u;
const STATE_BODY_TYPES: readonly EntityType[] = ['ORGANIZATION'];

function countrysStateBody(ctx: RelateContext, { s, ms, local }: SentenceScope, kindAfter: boolean): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const country = entityOf(ctx, ms[j]);
    if (country?.type !== 'COUNTRY' || !POSSESSIVE_GAP.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
    const body = entityOf(ctx, ms[j + 1]);
    if (!body || !STATE_BODY_TYPES.includes(body.type)) continue;
    let rest = s.text.slice(ms[j + 1]!.end - s.start);
    const kind = kindAfter ? STATE_KIND_AFTER.exec(rest) : null;
    if (!kind && !STATE_NAME.test(body.name)) continue;
    if (kind) rest = rest.slice(kind[0].length);
    if (!BODY_ENDS.test(rest) || !OWNER_OPENS.test(local(Math.max(s.start, ms[j]!.start - 12), ms[j]!.start))) continue;
    if (described(local(s.start, ms[j + 1]!.start))) ctx.add(body, 'PART_OF', country, s, 0.6, 'country-possessive-state-body');
  }
}

// --- "X, a colonel in Kenya’s Tolva security service" -----------------------------------------------
const RANKS = ['colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'corporal', 'officer', 'agent', 'operative', 'spy', 'soldier', 'brigadier', 'admiral', 'commander', 'inspector', 'detective', 'constable'];
const RANK_RUNS = cueWords(RANKS);
/** Between the person and the body (or the country whose possessive names it): the rank, then in/with/of. */
const RANK_IN = new RegExp(`^,\\s+(?:a|an)\\s+(?:(?:senior|junior|serving|veteran|decorated|career|retired|lieutenant|rear|vice|deputy|chief|intelligence|security|police|army|naval|military|undercover)\\s+){0,2}(?:${RANKS.join('|')})\\s+(?:in|with|of|from)\\s+(?:the\\s+)?$`, 'u');
const RANK_BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];

function rankInBody(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const person = entityOf(ctx, ms[j]);
    if (person?.type !== 'PERSON') continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    if (!RANK_IN.test(gap) || /\b(?:former|retired|ex)\b/u.test(gap) || !described(gap)) continue;
    // "a colonel in Kenya’s Tolva service": the body the country's possessive names.
    let k = j + 1;
    if (ctx.fill(ms[k]!, ['COUNTRY']) && ms[k + 1] && POSSESSIVE_GAP.test(local(ms[k]!.end, ms[k + 1]!.start))) k++;
    const body = ctx.fill(ms[k]!, RANK_BODIES);
    if (!body || !BODY_ENDS.test(s.text.slice(ms[k]!.end - s.start).replace(STATE_KIND_AFTER, ''))) continue;
    ctx.add(person, 'WORKS_FOR', body, s, 0.6, 'rank-in-body', null);
  }
}

function perSentence(ctx: RelateContext, scope: SentenceScope): void {
  const s: Sentence = scope.s;
  if (scope.conditional || scope.ms.length < 2) return;
  if (s.text.includes('’s ') || s.text.includes("'s ")) countrysStateBody(ctx, scope, hasAnyRun(s, STATE_KIND_RUNS));
  if (hasAnyRun(s, RANK_RUNS)) rankInBody(ctx, scope);
}

export const round10Structure: RelationRules = { name: 'round10-structure', gate: { types: ['COUNTRY', 'PERSON'] }, perSentence };
