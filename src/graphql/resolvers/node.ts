/**
 * The Node interface: global lookup by id and type resolution, both by the id's kind prefix.
 */
import { nodeKindOf } from '../arguments';
import type { ArticleRecord, EntityRecord, RelationshipRecord } from '../../data/model';
import { kindOfId } from '../../data/ids';
import type { NodeResolvers } from '../../generated/graphql';
import type { Loaders } from '../loaders';

/** The article, entity or relationship with this id; null for an unknown prefix or no record. */
export async function loadNode(id: string, loaders: Loaders): Promise<ArticleRecord | EntityRecord | RelationshipRecord | null> {
  switch (nodeKindOf(id)) {
    case 'article':
      return loaders.articleById.load(id);
    case 'entity':
      return loaders.entityById.load(id);
    case 'relationship':
      return loaders.relationshipById.load(id);
    case null:
      return null;
  }
}

const TYPE_NAMES = { article: 'Article', entity: 'Entity', relationship: 'Relationship' } as const;

export const Node: NodeResolvers = {
  // Records carry no type tag, but every id starts with its kind.
  __resolveType: (record) => {
    const kind = kindOfId(record.id);
    return kind === null ? null : TYPE_NAMES[kind];
  },
};
