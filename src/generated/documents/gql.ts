/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ArticlePage($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    body\n    publishedAt\n    publisher\n    url\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n    relationships(first: 20) {\n      edges {\n        node {\n          id\n          type\n          source {\n            id\n            name\n          }\n          target {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ArticlePageDocument,
    "query ArticlesPage($first: Int = 20, $after: String) {\n  articles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        publishedAt\n        publisher\n        dateDescription\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ArticlesPageDocument,
    "query EntitiesPage($type: EntityType, $first: Int = 20, $after: String) {\n  entities(type: $type, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        type\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.EntitiesPageDocument,
    "query EntityPage($id: ID!, $relationshipsFirst: Int = 20, $articlesFirst: Int = 10) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    description\n    wikidataId\n    relationships(direction: BOTH, first: $relationshipsFirst) {\n      edges {\n        node {\n          id\n          type\n          description\n          source {\n            id\n            name\n            type\n          }\n          target {\n            id\n            name\n            type\n          }\n          evidence {\n            quote\n            article {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    articles(first: $articlesFirst) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.EntityPageDocument,
    "query ArticleWithMentions {\n  article(id: \"article:ed35ebebeaaf3e62\") {\n    title\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            name\n            type\n          }\n          spans {\n            field\n            start\n            end\n            text\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ArticleWithMentionsDocument,
    "query CountriesPage {\n  entities(type: COUNTRY, first: 5) {\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.CountriesPageDocument,
    "query PathBetween {\n  path(fromId: \"entity:antony-blinken\", toId: \"entity:vladimir-putin\") {\n    length\n    entities {\n      name\n    }\n    relationships {\n      type\n      source {\n        name\n      }\n      target {\n        name\n      }\n      description\n    }\n  }\n}": typeof types.PathBetweenDocument,
    "query EntityRelationships {\n  entity(id: \"entity:vladimir-putin\") {\n    name\n    aliases\n    relationships(direction: OUTGOING, first: 20) {\n      edges {\n        node {\n          type\n          target {\n            name\n          }\n          evidence {\n            quote\n            article {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.EntityRelationshipsDocument,
    "query SearchEntities {\n  searchEntities(query: \"xi\") {\n    id\n    name\n    type\n    aliases\n  }\n}": typeof types.SearchEntitiesDocument,
    "query SearchBox($query: String!, $first: Int = 8) {\n  searchEntities(query: $query, first: $first) {\n    id\n    name\n    type\n    aliases\n  }\n}": typeof types.SearchBoxDocument,
};
const documents: Documents = {
    "query ArticlePage($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    body\n    publishedAt\n    publisher\n    url\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n    relationships(first: 20) {\n      edges {\n        node {\n          id\n          type\n          source {\n            id\n            name\n          }\n          target {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.ArticlePageDocument,
    "query ArticlesPage($first: Int = 20, $after: String) {\n  articles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        publishedAt\n        publisher\n        dateDescription\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ArticlesPageDocument,
    "query EntitiesPage($type: EntityType, $first: Int = 20, $after: String) {\n  entities(type: $type, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        type\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.EntitiesPageDocument,
    "query EntityPage($id: ID!, $relationshipsFirst: Int = 20, $articlesFirst: Int = 10) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    description\n    wikidataId\n    relationships(direction: BOTH, first: $relationshipsFirst) {\n      edges {\n        node {\n          id\n          type\n          description\n          source {\n            id\n            name\n            type\n          }\n          target {\n            id\n            name\n            type\n          }\n          evidence {\n            quote\n            article {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    articles(first: $articlesFirst) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.EntityPageDocument,
    "query ArticleWithMentions {\n  article(id: \"article:ed35ebebeaaf3e62\") {\n    title\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            name\n            type\n          }\n          spans {\n            field\n            start\n            end\n            text\n          }\n        }\n      }\n    }\n  }\n}": types.ArticleWithMentionsDocument,
    "query CountriesPage {\n  entities(type: COUNTRY, first: 5) {\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.CountriesPageDocument,
    "query PathBetween {\n  path(fromId: \"entity:antony-blinken\", toId: \"entity:vladimir-putin\") {\n    length\n    entities {\n      name\n    }\n    relationships {\n      type\n      source {\n        name\n      }\n      target {\n        name\n      }\n      description\n    }\n  }\n}": types.PathBetweenDocument,
    "query EntityRelationships {\n  entity(id: \"entity:vladimir-putin\") {\n    name\n    aliases\n    relationships(direction: OUTGOING, first: 20) {\n      edges {\n        node {\n          type\n          target {\n            name\n          }\n          evidence {\n            quote\n            article {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.EntityRelationshipsDocument,
    "query SearchEntities {\n  searchEntities(query: \"xi\") {\n    id\n    name\n    type\n    aliases\n  }\n}": types.SearchEntitiesDocument,
    "query SearchBox($query: String!, $first: Int = 8) {\n  searchEntities(query: $query, first: $first) {\n    id\n    name\n    type\n    aliases\n  }\n}": types.SearchBoxDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticlePage($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    body\n    publishedAt\n    publisher\n    url\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n    relationships(first: 20) {\n      edges {\n        node {\n          id\n          type\n          source {\n            id\n            name\n          }\n          target {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ArticlePage($id: ID!) {\n  article(id: $id) {\n    id\n    title\n    body\n    publishedAt\n    publisher\n    url\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            id\n            name\n            type\n          }\n        }\n      }\n    }\n    relationships(first: 20) {\n      edges {\n        node {\n          id\n          type\n          source {\n            id\n            name\n          }\n          target {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticlesPage($first: Int = 20, $after: String) {\n  articles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        publishedAt\n        publisher\n        dateDescription\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ArticlesPage($first: Int = 20, $after: String) {\n  articles(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        title\n        publishedAt\n        publisher\n        dateDescription\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntitiesPage($type: EntityType, $first: Int = 20, $after: String) {\n  entities(type: $type, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        type\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query EntitiesPage($type: EntityType, $first: Int = 20, $after: String) {\n  entities(type: $type, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        name\n        type\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityPage($id: ID!, $relationshipsFirst: Int = 20, $articlesFirst: Int = 10) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    description\n    wikidataId\n    relationships(direction: BOTH, first: $relationshipsFirst) {\n      edges {\n        node {\n          id\n          type\n          description\n          source {\n            id\n            name\n            type\n          }\n          target {\n            id\n            name\n            type\n          }\n          evidence {\n            quote\n            article {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    articles(first: $articlesFirst) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query EntityPage($id: ID!, $relationshipsFirst: Int = 20, $articlesFirst: Int = 10) {\n  entity(id: $id) {\n    id\n    name\n    type\n    aliases\n    description\n    wikidataId\n    relationships(direction: BOTH, first: $relationshipsFirst) {\n      edges {\n        node {\n          id\n          type\n          description\n          source {\n            id\n            name\n            type\n          }\n          target {\n            id\n            name\n            type\n          }\n          evidence {\n            quote\n            article {\n              id\n              title\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    articles(first: $articlesFirst) {\n      edges {\n        node {\n          id\n          title\n          publishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ArticleWithMentions {\n  article(id: \"article:ed35ebebeaaf3e62\") {\n    title\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            name\n            type\n          }\n          spans {\n            field\n            start\n            end\n            text\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ArticleWithMentions {\n  article(id: \"article:ed35ebebeaaf3e62\") {\n    title\n    dateDescription\n    mentions(first: 50) {\n      totalCount\n      edges {\n        node {\n          count\n          entity {\n            name\n            type\n          }\n          spans {\n            field\n            start\n            end\n            text\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CountriesPage {\n  entities(type: COUNTRY, first: 5) {\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query CountriesPage {\n  entities(type: COUNTRY, first: 5) {\n    edges {\n      cursor\n      node {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PathBetween {\n  path(fromId: \"entity:antony-blinken\", toId: \"entity:vladimir-putin\") {\n    length\n    entities {\n      name\n    }\n    relationships {\n      type\n      source {\n        name\n      }\n      target {\n        name\n      }\n      description\n    }\n  }\n}"): (typeof documents)["query PathBetween {\n  path(fromId: \"entity:antony-blinken\", toId: \"entity:vladimir-putin\") {\n    length\n    entities {\n      name\n    }\n    relationships {\n      type\n      source {\n        name\n      }\n      target {\n        name\n      }\n      description\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityRelationships {\n  entity(id: \"entity:vladimir-putin\") {\n    name\n    aliases\n    relationships(direction: OUTGOING, first: 20) {\n      edges {\n        node {\n          type\n          target {\n            name\n          }\n          evidence {\n            quote\n            article {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query EntityRelationships {\n  entity(id: \"entity:vladimir-putin\") {\n    name\n    aliases\n    relationships(direction: OUTGOING, first: 20) {\n      edges {\n        node {\n          type\n          target {\n            name\n          }\n          evidence {\n            quote\n            article {\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEntities {\n  searchEntities(query: \"xi\") {\n    id\n    name\n    type\n    aliases\n  }\n}"): (typeof documents)["query SearchEntities {\n  searchEntities(query: \"xi\") {\n    id\n    name\n    type\n    aliases\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchBox($query: String!, $first: Int = 8) {\n  searchEntities(query: $query, first: $first) {\n    id\n    name\n    type\n    aliases\n  }\n}"): (typeof documents)["query SearchBox($query: String!, $first: Int = 8) {\n  searchEntities(query: $query, first: $first) {\n    id\n    name\n    type\n    aliases\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;