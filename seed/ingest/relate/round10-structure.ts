/**
 * Structure relationships of round 10: constructions of what a state body belongs to and who
 * serves in one, that the older families do not read.
 * - "Kenya’s National Intelligence Organisation (NIO) said", "Russia’s FSB security service" → the
 *   body PART_OF the country, where stage cluster typed the body an organisation: its name holds a
 *   word of a state body ("Intelligence", "Agency", "Ministry") or a state body's kind noun follows
 *   it ("security service", "spy agency"). (A government body is read by pair-rules' possessive-body.)
 * - "X, a colonel in Kenya’s Tolva security service", "X, an officer with the Tolva Guard" → X
 *   WORKS_FOR the body (a rank or a post of the uniformed and secret services, then in/with/of).
 * - "X, one of the group’s coordinators", "A and B, two of Acme’s engineers" → the role the plural
 *   title gives (one of several: never the head); "Peru and Chile, the last two of the bloc’s 30
 *   members" → each country PART_OF the bloc.
 * - "Kavra, the train protection system developed by the Tolva Railways", "Vela-1, a small satellite
 *   built by Acme" → the maker DEVELOPS it (the thing may have been typed an organisation by stage
 *   cluster: the apposition's noun says it is a thing, not a body);
 * - "B, the Lima-based group that owns C", "C is owned by B and managed by D" → C PART_OF B (a body), or B
 *   and D DEVELOPS C (a project: a ship, a plant).
 * - "Peru becomes the bloc’s 31st member", "Chile became the newest member of the Tolva Pact" → the
 *   country PART_OF the bloc (a present or past accession; "will become", "hopes to become" give nothing).
 * Each rule is gated by a word of the sentence (words.ts) before its pattern runs; patterns are compiled once.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { kindReferent, kindTypes } from './roles';
import { NOT_HELD, isTitle, officeDescription, roleOf } from './titles';
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
    const c = s.text.charCodeAt(ms[j]!.end - s.start);
    if (country?.type !== 'COUNTRY' || (c !== 0x2019 && c !== 0x27) || !POSSESSIVE_GAP.test(local(ms[j]!.end, ms[j + 1]!.start))) continue;
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
    if (person?.type !== 'PERSON' || s.text.charCodeAt(ms[j]!.end - s.start) !== 0x2c) continue;
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

// --- "X, one of the group’s coordinators", "A and B, two of Acme’s engineers" -----------------------------
const ONE_OF_RUNS = cueWords(['one', 'two', 'three', 'four', 'five', 'both', 'among']);
/** Between the last holder and the owner: the count and "of", then "the <kind noun>’s" (group 1) or nothing (a named owner follows). */
const ONE_OF = /^,\s+(?:one|two|three|four|five|both|among|(?:the\s+)?(?:last|first|other|only)\s+(?:one|two|three|four|five))\s+of\s+(?:the\s+(\p{Ll}+)[’']s\s+)?/u;
/** After the owner's possessive: an optional count, up to two modifiers and the plural noun (then no more noun). */
const PLURAL_AFTER = /^(?:\d+\s+)?((?:\p{Ll}[\p{L}\-]*\s+){0,2}?)(\p{Ll}[\p{L}\-]*(?:men|women|s))(?![\p{L}’'\-])(?!\s+(?:of|for|in|at)\s)/u;
const HOLDERS_OF: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY', 'COUNTRY'];

/** The singular of a plural noun of a title: "coordinators" → "coordinator", "spokesmen" → "spokesman", "secretaries" → "secretary". */
function singular(noun: string): string {
  if (noun.endsWith('men')) return `${noun.slice(0, -3)}man`;
  if (noun.endsWith('women')) return `${noun.slice(0, -5)}woman`;
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.slice(0, -1);
}

/** The mentions joined to the one at `j` by ", " or " and " before it ("A, B and C"), of the same entity type, in text order. */
function coordinated(ctx: RelateContext, { ms, local }: SentenceScope, j: number, type: EntityType): DocMention[] {
  const out = [ms[j]!];
  for (let k = j - 1; k >= 0; k--) {
    if (entityOf(ctx, ms[k])?.type !== type || !/^(?:,\s+|,?\s+and\s+)$/u.test(local(ms[k]!.end, ms[k + 1]!.start))) break;
    out.unshift(ms[k]!);
  }
  return out;
}

/** The one entity of `types` the sentence right before `s` (same field) names ("… the Tolva Front turned its campaign …. X, one of the group’s …"). */
function onlyOfKindBefore(ctx: RelateContext, s: Sentence, types: readonly EntityType[]): DocEntity | undefined {
  const previous = ctx.sentences[s.index - 1];
  if (!previous || previous.index !== s.index - 1 || previous.field !== s.field) return undefined;
  let found: DocEntity | undefined;
  for (const m of ctx.mentions) {
    if (m.sentence !== previous.index) continue;
    const e = ctx.entities.get(m.entityId);
    if (!e || !types.includes(e.type)) continue;
    if (found && found.id !== e.id) return undefined;
    found = e;
  }
  return found;
}

function oneOfTheirs(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const first = entityOf(ctx, ms[j]);
    if ((first?.type !== 'PERSON' && first?.type !== 'COUNTRY') || s.text.charCodeAt(ms[j]!.end - s.start) !== 0x2c) continue;
    const after = s.text.slice(ms[j]!.end - s.start);
    const of = ONE_OF.exec(after);
    if (!of) continue;
    // The owner: "the <kind noun>’s" (its referent), or a body's name with its possessive right after "of".
    let owner: DocEntity | undefined;
    let rest: string;
    if (of[1]) {
      const types = kindTypes(of[1]);
      if (!types || types.includes('COUNTRY')) continue;
      owner = kindReferent(ctx, s, of[1]) ?? onlyOfKindBefore(ctx, s, types);
      rest = after.slice(of[0].length);
    } else {
      const at = ms[j]!.end + of[0].length;
      const named = ms.find((x) => x.start === at || x.start === at + 4);
      if (!named || (named.start !== at && !/^the\s$/iu.test(s.text.slice(at - s.start, named.start - s.start)))) continue;
      const possessive = /^[’']s\s+|^(?<=s)[’']\s+/u.exec(s.text.slice(named.end - s.start));
      if (!possessive) continue;
      owner = ctx.fill(named, HOLDERS_OF);
      rest = s.text.slice(named.end + possessive[0].length - s.start);
    }
    const plural = owner ? PLURAL_AFTER.exec(rest) : null;
    if (!owner || !plural || NOT_HELD.test(plural[1]!) || /\b(?:former|ex)\b/u.test(plural[1]!) || !described(local(s.start, ms[j]!.end) + after.slice(0, of[0].length))) continue;
    const title = `${plural[1]!}${singular(plural[2]!)}`;
    const holders = coordinated(ctx, scope, j, first.type);
    if (first.type === 'COUNTRY') {
      if (singular(plural[2]!) !== 'member' || owner.type !== 'ORGANIZATION') continue;
      for (const h of holders) ctx.add(entityOf(ctx, h)!, 'PART_OF', owner, s, 0.6, 'one-of-the-members');
      continue;
    }
    if (!isTitle(title)) continue;
    const type = roleOf(title, owner, false);
    if (type) for (const h of holders) ctx.add(entityOf(ctx, h)!, type, owner, s, 0.6, 'one-of-the-titles', officeDescription(type, title));
  }
}

// --- "Kavra, the train protection system developed by the Tolva Railways" -----------------------------
const MAKER_RUNS = cueWords(['developed', 'built', 'made', 'designed', 'manufactured', 'produced', 'created']);
/** Between the thing and its maker: an apposition with its head noun (group 1), the participle and "by". */
const THING_MADE_BY = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d\-]*\s+){0,4}?(\p{Ll}+)\s+(?:(?:first|originally|jointly|partly|largely|mainly)\s+)?(?:developed|built|made|designed|manufactured|produced|created)\s+by\s+(?:the\s+)?$/u;
const MAKERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];

function thingMadeBy(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  for (let j = 0; j + 1 < ms.length; j++) {
    const thing = entityOf(ctx, ms[j]);
    if ((thing?.type !== 'PROJECT' && thing?.type !== 'ORGANIZATION') || s.text.charCodeAt(ms[j]!.end - s.start) !== 0x2c) continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    const head = THING_MADE_BY.exec(gap);
    // A body's kind noun ("a company created by", "a venture built by") makes the apposition a body's.
    if (!head || kindTypes(head[1]!) || /\b(?:former|planned|proposed|rival)\b/u.test(gap) || !described(gap)) continue;
    const maker = ctx.fill(ms[j + 1]!, MAKERS);
    if (maker && maker.id !== thing.id && !/^[’']s\b/u.test(s.text.slice(ms[j + 1]!.end - s.start))) ctx.add(maker, 'DEVELOPS', thing, s, 0.6, 'apposition-made-by');
  }
}

// --- "B, the Lima-based group that owns C", "C is owned by B and managed by D" ---------------------------
const OWN_RUNS = cueWords(['owns', 'owned', 'operated', 'managed']);
/** Between the owner and what it owns: its apposition (places glued to "-based" may stand inside it) and "that/which owns". */
const THAT_OWNS = /^,\s+(?:(?:the|a|an)\s+[^,;()]{0,60}?\s+)?(?:that|which)\s+(?:now\s+|also\s+|still\s+)?owns\s+(?:the\s+)?$/u;
/** Between the owned and its owner: a copula, "owned" (or "owned and operated", "operated", "managed") and "by". */
const IS_OWNED_BY = /^(?:\s*\([^()]{1,20}\))?(?:,\s+which)?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:now|also|still|jointly|wholly|partly|majority|privately)\s+)?(owned|operated|managed|run)(?:\s+and\s+(?:operated|managed|run))?\s+by\s+(?:the\s+)?$/u;
/** After the owner: "and managed by D" (a second party that runs the thing). */
const AND_RUN_BY = /^\s+and\s+(?:is\s+)?(?:operated|managed|run)\s+by\s+(?:the\s+)?$/u;
const OWNED_BODIES: readonly EntityType[] = ['ORGANIZATION', 'PUBLICATION', 'NEWS_AGENCY'];
const OWNERS: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'COUNTRY'];

/** Records that `owner` owns (or runs) `thing`: a body is PART_OF its owner (only an owner: one that runs it is not), a project is DEVELOPS-ed. */
function owns(ctx: RelateContext, s: Sentence, owner: DocEntity, thing: DocEntity, owned: boolean, rule: string): void {
  if (owner.id === thing.id) return;
  if (thing.type === 'PROJECT') ctx.add(owner, 'DEVELOPS', thing, s, 0.6, rule);
  else if (owned && OWNED_BODIES.includes(thing.type) && owner.type === 'ORGANIZATION') ctx.add(thing, 'PART_OF', owner, s, 0.6, rule);
}

function ownership(ctx: RelateContext, { s, ms, local }: SentenceScope): void {
  const byInText = s.text.includes(' by ');
  for (let j = 0; j + 1 < ms.length; j++) {
    const a = entityOf(ctx, ms[j]);
    if (!a) continue;
    // "B, the Lima-based group that owns C": the next mention that is not a place glued to "-based".
    let k = j + 1;
    while (k < ms.length && /^-based\b/u.test(s.text.slice(ms[k]!.end - s.start))) k++;
    const c = ms[k];
    if (c && OWNERS.includes(a.type) && s.text.charCodeAt(ms[j]!.end - s.start) === 0x2c) {
      const gap = local(ms[j]!.end, c.start);
      const thing = THAT_OWNS.test(gap) && described(gap) && !/\b(?:former|once|formerly|previously)\b/u.test(gap) ? entityOf(ctx, c) : undefined;
      if (thing && BODY_ENDS.test(s.text.slice(c.end - s.start))) owns(ctx, s, a, thing, true, 'that-owns');
    }
    // "C is owned by B (and managed by D)".
    if (!byInText) continue;
    const gap = local(ms[j]!.end, ms[j + 1]!.start);
    const by = IS_OWNED_BY.exec(gap);
    const owner = by ? ctx.fill(ms[j + 1]!, OWNERS) : undefined;
    if (!by || !owner || /\b(?:formerly|previously|once)\b/u.test(gap) || !described(local(s.start, ms[j + 1]!.start))) continue;
    const tail = s.text.slice(ms[j + 1]!.end - s.start);
    // "was owned by B until 2010": no longer.
    if (/^[^,.;]{0,30}\b(?:until|till|before)\b/u.test(tail)) continue;
    owns(ctx, s, owner, a, by[1] === 'owned', 'owned-by');
    const second = ms[j + 2];
    const other = second && AND_RUN_BY.test(local(ms[j + 1]!.end, second.start)) ? ctx.fill(second, OWNERS) : undefined;
    if (other) owns(ctx, s, other, a, false, 'owned-by');
  }
}

// --- "Peru becomes the Tolva Pact’s 31st member" ------------------------------------------------------
const BECOMES_RUNS = cueWords(['becomes', 'became', 'become']);
/** After the country: the accession verb (a present or past one). */
const BECOMES = /^\s+(?:(?:has|have|had)\s+)?(?:officially\s+|formally\s+)?(?:becomes|became|become)\s+/u;
/** An ordinal or "newest" and "member": after the bloc's possessive, or before "of <bloc>". */
const NTH = String.raw`(?:(?:\d+(?:st|nd|rd|th)|first|second|third|newest|latest|youngest|\p{Ll}+(?:st|nd|rd|th))\s+)?(?:full\s+)?member(?:\s+(?:state|country|nation))?`;
const NTH_MEMBER = new RegExp(`^[’']s\\s+${NTH}\\b(?!\\s+of\\b)`, 'u');
const NTH_MEMBER_OF = new RegExp(`^(?:the|a|an)\\s+${NTH}\\s+of\\s+(?:the\\s+)?$`, 'u');
/** "the alliance’s " after the verb: the bloc's kind noun (group 1). */
const KIND_OWNER = /^the\s+(\p{Ll}+)[’']s\s+/u;

function becomesMember(ctx: RelateContext, { s, ms, local, factual }: SentenceScope): void {
  for (let j = 0; j < ms.length; j++) {
    const country = entityOf(ctx, ms[j]);
    if (country?.type !== 'COUNTRY') continue;
    const after = s.text.slice(ms[j]!.end - s.start);
    const verb = BECOMES.exec(after);
    if (!verb || !factual(local(s.start, ms[j]!.end) + verb[0])) continue;
    const at = ms[j]!.end + verb[0].length;
    const next = ms[j + 1];
    let bloc: DocEntity | undefined;
    if (next && next.start >= at) {
      const between = local(at, next.start);
      // "… becomes the Tolva Pact’s 31st member" / "… became the newest member of the Tolva Pact".
      if ((/^(?:the\s+)?$/u.test(between) && NTH_MEMBER.test(s.text.slice(next.end - s.start))) || NTH_MEMBER_OF.test(between)) bloc = ctx.fill(next, ['ORGANIZATION']);
    }
    // "… became the alliance’s 31st member": the kind noun's referent.
    const kind = bloc ? null : KIND_OWNER.exec(after.slice(verb[0].length));
    if (kind && kindTypes(kind[1]!)?.includes('ORGANIZATION') && NTH_MEMBER.test(after.slice(verb[0].length + kind[0].length - 3))) bloc = kindReferent(ctx, s, kind[1]!);
    if (bloc) ctx.add(country, 'PART_OF', bloc, s, 0.6, 'becomes-member');
  }
}

function perSentence(ctx: RelateContext, scope: SentenceScope): void {
  const s: Sentence = scope.s;
  if (scope.conditional) return;
  // (The owner of "one of the group’s coordinators" may be named in the sentence before.)
  if (hasAnyRun(s, ONE_OF_RUNS) && s.text.includes(' of ')) oneOfTheirs(ctx, scope);
  if (hasAnyRun(s, BECOMES_RUNS) && s.text.includes('member')) becomesMember(ctx, scope);
  if (scope.ms.length < 2) return;
  if (s.text.includes('’s ') || s.text.includes("'s ")) countrysStateBody(ctx, scope, hasAnyRun(s, STATE_KIND_RUNS));
  if (hasAnyRun(s, RANK_RUNS)) rankInBody(ctx, scope);
  if (hasAnyRun(s, MAKER_RUNS) && s.text.includes(' by ')) thingMadeBy(ctx, scope);
  if (hasAnyRun(s, OWN_RUNS)) ownership(ctx, scope);
}

export const round10Structure: RelationRules = { name: 'round10-structure', gate: { types: ['COUNTRY', 'PERSON', 'ORGANIZATION', 'PROJECT'] }, perSentence };
