/** Entities matching `q` with plain `fetch`: a JSON POST, which CSRF prevention always lets through. */
export async function searchEntitiesWithFetch(url: string, q: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($q: String!) { searchEntities(query: $q) { id name type } }',
      variables: { q },
    }),
  });
  // 200 with `errors` for a refused argument (the field is null); 4xx for a request refused whole
  const { data, errors } = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: object }> };
  return { status: response.status, data, errors };
}
