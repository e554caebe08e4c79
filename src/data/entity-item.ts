/**
 * Stored shape and keys of the entities table's items (see ENTITIES_TABLE for access patterns).
 */
import type { EntityRecord, EntityType, FactStatus } from './model';
import { normalizeText, searchTerms } from './normalize';
import { statusOf, statusPartition } from './provenance';

export const ENTITY_SK = 'ENTITY';
export const ENTITY_LIST_PARTITION = 'ENTITY';
export const TERM_SK_PREFIX = 'TERM#';
/** Sort key of the entity's copy in the byStatus partition of its type. */
export const ENTITY_TYPE_STATUS_SK = 'STATUS#TYPE';

/** An item's place in the byStatus index (see ENTITIES_TABLE). */
export interface StatusKey {
  readonly statusPk: string;
  readonly statusSk: string;
}

/** The entity item; its status key places it in the list of all entities of its status. */
export interface EntityItem extends EntityRecord, StatusKey {
  readonly pk: string;
  readonly sk: typeof ENTITY_SK;
  readonly listPk: typeof ENTITY_LIST_PARTITION;
  readonly listSk: string;
  readonly typePk: string;
  readonly typeSk: string;
  /**
   * CURATED or PROPOSED, from `proposal`. Nothing reads it now (the status keys serve the lists);
   * it is written so that the code before the byStatus index, which filtered on it, still lists
   * items written now correctly if a deploy is rolled back.
   */
  readonly status: FactStatus;
}

/** A copy of the entity that exists only to sit in the byStatus partition of its type and status. */
export interface EntityTypeStatusItem extends EntityRecord, StatusKey {
  readonly pk: string;
  readonly sk: typeof ENTITY_TYPE_STATUS_SK;
}

/** One searchable term of an entity: a name or alias from one of its words to the end. */
export interface TermItem {
  readonly pk: string;
  readonly sk: string;
  readonly entityId: string;
  readonly term: string;
  /** The term comes from the canonical name (true) or an alias (false). */
  readonly fromName: boolean;
  /** Index of the word the term starts at (0: the whole name or alias). */
  readonly wordIndex: number;
  /** The whole normalized name or alias the term was cut from. */
  readonly full: string;
  readonly termPk: string;
  readonly termSk: string;
}

export const entityKey = (id: string) => ({ pk: id, sk: ENTITY_SK }) as const;

/** Orders entities by normalized name; the id keeps equal names apart and the order stable. */
export const entityNameKey = (entity: Pick<EntityRecord, 'id' | 'name'>) => `${normalizeText(entity.name)}#${entity.id}`;

/** The search index partition of a normalized term or query: its first character. */
export const termPartition = (normalized: string) => String.fromCodePoint(normalized.codePointAt(0)!);

/**
 * The byStatus partition of the entities of one status, of one type or (null) of all types.
 * Its items sort by name as the list without status does.
 */
export const entityStatusPartition = (status: FactStatus, type: EntityType | null): string =>
  statusPartition('ENTITY', status, type === null ? 'ALL' : `TYPE#${type}`);

export function toEntityItem(entity: EntityRecord): EntityItem {
  const nameKey = entityNameKey(entity);
  return {
    ...entity,
    ...entityKey(entity.id),
    listPk: ENTITY_LIST_PARTITION,
    listSk: nameKey,
    typePk: entity.type,
    typeSk: nameKey,
    statusPk: entityStatusPartition(statusOf(entity.proposal), null),
    statusSk: nameKey,
    status: statusOf(entity.proposal),
  };
}

export function toEntityTypeStatusItem(entity: EntityRecord): EntityTypeStatusItem {
  return {
    ...entity,
    pk: entity.id,
    sk: ENTITY_TYPE_STATUS_SK,
    statusPk: entityStatusPartition(statusOf(entity.proposal), entity.type),
    statusSk: entityNameKey(entity),
  };
}

/** Every item of an entity's partition, the entity item last (see writePartitions). */
export const toEntityPartitionItems = (entity: EntityRecord): object[] => [...toTermItems(entity), toEntityTypeStatusItem(entity), toEntityItem(entity)];

export function fromEntityItem(item: Record<string, unknown>): EntityRecord {
  const e = item as unknown as EntityItem;
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases ?? [],
    description: e.description ?? null,
    wikidataId: e.wikidataId ?? null,
    // Items written before provenance existed are curated.
    proposal: e.proposal ?? null,
  };
}

/** The term items of an entity: every word-suffix of its name and of each alias, deduplicated. */
export function toTermItems(entity: EntityRecord): TermItem[] {
  const terms = new Map<string, TermItem>();
  const sources = [{ text: entity.name, fromName: true }, ...entity.aliases.map((text) => ({ text, fromName: false }))];
  for (const { text, fromName } of sources) {
    const full = normalizeText(text);
    searchTerms(text).forEach((term, wordIndex) => {
      if (terms.has(term)) return; // the name's reading of a term outranks an alias's, and comes first
      terms.set(term, {
        pk: entity.id,
        sk: `${TERM_SK_PREFIX}${term}`,
        entityId: entity.id,
        term,
        fromName,
        wordIndex,
        full,
        termPk: termPartition(term),
        termSk: `${term}#${entity.id}`,
      });
    });
  }
  return [...terms.values()];
}
