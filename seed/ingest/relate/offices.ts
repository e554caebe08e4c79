/**
 * Offices: from appositions and titles ("X, the Chinese president", "US Secretary of State X"), an
 * office before the name ("China’s foreign minister, Wang Yi") and "as Russia’s president".
 */
import { OFFICE_NOUNS } from '../cues';
import { appositionAfter } from '../cluster';
import type { DocEntity, DocMention, Sentence } from '../document';
import type { Gazetteer, RelationRules } from './context';

const OFFICE_LEADS = /\b(?:chief executive|chief|head|chairman|chairwoman|chair|president|founder|co-founder|director|leader|ceo|boss)\b/i;

export const offices: RelationRules = {
  name: 'offices',
  perSentence: (ctx, scope) => {
    const { s, ms, local, factual } = scope;
    const { entities, add, fill, g } = ctx;
    // Offices from appositions and titles: "X, the Chinese president", "US Secretary of State X".
    for (const m of ms) {
      const person = entities.get(m.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const first = s.tokens.findIndex((t) => t.start === m.start);
      const last = s.tokens.findIndex((t) => t.end === m.end);
      if (first === -1 || last === -1) continue;
      const apposition = appositionAfter({ cand: { ...m, honorific: null, definite: false, initial: false }, sentence: s, first, last });
      const titleBefore = /(?:^|\s)([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)\s((?:[\p{Lu}][\p{L}]+\s?){1,4})$/u.exec(local(Math.max(s.start, m.start - 60), m.start).trimEnd() + ' ');
      const phrase = apposition && apposition.kind === 'office' ? apposition.text : titleBefore ? `${titleBefore[1]} ${titleBefore[2]!.trim()}` : null;
      if (!phrase || !OFFICE_NOUNS.some((n) => phrase.toLowerCase().includes(n))) continue;
      const officeOf = officeHolder(phrase, ms, entities, g, s, m);
      if (!officeOf) continue;
      const office = phrase.replace(/^(?:the|a|an)\s+/i, '');
      const president = /\bpresident\b/i.test(office) && !/\bvice\b/i.test(office);
      if (officeOf.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', officeOf, s, 0.8, apposition ? 'apposition-office' : 'title-before-name', president ? null : `Holds the office “${office}”.`);
      else if (['ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY'].includes(officeOf.type)) add(person, OFFICE_LEADS.test(office) ? 'LEADS' : 'WORKS_FOR', officeOf, s, 0.7, apposition ? 'apposition-office' : 'title-before-name', `Holds the office “${office}”.`);
    }
    // An office before the name: "China’s foreign minister, Wang Yi", "Acme chief executive Jo Bloggs".
    for (let j = 1; j < ms.length; j++) {
      const person = entities.get(ms[j]!.entityId);
      if (!person || person.type !== 'PERSON') continue;
      const gap = local(ms[j - 1]!.end, ms[j]!.start);
      const office = /^(?:[’']s)?\s+((?:[a-z\-]+\s){0,3}?(?:president|prime minister|minister|secretary of state|secretary|chancellor|envoy|ambassador|governor|mayor|spokesman|spokeswoman|spokesperson|chief executive|chief|head|chairman|chairwoman|chair|director|founder|co-founder|editor|leader|commissioner|general))(?:,\s+|\s+)$/u.exec(gap);
      if (!office || !factual(gap)) continue;
      const holder = fill(ms[j - 1]!, ['COUNTRY', 'ORGANIZATION', 'GOVERNMENT_BODY', 'PUBLICATION', 'NEWS_AGENCY']);
      if (!holder) continue;
      const title = office[1]!;
      const president = /\bpresident\b/.test(title) && !/\bvice\b/.test(title);
      if (holder.type === 'COUNTRY') add(person, president ? 'PRESIDENT_OF' : 'HOLDS_OFFICE_IN', holder, s, 0.7, 'office-before-name', president ? null : `Holds the office “${title}”.`);
      else add(person, OFFICE_LEADS.test(title) ? 'LEADS' : 'WORKS_FOR', holder, s, 0.65, 'office-before-name', `Holds the office “${title}”.`);
    }
    // "as Russia’s president": an office named by the country's possessive after the person.
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

/** The country or body an office phrase belongs to: a possessive or demonym in it, or a mention in it. */
function officeHolder(phrase: string, ms: readonly DocMention[], entities: ReadonlyMap<string, DocEntity>, g: Gazetteer, s: Sentence, person: DocMention): DocEntity | undefined {
  for (const word of phrase.split(/[\s’']+/)) {
    const c = g.demonym(word) ?? g.country(word);
    if (!c) continue;
    const e = [...entities.values()].find((x) => x.type === 'COUNTRY' && g.country(x.name)?.code === c.code);
    if (e) return e;
  }
  // A mention inside the apposition right after the person: "X, a spokesman for the Acme Group".
  const near = ms.find((m) => m.start > person.end && m.start - person.end < phrase.length + 6 && s.text.slice(person.end - s.start, m.start - s.start).includes(phrase.split(' ')[0]!));
  return near ? entities.get(near.entityId) : undefined;
}
