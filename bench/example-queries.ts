/**
 * The queries the bench measures: the README's five examples, word for word (README.md, "Five
 * queries to paste into Sandbox"), and the list-with-nested query that shows what batching buys.
 *
 * `minimumWaves` is the fewest sequential DynamoDB round trips the query can cost when each
 * nesting level that needs data is read in one parallel wave: a level cannot be read before the
 * level above it has answered, because its keys come from that answer.
 */

export interface ExampleQuery {
  /** Short key used in tables and JSON. */
  readonly id: string;
  readonly title: string;
  readonly query: string;
  readonly minimumWaves: number;
  /** Which levels those waves are. */
  readonly levels: string;
}

export const ARTICLE_WITH_MENTIONS: ExampleQuery = {
  id: 'article',
  title: 'The article with the entities it mentions',
  query: `{
  article(id: "article:ed35ebebeaaf3e62") {
    id
    title
    dateDescription
    mentions(first: 50) {
      totalCount
      edges { node { count entity { id name type } spans { field start end text } } }
    }
  }
}`,
  minimumWaves: 3,
  levels: 'article → its mentions → their entities',
};

export const ENTITY_RELATIONSHIPS: ExampleQuery = {
  id: 'relationships',
  title: "An entity's relationships with their evidence",
  query: `{
  entity(id: "entity:vladimir-putin") {
    id
    name
    aliases
    relationships(direction: OUTGOING, first: 20) {
      edges { node { id type target { id name } evidence { quote article { id title } } } }
    }
  }
}`,
  minimumWaves: 3,
  levels: 'entity → its relationships → their targets and evidence articles',
};

export const COUNTRIES_PAGED: ExampleQuery = {
  id: 'countries',
  title: 'All countries, five at a time',
  query: `{
  entities(type: COUNTRY, first: 5) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  minimumWaves: 1,
  levels: 'one page of entities',
};

export const SEARCH: ExampleQuery = {
  id: 'search',
  title: 'Search',
  query: `{ searchEntities(query: "xi") { id name type aliases } }`,
  minimumWaves: 2,
  levels: 'search terms → the entities they name',
};

export const PATH: ExampleQuery = {
  id: 'path',
  title: 'How is Antony Blinken connected to Vladimir Putin?',
  query: `{
  path(fromId: "entity:antony-blinken", toId: "entity:vladimir-putin") {
    length
    entities { id name }
    relationships { id type source { id name } target { id name } description }
  }
}`,
  // The path is two relationships long: a breadth-first search from both ends meets after one
  // step from each (two waves of neighbour reads), then the entities on it are read in one.
  minimumWaves: 3,
  levels: 'neighbours of one end → neighbours of the other → the entities on the path',
};

export const LIST_WITH_NESTED: ExampleQuery = {
  id: 'nested',
  title: 'Articles → mentions → entities → relationships → targets',
  query: `{
  articles {
    edges { node { mentions(first: 100) { edges { node { entity {
      name
      relationships(first: 100) { edges { node { target { name } } } }
    } } } } } }
  }
}`,
  minimumWaves: 5,
  levels: 'articles → their mentions → the entities → their relationships → the targets',
};

/** The README's five examples, in the README's order. */
export const README_QUERIES: readonly ExampleQuery[] = [ARTICLE_WITH_MENTIONS, ENTITY_RELATIONSHIPS, COUNTRIES_PAGED, SEARCH, PATH];

/** Everything the bench measures. */
export const BENCH_QUERIES: readonly ExampleQuery[] = [...README_QUERIES, LIST_WITH_NESTED];
