/**
 * Mentions are computed, never typed by hand: every case-sensitive, whole-word occurrence of an
 * entity's name or aliases in the article's title, image caption, image credit and body.
 *
 * Where candidate strings overlap, the longest wins and then the earliest ("South China Morning
 * Post" is the newspaper, not a mention of China; "Mr Putin" is one mention, not two). A word
 * boundary is any character that is not a letter or digit, so "Russia" does not match "Russian".
 */
import type { ArticleField, EntityRecord, MentionRecord, TextSpanRecord } from '../src/data/model';
import type { SeedArticle } from './schema';

export const MENTION_FIELDS: ReadonlyArray<{ field: ArticleField; key: 'title' | 'imageCaption' | 'imageCredit' | 'body' }> = [
  { field: 'TITLE', key: 'title' },
  { field: 'IMAGE_CAPTION', key: 'imageCaption' },
  { field: 'IMAGE_CREDIT', key: 'imageCredit' },
  { field: 'BODY', key: 'body' },
];

/** The text of one field of an article ('' when the field is null). */
export function fieldText(article: SeedArticle, field: ArticleField): string {
  const entry = MENTION_FIELDS.find((f) => f.field === field);
  if (!entry) throw new Error(`Unknown article field ${field}`);
  return article[entry.key] ?? '';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Whether the UTF-16 code unit at `i` is a letter or digit (false outside `text`). ASCII, nearly
 * every boundary, is answered from the code; the rest by the Unicode property regex.
 */
function isWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text[i]!);
}

/** Whether `text.slice(start, end)` is bounded by non-word characters (or the ends of `text`). */
export function isWholeWordAt(text: string, start: number, end: number): boolean {
  return !isWordCharAt(text, start - 1) && !isWordCharAt(text, end);
}

/** Start offsets of whole-word occurrences of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isWholeWordAt(text, at, at + needle.length)) starts.push(at);
  }
  return starts;
}

/**
 * The hits that become mentions: longest first, then earliest, skipping any that overlaps one
 * already placed. Shared by the seed (computeMentions) and the ingest linker, so both resolve
 * overlaps the same way. Returns the placed hits in placement order.
 */
export function placeLongestFirst<T extends { start: number; end: number }>(hits: readonly T[]): T[] {
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: T[] = [];
  // Hits of whole offsets, none empty (all that callers make): two overlap exactly when an offset
  // lies in both, so each placed hit marks its offsets and a later one reads its own, instead of
  // being compared with every hit placed before it.
  let span = 0;
  for (const hit of hits) {
    if (!(Number.isInteger(hit.start) && Number.isInteger(hit.end) && hit.start >= 0 && hit.start < hit.end)) return placeByComparing(ordered);
    if (hit.end > span) span = hit.end;
  }
  const marks = takenMarks(span);
  for (const hit of ordered) {
    let free = true;
    for (let i = hit.start; i < hit.end; i++) {
      if (marks[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    marks.fill(1, hit.start, hit.end);
    taken.push(hit);
  }
  return taken;
}

/** placeLongestFirst's placement for any hits (an empty one included): each compared with those placed. */
function placeByComparing<T extends { start: number; end: number }>(ordered: readonly T[]): T[] {
  const taken: T[] = [];
  for (const hit of ordered) {
    if (taken.some((t) => hit.start < t.end && t.start < hit.end)) continue;
    taken.push(hit);
  }
  return taken;
}

/** One buffer of taken offsets, grown as needed and cleared per call (no allocation per field). */
let marksBuffer = new Uint8Array(8192);
function takenMarks(length: number): Uint8Array {
  if (marksBuffer.length < length) marksBuffer = new Uint8Array(Math.max(length, marksBuffer.length * 2));
  else marksBuffer.fill(0, 0, length);
  return marksBuffer;
}

/**
 * The mentions of `entities` in `article`, one record per entity that occurs, ordered by entity id.
 * Callers must ensure no string is both a name/alias of two entities (the seed validation does).
 */
export function computeMentions(article: SeedArticle, entities: readonly EntityRecord[]): MentionRecord[] {
  const spansByEntity = new Map<string, TextSpanRecord[]>();

  for (const { field, key } of MENTION_FIELDS) {
    const text = article[key] ?? '';
    if (text === '') continue;
    // Hits in the order the candidates and their occurrences come (placeLongestFirst's tie order).
    const hits: Array<{ entity: EntityRecord; start: number; end: number }> = [];
    for (const entity of entities) {
      for (let n = -1; n < entity.aliases.length; n++) {
        const needle = n === -1 ? entity.name : entity.aliases[n]!;
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          if (isWholeWordAt(text, at, at + needle.length)) hits.push({ entity, start: at, end: at + needle.length });
        }
      }
    }
    for (const hit of placeLongestFirst(hits)) {
      const spans = spansByEntity.get(hit.entity.id) ?? [];
      spans.push({ field, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
      spansByEntity.set(hit.entity.id, spans);
    }
  }

  const fieldOrder = MENTION_FIELDS.map((f) => f.field);
  return entities
    .filter((entity) => spansByEntity.has(entity.id))
    .map((entity) => {
      const spans = spansByEntity.get(entity.id)!;
      // (Spans of one field, the most common pair, need no look-up of their field's place.)
      spans.sort((a, b) => (a.field === b.field ? a.start - b.start : fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field) || a.start - b.start));
      return { articleId: article.id, entityId: entity.id, entityType: entity.type, count: spans.length, spans };
    })
    .sort((a, b) => a.entityId.localeCompare(b.entityId));
}
