/**
 * All resolvers, one module per GraphQL type. Types without a module (connections, edges,
 * PageInfo, TextSpan) are plain objects the default resolvers read.
 */
import type { Resolvers } from '../../generated/graphql';
import { Article } from './article';
import { Entity } from './entity';
import { Evidence } from './evidence';
import { Mention } from './mention';
import { Node } from './node';
import { Path } from './path';
import { Query } from './query';
import { Relationship } from './relationship';

export const resolvers: Resolvers = { Query, Node, Article, Entity, Relationship, Mention, Evidence, Path };
