/**
 * Offices: from appositions and titles ("X, the Kenyan president", "Kenyan Transport Minister X"),
 * an office before the name ("Kenya’s foreign minister, X", "Acme chief executive X"), an office
 * of a named body ("X, the chairman of the Acme Group", "X, Acme’s chief executive") and "as
 * Kenya’s president".
 *
 * An office in a country is PRESIDENT_OF or HOLDS_OFFICE_IN; in an organisation or body, its head
 * ("the chairman of", "the administrator of") LEADS it, an office of a government body
 * ("a commissioner of") HOLDS_OFFICE_IN it, and any other job ("a spokesman for", "an engineer
 * at") WORKS_FOR it.
 */
import type { EntityType } from '../../../src/generated/graphql';
import { HYPOTHETICAL_CUES, NEGATION_CUES, OFFICE_NOUNS } from '../cues';
import { appositionAt } from '../cluster';
import { tokenEndingAt, tokenStartingAt } from '../segment';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules } from './context';
import { NOT_HELD, TITLE_ALTERNATION, isLocalOffice, officeDescription, roleOf } from './titles';

/** "X, the administrator of Y", "X, a spokesman for Y" and, without an article, "X, chief executive of Y". */
/** Lower-case words between "of the" and the body ("the leader of the main opposition Tolva Party"); no function word. */
const BODY_MODS = String.raw`(?:(?!(?:of|in|at|for|with|and|or|to|from|on|by|the|its|their)\s)\p{Ll}[\p{L}\-]*\s+){0,3}`;
/** A second title joined to the first ("chairman and chief executive"). */
const AND_TITLE = `(?:\\s+(?:and|&)\\s+(?:(?:former|acting|interim)\\s+)?(?:${TITLE_ALTERNATION}))?`;
const TITLE_OF = new RegExp(`^,\\s+(?:(the|a|an)\\s+((?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${TITLE_ALTERNATION})${AND_TITLE})|((?:(?:acting|interim|joint|former)\\s+)?(?:${TITLE_ALTERNATION})${AND_TITLE}))\\s+(?:of|at|for|with)\\s+(?:[Tt]he\\s+)?${BODY_MODS}`, 'u');
/** " and the founder of the " after the first title's body: a second title (group 2) of a body. */
const SECOND_TITLE_OF = new RegExp(`^\\s+and\\s+(the|a|an)\\s+((?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?(?:${TITLE_ALTERNATION}))\\s+(?:of|at|for)\\s+(?:[Tt]he\\s+)?`, 'u');
/** A name goes on after the mention ("the Farmer–Citizen Movement" cut after "Farmer"): the mention is a piece of it. */
const NAME_GOES_ON = /^(?:[\-–—]\p{Lu}|\s+\p{Lu}[\p{Ll}]|\s+\d+\s+\p{Lu})/u;
/** "Kenya’s vice-president, X", "Acme chief executive X", "Acme’s general counsel, X" (between the holder and the name). */
const OFFICE_BEFORE_NAME = new RegExp(`^(?:[’']s)?\\s+((?:[a-z\\-]+\\s){0,3}?(?:${TITLE_ALTERNATION}))(?:,\\s+|\\s+)$`, 'u');
const OWNED_BODY = /^[’']s\s+(?:the\s+)?/u;
/** A capitalised name right after an owner's possessive ("Tolva University’s Centre for …"): a body of its own. */
const OWNED_NAME = /^\p{Lu}\p{Ll}/u;
const BODY_TYPES: readonly EntityType[] = ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'];
/** A hyphenated title the apposition was cut inside ("the UN secretary" of "secretary-general"). */
const HYPHEN_TAIL = /^-\p{Ll}[\p{L}]*/u;
/** ", then the Kenyan prime minister," / ", then the US president." (not "then the chair of …": a body's office, read as an apposition). */
const THEN_OFFICE = new RegExp(`^,\\s+then\\s+(the|a|an)\\s+(\\p{Lu}[\\p{L}.]*)\\s+((?:[a-z\\-]+\\s+){0,2}?(?:${TITLE_ALTERNATION}))(?=[,.;)]|\\s+(?:and|who|when|said|says)\\b)`, 'u');
/** The capitalised titles of heads of state and government written before a name ("Kenya’s King Omar II"). */
const RULER_TITLES = 'King|Queen|Emir|Sultan|Crown Prince|President|Prime Minister|Supreme Leader|Grand Duke';
/** "’s King " between a country's possessive and the name. */
const RULER_BEFORE_NAME = new RegExp(`^[’']s\\s+(${RULER_TITLES})\\s+$`, 'u');
/** A name's mention that opens with the title ("King Omar II"). */
const RULER_IN_NAME = new RegExp(`^(${RULER_TITLES})\\s+\\p{Lu}`, 'u');
/** "X, who heads Y", "X, who works for Y". */
const RELATIVE_HEADS = /^,\s+(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+)?who\s+(?:now\s+|also\s+|currently\s+)?(heads|leads|runs|chairs|directs|works for|works at)\s+(?:the\s+)?/u;

/**
 * "X, the US attorney whose office brought the case": a national prosecutor's office named with the
 * country's name and "the" (one holder); "a US attorney" or "the Kenyan attorney" is a lawyer, not an office.
 */
const NATIONAL_ATTORNEY = /^,\s+the\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}]*)?)\s+attorney\b(?!\s+general|[\-’'])/u;

/** "Kenyan Transport Minister" right before a name: capitalised words ending at it. */
const TITLE_BEFORE = /(?:^|\s)([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s((?:[\p{Lu}][\p{L}]+\s?){1,4})$/u;
const SPACE = /\s/u;
const UPPER = /^\p{Lu}/u;

/**
 * What TITLE_BEFORE needs of the text from `from` to `to` (its end trimmed): a last word that opens
 * with a capital (its last group is capitalised words after a space). Tested first, from the end,
 * since most names follow "the", "said" or a comma.
 */
/** `\s` at `k` of `text`, by its code unit below 128 (tab to carriage return, space), else by the pattern. */
function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[k]!);
}

/** "the wife of Kenya’s president", "a son of the former king": the office is the relative's, not the person's. */
const KIN_OF = /^(?:the|a|an)\s+(?:\p{Ll}+\s+)?(?:wife|husband|widow|widower|son|daughter|mother|father|brother|sister|spouse|fiancée|fiancé|niece|nephew|grandson|granddaughter|grandmother|grandfather|cousin|stepson|stepdaughter|son-in-law|daughter-in-law)\s+of\s/u;

function capitalisedBefore(s: Sentence, from: number, to: number): boolean {
  const text = s.text;
  const lo = from - s.start;
  let k = to - s.start;
  while (k > lo && isSpace(text, k - 1)) k--;
  let j = k;
  while (j > lo && !isSpace(text, j - 1)) j--;
  if (j === k) return false;
  const c = text.charCodeAt(j);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text.slice(j, j + 2));
}

export const offices: RelationRules = {
  name: 'offices',
  // Every rule of the family needs such a mention.
  gate: { types: ['PERSON'] },
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const { entities, add, fill } = ctx;
    // Offices from appositions and titles: "X, the Kenyan president", "Kenyan Transport Minister X".
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const first = tokenStartingAt(s, m.start);
      const last = tokenEndingAt(s, m.end);
      if (first === -1 || last === -1) continue;
      const apposition = appositionAt(s, last);
      // The title before the name is read only when no office apposition follows it.
      const titleBefore = (apposition && apposition.kind === 'office') || !capitalisedBefore(s, Math.max(s.start, m.start - 60), m.start) ? null : TITLE_BEFORE.exec(local(Math.max(s.start, m.start - 60), m.start).trimEnd() + ' ');
      const phrase = apposition && apposition.kind === 'office' ? apposition.text : titleBefore ? `${titleBefore[1]} ${titleBefore[2]!.trim()}` : null;
      const lowerPhrase = phrase?.toLowerCase();
      if (!phrase || !OFFICE_NOUNS.some((n) => lowerPhrase!.includes(n)) || KIN_OF.test(lowerPhrase!)) continue;
      // An owner's possessive ("X, Acme’s chief executive") or a body inside the phrase ("X, a US Tolva
      // Ministry spokesman") is read by roles.ts, which takes the body, not a country word, as the holder.
      const isApposition = apposition !== null && apposition.kind === 'office';
      if (isApposition && (possessiveOwner(ms, s, m) || bodyInside(ctx, ms, s, m, phrase))) continue;
      const officeOf = officeHolder(phrase, isApposition, ctx, ms, s, m);
      if (!officeOf) continue;
      const tail = isApposition ? HYPHEN_TAIL.exec(s.text.slice(s.text.indexOf(phrase, m.end - s.start) + phrase.length)) : null;
      const office = phrase.replace(/^(?:the|a|an)\s+/i, '') + (tail ? tail[0] : '');
      if (NOT_HELD.test(office)) continue;
      const type = roleOf(office, officeOf, !/^(?:a|an)\s/i.test(phrase));
      if (type) add(person, type, officeOf, s, officeOf.type === 'COUNTRY' ? 0.8 : 0.7, apposition ? 'apposition-office' : 'title-before-name', officeDescription(type, office));
    }
    // "X, the administrator of Y", "X, a spokesman for Y": a head or job of the body named after it.
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      // (TITLE_OF opens with a comma.)
      const title = s.text.charCodeAt(m.end - s.start) === 0x2c ? TITLE_OF.exec(s.text.slice(m.end - s.start)) : null;
      const named = title ? ms.find((x) => x.start === m.end + title[0].length) : undefined;
      // "a spokeswoman for Kenya’s foreign ministry": the body the possessive owns holds the job.
      const owned = named && fill(named, ['COUNTRY', ...BODY_TYPES]) ? OWNED_BODY.exec(s.text.slice(named.end - s.start)) : null;
      const ownedBody = owned ? ms.find((x) => x.start === named!.end + owned[0].length && BODY_TYPES.includes(entities.get(x.entityId)?.type ?? 'PERSON')) : undefined;
      // "a director at Tolva University’s Centre for …" with the centre unnamed by stage cluster: not the owner's job.
      if (owned && !ownedBody && OWNED_NAME.test(s.text.slice(named!.end + owned[0].length - s.start))) continue;
      const at = ownedBody ?? (named && fill(named, ['COUNTRY']) ? prefixedBody(ctx, ms, s, named.end) : undefined) ?? named;
      const office = title ? (title[2] ?? title[3])! : '';
      if (!title || !at || NOT_HELD.test(office) || NEGATION_CUES.test(title[0]) || NAME_GOES_ON.test(s.text.slice(at.end - s.start))) continue;
      // A city holds its mayor; it does not stand for its country's government in an office ("the president of Nairobi").
      const holder = entities.get(at.entityId)?.type === 'CITY' ? (/\bmayor$/u.test(office) ? entities.get(at.entityId) : undefined) : fill(at, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']);
      if (!holder) continue;
      if (holder.type === 'COUNTRY' && !OFFICE_NOUNS.some((n) => office === n || office.endsWith(` ${n}`) || office.endsWith(`-${n}`))) continue;
      const type = roleOf(office, holder, title[1] !== 'a' && title[1] !== 'an');
      if (type) add(person, type, holder, s, holder.type === 'COUNTRY' ? 0.75 : 0.7, 'apposition-title-of', officeDescription(type, office));
      // "X, a former mayor of Lima and the founder of the Tolva Party": a second title of the same apposition.
      const second = s.text.startsWith(' and ', at.end - s.start) ? SECOND_TITLE_OF.exec(s.text.slice(at.end - s.start)) : null;
      const next = second ? ms.find((x) => x.start === at.end + second[0].length) : undefined;
      const other = next && !NAME_GOES_ON.test(s.text.slice(next.end - s.start)) ? fill(next, ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']) : undefined;
      const type2 = other && !NOT_HELD.test(second![2]!) ? roleOf(second![2]!, other, second![1] === 'the') : null;
      if (type2) add(person, type2, other!, s, 0.65, 'apposition-second-title-of', officeDescription(type2, second![2]!));
    }
    // "X, then the Kenyan prime minister": an office held at the time the story tells of.
    if (s.text.includes(', then ')) {
      for (const m of ms) {
        const person = entities.get(m.entityId);
        if (!person || person.type !== 'PERSON') continue;
        const then = THEN_OFFICE.exec(s.text.slice(m.end - s.start));
        const c = then ? (ctx.g.demonym(then[2]!) ?? ctx.g.country(then[2]!)) : undefined;
        const country = c ? ctx.byCode.get(c.code) : undefined;
        if (!country || NOT_HELD.test(then![3]!) || NEGATION_CUES.test(then![0])) continue;
        const type = roleOf(then![3]!, country, then![1] === 'the');
        if (type) add(person, type, country, s, 0.7, 'then-office', officeDescription(type, then![3]!));
      }
    }
    // "X, the US attorney whose office brought the case".
    if (s.text.includes(' attorney')) {
      for (const m of ms) {
        const person = entities.get(m.entityId);
        const attorney = person?.type === 'PERSON' ? NATIONAL_ATTORNEY.exec(s.text.slice(m.end - s.start)) : null;
        // The country's name ("the US attorney"), not its demonym ("the Kenyan attorney" is a lawyer's nationality).
        const c = attorney ? ctx.g.country(attorney[1]!) : undefined;
        const country = c ? ctx.byCode.get(c.code) : undefined;
        if (country) add(person!, 'HOLDS_OFFICE_IN', country, s, 0.7, 'national-attorney', officeDescription('HOLDS_OFFICE_IN', `${attorney![1]} attorney`));
      }
    }
    // "X, who heads Y": a relative clause that says what the person does now.
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const who = s.text.charCodeAt(m.end - s.start) === 0x2c ? RELATIVE_HEADS.exec(s.text.slice(m.end - s.start)) : null;
      const at = who ? ms.find((x) => x.start === m.end + who[0].length) : undefined;
      const holder = at ? fill(at, ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']) : undefined;
      // A hedge or negation inside the apposition ("a lawyer who no longer chairs") takes the role away.
      if (!who || scope.conditional || NEGATION_CUES.test(who[0]) || HYPOTHETICAL_CUES.test(who[0])) continue;
      if (holder) add(person, who[1]!.startsWith('works') ? 'WORKS_FOR' : 'LEADS', holder, s, 0.65, 'who-heads');
    }
    // An office before the name: "Kenya’s foreign minister, Talia Brennock", "Acme chief executive Jo Bloggs".
    for (let j = 1; j < ms.length; j++) {
      const person = entities.get(ms[j]!.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const gap = local(ms[j - 1]!.end, ms[j]!.start);
      // "Kenya’s King Omar II", "Kenya’s President Omar Vance": a capitalised title between the possessive and the name, or opening the name's mention.
      const ruler = RULER_BEFORE_NAME.exec(gap) ?? (gap === '’s ' || gap === "'s " ? RULER_IN_NAME.exec(ms[j]!.text) : null);
      if (ruler && factual(gap)) {
        const country = fill(ms[j - 1]!, ['COUNTRY']);
        const title = ruler[1]!.toLowerCase();
        if (country) add(person, title === 'president' ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', country, s, 0.7, 'possessive-ruler-title', officeDescription(title === 'president' ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', ruler[1]!));
        continue;
      }
      const office = OFFICE_BEFORE_NAME.exec(gap);
      if (!office || !factual(gap)) continue;
      const title = office[1]!;
      // "New Jersey’s attorney general Jo Bloggs": a state's (or a city's) own office.
      const place = isLocalOffice(title) && /^[’']s\s/u.test(gap) ? fill(ms[j - 1]!, ['REGION', 'CITY']) : undefined;
      const holder = fill(ms[j - 1]!, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']) ?? place;
      if (!holder) continue;
      const type = roleOf(title, holder, true);
      if (type) add(person, type, holder, s, holder.type === 'COUNTRY' ? 0.7 : 0.65, 'office-before-name', officeDescription(type, title));
    }
    // "as Kenya’s president": an office named by the country's possessive after the person.
    for (let j = 0; j < ms.length; j++) {
      const c = fill(ms[j]!, ['COUNTRY']);
      if (!c) continue;
      const after = s.text.slice(ms[j]!.end - s.start);
      const office = /^[’']s\s+(president|prime minister|foreign minister|minister of [a-z]+|[a-z]+ minister|leader|ambassador|envoy)\b/u.exec(after);
      // "could be sworn in as Kenya’s president": a hedge or negation before it takes the office away.
      if (!office || !/\bas\s+$/u.test(local(s.start, ms[j]!.start)) || !factual(local(s.start, ms[j]!.start))) continue;
      const person = ms.slice(0, j).reverse().map((m) => entities.get(m.entityId)).find((e) => e?.type === 'PERSON');
      if (person) add(person, office[1] === 'president' ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', c, s, 0.7, 'as-possessive-office', office[1] === 'president' ? null : `Holds the office “${office[1]}”.`);
    }
  },
};

/**
 * A body named right after a country word that ends at offset `end` ("the US Tolva Commission" with
 * "US" a mention of its own, or an apposition cut after it): the mention of the body, if any.
 */
function prefixedBody(ctx: RelateContext, ms: readonly DocMention[], s: Sentence, end: number): DocMention | undefined {
  if (s.text[end - s.start] !== ' ') return undefined;
  const body = ms.find((x) => x.start === end + 1);
  if (!body || !BODY_TYPES.includes(ctx.entities.get(body.entityId)?.type ?? 'PERSON')) return undefined;
  // The word before must be a country word ("US", "Kenyan"), not any name.
  const before = s.text.slice(0, end - s.start);
  const word = /(\p{Lu}[\p{L}.]*)$/u.exec(before);
  return word && (ctx.g.country(word[1]!) ?? ctx.g.demonym(word[1]!)) ? body : undefined;
}

/** Capitalised words and numbers of a name between two of its pieces ("2030 Bid "). */
const NAME_PIECES = /^(?:\s+(?:\p{Lu}[\p{L}\-]*|\d+|&))*\s+$/u;

/**
 * The body whose name goes on from mention `m` ("Nairobi" of "the Nairobi 2030 Bid Committee" when
 * stage cluster kept only "Bid Committee"): the next mention, if only name words stand between.
 */
function continuedBody(ctx: RelateContext, ms: readonly DocMention[], s: Sentence, m: DocMention): DocEntity | undefined {
  const next = ms.find((x) => x.start > m.end);
  if (!next || !NAME_PIECES.test(s.text.slice(m.end - s.start, next.start - s.start))) return undefined;
  const e = ctx.entities.get(next.entityId);
  return e && BODY_TYPES.includes(e.type) ? e : undefined;
}

const OPENING = /^,\s+(?:the\s+)?/u;
/** ", Acme’s …" / ", the UN’s …" right after a person: a named owner's possessive. */
function possessiveOwner(ms: readonly DocMention[], s: Sentence, person: DocMention): boolean {
  const opening = OPENING.exec(s.text.slice(person.end - s.start));
  const owner = opening ? ms.find((x) => x.start === person.end + opening[0].length) : undefined;
  return owner !== undefined && /^[’']s\s/u.test(s.text.slice(owner.end - s.start));
}

/** Whether a body is named inside the office phrase ("a US Tolva Ministry spokesman"). */
function bodyInside(ctx: RelateContext, ms: readonly DocMention[], s: Sentence, person: DocMention, phrase: string): boolean {
  const from = s.text.indexOf(phrase, person.end - s.start) + s.start;
  if (from < person.end) return false;
  const to = from + phrase.length;
  return ms.some((x) => x.start >= from && x.end <= to && ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'].includes(ctx.entities.get(x.entityId)?.type ?? ''));
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * The country or body an office phrase belongs to: a demonym or country name in it ("the Kenyan
 * president", "Kenya’s prime minister"), a body named inside it ("Acme’s chief executive"), or for
 * an apposition, a body named right after it ("a spokesman for the Acme Group").
 */
function officeHolder(phrase: string, isApposition: boolean, ctx: RelateContext, ms: readonly DocMention[], s: Sentence, person: DocMention): DocEntity | undefined {
  const words = phrase.split(/[\s’']+/);
  // Two capitalised words first ("the South African president"), so neither half is read alone.
  for (let i = 0; i + 1 < words.length; i++) {
    if (!CAPITALISED.test(words[i]!) || !CAPITALISED.test(words[i + 1]!)) continue;
    const pair = `${words[i]} ${words[i + 1]}`;
    const c = ctx.g.demonym(pair) ?? ctx.g.country(pair);
    const e = c ? ctx.byCode.get(c.code) : undefined;
    if (e) return e;
  }
  for (const word of words) {
    const c = ctx.g.demonym(word) ?? ctx.g.country(word);
    const e = c ? ctx.byCode.get(c.code) : undefined;
    if (e) return e;
  }
  if (!isApposition) return undefined;
  const from = s.text.indexOf(phrase, person.end - s.start) + s.start;
  if (from < person.end) return undefined;
  const to = from + phrase.length;
  const tail = /^\s+(?:of|at|for|with)\s+(?:the\s+)?/u.exec(s.text.slice(to - s.start));
  for (const m of ms) {
    if (m.start < from) continue;
    // "the president of the Nairobi 2030 Bid Committee": a place inside a longer name is not the holder.
    if (m.end <= to) {
      if (NAME_GOES_ON.test(s.text.slice(m.end - s.start))) continue;
      return ctx.entities.get(m.entityId);
    }
    if (tail && m.start === to + tail[0].length) {
      // "the president of the Nairobi 2030 Bid Committee": the place is a piece of the body's name.
      if (NAME_GOES_ON.test(s.text.slice(m.end - s.start))) return continuedBody(ctx, ms, s, m);
      // "a spokeswoman for Kenya’s Tolva Ministry": the owned body, not its owner.
      const owned = OWNED_BODY.exec(s.text.slice(m.end - s.start));
      const body = owned ? ms.find((x) => x.start === m.end + owned[0].length && BODY_TYPES.includes(ctx.entities.get(x.entityId)?.type ?? 'PERSON')) : undefined;
      // The owned body is a name of its own that no mention covers: the owner is not the holder.
      if (owned && !body && OWNED_NAME.test(s.text.slice(m.end + owned[0].length - s.start))) return undefined;
      // "the chair of the US Tolva Commission": the body the country word is a prefix of.
      return ctx.entities.get((body ?? prefixedBody(ctx, ms, s, m.end) ?? m).entityId);
    }
  }
  return undefined;
}
