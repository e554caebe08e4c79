/**
 * The seed file format (one JSON file per article under seed/data/), validated with zod.
 * Documented for authors in seed/README.md. Entity types come from schema.graphql.
 */
import { z } from 'zod';
import { ArticleField, EntityType } from '../src/generated/graphql';
import { ARTICLE_ID_PATTERN, ENTITY_ID_PATTERN, RELATIONSHIP_TYPE_PATTERN } from '../src/data/ids';

const text = z.string().trim().min(1);
const nullableText = text.nullable();

/**
 * Present on an item the ingest pipeline proposed, absent on a curated one. A reviewer promotes a
 * proposed item to curated by deleting this object (after correcting the item if need be).
 */
export const seedProposalSchema = z.strictObject({
  /** How sure the rule that produced the item is, in [0, 1]. */
  confidence: z.number().min(0).max(1),
  /** The name of the pipeline rule that produced the item, e.g. `apposition-title`. */
  rule: text,
});

export const seedArticleSchema = z.strictObject({
  id: z.string().regex(ARTICLE_ID_PATTERN, 'must look like article:<lower-case-slug>'),
  title: text,
  body: text,
  publishedAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: (issue) =>
        `must be an ISO 8601 date like 2024-05-16, a date-time with offset like 2024-05-16T09:00:00Z, or null; got ${JSON.stringify(issue.input)}`,
    })
    .nullable(),
  dateDescription: nullableText,
  publisher: nullableText,
  url: z.url().nullable(),
  imageAlt: nullableText,
  imageCaption: nullableText,
  imageCredit: nullableText,
});

export const seedEntitySchema = z.strictObject({
  id: z.string().regex(ENTITY_ID_PATTERN, 'must look like entity:<lower-case-slug>'),
  type: z.enum(Object.values(EntityType) as [EntityType, ...EntityType[]]),
  name: text,
  aliases: z.array(text).default([]),
  description: nullableText,
  wikidataId: z.string().regex(/^Q[1-9][0-9]*$/, 'must look like Q123').nullable().default(null),
  proposed: seedProposalSchema.optional(),
});

export const seedEvidenceSchema = z.strictObject({
  quote: text,
  /** The article text the quote is taken from. @default "BODY" */
  field: z.enum(Object.values(ArticleField) as [ArticleField, ...ArticleField[]]).default('BODY'),
});

export const seedRelationshipSchema = z.strictObject({
  source: z.string().regex(ENTITY_ID_PATTERN, 'must be an entity id'),
  type: z.string().regex(RELATIONSHIP_TYPE_PATTERN, 'must be UPPER_SNAKE_CASE'),
  target: z.string().regex(ENTITY_ID_PATTERN, 'must be an entity id'),
  description: nullableText,
  evidence: z.array(seedEvidenceSchema).min(1),
  proposed: seedProposalSchema.optional(),
});

export const seedFileSchema = z.strictObject({
  article: seedArticleSchema,
  entities: z.array(seedEntitySchema).min(1),
  relationships: z.array(seedRelationshipSchema).default([]),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedArticle = z.infer<typeof seedArticleSchema>;
export type SeedEntity = z.infer<typeof seedEntitySchema>;
export type SeedRelationship = z.infer<typeof seedRelationshipSchema>;
export type SeedProposal = z.infer<typeof seedProposalSchema>;
