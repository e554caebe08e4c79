/**
 * Stands in for `@apollo/utils.createhash` in the Lambda bundle (the esbuild alias in
 * infra/bundling.ts); same export, same behaviour.
 *
 * That package hashes with Node's crypto only when `module.require` exists. esbuild's CommonJS
 * wrapper passes a `module` without `require`, so in a bundle Apollo hashed every request's query
 * with sha.js, a SHA-256 in JavaScript, whose code (and its dependencies', ~30 KB) ran for the
 * first time on the first request of each container.
 */
import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

/** A Node crypto hash of the given algorithm ('sha256' is what Apollo asks for). */
export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
