/**
 * Relationship: its ends are entities the relationship was written with, so a missing one is a
 * data integrity error (masked for the client, logged), not a null.
 */
import type { RelationshipResolvers } from '../../generated/graphql';
import { relationshipProposal, statusOf } from '../../data/provenance';
import { loadReferenced } from '../loaders';

export const Relationship: RelationshipResolvers = {
  // Derived from the evidence each time (cheap: a few quotes), so it cannot disagree with it.
  status: (relationship) => statusOf(relationshipProposal(relationship.evidence)),
  confidence: (relationship) => relationshipProposal(relationship.evidence)?.confidence ?? null,
  rule: (relationship) => relationshipProposal(relationship.evidence)?.rule ?? null,
  source: (relationship, _, { loaders }) => loadReferenced(loaders.entityById, relationship.sourceId, relationship.id),
  target: (relationship, _, { loaders }) => loadReferenced(loaders.entityById, relationship.targetId, relationship.id),
};
