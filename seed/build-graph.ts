/**
 * Turns validated seed files into the records the repositories write: relationship ids and
 * evidence spans derived, mentions computed, entities shared between files merged.
 */
import type { ArticleWithMentions } from '../src/data/article-repository';
import type { EntityRecord, EntityType, EvidenceRecord, RelationshipRecord } from '../src/data/model';
import { computeMentions, fieldText } from './mentions';
import { displayPath, seedRelationshipId, toEntityRecord, type LoadedSeedFile } from './load-seed-files';

export interface SeedGraph {
  readonly articles: readonly ArticleWithMentions[];
  readonly entities: readonly EntityRecord[];
  readonly relationships: readonly RelationshipRecord[];
  /** For each entity id, the seed file (as messages show it) that defines it first. */
  readonly entityFiles?: ReadonlyMap<string, string>;
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

export function buildGraph(files: readonly LoadedSeedFile[]): SeedGraph {
  const entities = new Map<string, EntityRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  const articles: ArticleWithMentions[] = [];
  const entityFiles = new Map<string, string>();

  for (const { path, data } of files) {
    const fileEntities = data.entities.map(toEntityRecord);
    for (const entity of fileEntities) {
      if (!entityFiles.has(entity.id)) entityFiles.set(entity.id, displayPath(path));
      const known = entities.get(entity.id);
      entities.set(
        entity.id,
        known
          ? { ...known, aliases: mergeAliases(known.aliases, entity.aliases), description: known.description ?? entity.description }
          : entity,
      );
    }

    for (const rel of data.relationships) {
      const id = seedRelationshipId(rel);
      const evidence: EvidenceRecord[] = rel.evidence.map(({ quote, field }) => {
        const start = fieldText(data.article, field).indexOf(quote);
        return { articleId: data.article.id, quote, span: { field, start, end: start + quote.length, text: quote } };
      });
      const known = relationships.get(id);
      relationships.set(id, {
        id,
        type: rel.type,
        sourceId: rel.source,
        targetId: rel.target,
        description: known?.description ?? rel.description,
        evidence: sortEvidence([...(known?.evidence ?? []), ...evidence]),
      });
    }

    const mentions = computeMentions(data.article, fileEntities);
    const mentionCounts: Partial<Record<EntityType, number>> = {};
    for (const mention of mentions) mentionCounts[mention.entityType] = (mentionCounts[mention.entityType] ?? 0) + 1;
    articles.push({ article: { ...data.article, mentionCounts }, mentions });
  }

  return { articles, entities: [...entities.values()], relationships: [...relationships.values()], entityFiles };
}
