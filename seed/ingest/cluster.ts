/**
 * Stage `cluster`: candidates become entities. Each distinct surface form is typed from its cues
 * (strongest first), surnames and "Mr Surname" join the full name they belong to, one country's
 * names join into one entity, capitals are decided per occurrence (the metonym policy of
 * seed/README.md), and a description is kept only where the text gives one (an apposition or a
 * title). Every entity carries the rule that typed it and a confidence. Finally the mentions of
 * all entities are recomputed with the seed's own rule (computeMentions), so the pipeline sees
 * exactly the mentions the seed will store.
 */
import type { EntityType } from '../../src/generated/graphql';
import { computeMentions, wholeWordOccurrences } from '../mentions';
import { COMPASS, CREDIT_ARRANGEMENTS, HEAD_NOUNS, HONORIFICS, OFFICE_NOUNS, PERSON_NOUNS, REPORTING_VERBS, SPEECH_VERBS, TITLES } from './cues';
import type { Candidate, DocEntity, DocMention, IngestDocument, Sentence } from './document';
import { requireLayer } from './document';
import { loadGazetteer, type CountryEntry } from './gazetteer';
import type { KnownIndex } from './link';
import { sentenceAt } from './link';
import { tokenEndingAt, tokenStartingAt } from './segment';

interface Occurrence {
  readonly cand: Candidate;
  readonly sentence: Sentence;
  /** Token indices of the candidate's first and last token in its sentence. */
  readonly first: number;
  readonly last: number;
}

interface Vote {
  readonly type: EntityType;
  readonly confidence: number;
  readonly rule: string;
}

/** `entity:<slug>` of a name: ASCII lower-case words joined by hyphens. */
export function entityIdFor(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `entity:${slug || 'unnamed'}`;
}

/** Words that make a name a natural feature or an area ("Lake …", "… River", "… Peninsula"): a REGION. */
const NATURAL_FIRST = new Set(['Lake', 'Mount', 'Mountains', 'Gulf', 'Bay', 'Cape', 'Isle', 'Strait', 'Sea', 'River']);
const NATURAL_LAST = new Set(['River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Peninsula', 'Valley', 'Desert', 'Island', 'Islands', 'Mountains', 'Basin', 'Coast', 'Delta', 'Plateau', 'Province', 'County', 'Oblast', 'Prefecture']);

const HEAD_TYPE = new Map<string, EntityType>();
for (const [type, words] of HEAD_NOUNS) for (const w of words) if (!HEAD_TYPE.has(w)) HEAD_TYPE.set(w, type);
const headOf = (word: string): EntityType | undefined => HEAD_TYPE.get(word);
const words = (text: string) => text.split(/\s+/);

/** Literal uses of a place: "in Beijing", "at Beijing", "Beijing, Country", "mayor of Beijing". */
function isLiteralPlace(o: Occurrence): boolean {
  const before = o.sentence.tokens[o.first - 1]?.text;
  const after = o.sentence.tokens[o.last + 1]?.text;
  const motion = /^(?:travel(?:led|ed|s)?|flew|fly|went|go|goes|came|come|returned|return|moved|arrived|trip|visit|journey|road|route|train|flight|flights)$/;
  return ['in', 'at', 'near', 'outside', 'around', 'across', 'into'].includes(before ?? '') || (['to', 'from'].includes(before ?? '') && motion.test(o.sentence.tokens[o.first - 2]?.text ?? '')) || (before === 'of' && o.sentence.tokens[o.first - 2]?.pos === 'NOUN') || (after === ',' && /^\p{Lu}/u.test(o.sentence.tokens[o.last + 2]?.text ?? ''));
}

type Apposition = { text: string; kind: 'office' | 'person' | EntityType } | null;
const appositions = new WeakMap<Sentence, Map<number, Apposition>>();

/** The apposition after an occurrence: ", the US secretary of state," → "the US secretary of state". */
export function appositionAfter(o: Occurrence): Apposition {
  let cache = appositions.get(o.sentence);
  if (!cache) appositions.set(o.sentence, (cache = new Map<number, Apposition>()));
  let apposition = cache.get(o.last);
  if (apposition === undefined) cache.set(o.last, (apposition = findApposition(o)));
  return apposition;
}

function findApposition(o: Occurrence): Apposition {
  const t = o.sentence.tokens;
  if (t[o.last + 1]?.text !== ',') return null;
  // ", the …" or ", <Name>’s …" ("Omar Vance, Tanzania’s transport minister").
  const possessive = /^\p{Lu}/u.test(t[o.last + 2]?.text ?? '') && /^[’']s$/.test(t[o.last + 3]?.text ?? '');
  if (!possessive && !['the', 'a', 'an'].includes(t[o.last + 2]?.text ?? '')) return null;
  const from = possessive ? o.last + 3 : o.last + 2;
  let cut = -1;
  let kind: 'office' | 'person' | EntityType | null = null;
  for (let k = from + 1; k < Math.min(t.length, from + 9); k++) {
    const w = t[k]!;
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') break;
    const phrase = o.sentence.text.slice(t[from + 1]!.start - o.sentence.start, w.end - o.sentence.start).toLowerCase();
    if (OFFICE_NOUNS.some((n) => phrase === n || phrase.endsWith(` ${n}`))) {
      cut = k;
      kind = 'office';
    } else if (PERSON_NOUNS.includes(w.text.toLowerCase())) {
      cut = k;
      kind = 'person';
    } else if (/^\p{Ll}/u.test(w.text) && headOf(w.text)) {
      cut = k;
      kind = headOf(w.text)!;
    }
  }
  if (cut === -1 || !kind) return null;
  return { text: o.sentence.text.slice(t[o.last + 2]!.start - o.sentence.start, t[cut]!.end - o.sentence.start), kind };
}

/** Cue votes for one occurrence. */
function votesFor(o: Occurrence, titleIn: (text: string) => boolean): Vote[] {
  const g = loadGazetteer();
  const text = o.cand.text;
  const t = o.sentence.tokens;
  const votes: Vote[] = [];
  const ws = words(text);
  const lastWord = ws[ws.length - 1]!;
  if (o.cand.honorific && (HONORIFICS.has(o.cand.honorific) || TITLES.has(o.cand.honorific))) votes.push({ type: 'PERSON', confidence: 0.9, rule: 'honorific-or-title' });
  if (ws.length > 1 && (NATURAL_FIRST.has(ws[0]!) || NATURAL_LAST.has(lastWord))) votes.push({ type: 'REGION', confidence: 0.8, rule: 'natural-feature' });
  const head = headOf(lastWord);
  if (head && ws.length > 1) votes.push({ type: head, confidence: 0.85, rule: 'head-noun' });
  if (head && ws.length === 1 && /^\p{Ll}/u.test(lastWord) === false && o.cand.definite) votes.push({ type: head, confidence: 0.6, rule: 'head-noun' });
  // A lower-case head noun within three words after the name: "Power of Siberia 2 natural gas pipeline".
  for (let k = o.last + 1; k < Math.min(t.length, o.last + 4); k++) {
    const w = t[k]!;
    if (!/^\p{Ll}/u.test(w.text) || !['NOUN', 'ADJ', 'PROPN'].includes(w.pos)) break;
    const h = headOf(w.text);
    if (h) {
      votes.push({ type: h, confidence: 0.75, rule: 'following-head-noun' });
      break;
    }
  }
  if (g.country(text)) votes.push({ type: 'COUNTRY', confidence: 0.95, rule: 'gazetteer-country' });
  if (g.isRegion(text)) votes.push({ type: 'REGION', confidence: 0.9, rule: 'gazetteer-region' });
  if (ws.length > 1 && COMPASS.has(ws[0]!) && g.country(ws.slice(1).join(' '))) votes.push({ type: 'REGION', confidence: 0.85, rule: 'compass-region' });
  if (g.isCity(text)) {
    // "Springfield, Oregon": the second of two places after a city is its state or region.
    votes.push({ type: 'CITY', confidence: 0.8, rule: 'gazetteer-city' });
  }
  const before = t[o.first - 1];
  const before2 = t[o.first - 2];
  if (before?.text === ',' && before2 && g.isCity(before2.text) && !g.country(text)) votes.push({ type: 'REGION', confidence: 0.9, rule: 'city-comma-region' });
  const apposition = appositionAfter(o);
  if (apposition) {
    const type = apposition.kind === 'office' || apposition.kind === 'person' ? 'PERSON' : apposition.kind;
    votes.push({ type, confidence: 0.85, rule: 'apposition' });
  }
  const after = t[o.last + 1]?.text ?? '';
  const after2 = t[o.last + 2]?.text ?? '';
  const verb = ['has', 'have', 'had'].includes(after) ? after2 : after;
  if (REPORTING_VERBS.has(verb)) votes.push({ type: 'PUBLICATION', confidence: 0.7, rule: 'subject-of-reported' });
  else if (o.cand.definite && ws.length === 1 && SPEECH_VERBS.has(verb)) votes.push({ type: 'GOVERNMENT_BODY', confidence: 0.5, rule: 'definite-institution-speaker' });
  else if (SPEECH_VERBS.has(verb) && ws.length >= 2 && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) votes.push({ type: 'PERSON', confidence: 0.6, rule: 'named-speaker' });
  if (/^[\p{Lu}]{2,6}$/u.test(text) && !g.country(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.45, rule: 'acronym' });
  // A lone proper noun inside a sentence, with no other cue: most often a company or organisation.
  if (ws.length === 1 && !o.cand.initial && t[o.first]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(text) && !g.demonym(text)) votes.push({ type: 'ORGANIZATION', confidence: 0.35, rule: 'lone-proper-noun' });
  if (titleIn(text)) votes.push({ type: 'PERSON', confidence: 0.8, rule: 'title-before-name' });
  return votes;
}

function best(votes: readonly Vote[]): Vote | undefined {
  return [...votes].sort((a, b) => b.confidence - a.confidence || a.rule.localeCompare(b.rule))[0];
}

/** The `cluster` component. */
export function cluster(doc: IngestDocument, known: KnownIndex): IngestDocument {
  const article = requireLayer(doc, 'article', 'parse');
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const cands = requireLayer(doc, 'candidates', 'candidates');
  const linked = new Map([...requireLayer(doc, 'entities', 'link')].map(([id, e]) => [id, { ...e, aliases: [...e.aliases] }]));
  const g = loadGazetteer();
  const occurrences = new Map<string, Occurrence[]>();
  for (const cand of cands) {
    const sentence = sentences[cand.sentence]!;
    const first = tokenStartingAt(sentence, cand.start);
    const last = tokenEndingAt(sentence, cand.end);
    if (first === -1 || last === -1) continue;
    const occ = occurrences.get(cand.text);
    if (occ) occ.push({ cand, sentence, first, last });
    else occurrences.set(cand.text, [{ cand, sentence, first, last }]);
  }
  const allText = [article.title, article.imageCaption ?? '', article.imageCredit ?? '', article.body].join('\n');
  // Names written after a capitalised title anywhere in the text ("President Ana Ruiz").
  const titled = [...allText.matchAll(/(?:^|\s)(?:President|Prime Minister|Chancellor|Premier|Senator|Governor|King|Queen|Minister|Secretary) ((?:[\p{Lu}][\p{L}’'\-]+ ?)+)/gu)].map((m) => m[1]!.trim());
  const titleIn = (text: string) => titled.some((name) => name === text || name.startsWith(`${text} `));

  // 1. Type each surface form.
  const typed = new Map<string, Vote>();
  const credit = cands.filter((c) => c.field === 'IMAGE_CREDIT');
  credit.forEach((c, i) => {
    if (CREDIT_ARRANGEMENTS.has(c.text)) return;
    const ws = words(c.text);
    const person = i === 0 && ws.length >= 2 && !headOf(ws[ws.length - 1]!) && !/^[\p{Lu}]+$/u.test(c.text);
    typed.set(c.text, person ? { type: 'PERSON', confidence: 0.85, rule: 'credit-photographer' } : { type: 'NEWS_AGENCY', confidence: 0.8, rule: 'credit-agency' });
  });
  for (const [text, occ] of occurrences) {
    if (typed.has(text) || CREDIT_ARRANGEMENTS.has(text)) continue;
    const vote = best(occ.flatMap((o) => votesFor(o, titleIn)));
    if (vote) typed.set(text, vote);
  }

  // 2. Build entities; a form without a cue is kept only when it joins a person's name.
  const entities = new Map<string, DocEntity>(linked);
  const byCountry = new Map<string, DocEntity>();
  for (const e of linked.values()) {
    const c = e.type === 'COUNTRY' ? g.country(e.name) : undefined;
    if (c) byCountry.set(c.code, e);
  }
  const addEntity = (name: string, vote: Vote, alias?: string): DocEntity => {
    let id = entityIdFor(name);
    const k = known.byId.get(id);
    if (k && k.type === vote.type) {
      const existing = entities.get(id);
      if (existing) {
        if (alias && alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
        if (name !== existing.name && !existing.aliases.includes(name) && allText.includes(name)) existing.aliases.push(name);
        return existing;
      }
      const e: DocEntity = { id, type: k.type, name: k.name, aliases: [], description: null, wikidataId: k.wikidataId, linked: true, confidence: Math.min(0.9, vote.confidence), rule: 'link-known-id' };
      for (const s of [name, alias]) if (s && s !== k.name && !e.aliases.includes(s)) e.aliases.push(s);
      entities.set(id, e);
      return e;
    }
    if (k) id = `${id}-${vote.type.toLowerCase().replace(/_/g, '-')}`;
    const existing = entities.get(id);
    if (existing) {
      if (alias && alias !== existing.name && !existing.aliases.includes(alias)) existing.aliases.push(alias);
      return existing;
    }
    const e: DocEntity = { id, type: vote.type, name, aliases: alias && alias !== name ? [alias] : [], description: null, wikidataId: null, linked: false, confidence: vote.confidence, rule: vote.rule };
    entities.set(id, e);
    return e;
  };
  const countryEntity = (c: CountryEntry, surface: string, vote: Vote): DocEntity => {
    const existing = byCountry.get(c.code);
    if (existing) {
      if (surface !== existing.name && !existing.aliases.includes(surface)) existing.aliases.push(surface);
      return existing;
    }
    // The text's own full name is the canonical one; a short form ("US") takes the usual name.
    const name = /^[\p{Lu}.]{2,5}$/u.test(surface) ? c.name : surface;
    const e = addEntity(name, vote, surface);
    byCountry.set(c.code, e);
    return e;
  };

  const multiWordPeople = () => [...entities.values()].filter((e) => e.type === 'PERSON' && e.name.includes(' '));
  const pending: Array<[string, Occurrence[]]> = [];
  // Longer forms first, so "Li Hui" exists before "Hui" looks for it.
  // Countries before capitals, so "Moscow" can join the "Russia" the text also names.
  const rank = (text: string) => (typed.get(text)?.type === 'COUNTRY' && g.country(text) ? 0 : 1);
  const wordCount = new Map([...occurrences.keys()].map((text) => [text, words(text).length]));
  const forms = [...occurrences].sort((a, b) => rank(a[0]) - rank(b[0]) || wordCount.get(b[0])! - wordCount.get(a[0])! || a[0].localeCompare(b[0]));
  for (const [text, occ] of forms) {
    const vote = typed.get(text);
    // A word seen only at the start of sentences, with no cue but its capital, is not a name.
    if (occ.every((o) => o.cand.initial) && (!vote || vote.rule === 'acronym') && !g.country(text) && !g.capitalOf(text)) continue;
    const country = g.country(text);
    if (country && vote?.type === 'COUNTRY') {
      countryEntity(country, text, vote);
      continue;
    }
    const capitalOf = g.capitalOf(text);
    if (capitalOf && vote && (vote.type === 'CITY' || vote.type === 'COUNTRY')) {
      // Metonym policy: a capital used only for its government is an alias of the country; one
      // the text also uses as a place is the city (its metonymic uses are then city mentions, and
      // relationships through them go to the country: stage `relate`).
      if (occ.some(isLiteralPlace)) addEntity(text, { type: 'CITY', confidence: 0.8, rule: 'capital-literal-place' });
      else countryEntity(capitalOf, text, { type: 'COUNTRY', confidence: 0.6, rule: 'capital-metonym' });
      continue;
    }
    if (vote && vote.type !== 'PERSON' && vote.confidence >= 0.6) {
      addEntity(text, vote);
      continue;
    }
    pending.push([text, occ]);
  }
  for (const [text, occ] of pending) {
    const vote = typed.get(text);
    const ws = words(text);
    // Surname or given name of one person already found: "Putin", "Mr Putin" → Vladimir Putin.
    const owners = ws.length === 1 ? multiWordPeople().filter((p) => p.name !== text && words(p.name).includes(text)) : [];
    if (owners.length === 1) {
      const person = owners[0]!;
      if (!person.aliases.includes(text)) person.aliases.push(text);
      continue;
    }
    if (vote?.type === 'PERSON' || (ws.length >= 2 && ws.length <= 3 && ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !occ.some((o) => o.cand.field === 'TITLE' && occ.length === 1))) {
      addEntity(text, vote ?? { type: 'PERSON', confidence: 0.5, rule: 'capitalised-name' });
      continue;
    }
    if (vote) addEntity(text, vote);
  }
  // "Mr Putin": the honorific form is an alias too when the text uses it. (Where each "<honorific> "
  // stands is found once; a form is then compared there only, not searched for in the whole text.)
  const afterHonorific = new Map<string, number[]>();
  for (const h of HONORIFICS) {
    const at: number[] = [];
    for (let i = allText.indexOf(`${h} `); i !== -1; i = allText.indexOf(`${h} `, i + 1)) at.push(i + h.length + 1);
    afterHonorific.set(h, at);
  }
  for (const e of entities.values()) {
    if (e.type !== 'PERSON') continue;
    for (const form of [e.name, ...e.aliases]) {
      for (const h of HONORIFICS) {
        const withTitle = `${h} ${form}`;
        if (afterHonorific.get(h)!.some((i) => allText.startsWith(form, i)) && !e.aliases.includes(withTitle)) e.aliases.push(withTitle);
      }
    }
  }
  // Unnamed events the text refers to as things people attend, hold or wage: "attend a gala",
  // "a two-day state visit", "Russia’s war against Ukraine". Their name is the text's noun, and their
  // id carries the article's hash, since "the summit" of one article is not that of another.
  const articleHash = article.id.slice('article:'.length, 'article:'.length + 8);
  for (const sentence of sentences) {
    const text = sentence.text;
    const found: string[] = [];
    for (const m of text.matchAll(/\b(?:attend|attends|attended|attending|host|hosts|hosted|hold|holds|held|holding|join|joins|joined|boycott|boycotted|opened|open|opens)\s+(?:a|an|the|this|next|last|their|his|her|its)\s+(?:[a-z\-]+\s+){0,2}?(gala|summit|forum|conference|ceremony|festival|election|referendum|rally|parade|banquet|reception|celebration|talks|meeting|games|tournament|match|exhibition|congress)\b/gu)) found.push(m[1]!);
    for (const m of text.matchAll(/\b(state visit|official visit)\b/gu)) found.push(m[1]!);
    for (const m of text.matchAll(/[’']s\s+(war|invasion|assault|offensive)\s+(?:against|of|on|in)\s+\p{Lu}/gu)) found.push(m[1]!);
    for (const noun of found) {
      // A known event that this noun names and whose name shares a word with the sentence ("war" in
      // "Russia’s war against Ukraine" → a known "Russian invasion of Ukraine" with the alias "war").
      const context = new Set((text.match(/\p{Lu}[\p{L}\-]+/gu) ?? []).flatMap((w) => [w, g.demonym(w)?.name ?? w]));
      const knownEvents = [...known.byId.values()].filter(
        (k) => k.type === 'EVENT' && k.strings.includes(noun) && k.name.split(/\s+/).some((w) => context.has(w) || context.has(g.demonym(w)?.name ?? '')),
      );
      if (knownEvents.length === 1) {
        const k = knownEvents[0]!;
        const e = entities.get(k.id) ?? { id: k.id, type: k.type, name: k.name, aliases: [], description: null, wikidataId: k.wikidataId, linked: true, confidence: 0.5, rule: 'link-known-event-context' };
        if (!e.aliases.includes(noun) && noun !== e.name) e.aliases.push(noun);
        entities.set(k.id, e);
        continue;
      }
      const id = `${entityIdFor(noun)}-${articleHash}`;
      if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: noun, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.4, rule: 'unnamed-event' });
    }
  }
  // "north China": a compass word before a country makes a region of it.
  for (const e of [...entities.values()]) {
    if (e.type !== 'COUNTRY') continue;
    for (const form of [e.name, ...e.aliases]) {
      for (const at of wholeWordOccurrences(allText, form)) {
        const w = /(?:^|[^\p{L}])(\p{Ll}[\p{L}\-]*) $/u.exec(allText.slice(Math.max(0, at - 16), at))?.[1];
        if (w && COMPASS.has(w)) addEntity(`${w} ${form}`, { type: 'REGION', confidence: 0.8, rule: 'compass-region' });
      }
    }
  }
  // Descriptions: the first apposition or title the text gives.
  for (const [text, occ] of occurrences) {
    for (const o of occ) {
      const apposition = appositionAfter(o);
      if (!apposition) continue;
      const e = [...entities.values()].find((x) => x.name === text || x.aliases.includes(text));
      if (e && e.description === null) e.description = apposition.text;
    }
  }
  for (const m of requireLayer(doc, 'mentions', 'link')) {
    const e = entities.get(m.entityId)!;
    if (e.description !== null) continue;
    const sentence = sentences[m.sentence];
    if (!sentence) continue;
    const first = tokenStartingAt(sentence, m.start);
    const last = tokenEndingAt(sentence, m.end);
    if (first === -1 || last === -1) continue;
    const apposition = appositionAfter({ cand: { ...m, honorific: null, definite: false, initial: false }, sentence, first, last });
    if (apposition) e.description = apposition.text;
  }

  // No string may name two entities (the seed refuses it): the later, weaker claim gives it up.
  const owner = new Map<string, DocEntity>();
  for (const e of [...entities.values()].sort((a, b) => Number(b.linked) - Number(a.linked) || b.confidence - a.confidence || a.id.localeCompare(b.id))) {
    e.aliases = e.aliases.filter((a) => a !== e.name && !owner.has(a));
    for (const s of [e.name, ...e.aliases]) if (!owner.has(s)) owner.set(s, e);
    if (owner.get(e.name) !== e) entities.delete(e.id);
  }

  // Mentions, by the seed's rule; an entity that wins no mention is dropped.
  const records = [...entities.values()].map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, description: e.description, wikidataId: e.wikidataId, proposal: { confidence: e.confidence, rule: e.rule } }));
  const mentions: DocMention[] = [];
  const computed = computeMentions(article, records);
  const mentioned = new Set(computed.map((m) => m.entityId));
  for (const m of computed) {
    for (const span of m.spans) mentions.push({ field: span.field, start: span.start, end: span.end, text: span.text, entityId: m.entityId, sentence: sentenceAt(sentences, span.field, span.start) });
  }
  for (const id of [...entities.keys()]) if (!mentioned.has(id)) entities.delete(id);
  const fieldOrder = new Map(['TITLE', 'IMAGE_CAPTION', 'IMAGE_CREDIT', 'BODY'].map((f, i) => [f, i]));
  mentions.sort((a, b) => (fieldOrder.get(a.field) ?? -1) - (fieldOrder.get(b.field) ?? -1) || a.start - b.start);
  return { ...doc, entities, mentions };
}
