/**
 * HTTP caching of GraphQL GET answers: the Cache-Control values and the entity tag. Pure apart
 * from hashing; the plugin (./plugins/http-cache.ts) and the Lambda edge's conditional GET
 * (src/lambda/cdn-edge.ts) both use it, so a tag sent with a 200 is the tag a 304 is answered for.
 *
 * The tag is derived from what decides the answer, not from the answer: the data version (which
 * every seed run replaces), the GraphQL request as the CDN keys it (`query`, `variables`,
 * `operationName`, `extensions` of the query string, src/cdn.ts) and the schema. So a matching
 * `If-None-Match` is answered before Apollo parses anything or DynamoDB is read, and the same data
 * with the same request always gives the same tag, in every container.
 */
import { createHash } from 'node:crypto';
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { CACHE_KEY_QUERY_STRINGS } from '../cdn';
import { typeDefs } from '../generated/type-defs';

/** Answers that no cache may keep: errors, POSTs, introspection, `PersistedQueryNotFound`. */
export const NO_STORE = 'no-store';

/** A successful GET answer: any cache (browser or CDN) may keep it for `maxAgeSeconds`. */
export function publicCacheControl(maxAgeSeconds: number): string {
  return `public, max-age=${maxAgeSeconds}`;
}

let schemaTag: string | undefined;

/**
 * The schema's part of every tag, so a deploy that changes the schema invalidates stored tags even
 * when the data stays. Hashed on first use: nothing is added to the cold start of a POST.
 */
function currentSchemaTag(): string {
  schemaTag ??= createHash('sha256').update(typeDefs).digest('base64url').slice(0, 8);
  return schemaTag;
}

/**
 * The weak entity tag of a GET answer (weak because CDNs re-encode bodies: CloudFront and nginx
 * compress them, and a strong tag would have to change with the encoding).
 * @param dataVersion - the stored data version (src/data/data-version-item.ts)
 * @param search - the request's query string, without `?` (`rawQueryString` of the Lambda event)
 */
export function entityTag(dataVersion: string, search: string): string {
  const params = new URLSearchParams(search);
  const hash = createHash('sha256').update(currentSchemaTag()).update('\n').update(dataVersion);
  for (const name of CACHE_KEY_QUERY_STRINGS) {
    // JSON of every value the parameter has (none, one, or the repeats Apollo refuses), so no two requests collide.
    hash.update('\n').update(JSON.stringify(params.getAll(name)));
  }
  return `W/"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an `If-None-Match` value names `tag`, by the weak comparison RFC 9110 prescribes for it
 * (`W/` ignored; a list of tags; `*` is not honoured: it would answer 304 for any query).
 */
export function ifNoneMatchMatches(ifNoneMatch: string, tag: string): boolean {
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === wanted);
}

/** An operation that reads the schema (`__schema`, `__type` at its root, fragments included). */
export function isIntrospection(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, SelectionSetNode>): boolean {
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === '__schema' || selection.name.value === '__type';
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment !== undefined && visit(fragment);
    });
  return visit(operation.selectionSet);
}
