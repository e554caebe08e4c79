/**
 * The per-request GraphQL context: the container's repositories and fresh DataLoaders.
 */
import type { Repositories } from './data/repositories';

export interface GraphQLContext {
  readonly repositories: Repositories;
}
