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
import { NEGATION_CUES, OFFICE_NOUNS } from '../cues';
import { appositionAt } from '../cluster';
import { tokenEndingAt, tokenStartingAt } from '../segment';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { RelateContext, RelationRules } from './context';

const OFFICE_LEADS = /\b(?:chief executive|chief|head|chairman|chairwoman|chairperson|chair|president|founder|co-founder|director|director-general|leader|ceo|boss|administrator|secretary-general|governor|commander|editor-in-chief)\b/i;
/** Offices held in a government body, rather than jobs in it ("a commissioner of the Tolva Commission"). */
const BODY_OFFICES = /\b(?:commissioner|minister|secretary|judge|justice|advocate general|prosecutor|member|senator|deputy|envoy|ambassador|official|governor|registrar|ombudsman)\b/i;
/** A modifier that says the office is not held now ("the former chairman of"). */
const NOT_NOW = /\b(?:former|ex|late|one-time|onetime|erstwhile|would-be|prospective|incoming|future|then)\b/i;
/** The titles of heads and jobs that an apposition names with its body ("X, the administrator of Y"). */
const TITLES = String.raw`(?:chief executive officer|chief executive|chief operating officer|chief financial officer|managing director|executive director|director-general|director general|secretary-general|secretary general|editor-in-chief|chairman|chairwoman|chairperson|chair|president|vice-president|vice president|head|director|administrator|leader|founder|co-founder|boss|governor|commander|commissioner|spokesman|spokeswoman|spokesperson|engineer|scientist|researcher|analyst|economist|lawyer|adviser|advisor|official|executive|manager|reporter|correspondent|journalist|photographer|editor|columnist|employee|pilot|astronaut|judge|prosecutor|member|minister|secretary|ambassador|envoy|general|professor)`;
/** "X, the administrator of Y", "X, a spokesman for Y" and, without an article, "X, chief executive of Y". */
const TITLE_OF = new RegExp(`^,\\s+(?:(the|a|an)\\s+((?:\\p{Ll}[\\p{L}\\-]*\\s+){0,2}?${TITLES})|((?:(?:acting|interim|joint)\\s+)?${TITLES}))\\s+(?:of|at|for|with)\\s+(?:the\\s+)?`, 'u');
/** "X, who heads Y", "X, who works for Y". */
const WHO_HEADS = /^,\s+who\s+(?:now\s+|also\s+|currently\s+)?(heads|leads|runs|chairs|directs|works for|works at)\s+(?:the\s+)?/u;

export const offices: RelationRules = {
  name: 'offices',
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
      const titleBefore = /(?:^|\s)([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s((?:[\p{Lu}][\p{L}]+\s?){1,4})$/u.exec(local(Math.max(s.start, m.start - 60), m.start).trimEnd() + ' ');
      const phrase = apposition && apposition.kind === 'office' ? apposition.text : titleBefore ? `${titleBefore[1]} ${titleBefore[2]!.trim()}` : null;
      if (!phrase || !OFFICE_NOUNS.some((n) => phrase.toLowerCase().includes(n))) continue;
      const officeOf = officeHolder(phrase, apposition !== null && apposition.kind === 'office', ctx, ms, s, m);
      if (!officeOf) continue;
      const office = phrase.replace(/^(?:the|a|an)\s+/i, '');
      const president = /\bpresident\b/i.test(office) && !/\bvice\b/i.test(office);
      if (NOT_NOW.test(office)) continue;
      if (officeOf.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', officeOf, s, 0.8, apposition ? 'apposition-office' : 'title-before-name', president ? null : `Holds the office “${office}”.`);
      else if (['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'].includes(officeOf.type)) add(person, bodyRole(office, officeOf, !/^(?:a|an)\s/i.test(phrase)), officeOf, s, 0.7, apposition ? 'apposition-office' : 'title-before-name', `Holds the office “${office}”.`);
    }
    // "X, the administrator of Y", "X, a spokesman for Y": a head or job of the body named after it.
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const title = TITLE_OF.exec(s.text.slice(m.end - s.start));
      const at = title ? ms.find((x) => x.start === m.end + title[0].length) : undefined;
      const office = title ? (title[2] ?? title[3])! : '';
      if (!title || !at || NOT_NOW.test(office) || NEGATION_CUES.test(title[0])) continue;
      const holder = fill(at, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']);
      if (!holder) continue;
      const president = /\bpresident\b/.test(office) && !/\bvice\b/.test(office);
      if (holder.type === 'COUNTRY') {
        if (OFFICE_NOUNS.some((n) => office === n || office.endsWith(` ${n}`))) add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', holder, s, 0.75, 'apposition-title-of', president ? null : `Holds the office “${office}”.`);
        continue;
      }
      add(person, bodyRole(office, holder, title[1] !== 'a' && title[1] !== 'an'), holder, s, 0.7, 'apposition-title-of', `Holds the office “${office}”.`);
    }
    // "X, who heads Y": a relative clause that says what the person does now.
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const who = WHO_HEADS.exec(s.text.slice(m.end - s.start));
      const at = who ? ms.find((x) => x.start === m.end + who[0].length) : undefined;
      const holder = at ? fill(at, ['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']) : undefined;
      if (holder && !scope.conditional) add(person, who![1]!.startsWith('works') ? 'WORKS_FOR' : 'LEADS', holder, s, 0.65, 'who-heads');
    }
    // An office before the name: "Kenya’s foreign minister, Talia Brennock", "Acme chief executive Jo Bloggs".
    for (let j = 1; j < ms.length; j++) {
      const person = entities.get(ms[j]!.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const gap = local(ms[j - 1]!.end, ms[j]!.start);
      const office = /^(?:[’']s)?\s+((?:[a-z\-]+\s){0,3}?(?:president|prime minister|minister|secretary of state|secretary|chancellor|envoy|ambassador|governor|mayor|spokesman|spokeswoman|spokesperson|chief executive|chief|head|chairman|chairwoman|chair|director|administrator|founder|co-founder|editor|leader|commissioner|general))(?:,\s+|\s+)$/u.exec(gap);
      if (!office || !factual(gap)) continue;
      const holder = fill(ms[j - 1]!, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']);
      if (!holder) continue;
      const title = office[1]!;
      const president = /\bpresident\b/.test(title) && !/\bvice\b/.test(title);
      if (holder.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', holder, s, 0.7, 'office-before-name', president ? null : `Holds the office “${title}”.`);
      else add(person, bodyRole(title, holder), holder, s, 0.65, 'office-before-name', `Holds the office “${title}”.`);
    }
    // "as Kenya’s president": an office named by the country's possessive after the person.
    for (let j = 0; j < ms.length; j++) {
      const c = fill(ms[j]!, ['COUNTRY']);
      if (!c) continue;
      const after = s.text.slice(ms[j]!.end - s.start);
      const office = /^[’']s\s+(president|prime minister|foreign minister|minister of [a-z]+|[a-z]+ minister|leader|ambassador|envoy)\b/u.exec(after);
      if (!office || !/\bas\s+$/u.test(local(s.start, ms[j]!.start))) continue;
      const person = ms.slice(0, j).reverse().map((m) => entities.get(m.entityId)).find((e) => e?.type === 'PERSON');
      if (person) add(person, office[1] === 'president' ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', c, s, 0.7, 'as-possessive-office', office[1] === 'president' ? null : `Holds the office “${office[1]}”.`);
    }
  },
};

/** The relationship an office in a body gives: its head LEADS it, an office of a government body HOLDS_OFFICE_IN it, any other job WORKS_FOR it. */
function bodyRole(office: string, body: DocEntity, definite = true): 'LEADS' | 'HOLDS_OFFICE_IN' | 'WORKS_FOR' {
  // "the director of Y" heads it; "a director of Y" is one of several.
  if (definite && OFFICE_LEADS.test(office) && !/\b(?:vice|deputy|assistant|associate)\b/i.test(office)) return 'LEADS';
  return body.type === 'GOVERNMENT_BODY' && BODY_OFFICES.test(office) ? 'HOLDS_OFFICE_IN' : 'WORKS_FOR';
}

/**
 * The country or body an office phrase belongs to: a demonym or country name in it ("the Kenyan
 * president", "Kenya’s prime minister"), a body named inside it ("Acme’s chief executive"), or for
 * an apposition, a body named right after it ("a spokesman for the Acme Group").
 */
function officeHolder(phrase: string, isApposition: boolean, ctx: RelateContext, ms: readonly DocMention[], s: Sentence, person: DocMention): DocEntity | undefined {
  for (const word of phrase.split(/[\s’']+/)) {
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
    if (m.end <= to || (tail && m.start === to + tail[0].length)) return ctx.entities.get(m.entityId);
  }
  return undefined;
}
