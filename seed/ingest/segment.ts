/**
 * Stage `segment`: sentences and tokens of each text field, with UTF-16 offsets into the field,
 * from wink-nlp and its English lite model. Chosen over compromise for this task (see the report in
 * seed/README.md, "Ingesting articles"): on the first article both split the body into the same 22
 * sentences, but wink-nlp gives part-of-speech tags and a date/number recogniser per token and is
 * about ten times faster (≈10 ms against ≈120 ms warm per article), which the 50 articles/s target
 * needs.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleField } from '../../src/generated/graphql';
import { MENTION_FIELDS, fieldText } from '../mentions';
import type { IngestDocument, Sentence, Token } from './document';
import { requireLayer } from './document';
import { foldForTokenizer } from './fold';

const nlp = winkNLP(model);
const its = nlp.its;

/** Entity types of wink's recogniser that mark dates and numbers, never names. */
const NUMERIC_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'MEASURE']);

/** The bare library parse the bench compares against (the pipeline's floor). */
export function bareParse(text: string): number {
  return nlp.readDoc(text).tokens().length();
}

/** Any character that `trim` keeps (JavaScript's \s is the white space `trim` removes). */
const NON_SPACE = /\S/;

/** Whether `value` has a character that is no white space: printable ASCII answers from its code. */
function hasNonSpace(value: string): boolean {
  const code = value.charCodeAt(0);
  return (code > 32 && code < 127) || NON_SPACE.test(value);
}

/** One buffer of per-token marks, grown as needed and cleared per field (one allocation, not one per field). */
let marks = new Uint8Array(1024);
function numericMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(Math.max(length, marks.length * 2));
  else marks.fill(0, 0, length);
  return marks;
}

/** Whether `text` has a line break in [from, to), the gap between two tokens (read in place, not copied). */
function breaksBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Appends the sentences of one field's text to `out`, numbered on from `out.length` plus `offset`:
 * one per sentence of the library (none for one without tokens), cut at each line break between two
 * tokens when `atBreaks` is set. Tokens and sentences are built in one pass over wink's outputs,
 * each read in one call per field, with no per-token or per-sentence list in between.
 */
function fieldSentences(field: ArticleField, text: string, atBreaks: boolean, out: Sentence[], offset: number): void {
  if (text === '') return;
  // wink reads a same-length fold (fold.ts) so names with letters beyond Latin-1 stay whole.
  const folded = foldForTokenizer(text);
  const same = folded === text;
  const wdoc = nlp.readDoc(folded);
  const values = wdoc.tokens().out() as string[];
  const numeric = numericMarks(values.length);
  const entityTypes = wdoc.entities().out(its.type) as string[];
  const entitySpans = wdoc.entities().out(its.span) as unknown as Array<[number, number]>;
  for (let k = 0; k < entitySpans.length; k++) {
    if (!NUMERIC_TYPES.has(entityTypes[k]!)) continue;
    const span = entitySpans[k]!;
    for (let i = span[0], to = span[1]; i <= to; i++) numeric[i] = 1;
  }
  const pos = wdoc.tokens().out(its.pos) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // wink gives token texts, not offsets: place each one after the previous. Its sentences run on
  // from one another over all the tokens, so tokens are placed in order, sentence by sentence.
  let cursor = 0;
  let next = 0;
  for (let s = 0; s < spans.length; s++) {
    const from = spans[s]![0];
    const to = spans[s]![1];
    let tokens: Token[] = [];
    for (let i = next; i <= to; i++) {
      const value = values[i]!;
      const start = folded.indexOf(value, cursor);
      // wink keeps the text of each token; one it had normalised would not be placed (never seen).
      if (start === -1 || !hasNonSpace(value)) continue; // line breaks are not tokens here
      const end = start + value.length;
      const token: Token = { field, start, end, text: same ? value : text.slice(start, end), pos: pos[i]!, numeric: numeric[i] === 1 };
      if (i >= from) {
        // A sentence never runs across a line break (a subheading has no full stop).
        if (atBreaks && tokens.length > 0 && breaksBetween(text, cursor, start)) {
          pushSentence(out, offset, field, text, tokens);
          tokens = [];
        }
        tokens.push(token);
      }
      cursor = end;
    }
    if (to + 1 > next) next = to + 1;
    if (tokens.length > 0) pushSentence(out, offset, field, text, tokens);
  }
}

function pushSentence(out: Sentence[], offset: number, field: ArticleField, text: string, tokens: Token[]): void {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  out.push({ index: offset + out.length, field, start, end, text: text.slice(start, end), tokens });
}

/** Sentences and tokens of one field's text. `firstIndex` numbers the sentences across fields. */
export function segmentText(field: ArticleField, text: string, firstIndex = 0): Sentence[] {
  const out: Sentence[] = [];
  fieldSentences(field, text, false, out, firstIndex);
  return out;
}

/**
 * The index of the first token of `s` that starts at `start`, or -1: what
 * `s.tokens.findIndex((t) => t.start === start)` answers. Stage `segment` places the tokens in text
 * order without overlaps (starts and ends both rise), so each offset belongs to at most one token
 * and a binary search finds it. (Two functions, each reading one named property: a property chosen
 * by a key at each step cost more than the search.)
 */
export function tokenStartingAt(s: Sentence, start: number): number {
  const tokens = s.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const offset = tokens[mid]!.start;
    if (offset === start) return mid;
    if (offset < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The index of the first token of `s` that ends at `end`, or -1 (the same search on the ends). */
export function tokenEndingAt(s: Sentence, end: number): number {
  const tokens = s.tokens;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const offset = tokens[mid]!.end;
    if (offset === end) return mid;
    if (offset < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The `segment` component: title, image caption, image credit and body, in that order. */
export function segment(doc: IngestDocument): IngestDocument {
  const article = requireLayer(doc, 'article', 'parse');
  const sentences: Sentence[] = [];
  // One parse per field; a sentence never runs across a line break (a subheading has no full stop).
  for (const { field } of MENTION_FIELDS) fieldSentences(field, fieldText(article, field), true, sentences, 0);
  return { ...doc, sentences };
}
