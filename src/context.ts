/**
 * The per-request GraphQL context: the container's repositories and fresh DataLoaders.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Repositories } from './data/repositories';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  /** Shared by all requests of the container (they hold the DynamoDB client). */
  readonly repositories: Repositories;
  /** Created for this request only; see src/loaders.ts. */
  readonly loaders: Loaders;
  /** The Lambda request id (`context.awsRequestId`); every log line about the request carries it. */
  readonly requestId: string;
  /** This request's logger, when it should differ from the server's (e.g. a child with extra keys). */
  readonly logger?: Logger;
}

export interface ContextOptions {
  readonly requestId: string;
  readonly logger?: Logger;
}

/** The context of one request. Call once per request: the loaders' caches must not outlive it. */
export function createContext(repositories: Repositories, options: ContextOptions): GraphQLContext {
  return {
    repositories,
    loaders: createLoaders(repositories),
    requestId: options.requestId,
    ...(options.logger && { logger: options.logger }),
  };
}
