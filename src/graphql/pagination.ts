/**
 * Forward Relay pagination: argument validation on the way in, connections on the way out.
 * Cursors are opaque here; the repositories make and check them (InvalidCursorError).
 */
import { InvalidArgumentError } from '../errors';
import type { Page, PageRequest } from '../data/model';

/** Page size when the client gives none. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest page a client may ask for (also one BatchGetItem chunk, so a page's children load in one call). */
export const MAX_PAGE_SIZE = 100;

/**
 * Validates a `first` argument.
 * @default DEFAULT_PAGE_SIZE when `first` is null or undefined
 * @throws InvalidArgumentError naming `argument` when it is outside 1–{@link MAX_PAGE_SIZE}.
 */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  return first;
}

/** The repository page request for connection arguments; `after` is passed through unchecked. */
export function pageRequest(args: { readonly first?: number | null; readonly after?: string | null }): PageRequest {
  return { first: pageSize(args.first), after: args.after ?? null };
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Connection<T> {
  readonly edges: Array<{ cursor: string; node: T }>;
  readonly pageInfo: PageInfo;
}

/**
 * A Relay connection from a repository page. Paging is forward only, so `hasPreviousPage` is
 * always false (Relay allows that when paging with `first`/`after`).
 */
export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map(({ node, cursor }) => ({ cursor, node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** The same page with each node replaced by `nodes[i]` (e.g. ids replaced by the records they name). */
export function withNodes<T, U>(page: Page<T>, nodes: readonly U[]): Page<U> {
  return { hasNextPage: page.hasNextPage, items: page.items.map(({ cursor }, i) => ({ cursor, node: nodes[i] as U })) };
}
