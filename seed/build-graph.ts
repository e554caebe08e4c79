/**
 * Turns validated seed files into the records the repositories write: relationship ids and
 * evidence spans derived, mentions computed, entities shared between files merged.
 *
 * Curated wins. An entity defined by a curated copy in any file is curated, and its name, type,
 * description and Wikidata id are those of its curated copies (validation keeps name, type and
 * Wikidata id equal across all copies; a proposed copy's description is never used for it); the
 * aliases of every copy are kept. A relationship's evidence carries the provenance of the file it
 * comes from, so it is curated when any file states it curated (src/data/provenance.ts), and its
 * description likewise comes from curated files only, when there are any.
 */
import type { ArticleWithMentions } from '../src/data/article-repository';
import type { EntityRecord, EntityType, EvidenceRecord, RelationshipRecord } from '../src/data/model';
import { relationshipProposal, strongestProposal } from '../src/data/provenance';
import { computeMentions, fieldText } from './mentions';
import { seedRelationshipId, toEntityRecord, type LoadedSeedFile } from './load-seed-files';

export interface SeedGraph {
  readonly articles: readonly ArticleWithMentions[];
  readonly entities: readonly EntityRecord[];
  readonly relationships: readonly RelationshipRecord[];
}

/** Aliases of both, in first-seen order. */
export function mergeAliases(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/** Evidence in a stable order: by article, field, position. */
export function sortEvidence(evidence: readonly EvidenceRecord[]): EvidenceRecord[] {
  return [...evidence].sort(
    (a, b) =>
      a.articleId.localeCompare(b.articleId) ||
      a.span.field.localeCompare(b.span.field) ||
      a.span.start - b.span.start ||
      a.quote.localeCompare(b.quote),
  );
}

/**
 * Two copies of one entity as one: curated wins (see the module comment), aliases of both in
 * first-seen order; between equals, the first description that is not null and the strongest proposal.
 */
export function mergeEntityCopies(first: EntityRecord, second: EntityRecord): EntityRecord {
  const aliases = mergeAliases(first.aliases, second.aliases);
  const firstCurated = first.proposal === null;
  const secondCurated = second.proposal === null;
  if (firstCurated && !secondCurated) return { ...first, aliases };
  if (secondCurated && !firstCurated) return { ...second, aliases };
  return {
    ...first,
    aliases,
    description: first.description ?? second.description,
    proposal: strongestProposal([first.proposal, second.proposal]),
  };
}

/**
 * The description of a relationship stated by two sources: curated wins, so a proposed source's
 * description never replaces (or fills in) that of a curated one; between equals, the first that
 * is not null.
 */
export function mergeRelationshipDescription(
  first: { readonly description: string | null; readonly curated: boolean },
  second: { readonly description: string | null; readonly curated: boolean },
): string | null {
  if (first.curated !== second.curated) return first.curated ? first.description : second.description;
  return first.description ?? second.description;
}

export function buildGraph(files: readonly LoadedSeedFile[]): SeedGraph {
  const entities = new Map<string, EntityRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  const articles: ArticleWithMentions[] = [];

  for (const { data } of files) {
    const fileEntities = data.entities.map(toEntityRecord);
    for (const entity of fileEntities) {
      const known = entities.get(entity.id);
      entities.set(entity.id, known ? mergeEntityCopies(known, entity) : entity);
    }

    for (const rel of data.relationships) {
      const id = seedRelationshipId(rel);
      const proposal = rel.proposed ?? null;
      const evidence: EvidenceRecord[] = rel.evidence.map(({ quote, field }) => {
        const start = fieldText(data.article, field).indexOf(quote);
        return { articleId: data.article.id, quote, span: { field, start, end: start + quote.length, text: quote }, proposal };
      });
      const known = relationships.get(id);
      relationships.set(id, {
        id,
        type: rel.type,
        sourceId: rel.source,
        targetId: rel.target,
        description: known
          ? mergeRelationshipDescription(
              { description: known.description, curated: relationshipProposal(known.evidence) === null },
              { description: rel.description, curated: proposal === null },
            )
          : rel.description,
        evidence: sortEvidence([...(known?.evidence ?? []), ...evidence]),
      });
    }

    const mentions = computeMentions(data.article, fileEntities);
    const mentionCounts: Partial<Record<EntityType, number>> = {};
    for (const mention of mentions) mentionCounts[mention.entityType] = (mentionCounts[mention.entityType] ?? 0) + 1;
    articles.push({ article: { ...data.article, mentionCounts }, mentions });
  }

  return { articles, entities: [...entities.values()], relationships: [...relationships.values()] };
}
