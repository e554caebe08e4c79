/**
 * The naive baseline of issue 11 §4, measured in the same eval run as the pipeline so its figures
 * sit beside ours: a general NLP library's people, places and organisations, and a relationship
 * for every pair of those entities that share a sentence.
 *
 * The library is compromise (a devDependency, also used by bench/segmenters.ts): unlike wink's
 * English lite model it ships ready-made people/places/organisations lists, which is what "a
 * general NLP library's" entities means. Its matches are given a fair chance: surrounding
 * punctuation and a trailing possessive are trimmed, and each distinct string becomes one entity
 * (no clustering of aliases: that is the pipeline's work, not the baseline's). Places are typed
 * CITY, people PERSON, organisations ORGANIZATION; relationships get the type `RELATED_TO`, which
 * no key uses, so the baseline's typed figures are zero by construction and only its pair figures
 * compare.
 *
 * Nothing here is used by the pipeline; it exists to be beaten.
 */
import compromise from 'compromise';
import { fieldText, wholeWordOccurrences } from '../mentions';
import { EntityType } from '../../src/generated/graphql';
import type { SeedEntity, SeedFile, SeedRelationship } from '../schema';
import { parseArticleText } from './parse-article';

type ArticleField = SeedRelationship['evidence'][number]['field'];

/** The fields the baseline reads (the credit line holds no sentence worth pairing). */
const FIELDS: readonly ArticleField[] = ['TITLE', 'IMAGE_CAPTION', 'BODY'];

const LISTS = [
  { type: EntityType.PERSON, pick: (doc: ReturnType<typeof compromise>) => doc.people() },
  { type: EntityType.ORGANIZATION, pick: (doc: ReturnType<typeof compromise>) => doc.organizations() },
  { type: EntityType.CITY, pick: (doc: ReturnType<typeof compromise>) => doc.places() },
] as const;

/** A match as compromise prints it, without surrounding punctuation, quotes or a possessive ending. */
export function trimMatch(text: string): string {
  return text
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[’']s$/u, '')
    .trim();
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The baseline's extraction of one article, as a seed file (only the parts the eval reads are
 * meaningful: entities, relationships with their evidence, the article's text).
 */
export function baselineExtract(sourceName: string, text: string): SeedFile {
  const article = parseArticleText(sourceName, text);
  const entities = new Map<string, SeedEntity>();
  const sentences: Array<{ field: ArticleField; quote: string }> = [];
  for (const field of FIELDS) {
    const fieldValue = fieldText(article, field);
    if (!fieldValue) continue;
    const doc = compromise(fieldValue);
    for (const { type, pick } of LISTS) {
      for (const raw of pick(doc).out('array') as string[]) {
        const name = trimMatch(raw);
        if (!name || entities.has(name) || slug(name) === '') continue;
        entities.set(name, { id: `entity:${slug(name)}`, name, type, aliases: [], description: null, wikidataId: null });
      }
    }
    for (const sentence of doc.sentences().out('array') as string[]) {
      const quote = sentence.trim();
      // Only a sentence that is verbatim text of its field can be evidence.
      if (quote && fieldValue.includes(quote)) sentences.push({ field, quote });
    }
  }
  // One id per entity even when two names share a slug.
  const byId = new Map<string, SeedEntity>();
  for (const e of entities.values()) if (!byId.has(e.id)) byId.set(e.id, e);
  const kept = [...byId.values()];

  const relationships = new Map<string, SeedRelationship>();
  for (const { field, quote } of sentences) {
    const inSentence = kept.filter((e) => wholeWordOccurrences(quote, e.name).length > 0);
    for (let i = 0; i < inSentence.length; i++) {
      for (let j = i + 1; j < inSentence.length; j++) {
        const [a, b] = [inSentence[i]!.id, inSentence[j]!.id].sort();
        const key = `${a} ${b}`;
        if (relationships.has(key)) continue;
        relationships.set(key, {
          source: a!,
          target: b!,
          type: 'RELATED_TO',
          description: null,
          evidence: [{ field, quote }],
        });
      }
    }
  }
  return { article, entities: kept, relationships: [...relationships.values()] };
}
