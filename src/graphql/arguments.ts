/**
 * Validation of client arguments other than paging (see pagination.ts): ids, relationship types,
 * search text and hop counts. Each failure is an InvalidArgumentError naming the argument.
 *
 * Ids build on the id grammar of src/data/ids.ts. An id of the wrong shape cannot name a stored
 * record, so lookups answer null without a read, and no client string that DynamoDB would reject
 * as a key (e.g. longer than its 2 KB limit) ever reaches a repository.
 */
import { ARTICLE_ID_PATTERN, ENTITY_ID_PATTERN, RELATIONSHIP_TYPE_PATTERN, kindOfId, type NodeKind } from '../data/ids';
import { InvalidArgumentError } from '../errors';
import type { FactStatus } from '../data/model';
import { FACT_STATUSES } from '../data/provenance';

/** Far above any real id, far below DynamoDB's 2048-byte partition key limit. */
const MAX_ID_LENGTH = 512;

export function isArticleId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ARTICLE_ID_PATTERN.test(id);
}

export function isEntityId(id: string): boolean {
  return id.length <= MAX_ID_LENGTH && ENTITY_ID_PATTERN.test(id);
}

/** `relationship:<source slug>:<TYPE>:<target slug>`, the shape `relationshipId()` makes. */
export function isRelationshipId(id: string): boolean {
  if (id.length > MAX_ID_LENGTH) return false;
  const parts = id.split(':');
  if (parts.length !== 4) return false;
  const [prefix, source, type, target] = parts as [string, string, string, string];
  return (
    prefix === 'relationship' &&
    RELATIONSHIP_TYPE_PATTERN.test(type) &&
    ENTITY_ID_PATTERN.test(`entity:${source}`) &&
    ENTITY_ID_PATTERN.test(`entity:${target}`)
  );
}

/** The kind of a well-formed node id, or null when no record can have this id. */
export function nodeKindOf(id: string): NodeKind | null {
  const kind = kindOfId(id);
  switch (kind) {
    case 'article':
      return isArticleId(id) ? kind : null;
    case 'entity':
      return isEntityId(id) ? kind : null;
    case 'relationship':
      return isRelationshipId(id) ? kind : null;
    default:
      return null;
  }
}

/**
 * An entity id argument that must be well formed (where null would hide a client mistake).
 * @throws InvalidArgumentError naming `argument`.
 */
export function entityIdArgument(id: string, argument: string): string {
  if (!isEntityId(id)) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must be an entity id like "entity:vladimir-putin".`);
  }
  return id;
}

/**
 * An optional relationship type filter. A malformed type could only ever match nothing, which
 * would hide a typo such as "visits" for VISITS.
 * @throws InvalidArgumentError naming `argument` when it is not UPPER_SNAKE_CASE.
 */
export function relationshipTypeArgument(type: string | null | undefined, argument = 'type'): string | null {
  if (type === null || type === undefined) return null;
  // The length cap keeps a client string far from DynamoDB's key size limit; real types are short.
  if (type.length > 100 || !RELATIONSHIP_TYPE_PATTERN.test(type)) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must be an UPPER_SNAKE_CASE relationship type like "VISITS".`);
  }
  return type;
}

/**
 * A `status` filter: null (every status) when left out or when it names every status, else its
 * statuses once each, in a fixed order (so equal filters share one loader key).
 * @throws InvalidArgumentError naming `argument` for an empty list, which could only match nothing.
 */
export function statusArgument(status: readonly FactStatus[] | null | undefined, argument = 'status'): readonly FactStatus[] | null {
  if (status === null || status === undefined) return null;
  if (status.length === 0) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must name at least one status (CURATED, PROPOSED), or be left out for all.`);
  }
  const statuses = FACT_STATUSES.filter((s) => status.includes(s));
  return statuses.length === FACT_STATUSES.length ? null : statuses;
}

/** Longest accepted search text, after trimming. */
export const MAX_SEARCH_QUERY_LENGTH = 100;

/** A UTF-16 surrogate without its other half: not text, though JSON and JavaScript strings allow it. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 control characters (NUL, escape, …); no name or alias holds one. */
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * Search text, trimmed.
 * @throws InvalidArgumentError naming `argument` when it is blank, longer than
 *   {@link MAX_SEARCH_QUERY_LENGTH}, or not well-formed text (an unpaired surrogate, a control character).
 */
export function searchQueryArgument(query: string, argument = 'query'): string {
  const trimmed = query.trim();
  if (trimmed === '' || trimmed.length > MAX_SEARCH_QUERY_LENGTH) {
    throw new InvalidArgumentError(
      argument,
      `Argument "${argument}" must be between 1 and ${MAX_SEARCH_QUERY_LENGTH} characters long (not counting surrounding spaces).`,
    );
  }
  if (UNPAIRED_SURROGATE.test(trimmed) || CONTROL_CHARACTER.test(trimmed)) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must be plain text: no control characters or unpaired surrogates.`);
  }
  return trimmed;
}

/** Hop limits of `path`: each hop costs one sequential wave of reads, and the graph fans out fast. */
export const MIN_HOPS = 1;
export const MAX_HOPS = 4;

/**
 * The `maxHops` of a path search. Its default lives in schema.graphql, so GraphQL fills it in when
 * the argument is left out; an explicit null is therefore a client error like any other bad value.
 * @throws InvalidArgumentError naming `argument` when it is not within {@link MIN_HOPS}–{@link MAX_HOPS}.
 */
export function maxHopsArgument(maxHops: number | null | undefined, argument = 'maxHops'): number {
  if (maxHops === null || maxHops === undefined || !Number.isInteger(maxHops) || maxHops < MIN_HOPS || maxHops > MAX_HOPS) {
    throw new InvalidArgumentError(argument, `Argument "${argument}" must be between ${MIN_HOPS} and ${MAX_HOPS}, got ${maxHops}.`);
  }
  return maxHops;
}
