/**
 * The per-request GraphQL context: the container's repositories and fresh DataLoaders.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Repositories } from '../data/repositories';
import { createLoaders, type Loaders } from './loaders';
import { type RequestDeadline, withDeadline } from './request-deadline';

export interface GraphQLContext {
  /**
   * The container's repositories (they hold the DynamoDB client), seen through this request's
   * deadline when it has one.
   */
  readonly repositories: Repositories;
  /** Created for this request only; see src/graphql/loaders.ts. */
  readonly loaders: Loaders;
  /** The Lambda request id (`context.awsRequestId`); every log line about the request carries it. */
  readonly requestId: string;
  /** This request's logger, when it should differ from the server's (e.g. a child with extra keys). */
  readonly logger?: Logger;
}

export interface ContextOptions {
  readonly requestId: string;
  readonly logger?: Logger;
  /** Bounds every repository call of the request (src/graphql/request-deadline.ts); none in unit tests. */
  readonly deadline?: RequestDeadline;
}

/** The context of one request. Call once per request: the loaders' caches must not outlive it. */
export function createContext(shared: Repositories, options: ContextOptions): GraphQLContext {
  const repositories = options.deadline ? withDeadline(shared, options.deadline) : shared;
  return {
    repositories,
    loaders: createLoaders(repositories),
    requestId: options.requestId,
    ...(options.logger && { logger: options.logger }),
  };
}
