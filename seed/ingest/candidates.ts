/**
 * Stage `candidates`: proper-noun sequences that no known entity covers, cleaned of possessives
 * ("Putin’s"), honorifics and titles ("Mr", "President"), quotes and punctuation at the ends, and
 * of capitals that only start a sentence or a title-case headline (the part-of-speech tag decides).
 * Inside a name, short connectors ("of", "of the", "for") and a final number ("… 2") are kept;
 * "and" only where the name ends in a head noun ("… and … Forum"). A lower-case head noun right
 * after a name ("Treasury department") belongs to it, as does "<adjective> ministry" after a
 * possessive ("China’s foreign ministry").
 */
import { COMPASS, FUNCTION_WORDS, HEAD_NOUNS, HONORIFICS, NAME_CONNECTORS, TITLES } from './cues';
import type { Candidate, DocMention, IngestDocument, Sentence, Token } from './document';
import { requireLayer } from './document';
import { loadGazetteer } from './gazetteer';

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}.’'\-]*$/u;
const QUOTES = /^[“”"‘’'«»]$/;
const POSSESSIVE = /^[’']s?$/;
const CAPITAL_HEADS = new Set(HEAD_NOUNS.flatMap(([, words]) => words.filter((w) => /^\p{Lu}/u.test(w))));
const LOWER_BODY_HEADS = new Set(['ministry', 'department', 'commission', 'agency', 'office', 'bureau', 'council', 'parliament']);

const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/** Whether most words of the sentence are capitalised (a title-case headline or subheading). */
function isTitleCase(sentence: Sentence): boolean {
  // Only headlines and subheadings (no closing punctuation) are written in title case.
  if (sentence.field !== 'TITLE' && /[.!?”"’:]$/u.test(sentence.text)) return false;
  const words = sentence.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length > 0.6;
}

function isProperToken(sentence: Sentence, i: number, firstWord: number, titleCase: boolean): boolean {
  const t = sentence.tokens[i]!;
  if (t.numeric || !CAPITALISED.test(t.text)) return false;
  if (t.pos === 'PUNCT' || t.pos === 'SYM') return false;
  const initial = i === firstWord;
  if (initial || titleCase) {
    if (FUNCTION_WORDS.has(t.text)) return false;
    // A capital that only starts the sentence: trust the tagger.
    return t.pos === 'PROPN' || HONORIFICS.has(t.text) || TITLES.has(t.text);
  }
  return !['DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PART'].includes(t.pos) || t.pos === 'PROPN';
}

/** Candidates of one sentence; `covered(field, start, end)` says whether a known mention is there. */
export function sentenceCandidates(sentence: Sentence, covered: (start: number, end: number) => boolean): Candidate[] {
  const tokens = sentence.tokens;
  const firstWord = tokens.findIndex((t) => isWord(t) && !QUOTES.test(t.text));
  const titleCase = isTitleCase(sentence);
  const proper = tokens.map((t, i) => !covered(t.start, t.end) && isProperToken(sentence, i, firstWord, titleCase));
  // A capitalised word the date recogniser took ("Morning", "May") inside a run of names is a name word.
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!proper[i] && t.numeric && CAPITALISED.test(t.text) && prev && proper[i - 1] && !prev.numeric && next && CAPITALISED.test(next.text) && !next.numeric && !covered(t.start, t.end)) proper[i] = true;
  });
  const gazetteer = loadGazetteer();
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!proper[i]) {
      i++;
      continue;
    }
    let end = i; // inclusive
    for (;;) {
      const next = end + 1;
      if (proper[next] && tokens[next]!.start === tokens[end]!.end + 1) {
        end = next;
        continue;
      }
      // A hyphen joined without spaces to a number or a capitalised word: "Apollo-11", "Trans-Asia".
      const hyphen = tokens[next];
      const joined = tokens[next + 1];
      if (hyphen?.text === '-' && hyphen.start === tokens[end]!.end && joined && joined.start === hyphen.end && (/^\d+[A-Za-z]?$/.test(joined.text) || (proper[next + 1] && !loadGazetteer().demonym(joined.text)))) {
        end = next + 1;
        continue;
      }
      // connectors: "of", "of the", "for the" between proper words
      const one = tokens[next];
      const two = tokens[next + 1];
      if (one && NAME_CONNECTORS.has(one.text)) {
        if (proper[next + 1]) {
          end = next + 1;
          continue;
        }
        if (two && NAME_CONNECTORS.has(`${one.text} ${two.text}`) && proper[next + 2]) {
          end = next + 2;
          continue;
        }
      }
      // "and" inside an event or organisation name: "Belt and Road Forum"
      if (one && one.text === 'and' && proper[next + 1]) {
        let k = next + 1;
        while (proper[k + 1]) k++;
        if (CAPITAL_HEADS.has(tokens[k]!.text) && k > next + 1 && !gazetteer.country(tokens[end]!.text)) {
          end = k;
          continue;
        }
      }
      break;
    }
    // A small number closing a name of two words or more: "Power of Siberia 2".
    const num = tokens[end + 1];
    if (num && /^\d{1,2}$/.test(num.text) && end > i && num.start === tokens[end]!.end + 1 && !(tokens[end + 2] && /^\d/.test(tokens[end + 2]!.text))) {
      end += 1;
    }
    // Leading honorifics and titles are not part of the name; remember the first one.
    let from = i;
    let honorific: string | null = null;
    // "Chinese President …", "US Secretary of State …": the office's country goes with the title.
    while (from < end && (gazetteer.demonym(tokens[from]!.text) || gazetteer.country(tokens[from]!.text)) && TITLES.has(tokens[from + 1]?.text ?? '')) from++;
    while (from < end && (HONORIFICS.has(tokens[from]!.text) || TITLES.has(tokens[from]!.text) || (from > i && NAME_CONNECTORS.has(tokens[from]!.text)) || (from > i && TITLES.has(tokens[from - 1]!.text) && tokens[from - 1]!.text !== 'State' && tokens[from]!.text === 'State'))) {
      honorific ??= tokens[from]!.text;
      from++;
    }
    if (from > end || (from === end && (HONORIFICS.has(tokens[from]!.text) || TITLES.has(tokens[from]!.text)))) {
      i = end + 1;
      continue;
    }
    if (HONORIFICS.has(tokens[from]!.text)) from++;
    // A lower-case body noun right after the name belongs to it: "Treasury department".
    let last = end;
    const head = tokens[end + 1];
    if (head && LOWER_BODY_HEADS.has(head.text) && !covered(head.start, head.end)) last = end + 1;
    const first = tokens[from]!;
    const text = sentence.text.slice(first.start - sentence.start, tokens[last]!.end - sentence.start);
    const before = tokens[i - 1];
    const definite = before?.text === 'the' || before?.text === 'The';
    // A name that is only a demonym ("Chinese") or a compass word is not an entity by itself.
    if (!(from === last && (gazetteer.demonym(text) || COMPASS.has(text)))) {
      out.push({ field: sentence.field, start: first.start, end: tokens[last]!.end, text, sentence: sentence.index, honorific, definite, initial: i === firstWord && from === i && last === i });
    }
    i = end + 1;
  }
  // "<Country>’s foreign ministry": an unnamed body given by its owner's possessive.
  tokens.forEach((t, k) => {
    const adj = tokens[k + 1];
    const noun = tokens[k + 2];
    if (POSSESSIVE.test(t.text) && t.pos === 'PART' && adj && noun && /^\p{Ll}/u.test(adj.text) && LOWER_BODY_HEADS.has(noun.text) && !covered(adj.start, noun.end)) {
      if (out.some((c) => c.start <= adj.start && adj.start < c.end)) return;
      out.push({ field: sentence.field, start: adj.start, end: noun.end, text: sentence.text.slice(adj.start - sentence.start, noun.end - sentence.start), sentence: sentence.index, honorific: null, definite: false, initial: false });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The `candidates` component. */
export function candidates(doc: IngestDocument): IngestDocument {
  const sentences = requireLayer(doc, 'sentences', 'segment');
  const mentions = requireLayer(doc, 'mentions', 'link');
  const byField = new Map<string, DocMention[]>();
  for (const m of mentions) {
    const list = byField.get(m.field);
    if (list) list.push(m);
    else byField.set(m.field, [m]);
  }
  // Names are read over the known mentions too: a longer name that contains a known one ("South
  // China Morning Post" around "China") wins, as in the seed's longest-first rule; a candidate that
  // is a known mention, or lies inside one, is dropped.
  const found = sentences.flatMap((s) =>
    sentenceCandidates(s, () => false).filter((c) => {
      const inside = (byField.get(s.field) ?? []).filter((m) => c.start < m.end && m.start < c.end);
      return inside.every((m) => c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start && c.text.includes(' '));
    }),
  );
  return { ...doc, candidates: found };
}
