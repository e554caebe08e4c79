/**
 * Relationship: its ends are entities the relationship was written with, so a missing one is a
 * data integrity error (masked for the client, logged), not a null.
 */
import type { RelationshipResolvers } from '../../generated/graphql';
import { loadReferenced } from '../loaders';

export const Relationship: RelationshipResolvers = {
  source: (relationship, _, { loaders }) => loadReferenced(loaders.entityById, relationship.sourceId, relationship.id),
  target: (relationship, _, { loaders }) => loadReferenced(loaders.entityById, relationship.targetId, relationship.id),
};
