/**
 * Runs operations against the real server (schema, resolvers, error policy, plugins) with a fresh
 * per-request context over fake repositories: what a Lambda request does, without HTTP.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { QueryLimits, Stage } from '../../src/config';
import { createContext, type GraphQLContext } from '../../src/graphql/context';
import type { Repositories } from '../../src/data/repositories';
import { createServer } from '../../src/graphql/server';
import { RecordingLogger } from './recording-logger';

export interface TestServer {
  readonly server: ApolloServer<GraphQLContext>;
  readonly logger: RecordingLogger;
}

export function createTestServer(options: { stage?: Stage; sandbox?: boolean; queryLimits?: QueryLimits } = {}): TestServer {
  const logger = new RecordingLogger();
  const server = createServer({ logger, sandbox: options.sandbox ?? true, stage: options.stage ?? 'dev', queryLimits: options.queryLimits });
  return { server, logger };
}

export interface Result<TData> {
  readonly data: TData | null | undefined;
  readonly errors: readonly GraphQLFormattedError[] | undefined;
  /** The HTTP status the Lambda would answer with. */
  readonly status: number;
}

/** Executes one operation as its own request (fresh loaders), like one Lambda invocation. */
export async function execute<TData = any>(
  server: ApolloServer<GraphQLContext>,
  repositories: Repositories,
  query: string,
  variables: Record<string, unknown> = {},
  requestId = 'request-1',
): Promise<Result<TData>> {
  const response = await server.executeOperation<TData>(
    { query, variables },
    { contextValue: createContext(repositories, { requestId }) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, status: response.http.status ?? 200 };
}
