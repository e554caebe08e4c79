/**
 * Stored shape and keys of the relationships table's items (see RELATIONSHIPS_TABLE).
 * Edge, evidence and status copy items carry a full copy of the relationship so index Queries
 * return whole relationships; they are rebuilt together from the relationship whenever it is written.
 */
import type { EvidenceRecord, FactStatus, RelationshipRecord } from './model';
import { relationshipProposal, statusOf, statusPartition } from './provenance';

export const RELATIONSHIP_SK = 'RELATIONSHIP';
export const RELATIONSHIP_LIST_PARTITION = 'RELATIONSHIP';
export const EVIDENCE_SK_PREFIX = 'EVIDENCE#';

export type EdgeDirection = 'OUT' | 'IN';

interface RelationshipData {
  readonly id: string;
  readonly relType: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly description: string | null;
  readonly evidence: RelationshipRecord['evidence'];
  /**
   * CURATED or PROPOSED, derived from the evidence. Nothing reads it now (the status keys below
   * serve the lists); it is written so that the code before the byStatus index, which filtered on
   * it, still lists items written now correctly if a deploy is rolled back.
   */
  readonly status: FactStatus;
}

/**
 * An item's place in the byStatus index: the partition of one list and one status (CURATED or
 * PROPOSED, derived from the evidence), sorted as the list without status.
 */
interface StatusKey {
  readonly statusPk: string;
  readonly statusSk: string;
}

export interface RelationshipItem extends RelationshipData, StatusKey {
  readonly pk: string;
  readonly sk: typeof RELATIONSHIP_SK;
  readonly listPk: typeof RELATIONSHIP_LIST_PARTITION;
  readonly listSk: string;
  readonly typePk: string;
  readonly typeSk: string;
}

export interface EdgeItem extends RelationshipData, StatusKey {
  readonly pk: string;
  readonly sk: `EDGE#${EdgeDirection}`;
  readonly entityPk: string;
  readonly entitySk: string;
  readonly entityDirPk: string;
  readonly entityDirSk: string;
}

export interface EvidenceItem extends RelationshipData, StatusKey {
  readonly pk: string;
  readonly sk: string;
  readonly articlePk: string;
  readonly articleSk: string;
}

/** A copy that exists only to sit in the byStatus partition of the type list, or of one direction of an entity's list. */
export interface StatusCopyItem extends RelationshipData, StatusKey {
  readonly pk: string;
  readonly sk: typeof TYPE_STATUS_SK | `${typeof EDGE_STATUS_SK_PREFIX}${EdgeDirection}`;
}

const TYPE_STATUS_SK = 'STATUS#TYPE';
const EDGE_STATUS_SK_PREFIX = 'STATUS#EDGE#';

export const relationshipKey = (id: string) => ({ pk: id, sk: RELATIONSHIP_SK }) as const;

/** Sort key prefix of an entity's relationships of one type in the byEntity index. */
export const entityEdgePrefix = (type: string) => `${type}#`;
export const entityDirectionPartition = (entityId: string, direction: EdgeDirection) => `${entityId}#${direction}`;

/** The byStatus partition of all relationships of one status, or (with a type) of one type and status. */
export const relationshipStatusPartition = (status: FactStatus, type: string | null): string =>
  statusPartition('RELATIONSHIP', status, type === null ? 'ALL' : `TYPE#${type}`);

/** The byStatus partition of an entity's relationships of one status, both ways or (with a direction) one way. */
export const entityEdgeStatusPartition = (status: FactStatus, entityId: string, direction: EdgeDirection | null): string =>
  statusPartition('RELATIONSHIP', status, `${direction ?? 'ENTITY'}#${entityId}`);

/** The byStatus partition of the relationships of one status that an article gives evidence for. */
export const articleEvidenceStatusPartition = (status: FactStatus, articleId: string): string =>
  statusPartition('RELATIONSHIP', status, `ARTICLE#${articleId}`);

function dataOf(r: RelationshipRecord, status: FactStatus): RelationshipData {
  return { id: r.id, relType: r.type, sourceId: r.sourceId, targetId: r.targetId, description: r.description, evidence: r.evidence, status };
}

// Evidence written before provenance existed is curated.
const evidenceOf = (e: EvidenceRecord): EvidenceRecord => ({ ...e, proposal: e.proposal ?? null });

export function fromRelationshipItem(item: Record<string, unknown>): RelationshipRecord {
  const r = item as unknown as RelationshipData;
  return { id: r.id, type: r.relType, sourceId: r.sourceId, targetId: r.targetId, description: r.description ?? null, evidence: (r.evidence ?? []).map(evidenceOf) };
}

/**
 * The main item, both edge items, one evidence item per article that states the relationship, and
 * the status copies (of the type list and of each direction of its endpoints' lists).
 */
export function toRelationshipItems(r: RelationshipRecord): { main: RelationshipItem; edges: EdgeItem[]; evidence: EvidenceItem[]; statusCopies: StatusCopyItem[] } {
  const status = statusOf(relationshipProposal(r.evidence));
  const data = dataOf(r, status);
  const edge = (direction: EdgeDirection, entityId: string): EdgeItem => {
    const entitySk = `${entityEdgePrefix(r.type)}${r.id}#${direction}`;
    return {
      ...data,
      pk: r.id,
      sk: `EDGE#${direction}`,
      entityPk: entityId,
      entitySk,
      entityDirPk: entityDirectionPartition(entityId, direction),
      entityDirSk: `${entityEdgePrefix(r.type)}${r.id}`,
      statusPk: entityEdgeStatusPartition(status, entityId, null),
      statusSk: entitySk,
    };
  };
  const directionCopy = (direction: EdgeDirection, entityId: string): StatusCopyItem => ({
    ...data,
    pk: r.id,
    sk: `${EDGE_STATUS_SK_PREFIX}${direction}`,
    statusPk: entityEdgeStatusPartition(status, entityId, direction),
    statusSk: `${entityEdgePrefix(r.type)}${r.id}`,
  });
  const articleIds = [...new Set(r.evidence.map((e) => e.articleId))];
  return {
    main: {
      ...data,
      ...relationshipKey(r.id),
      listPk: RELATIONSHIP_LIST_PARTITION,
      listSk: r.id,
      typePk: r.type,
      typeSk: r.id,
      statusPk: relationshipStatusPartition(status, null),
      statusSk: r.id,
    },
    edges: [edge('OUT', r.sourceId), edge('IN', r.targetId)],
    evidence: articleIds.map((articleId) => ({
      ...data,
      pk: r.id,
      sk: `${EVIDENCE_SK_PREFIX}${articleId}`,
      articlePk: articleId,
      articleSk: r.id,
      statusPk: articleEvidenceStatusPartition(status, articleId),
      statusSk: r.id,
    })),
    statusCopies: [
      { ...data, pk: r.id, sk: TYPE_STATUS_SK, statusPk: relationshipStatusPartition(status, r.type), statusSk: r.id },
      directionCopy('OUT', r.sourceId),
      directionCopy('IN', r.targetId),
    ],
  };
}

/** Every item of a relationship's partition, the main item last (see writePartitions). */
export function toRelationshipPartitionItems(r: RelationshipRecord): object[] {
  const { main, edges, evidence, statusCopies } = toRelationshipItems(r);
  return [...edges, ...evidence, ...statusCopies, main];
}
