import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';

interface EntityData {
  entity: {
    id: string;
    name: string;
    relationships: { edges: Array<{ node: { id: string; type: string; target: { id: string; name: string } } }> };
  } | null;
}

const ENTITY: TypedDocumentNode<EntityData, { id: string; first?: number }> = gql`
  query Entity($id: ID!, $first: Int) {
    entity(id: $id) {
      id
      name
      relationships(first: $first) { edges { node { id type target { id name } } } }
    }
  }
`;

/**
 * An entity and its relationships, or null when there is none. A refused argument (`first: 0`)
 * rejects with a `CombinedGraphQLErrors` (`CombinedGraphQLErrors.is(error)`): its `message` is the
 * server's, and `errors[0].extensions` holds `code: "BAD_USER_INPUT"` and `argumentName`.
 */
export async function loadEntity(client: ApolloClient, id: string, first?: number): Promise<EntityData['entity']> {
  const { data } = await client.query({ query: ENTITY, variables: { id, first } });
  return data?.entity ?? null;
}
