/**
 * Round 12 role and body rules.
 * - A body described by its country and its field before it is named: "Tolva’s banking regulator
 *   fined Acme", "Tolva’s data protection watchdog, the Tolva Data Protection Office, …" → the body
 *   the article names whose name holds the field's words ("Data Protection Office") is PART_OF the
 *   country, and the description as the subject of "fined X" → the body FINES X (the pair rule
 *   `fine-verb` then leaves the country out, see `describedBodyAfter`). A field word that no name
 *   holds, or two bodies that hold it, give nothing ("Tolva’s regulator fined Acme" stays the
 *   country's, as the pair rule reads it).
 * - A person who heads a part of a body, "at" it: "X, who heads the Tolva project at the Orsk
 *   Institute", "X, the head of flood monitoring at the Met Bureau" → X WORKS_FOR the body (heading
 *   the part is a job at the body, not leading it).
 * - A job at a company or club named after its city, whose short form stage cluster read as the
 *   city: "X, Tolva’s chief executive" (Tolva a city, "Tolva Air Lines" the article's one organisation
 *   with that word in its name) → X LEADS the organisation; "X, Tolva’s goalkeeper" → WORKS_FOR.
 * - A capitalised title after a name: "X, the Speaker of the Tolva Assembly" → the role its title
 *   gives in the body (titles.ts); "X, the Data Protection Commissioner" with a "Data Protection
 *   Commission" in the article → X LEADS the commission (the one body whose name holds the title's
 *   field words and ends in the title's stem).
 * - A national office with no country after a name: "X, the prime minister, said", "X, the acting
 *   president, who …" → X holds it in the story's country: the one country the headline names, when
 *   the article also names it more often than any other (else none: "the president" of a story about
 *   two countries is nobody's here).
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES } from '../cues';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules, SentenceScope } from './context';
import { titleAt } from './roles';
import { NOT_HELD, officeDescription, roleOf } from './titles';
import { cueWords, hasAnyRun } from './words';

/** The kind nouns of a described regulator or agency. */
const BODY_KINDS = ['regulator', 'regulators', 'watchdog', 'authority', 'agency', 'commission', 'office', 'ombudsman'];
/** Right after a country: "’s data protection regulator" (the field words in group 1, the kind in group 2). */
const DESCRIBED_BODY = /^[’']s\s+((?:\p{Ll}[\p{L}\-]*\s+){1,3})(regulator|watchdog|authority|agency|commission|office|ombudsman)\b(?![’'\-])/u;
/** Field words that say nothing of which body is meant. */
const EMPTY_FIELD_WORDS: ReadonlySet<string> = new Set(['national', 'state', 'federal', 'main', 'top', 'chief', 'independent', 'own', 'new', 'former', 'official', 'government', 'public', 'powerful', 'senior', 'leading', 'the', 'and', 'of']);
const PLACES: readonly EntityType[] = ['COUNTRY', 'REGION', 'CITY'];
const BODIES: readonly EntityType[] = ['GOVERNMENT_BODY', 'ORGANIZATION'];
const FINED: readonly EntityType[] = ['PERSON', 'COUNTRY', 'GOVERNMENT_BODY', 'ORGANIZATION'];

const described = (phrase: string) => !NEGATION_CUES.test(phrase) && !HYPOTHETICAL_CUES.test(phrase);

const bodiesOf = new WeakMap<RelateContext, readonly DocEntity[]>();
/** The article's bodies (government bodies and organisations), in the entities' order. */
function articleBodies(ctx: RelateContext): readonly DocEntity[] {
  let found = bodiesOf.get(ctx);
  if (!found) bodiesOf.set(ctx, (found = [...ctx.entities.values()].filter((e) => BODIES.includes(e.type))));
  return found;
}

/** The words of a name or alias, lower-cased. */
const wordsOf = (name: string) => name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0);

/**
 * The body that "’s <field words> <kind>" right after `m` describes, with the description's length:
 * the one body of the article whose name (or an alias) holds every field word (at least one word
 * that says which field), else none.
 */
export function describedBodyAfter(ctx: RelateContext, s: Sentence, m: DocMention): { body: DocEntity; length: number } | undefined {
  const after = s.text.slice(m.end - s.start);
  const d = DESCRIBED_BODY.exec(after);
  if (!d) return undefined;
  const field = d[1]!.trim().split(/\s+/u).filter((w) => !EMPTY_FIELD_WORDS.has(w));
  if (field.length === 0 || field.some((w) => w.length < 3)) return undefined;
  // Of the bodies whose name holds the field words, the one with the fewest other words ("Data Protection
  // Commission" before "European Data Protection Board"); two as close make it ambiguous.
  let found: DocEntity | undefined;
  let best = Infinity;
  let tie = false;
  for (const e of articleBodies(ctx)) {
    if (e.id === m.entityId) continue;
    let extra = Infinity;
    for (const name of [e.name, ...e.aliases]) {
      const words = wordsOf(name);
      if (field.every((w) => words.includes(w))) extra = Math.min(extra, words.length - field.length);
    }
    if (extra === Infinity) continue;
    if (extra < best) [found, best, tie] = [e, extra, false];
    else if (extra === best) tie = true;
  }
  return found && !tie ? { body: found, length: d[0].length } : undefined;
}

/** After the description: its verb of fining and the one fined ("fined ", "has fined ", "on Monday fined "). */
const FINED_VERB = /^\s+(?:(?:has|had|also|on\s+\p{Lu}\p{Ll}+)\s+)?fined\s+(?:the\s+)?$/u;

function describedBodies(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const place = ctx.fill(m, PLACES);
    if (!place || place.type === 'CITY') continue;
    // "Acme Agency, Peru’s space agency": an apposition of the body named before it, which other rules read.
    const previous = ms[k - 1];
    if (previous && /^,\s+$/u.test(local(previous.end, m.start)) && ctx.fill(previous, BODIES)) continue;
    const found = describedBodyAfter(ctx, s, m);
    if (!found || found.body.id === place.id) continue;
    const end = m.end + found.length;
    if (!described(local(m.start, end))) continue;
    ctx.add(found.body, 'PART_OF', place, s, 0.6, 'country-described-body');
    const next = ms[k + 1];
    if (!next || next.start < end) continue;
    const fined = ctx.fill(next, FINED);
    if (fined && fined.id !== found.body.id && FINED_VERB.test(local(end, next.start)) && scope.factual(local(s.start, next.start))) ctx.add(found.body, 'FINES', fined, s, 0.6, 'described-body-fined');
  }
}

/** ", who heads the Tolva project at the " / ", the head of flood monitoring at " between a person and a body. */
const HEADS_PART_AT = /^,\s+(?:who\s+(?:(?:now|also|currently)\s+)?(?:heads|headed|leads|led|runs|ran|directs|directed|manages|managed|oversees|oversaw)\s+|(?:the|a|an)\s+(?:deputy\s+)?(?:head|director|chief|leader|manager)\s+of\s+)(?:the\s+|its\s+|a\s+)?[^,;:()“”"]{2,60}?\s+(?:at|within)\s+(?:the\s+)?$/u;
const PEOPLE: readonly EntityType[] = ['PERSON'];

function headsPartAt(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const person = ctx.fill(m, PEOPLE);
    if (!person) continue;
    // The body is the first name after the person that is no project (the part headed may be one: "the Tolva project").
    for (let j = k + 1; j < ms.length; j++) {
      const x = ctx.entities.get(ms[j]!.entityId);
      if (!x) break;
      if (x.type === 'PROJECT') continue;
      const body = ctx.fill(ms[j]!, BODIES);
      const gap = local(m.end, ms[j]!.start);
      if (body && HEADS_PART_AT.test(gap) && described(gap)) ctx.add(person, 'WORKS_FOR', body, s, 0.6, 'heads-part-at-body');
      break;
    }
  }
}

/** ", the prime minister," right after a person: a national office named without its country (group 1), closing the apposition. */
const BARE_NATIONAL_OFFICE = /^,\s+the\s+((?:former\s+|acting\s+|interim\s+)?(?:(?:vice-|deputy\s+)?(?:prime\s+minister|president|premier|chancellor)|(?:foreign|finance|defence|defense|interior|justice|health|energy|trade|economy|home|education|transport|agriculture)\s+(?:minister|secretary)|secretary\s+of\s+state|chief\s+cabinet\s+secretary))(?=\s*[,.;]|\s+(?:and|since|until|who)\b)/u;
const OFFICE_WORDS = ['minister', 'president', 'premier', 'chancellor', 'secretary'];

const storyCountries = new WeakMap<RelateContext, DocEntity | null>();
/** The story's country: the one country the headline names, if the article names it more often than any other country. */
function storyCountry(ctx: RelateContext): DocEntity | undefined {
  if (!storyCountries.has(ctx)) {
    const counts = new Map<string, number>();
    const headline = new Set<string>();
    for (const m of ctx.mentions) {
      if (ctx.entities.get(m.entityId)?.type !== 'COUNTRY') continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      if (m.field === 'TITLE') headline.add(m.entityId);
    }
    const [only] = headline;
    const mine = only === undefined ? 0 : counts.get(only)!;
    const leads = headline.size === 1 && [...counts].every(([id, n]) => id === only || n < mine);
    storyCountries.set(ctx, leads ? ctx.entities.get(only!)! : null);
  }
  return storyCountries.get(ctx) ?? undefined;
}

function bareNationalOffice(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms } = scope;
  for (const m of ms) {
    const person = ctx.fill(m, PEOPLE);
    if (!person) continue;
    const office = BARE_NATIONAL_OFFICE.exec(s.text.slice(m.end - s.start));
    if (!office || NOT_HELD.test(office[1]!) || !described(office[0])) continue;
    const country = storyCountry(ctx);
    if (!country) return;
    const title = office[1]!.replace(/\s+/gu, ' ');
    const type = roleOf(title, country, true);
    if (type) ctx.add(person, type, country, s, 0.5, 'bare-office+story-country', officeDescription(type, title));
  }
}

/** A player's or a coach's job after a club's possessive ("long-serving forward", "coach"). */
const SPORTS_ROLE = /^(?:(?:long-serving|veteran|first-choice|new|assistant|head|club)\s+)?(?:coach|manager|goalkeeper|keeper|captain|striker|forward|midfielder|defender|right-back|left-back|winger|playmaker)\b(?![’'\-])/u;
const POSSESSIVE_AFTER = /^(?:[’']s|(?<=s)[’'])\s+/u;

/** The article's one organisation whose name has `word` as one of its words (not the name itself), else none. */
function organisationNamedWith(ctx: RelateContext, word: string): DocEntity | undefined {
  const w = word.toLowerCase();
  let found: DocEntity | undefined;
  for (const e of articleBodies(ctx)) {
    if (e.type !== 'ORGANIZATION' || e.name.toLowerCase() === w || !wordsOf(e.name).includes(w)) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

function cityNamedJob(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k + 1 < ms.length; k++) {
    const m = ms[k]!;
    const c = ms[k + 1]!;
    const person = ctx.fill(m, PEOPLE);
    if (!person || ctx.entities.get(c.entityId)?.type !== 'CITY' || !/^,\s+$/u.test(local(m.end, c.start))) continue;
    const possessive = POSSESSIVE_AFTER.exec(s.text.slice(c.end - s.start));
    if (!possessive || /\s/u.test(c.text)) continue;
    const org = organisationNamedWith(ctx, c.text);
    if (!org) continue;
    const from = c.end + possessive[0].length;
    const title = titleAt(s, from);
    const sports = title ? null : SPORTS_ROLE.exec(s.text.slice(from - s.start));
    const text = title ? title.text : sports?.[0];
    if (!text || NOT_HELD.test(text) || !described(local(m.end, from + text.length))) continue;
    const type = title ? roleOf(text, org, true) : 'WORKS_FOR';
    if (type) ctx.add(person, type, org, s, 0.55, 'city-named-organisation-title', officeDescription(type, text));
  }
}

/** ", the Speaker of the " between a person and a body: a capitalised title of a body's head or office (group 1). */
const CAPITAL_TITLE_OF = /^,\s+the\s+((?:(?:Deputy|Vice|Acting|Former)[\s\-]+)?(?:Speaker|President|Chairman|Chairwoman|Chair|Secretary-General|Director-General|Director|Governor|Commissioner|Leader|Head|Ombudsman|Registrar|Chief Executive))\s+of\s+(?:the\s+)?$/u;
/** ", the Data Protection Commissioner," right after a person: the field words (group 1) and the office (group 2). */
const FIELD_COMMISSIONER = /^,\s+the\s+((?:\p{Lu}[\p{Ll}\-]+\s+){1,3})(Commissioner|Ombudsman|Registrar)(?=\s*[,.;)]|\s+(?:and|since|until|who|said)\b)/u;
const CAPITAL_TITLE_WORDS = ['Speaker', 'President', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Governor', 'Commissioner', 'Leader', 'Head', 'Ombudsman', 'Registrar', 'Executive', 'General'];

function capitalTitles(ctx: RelateContext, scope: SentenceScope) {
  const { s, ms, local } = scope;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const person = ctx.fill(m, PEOPLE);
    if (!person) continue;
    const next = ms[k + 1];
    const of = next ? CAPITAL_TITLE_OF.exec(local(m.end, next.start)) : null;
    const body = of ? ctx.fill(next!, BODIES) : undefined;
    if (body && of) {
      const title = of[1]!.toLowerCase();
      const type = NOT_HELD.test(title) || !described(of[0]) ? null : roleOf(title, body, true);
      if (type) ctx.add(person, type, body, s, 0.6, 'capitalised-title-of-body', type === 'LEADS' || type === 'WORKS_FOR' ? null : officeDescription(type, of[1]!));
      continue;
    }
    const office = FIELD_COMMISSIONER.exec(s.text.slice(m.end - s.start));
    if (!office || (next && next.start < m.end + office[0].length)) continue;
    const field = office[1]!.trim().toLowerCase().split(/\s+/u);
    const stem = office[2]!.toLowerCase();
    let found: DocEntity | undefined;
    let ambiguous = false;
    for (const e of articleBodies(ctx)) {
      const words = wordsOf(e.name);
      const last = words[words.length - 1] ?? '';
      if (last.length < 5 || !stem.startsWith(last) || !field.every((w) => words.includes(w))) continue;
      if (found) ambiguous = true;
      found = e;
    }
    if (found && !ambiguous && described(office[0])) ctx.add(person, 'LEADS', found, s, 0.55, 'field-commissioner-of-commission');
  }
}

const CUE_KINDS = cueWords(BODY_KINDS);
const CUE_CAPITAL_TITLES = cueWords(CAPITAL_TITLE_WORDS);
const CUE_OFFICES = cueWords(OFFICE_WORDS);
const CUE_HEADS = cueWords(['heads', 'headed', 'leads', 'led', 'runs', 'ran', 'directs', 'directed', 'manages', 'managed', 'oversees', 'oversaw', 'head', 'director', 'chief', 'leader', 'manager']);

export const round12Roles: RelationRules = {
  name: 'round12-roles',
  gate: { types: ['COUNTRY', 'REGION', 'PERSON'], words: [...CUE_KINDS, ...CUE_HEADS, ...CUE_OFFICES, ...CUE_CAPITAL_TITLES].map((w) => w.toLowerCase()) },
  perSentence: (ctx, scope) => {
    if (hasAnyRun(scope.s, CUE_OFFICES)) bareNationalOffice(ctx, scope);
    if (hasAnyRun(scope.s, CUE_CAPITAL_TITLES)) capitalTitles(ctx, scope);
    if (hasAnyRun(scope.s, CUE_KINDS)) describedBodies(ctx, scope);
    if (hasAnyRun(scope.s, CUE_HEADS)) headsPartAt(ctx, scope);
  },
};

/** The jobs at an organisation named after its city (a family of its own: its titles are any job word, so its gate is the city alone). */
export const round12Jobs: RelationRules = {
  name: 'round12-jobs',
  gate: { types: ['CITY'] },
  perSentence: cityNamedJob,
};
