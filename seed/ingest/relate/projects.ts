/**
 * Who develops a project, from the noun phrases that say whose it is:
 * - "The pipeline is a joint project of Acme, the Kenyan grid operator, and Bolt": each DEVELOPS it,
 *   and the partners of a joint project PARTNERS_WITH each other;
 * - "Tolva-2, a mission of the agency, …": the agency DEVELOPS it;
 * - "Kenya’s Tolva-2 probe", "… under its Tolva programme": the possessor DEVELOPS it;
 * - "the Vasko Laboratory (VL) in Lima, Peru, which built P": the relative clause's antecedent, the
 *   organisation before its short form and its place, DEVELOPS P (never a person named before it).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { ANAPHORA } from './pair-rules';
import { cueWords, hasAnyRun } from './words';

const OWNERS: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY'];
const PROJECT_NOUN = String.raw`(?:project|venture|undertaking|development|collaboration|initiative|programme|program|mission|scheme|partnership)`;
/** "<P> is a joint project of", "<P>, a mission of the". */
const IS_PROJECT_OF = new RegExp(String.raw`^(?:\s+(?:is|was|will be|has been|remains)\s+|,\s+)(?:a|an|the)\s+(joint\s+|shared\s+|common\s+)?${PROJECT_NOUN}\s+(?:of|by|between|led by|run by)\s+(?:the\s+)?$`, 'u');
/** The definite description of a project at the start of a sentence: "The pipeline is …". */
const SUBJECT_NOUN = /^(?:The|the|This|this)\s+([\p{Ll}]+)\s/u;
/** From one partner to the next: "and", or an apposition then "and" (", the Kenyan grid operator, and"). */
const NEXT_PARTNER = /^(?:,\s+(?:the|a|an)\s+[^,;]{1,60},)?\s*,?\s*(?:and|as well as)\s+(?:the\s+)?$|^,\s+(?:the\s+)?$/u;
const POSSESSIVE = /^[’']s\s+(?:[\p{Ll}\-]+\s+){0,2}$/u;
/** Modifiers after a possessive that take the ownership away. */
const NOT_OWN = /\b(?:former|ex|erstwhile|one-time|onetime|previous|rival|competing)\b/u;
const ITS = /\bits\s+(?:[\p{Ll}\-]+\s+){0,2}$/u;
/** "its base at X", "its plant in X": X is where its thing is, not a project of its own. */
const ITS_PLACE = /\bits\s+[\p{Ll}\-]+\s+(?:at|in|near|on|from|to|outside)\s+$/u;
/** A pronoun subject ("it", "they") of the clause before the first party it names. */
const IT_SUBJECT = /(?:^|\s)(?:[Ii]t|[Tt]hey)\s+(?:(?:has|had|have|also|then|later|now)\s+)*\p{Ll}+(?:ed|s)\s/u;
/** "<P>, a mission of the agency": the owner as a definite description. */
const OF_THE_OWNER = new RegExp(String.raw`^(?:\s+(?:is|was|will be|has been|remains)\s+|,\s+)(?:a|an|the)\s+(?:joint\s+|shared\s+|common\s+)?${PROJECT_NOUN}\s+(?:of|by|led by|run by)\s+the\s+(\p{Ll}+)`, 'u');
/** Nouns for the owner after "the" ("a mission of the agency"). */
const OWNER_ANAPHORA = /^(?:organisation|organization|agency|company|firm|group|ministry|government|department|commission)\b/u;

/** The verbs of a maker's relative clause, right before the project: ", which built P". */
const MAKER_VERBS = 'built|builds|developed|develops|designed|designs|made|makes|manufactures|manufactured|created|creates|constructed|constructs|operates|operated|runs|ran|launched|launches';
const RELATIVE_MAKER = new RegExp(String.raw`^,\s+(?:which|that)\s+(?:(?:also|has|had|have|first|originally)\s+)*(?:${MAKER_VERBS})\s+(?:the\s+)?$`, 'u');
const MAKER_WORD = new RegExp(String.raw`\b(?:${MAKER_VERBS})\b`, 'u');
/** MAKER_WORD's words, one of which a match is as a run of letters (words.ts): tested first. */
const MAKER_RUNS = cueWords(MAKER_VERBS.split('|'));
/** ", which ran the mission": the relative clause's object is the project last named (not "the mission of X"). */
const RELATIVE_MAKER_OF_THE = new RegExp(String.raw`,\s+(?:which|that)\s+(?:(?:also|has|had|have|first|originally)\s+)*(?:${MAKER_VERBS})\s+the\s+(\p{Ll}+)\b(?!\s+of\b)`, 'gu');
/** Project nouns that, after "which ran the", stand for the project last named. */
const RELATIVE_PROJECT_NOUNS: ReadonlySet<string> = new Set(['mission', 'probe', 'programme', 'program', 'telescope', 'satellite', 'rover', 'dam', 'tunnel', 'reactor', 'pipeline', 'project', 'spacecraft', 'railway', 'bridge']);
/** What may stand between the antecedent and the relative pronoun: its short form and its place ("(VL) in Lima, Peru"). */
const SHORT_FORM_GAP = /^\s*\(\s*$/u;
const PLACE_GAP = /^\)?(?:\s+in\s+(?:the\s+)?|,\s+)$/u;
const PLACES: ReadonlySet<EntityType> = new Set(['CITY', 'REGION', 'COUNTRY']);

export const projects: RelationRules = {
  name: 'projects',
  perSentence: (ctx, scope) => {
    jointProjects(ctx, scope);
    possessedProjects(ctx, scope);
    relativeMaker(ctx, scope);
  },
};

/** "A (SF) in P, Q, which built X": the antecedent A DEVELOPS X. */
function relativeMaker(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local, factual } = scope;
  if (!s.text.includes('which') && !s.text.includes('that')) return;
  if (!hasAnyRun(s, MAKER_RUNS) || !MAKER_WORD.test(s.text)) return;
  for (let j = 1; j < ms.length; j++) {
    const project = ctx.entities.get(ms[j]!.entityId);
    if (project?.type !== 'PROJECT') continue;
    const between = local(ms[j - 1]!.end, ms[j]!.start);
    if (!RELATIVE_MAKER.test(between) || !factual(between)) continue;
    const maker = antecedent(ctx, scope, j - 1);
    if (maker) ctx.add(maker, 'DEVELOPS', project, s, 0.6, 'relative-maker');
  }
  // "The Tolva Agency, which ran the mission, …": the project named last before.
  for (const m of s.text.matchAll(RELATIVE_MAKER_OF_THE)) {
    if (!RELATIVE_PROJECT_NOUNS.has(m[1]!)) continue;
    const at = s.start + m.index;
    let k = -1;
    for (let x = 0; x < ms.length && ms[x]!.end <= at; x++) k = x;
    // "the Tolva Agency (TA), which ran the mission": the short form's closing parenthesis before the comma.
    const closes = k >= 0 && ms[k]!.end === at - 1 && s.text[m.index - 1] === ')';
    if (k < 0 || (ms[k]!.end !== at && !closes) || !factual(s.text.slice(m.index, m.index + m[0].length))) continue;
    // The noun itself may be a mention ("the mission" as an alias): then the pass above read it.
    if (ms.some((x) => x.start > at && x.start < at + m[0].length)) continue;
    const id = ms.slice(0, k).filter((x) => ctx.entities.get(x.entityId)?.type === 'PROJECT').pop()?.entityId ?? ctx.lastOf(s, ['PROJECT']);
    const project = id ? ctx.entities.get(id) : undefined;
    const maker = antecedent(ctx, scope, k);
    if (project && maker) ctx.add(maker, 'DEVELOPS', project, s, 0.55, 'relative-maker-of-the');
  }
}

/**
 * The antecedent of a relative clause that opens after mention `k`: back over its place ("in Lima,
 * Peru") and its short form ("(VL)"), an owner; a place passed over is the antecedent's, never the maker.
 */
function antecedent(ctx: RelateContext, scope: SentenceScope, k: number): DocEntity | undefined {
  const { s, ms, local } = scope;
  const last = k;
  while (k > 0 && PLACES.has(ctx.entities.get(ms[k]!.entityId)!.type) && PLACE_GAP.test(local(ms[k - 1]!.end, ms[k]!.start))) k--;
  if (k > 0 && /^\s*\)/u.test(s.text.slice(ms[k]!.end - s.start)) && SHORT_FORM_GAP.test(local(ms[k - 1]!.end, ms[k]!.start))) k--;
  const maker = ctx.fill(ms[k]!, OWNERS);
  return maker && (k === last || !PLACES.has(ctx.entities.get(ms[k]!.entityId)!.type)) ? maker : undefined;
}

/** "The pipeline is a joint project of A, …, and B"; "P, a mission of the agency". */
function jointProjects(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  // The project: a mention, or "The pipeline" at the start of the sentence.
  const subjects: Array<{ project: DocEntity; end: number }> = [];
  for (const m of ms) {
    const e = ctx.entities.get(m.entityId);
    if (e?.type === 'PROJECT') subjects.push({ project: e, end: m.end });
  }
  const noun = SUBJECT_NOUN.exec(s.text);
  const kind = noun ? ANAPHORA[noun[1]!] : undefined;
  if (noun && kind?.includes('PROJECT')) {
    const last = ctx.lastOf(s, ['PROJECT']);
    const e = last ? ctx.entities.get(last) : undefined;
    if (e) subjects.push({ project: e, end: s.start + noun[0].trimEnd().length });
  }
  for (const { project, end } of subjects) {
    const rest = s.text.slice(end - s.start);
    const of = ms.find((m) => m.start >= end && IS_PROJECT_OF.test(local(end, m.start)));
    if (NEGATION_CUES.test(local(s.start, end))) continue;
    const owners: DocEntity[] = [];
    if (of) {
      let prev: DocMention = of;
      const first = ctx.fill(of, OWNERS);
      if (first) owners.push(first);
      for (const m of ms) {
        if (m.start <= prev.start) continue;
        if (/^[’']s\b/u.test(s.text.slice(m.end - s.start))) continue; // a possessor inside an apposition
        if (!NEXT_PARTNER.test(local(prev.end, m.start))) break;
        const e = ctx.fill(m, OWNERS);
        if (!e) break;
        owners.push(e);
        prev = m;
      }
    } else {
      // "…, a mission of the agency": the owner named last before the sentence.
      const at = OF_THE_OWNER.exec(rest);
      if (at && OWNER_ANAPHORA.test(at[1]!)) {
        const last = ctx.lastOf(s, OWNERS);
        const e = last ? ctx.entities.get(last) : undefined;
        if (e) owners.push(e);
      }
    }
    for (const o of owners) ctx.add(o, 'DEVELOPS', project, s, 0.65, 'project-of');
    const joint = of && /^(?:\s+\S+\s+|,\s+)(?:a|an|the)\s+(?:joint|shared|common)\s/u.test(local(end, of.start));
    if (joint) for (const o of owners.slice(1)) ctx.add(owners[0]!, 'PARTNERS_WITH', o, s, 0.6, 'joint-project-partners');
  }
}

/** Where the last clause of `text` starts: after its last comma, semicolon or dash followed by "and"/"but", or 0. */
function lastClauseStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/[,;:–—]\s+(?:and|but|while|whereas)\s+|[;:–—]\s+/gu)) at = m.index + m[0].length;
  return at;
}

/** A subject "it"/"they" and its verb right before a mention: the mention is the verb's object. */
const OBJECT_OF_IT = /(?:^|\s)(?:it|they)\s+(?:\p{Ll}+\s+){1,2}$/u;

/** "Kenya’s Tolva-2 probe", "its Tolva programme": the possessor DEVELOPS the project. */
function possessedProjects(ctx: RelateContext, scope: SentenceScope): void {
  const { s, ms, local } = scope;
  for (let j = 0; j < ms.length; j++) {
    const project = ctx.entities.get(ms[j]!.entityId);
    if (project?.type !== 'PROJECT') continue;
    const prev = ms[j - 1];
    if (prev && POSSESSIVE.test(local(prev.end, ms[j]!.start))) {
      // "Peru’s rival Tana mission": a rival or former project is not the possessor's own.
      if (NOT_OWN.test(local(prev.end, ms[j]!.start))) continue;
      const owner = ctx.fill(prev, OWNERS);
      if (owner) ctx.add(owner, 'DEVELOPS', project, s, 0.55, 'possessive-project');
      continue;
    }
    if (!ITS.test(local(s.start, ms[j]!.start)) || ITS_PLACE.test(local(s.start, ms[j]!.start))) continue;
    // "its": the owner named before it in its clause ("…, and Peru hopes to launch its X").
    // Two possible owners there ("A criticised B for its programme") leave it ambiguous.
    const clauseStart = s.start + lastClauseStart(local(s.start, ms[j]!.start));
    const inClause = ms.slice(0, j).filter((m) => m.start >= clauseStart);
    // "it awarded Acme a contract for its X mission": "its" is the pronoun subject's, not the party
    // named after it (the subject "it" before a verb, or "it" one or two words before the party).
    const lead = inClause.length > 0 ? local(clauseStart, inClause[0]!.start) : undefined;
    if (lead !== undefined && (IT_SUBJECT.test(lead) || OBJECT_OF_IT.test(lead))) continue;
    const owners = new Set(inClause.map((m) => ctx.fill(m, OWNERS)).filter((e) => e !== undefined));
    const owner = owners.size === 1 ? [...owners][0] : undefined;
    if (owner) ctx.add(owner, 'DEVELOPS', project, s, 0.5, 'its-project');
  }
}
