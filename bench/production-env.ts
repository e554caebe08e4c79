/**
 * Import first: the bench measures what Lambda runs, where NODE_ENV is production (the stack sets
 * it). graphql-js and Apollo Server read it when they load and skip development-only checks, so it
 * must be set before either is imported.
 */
import '../src/local/quiet-sdk';

process.env.NODE_ENV = 'production';
