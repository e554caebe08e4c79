/**
 * The query limits: what one operation may ask for, checked before any resolver runs, so a
 * request over a limit costs parsing and validation but never a DynamoDB call.
 *
 * - tokens: graphql-js's own parser limit (`parse(…, { maxTokens })`), so an oversized document
 *   is not even turned into an AST. (graphql-armor's max-tokens plugin for Apollo throws from
 *   `parsingDidStart`, which Apollo answers with a 500.)
 * - depth, aliases, directives: graphql-armor's validation rules.
 * - operation types: only queries (the schema has no mutations or subscriptions).
 * - cost: graphql-query-complexity with the estimator below, run once the operation is resolved,
 *   because a page size given as a variable (`first: $n`) is only known then. (graphql-armor's
 *   cost rule multiplies by `first` only when it is a literal and ignores the default page size.)
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_HOPS, MIN_HOPS } from './arguments';
import type { QueryLimits } from '../config';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/** Options for Apollo's `parseOptions`: the token limit. */
export function limitParseOptions(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * The validation rules for operation types, depth, aliases and directives. Each reports an
 * ordinary validation error, which Apollo answers with HTTP 400 and `GRAPHQL_VALIDATION_FAILED`.
 */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  // graphql-armor's rules throw unless told otherwise; reporting keeps the other rules' errors too.
  const report = { propagateOnRejection: false, onReject: [reportLimitError] };
  const rules = [
    // Fragments are a way of writing a selection, not a level of data: they add no depth.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report }),
  ];
  // graphql-armor types its visitors as classes; each is an ASTVisitor with an OperationDefinition hook.
  return [knownOperationTypesRule, ...(rules as unknown as ValidationRule[])];
}

/**
 * Refuses a mutation or subscription: the schema has only queries. graphql-js 16 validates
 * neither and fails at execution, with an error our error policy cannot tell from a server fault:
 * the client would get a masked INTERNAL_SERVER_ERROR with HTTP 200.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API serves queries only; ${node.operation} operations are not supported.`, { nodes: node }));
    }
  },
});

/** graphql-armor prefixes its messages with "Syntax Error:", which a depth or alias count is not. */
function reportLimitError(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

/**
 * Record types: each one in an answer is an item read from DynamoDB. Connections, edges,
 * `PageInfo`, `Evidence`, `TextSpan` and `Path` are built from records already read.
 */
const RECORD_TYPES: ReadonlySet<string> = new Set(['Article', 'Entity', 'Relationship', 'Mention', 'Node']);

/** What an unpaged list of objects (`evidence`, a path's `entities`) is assumed to hold. */
export const UNPAGED_LIST_SIZE = 5;

/**
 * A path search reads a whole frontier of neighbours per hop, so it costs as much per allowed hop
 * as a full page of records.
 */
export const PATH_COST_PER_HOP = 100;

/**
 * The cost of one field, given the cost of what is selected under it (`childComplexity`):
 *
 *   cost = calls + size × (record + children)
 *
 * - `size` is the page size for a field with a `first` argument (`first`, or 20 when not given,
 *   clamped to 1–100 as the resolvers do), 1 for the edges of a connection (already counted at the
 *   connection), {@link UNPAGED_LIST_SIZE} for any other list of objects, 1 for a single object;
 * - `record` is 1 when the field returns an Article, Entity, Relationship or Mention;
 * - `calls` is 1 for a paged field (one Query per page, reading at most `first + 1` items: a
 *   `status` list reads a partition of its own, src/data/tables.ts, never a filtered partition)
 *   and {@link PATH_COST_PER_HOP} × `maxHops` for `path`; scalars cost nothing.
 *
 * So the cost is about the number of records the answer can hold, whatever the data.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const record = RECORD_TYPES.has(getNamedType(field.type).name) ? 1 : 0;
  const paged = field.args.some((arg) => arg.name === 'first');
  let calls = 0;
  let size = 1;
  if (paged) {
    calls = 1;
    size = pageSizeEstimate(args['first']);
  } else if (isList(field.type)) {
    size = type.name.endsWith('Connection') ? 1 : UNPAGED_LIST_SIZE;
  }
  if (type.name === 'Query' && field.name === 'path') {
    calls = PATH_COST_PER_HOP * hopsEstimate(args['maxHops']);
  }
  return calls + size * (record + childComplexity);
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** An out-of-range `first` is the resolver's to reject with a precise message; cost it as the nearest valid one. */
function pageSizeEstimate(first: unknown): number {
  if (typeof first !== 'number' || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(first)));
}

/** `maxHops` is defaulted by the schema; an invalid one is the resolver's to reject. */
function hopsEstimate(maxHops: unknown): number {
  return typeof maxHops === 'number' && Number.isFinite(maxHops) ? Math.min(MAX_HOPS, Math.max(MIN_HOPS, Math.trunc(maxHops))) : MAX_HOPS;
}

export interface CostedOperation {
  readonly schema: GraphQLSchema;
  /** The whole document: its fragments are part of the operation. */
  readonly document: DocumentNode;
  /** The operation the request runs (a document may hold several; only this one is costed). */
  readonly operation: OperationDefinitionNode;
  /** The request's variables, already known to be valid for the operation. */
  readonly variables: Record<string, unknown>;
}

/**
 * The estimated cost of the operation a request runs (see {@link costEstimator}).
 * @throws GraphQLError when the operation is too large to estimate (over 10,000 selections once
 *   fragments are expanded) or a variable does not fit its type.
 */
export function operationCost({ schema, document, operation, variables }: CostedOperation): number {
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  return getComplexity({
    schema,
    query: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    variables,
    estimators: [costEstimator],
  });
}
