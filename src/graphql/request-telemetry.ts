/**
 * What the GraphQL layer reports about each request, and the interface it reports metrics
 * through. The layer knows nothing of how metrics are published: the Lambda edge passes an
 * implementation (src/lambda/powertools-metrics.ts, CloudWatch's embedded metric format), unit
 * tests a recording fake.
 */

/** The figures of one finished GraphQL request. */
export interface RequestSummary {
  readonly requestId: string;
  /** The operation's metric dimension: its name, folded by {@link BoundedNames} (never unbounded client text). */
  readonly operation: string;
  /** The operation name as resolved from the document (at most {@link MAX_NAME_LENGTH} characters), null when anonymous or unresolved. */
  readonly operationName: string | null;
  /** The HTTP status of the response. */
  readonly status: number;
  readonly durationMs: number;
  /** The distinct `extensions.code` values of the response's errors, folded like operation names, sorted. */
  readonly errorCodes: readonly string[];
  /** The estimated cost of the operation (src/graphql/limits.ts), null when it was not estimated (e.g. it did not parse). */
  readonly cost: number | null;
  /** DynamoDB commands sent for the request, and their sequential waves (src/data/call-counter.ts). */
  readonly dynamodbRequests: number;
  readonly dynamodbWaves: number;
}

/** Where the per-request metrics go. `record` must not block or call a network service. */
export interface RequestMetrics {
  record(summary: RequestSummary): void;
}

/** Metrics that go nowhere (unit tests, tools that run the server without publishing). */
export const NO_REQUEST_METRICS: RequestMetrics = { record: () => undefined };

/** Dimension values for what a client did not name or named too often. Not valid GraphQL names, so no operation can be called that. */
export const ANONYMOUS_OPERATION = '(anonymous)';
export const UNRESOLVED_OPERATION = '(unresolved)';
export const OTHER_NAME = '(other)';

/** Longer names than this are reported as {@link OTHER_NAME}. */
export const MAX_NAME_LENGTH = 64;

/**
 * Keeps a metric dimension's values bounded when the values come from clients. The first
 * `capacity` distinct names seen by this container are kept as they are; every later new name,
 * and every name longer than {@link MAX_NAME_LENGTH} or outside `pattern`, becomes
 * {@link OTHER_NAME}. Each distinct value is a separate CloudWatch metric (billed per month), so
 * a client sending a new operation name per request would otherwise create metrics without limit.
 *
 * The bound is per container: across a stage the values are at most `capacity` per execution
 * environment ever started, which for the names real clients send is the same handful everywhere.
 */
export class BoundedNames {
  private readonly kept = new Set<string>();

  /**
   * @param capacity most distinct names kept per container
   * @param pattern what a name must look like to be kept
   */
  constructor(
    private readonly capacity: number,
    private readonly pattern: RegExp,
  ) {}

  fold(name: string): string {
    if (this.kept.has(name)) return name;
    if (name.length > MAX_NAME_LENGTH || !this.pattern.test(name) || this.kept.size >= this.capacity) return OTHER_NAME;
    this.kept.add(name);
    return name;
  }
}

/** GraphQL names (the spec's Name production). */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** Error codes as Apollo and newsgraph write them. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Distinct operation names kept per container. A real client set uses a few dozen at most; 50
 * values × 6 metrics is 300 custom metrics at worst.
 * @default 50
 */
export const DEFAULT_OPERATION_NAME_CAPACITY = 50;
/** Distinct error codes kept per container; newsgraph and Apollo use about a dozen. */
export const DEFAULT_ERROR_CODE_CAPACITY = 25;

export function boundedOperationNames(capacity = DEFAULT_OPERATION_NAME_CAPACITY): BoundedNames {
  return new BoundedNames(capacity, GRAPHQL_NAME);
}

export function boundedErrorCodes(capacity = DEFAULT_ERROR_CODE_CAPACITY): BoundedNames {
  return new BoundedNames(capacity, ERROR_CODE);
}
