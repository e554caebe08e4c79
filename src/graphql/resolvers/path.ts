/**
 * Path: the relationships are in the record; the entities are loaded in order, all in one batch.
 */
import type { PathResolvers } from '../../generated/graphql';
import { loadReferenced } from '../loaders';

export const Path: PathResolvers = {
  length: (path) => path.relationships.length,
  entities: (path, _, { loaders }) => Promise.all(path.entityIds.map((id) => loadReferenced(loaders.entityById, id, 'A path'))),
  relationships: (path) => [...path.relationships],
};
