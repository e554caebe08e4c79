/**
 * Node ids: readable, stable and unique across types because each starts with its kind.
 *   article:ed35ebebeaaf3e62   entity:vladimir-putin   relationship:vladimir-putin:VISITS:china
 * A relationship is identified by (source, type, target); each article that states it adds evidence.
 */

export type NodeKind = 'article' | 'entity' | 'relationship';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ARTICLE_ID_PATTERN = new RegExp(`^article:${SLUG}$`);
export const ENTITY_ID_PATTERN = new RegExp(`^entity:${SLUG}$`);
export const RELATIONSHIP_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** The kind of a node id, or null when the id has no known prefix. */
export function kindOfId(id: string): NodeKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return prefix === 'article' || prefix === 'entity' || prefix === 'relationship' ? prefix : null;
}

/** `relationship:<source slug>:<TYPE>:<target slug>` for entity ids `entity:<slug>`. */
export function relationshipId(sourceId: string, type: string, targetId: string): string {
  return `relationship:${slugOf(sourceId)}:${type}:${slugOf(targetId)}`;
}

function slugOf(entityId: string): string {
  if (!ENTITY_ID_PATTERN.test(entityId)) throw new Error(`Not an entity id: ${entityId}`);
  return entityId.slice('entity:'.length);
}
