/**
 * The queries the bench measures: the README's five examples, word for word (README.md, "Five
 * queries to paste into Sandbox"), and the list-with-nested query that shows what batching buys.
 * The README's five live in documents/readme/ (one source): they are trusted documents too, in the
 * manifest that `npm run codegen` generates from documents/.
 *
 * `minimumWaves` is the fewest sequential DynamoDB round trips the query can cost when each
 * nesting level that needs data is read in one parallel wave: a level cannot be read before the
 * level above it has answered, because its keys come from that answer.
 */

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The README query of documents/readme/<id>.graphql, as the README shows it. */
function readmeDocument(id: string): string {
  return readFileSync(path.join(__dirname, '..', 'documents', 'readme', `${id}.graphql`), 'utf8').trimEnd();
}

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
  query: readmeDocument('article'),
  minimumWaves: 3,
  levels: 'article → its mentions → their entities',
};

export const ENTITY_RELATIONSHIPS: ExampleQuery = {
  id: 'relationships',
  title: "An entity's relationships with their evidence",
  query: readmeDocument('relationships'),
  minimumWaves: 3,
  levels: 'entity → its relationships → their targets and evidence articles',
};

export const COUNTRIES_PAGED: ExampleQuery = {
  id: 'countries',
  title: 'All countries, five at a time',
  query: readmeDocument('countries'),
  minimumWaves: 1,
  levels: 'one page of entities',
};

export const SEARCH: ExampleQuery = {
  id: 'search',
  title: 'Search',
  query: readmeDocument('search'),
  minimumWaves: 2,
  levels: 'search terms → the entities they name',
};

export const PATH: ExampleQuery = {
  id: 'path',
  title: 'How is Antony Blinken connected to Vladimir Putin?',
  query: readmeDocument('path'),
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
