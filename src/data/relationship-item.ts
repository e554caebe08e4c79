/**
 * Stored shape and keys of the relationships table's items (see RELATIONSHIPS_TABLE).
 * Edge and evidence items carry a full copy of the relationship so index Queries return
 * whole relationships; they are rebuilt together from the relationship whenever it is written.
 */
import type { EvidenceRecord, FactStatus, RelationshipRecord } from './model';
import { relationshipProposal, statusOf } from './provenance';

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
  /** CURATED or PROPOSED, derived from the evidence: what the lists' status filter reads, on every item kind. */
  readonly status: FactStatus;
}

export interface RelationshipItem extends RelationshipData {
  readonly pk: string;
  readonly sk: typeof RELATIONSHIP_SK;
  readonly listPk: typeof RELATIONSHIP_LIST_PARTITION;
  readonly listSk: string;
  readonly typePk: string;
  readonly typeSk: string;
}

export interface EdgeItem extends RelationshipData {
  readonly pk: string;
  readonly sk: `EDGE#${EdgeDirection}`;
  readonly entityPk: string;
  readonly entitySk: string;
  readonly entityDirPk: string;
  readonly entityDirSk: string;
}

export interface EvidenceItem extends RelationshipData {
  readonly pk: string;
  readonly sk: string;
  readonly articlePk: string;
  readonly articleSk: string;
}

export const relationshipKey = (id: string) => ({ pk: id, sk: RELATIONSHIP_SK }) as const;

/** Sort key prefix of an entity's relationships of one type in the byEntity index. */
export const entityEdgePrefix = (type: string) => `${type}#`;
export const entityDirectionPartition = (entityId: string, direction: EdgeDirection) => `${entityId}#${direction}`;

function dataOf(r: RelationshipRecord): RelationshipData {
  return {
    id: r.id,
    relType: r.type,
    sourceId: r.sourceId,
    targetId: r.targetId,
    description: r.description,
    evidence: r.evidence,
    status: statusOf(relationshipProposal(r.evidence)),
  };
}

// Evidence written before provenance existed is curated.
const evidenceOf = (e: EvidenceRecord): EvidenceRecord => ({ ...e, proposal: e.proposal ?? null });

export function fromRelationshipItem(item: Record<string, unknown>): RelationshipRecord {
  const r = item as unknown as RelationshipData;
  return { id: r.id, type: r.relType, sourceId: r.sourceId, targetId: r.targetId, description: r.description ?? null, evidence: (r.evidence ?? []).map(evidenceOf) };
}

/** The main item, both edge items and one evidence item per article that states the relationship. */
export function toRelationshipItems(r: RelationshipRecord): { main: RelationshipItem; edges: EdgeItem[]; evidence: EvidenceItem[] } {
  const data = dataOf(r);
  const edge = (direction: EdgeDirection, entityId: string): EdgeItem => ({
    ...data,
    pk: r.id,
    sk: `EDGE#${direction}`,
    entityPk: entityId,
    entitySk: `${entityEdgePrefix(r.type)}${r.id}#${direction}`,
    entityDirPk: entityDirectionPartition(entityId, direction),
    entityDirSk: `${entityEdgePrefix(r.type)}${r.id}`,
  });
  const articleIds = [...new Set(r.evidence.map((e) => e.articleId))];
  return {
    main: { ...data, ...relationshipKey(r.id), listPk: RELATIONSHIP_LIST_PARTITION, listSk: r.id, typePk: r.type, typeSk: r.id },
    edges: [edge('OUT', r.sourceId), edge('IN', r.targetId)],
    evidence: articleIds.map((articleId) => ({
      ...data,
      pk: r.id,
      sk: `${EVIDENCE_SK_PREFIX}${articleId}`,
      articlePk: articleId,
      articleSk: r.id,
    })),
  };
}
