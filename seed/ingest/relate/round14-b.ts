/**
 * Round 14 (b): sport teams, place chains, members of a body, an owner's site, contracts awarded and
 * a visit to a disaster's ruins. Each rule reads one grammatical frame, gated by its cue words:
 *
 * - a team member: "X, who rides for the Dutch team T", "X plays for T" (X WORKS_FOR T), and
 *   "Y's team-mate at T" (Y WORKS_FOR T; and X too in "X, a rider who is Y's team-mate at T");
 * - a place chain: "A, in C's B" (A PART_OF B, B PART_OF C, C a country);
 * - members: "The alliance's members include P, Q and R" (each PART_OF the one body of the document
 *   whose name holds the noun), "Its members include …" (the body named last before);
 * - an owner's site: "S, the O launch site near …", "S, the O plant in …" (O DEVELOPS S);
 * - a contract awarded: "O awarded P a $2bn contract", "it awarded P a contract" (O SIGNS_AGREEMENT_WITH P);
 * - a craft's role in a mission: "to adapt X as the lander for its M mission" (X PART_OF M);
 * - a visit to ruins: "X tours the ruins of P", "X surveyed the wreckage in P" (X VISITS P).
 *
 * Never under a negation, condition or hedge in the clause (scope.factual).
 */
import type { EntityType } from '../../../src/generated/graphql';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';

const BODIES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY'];
const PLACES: readonly EntityType[] = ['CITY', 'REGION', 'COUNTRY'];

/** "…, who rides for the Dutch team " / " plays for " right before the team (after the person). */
const PLAYS_FOR = /^(?:,\s+\d{1,3},)?(?:,\s+who|\s+(?:now|still|also)?)?\s*(?:rides|rode|plays|played|races|raced|drives|drove|cycles|competes|competed|signed)\s+for\s+(?:the\s+)?(?:(?:[\p{Lu}\p{Ll}][\p{L}\-]*\s+){0,3}(?:team|side|club|squad|outfit)\s+)?$/u;
const PLAYS_WORDS = ['rides', 'rode', 'plays', 'played', 'races', 'raced', 'drives', 'drove', 'cycles', 'competes', 'competed', 'signed'];
/** "’s team-mate at " between the possessor and the team. */
const TEAM_MATE = /^[’']s\s+(?:former\s+|new\s+)?team-?mates?\s+(?:at|with|on)\s+(?:the\s+)?$/u;
/** "X, a British rider who is " before the possessor of "team-mate". */
const RELATIVE_IS = /^,\s+(?:a|an|the)\s+[^,;]{0,60}?\bwho\s+(?:is|was)\s+$/u;
/** "A, in " … "C’s " … "B": the possessive between the country and the part. */
const IN_BEFORE = /^,\s+in\s+$/u;
const MEASURED_FROM = /\b(?:of|from|near|outside|beyond|towards?)\s+(?:the\s+)?$/u;
const POSSESSIVE = /^[’']s\s+$/u;
/** "The alliance’s members include " / "Members of the alliance include " / "Its members include ". */
const MEMBERS = /(?:^|\s)(?:(?:the|The)\s+(\p{Ll}+)[’']s\s+members|(?:Its|its)\s+members|(?:[Mm]embers)\s+of\s+the\s+(\p{Ll}+))\s+(?:include|included|includes|are|were)\s+(?:the\s+)?$/u;
/** Between two listed members: ", ", ", and ", " and ". */
const LISTED = /^(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/u;
/** "S, the O launch site near" / "S, the O plant in": the owner's site (after the site, then after the owner). */
const SITE_OPEN = /^,\s+the\s+$/u;
const SITE_NOUN = /^\s+(?:launch\s+site|launch\s+complex|spaceport|test\s+site|plant|factory|refinery|mine|smelter|shipyard|terminal|facility|complex|base|campus|headquarters)\s+(?:near|in|at|outside|on|off|north|south|east|west)\b/u;
/** "awarded P a $2.9bn contract", "awarded P the contract", "awarded P contracts worth". */
const AWARDED = /(?:^|\s)(?:awarded|awards|granted|grants|gave)\s+$/u;
const CONTRACT_AFTER = /^\s+(?:a|an|the)\s+(?:[$€£¥]?[\d.,]+\s*(?:bn|m|billion|million|trillion)?\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:contract|contracts|deal|agreement)\b/u;
/** "adapt X as the lander for its " / "X will serve as the booster for the ". */
const AS_COMPONENT = /^\s+as\s+(?:the|a|an)\s+(?:[\p{Ll}\-]+\s+)?(?:lander|booster|launcher|engine|engines|module|stage|rocket|vehicle|capsule|orbiter|rover)\s+for\s+(?:its|the|their|his|her)\s+$/u;
/** "tours the ruins of ", "surveyed the wreckage in ". */
const RUINS_GAP = /^(?:,\s+[^;,]{1,80},)?\s+(?:(?:also|then|later|first|briefly)\s+)?(?:tours|toured|touring|visits|visited|visiting|surveys|surveyed|surveying|inspects|inspected|inspecting)\s+the\s+(?:[\p{Ll}\-]+\s+)?(?:ruins|wreckage|devastation|damage|remains|rubble|debris)\s+(?:of|in|at)\s+(?:the\s+)?$/u;

const entityOf = (ctx: RelateContext, m: DocMention | undefined): DocEntity | undefined => (m ? ctx.entities.get(m.entityId) : undefined);

function teams(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 1; j < ms.length; j++) {
    const team = entityOf(ctx, ms[j]);
    if (team?.type !== 'ORGANIZATION') continue;
    const prev = entityOf(ctx, ms[j - 1]);
    if (prev?.type !== 'PERSON') continue;
    const gap = local(ms[j - 1]!.end, ms[j]!.start);
    if (PLAYS_FOR.test(gap) && scope.factual(local(s.start, ms[j]!.start))) ctx.add(prev, 'WORKS_FOR', team, s, 0.7, 'plays-for-team');
    else if (TEAM_MATE.test(gap) && scope.factual(local(s.start, ms[j]!.start))) {
      ctx.add(prev, 'WORKS_FOR', team, s, 0.65, 'team-mate-at');
      const first = entityOf(ctx, ms[j - 2]);
      if (first?.type === 'PERSON' && RELATIVE_IS.test(local(ms[j - 2]!.end, ms[j - 1]!.start))) ctx.add(first, 'WORKS_FOR', team, s, 0.65, 'team-mate-at');
    }
  }
}

function chains(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 2; j < ms.length; j++) {
    const a = entityOf(ctx, ms[j - 2]);
    const c = entityOf(ctx, ms[j - 1]);
    const b = entityOf(ctx, ms[j]);
    if (!a || !b || !c || c.type !== 'COUNTRY' || (a.type !== 'CITY' && a.type !== 'REGION')) continue;
    // "in C’s B" names a place whatever B was typed as; a body or a person is no part of it.
    if (b.type === 'COUNTRY' || b.type === 'NEWS_AGENCY' || b.id === a.id) continue;
    if (!IN_BEFORE.test(local(ms[j - 2]!.end, ms[j - 1]!.start)) || !POSSESSIVE.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
    // "70km south-west of A, in C’s B": what lies in B is the thing measured from A, not A.
    if (!MEASURED_FROM.test(local(Math.max(s.start, ms[j - 2]!.start - 30), ms[j - 2]!.start))) ctx.add(a, 'PART_OF', b, s, 0.6, 'in-country-s-part');
    ctx.add(b, 'PART_OF', c, s, 0.6, 'in-country-s-part');
  }
}

/** The one body of the document whose name holds `noun` as a word ("alliance" → "Alliance of Tolva Producers"). */
function bodyNamed(ctx: RelateContext, noun: string): DocEntity | undefined {
  const word = new RegExp(String.raw`(?:^|[\s\-])${noun}(?:$|[\s\-])`, 'iu');
  let found: DocEntity | undefined;
  for (const e of ctx.entities.values()) {
    if (!BODIES.includes(e.type) || !word.test(e.name)) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

function members(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const first = entityOf(ctx, ms[j]);
    if (!first || !BODIES.includes(first.type)) continue;
    const before = local(s.start, ms[j]!.start);
    const cue = MEMBERS.exec(before);
    if (!cue || !scope.factual(before)) continue;
    const noun = cue[1] ?? cue[2];
    const body = noun ? bodyNamed(ctx, noun) : (() => {
      const id = ctx.lastOf(s, BODIES);
      return id ? ctx.entities.get(id) : undefined;
    })();
    if (!body) return;
    const listed = [first];
    for (let k = j + 1; k < ms.length; k++) {
      const e = entityOf(ctx, ms[k]);
      if (!e || !LISTED.test(local(ms[k - 1]!.end, ms[k]!.start))) break;
      if (BODIES.includes(e.type)) listed.push(e);
    }
    for (const e of listed) if (e.id !== body.id) ctx.add(e, 'PART_OF', body, s, 0.65, 'members-include');
    return;
  }
}

function sites(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 1; j < ms.length; j++) {
    const owner = entityOf(ctx, ms[j]);
    const site = entityOf(ctx, ms[j - 1]);
    if (!owner || !site || !BODIES.includes(owner.type) || (site.type !== 'PROJECT' && site.type !== 'ORGANIZATION') || site.id === owner.id) continue;
    if (!SITE_OPEN.test(local(ms[j - 1]!.end, ms[j]!.start))) continue;
    const after = s.text.slice(ms[j]!.end - s.start, ms[j]!.end - s.start + 40);
    if (SITE_NOUN.test(after)) ctx.add(owner, 'DEVELOPS', site, s, 0.6, 'owner-s-site');
  }
}

function contracts(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const winner = entityOf(ctx, ms[j]);
    if (!winner || !BODIES.includes(winner.type)) continue;
    const before = local(s.start, ms[j]!.start);
    if (!AWARDED.test(before) || !CONTRACT_AFTER.test(s.text.slice(ms[j]!.end - s.start)) || !scope.factual(before)) continue;
    // The giver: the body right before the verb in its clause, or for "it awarded", the body named last before the sentence.
    let giver: DocEntity | undefined;
    const prev = ms[j - 1];
    const prevE = entityOf(ctx, prev);
    if (prev && prevE && BODIES.includes(prevE.type) && /^\s+(?:(?:has|had|have|also|then|later|last\s+year)\s+)*(?:awarded|awards|granted|grants|gave)\s+$/u.test(local(prev.end, ms[j]!.start))) giver = prevE;
    else if (/(?:^|[\s,])it\s+(?:(?:has|had|also|then|later)\s+)*(?:awarded|awards|granted|grants|gave)\s+$/u.test(before) && !ms.slice(0, j).some((m) => BODIES.includes(entityOf(ctx, m)?.type as EntityType))) {
      const id = ctx.lastOf(s, BODIES);
      giver = id ? ctx.entities.get(id) : undefined;
    }
    if (giver && giver.id !== winner.id) ctx.add(giver, 'SIGNS_AGREEMENT_WITH', winner, s, 0.6, 'awarded-contract');
  }
}

function components(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 1; j < ms.length; j++) {
    const part = entityOf(ctx, ms[j - 1]);
    const whole = entityOf(ctx, ms[j]);
    if (part?.type !== 'PROJECT' || whole?.type !== 'PROJECT' || part.id === whole.id) continue;
    if (AS_COMPONENT.test(local(ms[j - 1]!.end, ms[j]!.start)) && scope.factual(local(s.start, ms[j - 1]!.start))) ctx.add(part, 'PART_OF', whole, s, 0.55, 'as-component-for');
  }
}

function ruins(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 1; j < ms.length; j++) {
    const place = entityOf(ctx, ms[j]);
    if (!place || !PLACES.includes(place.type)) continue;
    const before = local(ms[j - 1]!.end, ms[j]!.start);
    const visitor = entityOf(ctx, ms[j - 1]);
    if (visitor?.type !== 'PERSON' || !RUINS_GAP.test(before)) continue;
    if (scope.factual(local(s.start, ms[j]!.start))) ctx.add(visitor, 'VISITS', place, s, 0.7, 'visits-ruins-of');
  }
}

type Cue = (scope: SentenceScope) => boolean;
const anyWord = (words: readonly string[]): Cue => (scope) => words.some(scope.hasWord);
const AWARD_CUE = anyWord(['awarded', 'awards', 'granted', 'grants', 'gave']);
const SITE_WORDS = ['site', 'complex', 'spaceport', 'plant', 'factory', 'refinery', 'mine', 'smelter', 'shipyard', 'terminal', 'facility', 'base', 'campus', 'headquarters'];
const CUES: ReadonlyArray<readonly [Cue, (ctx: RelateContext, scope: SentenceScope) => void]> = [
  [(scope) => anyWord(PLAYS_WORDS)(scope) || /team-?mate/u.test(scope.s.text), teams],
  [(scope) => scope.hasWord('in') && /[’']s\s/u.test(scope.s.text), chains],
  [anyWord(['members']), members],
  [anyWord(SITE_WORDS), sites],
  [AWARD_CUE, contracts],
  [(scope) => scope.hasWord('as') && scope.hasWord('for'), components],
  [anyWord(['ruins', 'wreckage', 'devastation', 'damage', 'remains', 'rubble', 'debris']), ruins],
];

/** The round-14 (b) rules, each run on a sentence with one of its cue words and two mentions or more. */
export const round14B: RelationRules = {
  name: 'round14-b',
  perSentence: (ctx, scope) => {
    if (scope.ms.length === 0) return;
    // A contract awarded by "it" needs one mention in the sentence; every other rule two.
    if (scope.ms.length === 1) {
      if (AWARD_CUE(scope)) contracts(ctx, scope);
      return;
    }
    for (const [cue, rule] of CUES) if (cue(scope)) rule(ctx, scope);
  },
};
