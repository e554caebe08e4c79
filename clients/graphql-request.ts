import { GraphQLClient, gql } from 'graphql-request';

const SEARCH = gql`
  query Search($q: String!, $first: Int) {
    searchEntities(query: $q, first: $first) { id name type }
  }
`;

interface SearchResult {
  searchEntities: Array<{ id: string; name: string; type: string }>;
}

/**
 * Entities whose name or alias starts with `q`, with graphql-request (no cache, one POST). An
 * error, e.g. `first: 0`, throws a `ClientError`: `error.response.errors[0].message` is the
 * server's message, `.extensions` its `code` and `argumentName`.
 */
export async function searchEntities(url: string, q: string, first?: number): Promise<SearchResult['searchEntities']> {
  const client = new GraphQLClient(url);
  const data = await client.request<SearchResult>(SEARCH, { q, first });
  return data.searchEntities;
}
