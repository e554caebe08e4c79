/**
 * Round 12: the match an article reports, as an EVENT (a phase of stage `cluster`).
 *
 * - A final named by its competition or its year: "in the Tolva Cup final at …", "the 2031 final
 *   in Lima", "the Orsk League final." → an EVENT named by that phrase without "the" ("Tolva Cup
 *   final", "2031 final"). The phrase must stand as a noun (punctuation, a preposition or a verb
 *   after it: not "the Tolva Cup final whistle"); a plural ("finals") is no one event.
 * - The final of a match report that never names it: the headline or the first paragraph gives a
 *   score ("beating Peru 3-1", "a 2-2 draw") and the text says "the final" → an EVENT named
 *   "final", with the alias "match" when the text says "the match" (the fixtures' convention for an
 *   unnamed occasion: its noun). Only when no named final stands in the headline, the caption or
 *   the first paragraph.
 *
 * Every rule reads a construction class, never a name: the competition's name is whatever the text
 * writes before "final".
 */
import type { DocEntity, Sentence } from './document';
import { wholeWordOccurrences } from '../mentions';

/** The rule names of the entities this phase adds (the relation rules of round 12 read them). */
export const NAMED_FINAL_RULE = 'named-final';
export const UNNAMED_FINAL_RULE = 'unnamed-final';

/** What may follow a final used as a noun. */
const AFTER_NOUN = String.raw`(?=\s*[,.;:)!?\u2014\u2013]|\s*$|\s+(?:at|in|on|against|with|between|was|is|were|had|has|have|for|and|but|when|which|where|after|before|to|from|ended|began|kicked|went|took)\b)`;
/** "the <Capitalised words or a year> final": the words are the competition or the edition. */
const NAMED_FINAL = new RegExp(String.raw`\b[Tt]he\s+((?:(?:\p{Lu}[\p{L}\-]*|\d{4})\s+){1,4}final)${AFTER_NOUN}`, 'gu');
/** A bare "the final" used as a noun. */
const BARE_FINAL = new RegExp(String.raw`\b[Tt]he\s+(?:\p{Ll}+est\s+)?final(?:${AFTER_NOUN}|\s+(?:ever|\p{Ll}+ed)\b)`, 'u');
/** A score between two sides, as a match report's headline or first paragraph gives it. */
const SCORE = /\b(?:beat|beats|beating|beaten|won|win|wins|winning|lost|losing|drew|draw|defeated|defeating)\b[^.;]{0,60}?\b\d{1,2}[-\u2013]\d{1,2}\b|\b\d{1,2}[-\u2013]\d{1,2}\s+(?:win|victory|draw|defeat)\b/u;
/** Words that open a sentence but name nothing ("The", "In"): never the competition's first word. */
const NOT_A_NAME = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'Last', 'This', 'That', 'Their', 'His', 'Her', 'Its']);

export interface FinalsInput {
  readonly title: string;
  readonly caption: string;
  /** The body's sentences, in order. */
  readonly sentences: readonly Sentence[];
  readonly allText: string;
  readonly entities: Map<string, DocEntity>;
  /** The id an unnamed event gets: its slug and the article's hash. */
  readonly idFor: (name: string) => string;
}

/** The first paragraph's first sentence of the body (the lead). */
function leadOf(sentences: readonly Sentence[]): string {
  return sentences.find((s) => s.field === 'BODY')?.text ?? '';
}

/** Adds the finals the text names, or the one final its match report never names. */
export function finalEvents(input: FinalsInput): void {
  const { title, caption, sentences, allText, entities, idFor } = input;
  if (!allText.includes('final')) return;
  const named = new Map<string, number>();
  for (const s of sentences) {
    if (!s.text.includes('final')) continue;
    for (const m of s.text.matchAll(NAMED_FINAL)) {
      const name = m[1]!;
      const first = name.split(/\s+/u)[0]!;
      if (NOT_A_NAME.has(first)) continue;
      named.set(name, (named.get(name) ?? 0) + 1);
    }
  }
  const taken = (name: string) => [...entities.values()].some((e) => e.name === name || e.aliases.includes(name));
  for (const name of named.keys()) {
    if (taken(name)) continue;
    const id = idFor(name);
    if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name, aliases: [], description: null, wikidataId: null, linked: false, confidence: 0.6, rule: NAMED_FINAL_RULE });
  }
  const lead = leadOf(sentences);
  const front = `${title}\n${caption}\n${lead}`;
  if ([...named.keys()].some((name) => front.includes(name))) return;
  if (!SCORE.test(`${title}\n${lead}`) || !BARE_FINAL.test(allText)) return;
  if (taken('final')) return;
  const id = idFor('final');
  const aliases = wholeWordOccurrences(allText, 'the match').length > 0 ? ['match'] : [];
  if (!entities.has(id)) entities.set(id, { id, type: 'EVENT', name: 'final', aliases, description: null, wikidataId: null, linked: false, confidence: 0.45, rule: UNNAMED_FINAL_RULE });
}
