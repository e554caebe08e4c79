/**
 * The relationship types the extractor may write: the one vocabulary list (src/data/relationship-types.ts,
 * kept equal to README.md's "Relationship vocabulary" by a test), and which of them are symmetric.
 */
export { RELATIONSHIP_TYPES, type RelationshipType } from '../../src/data/relationship-types';
import type { RelationshipType } from '../../src/data/relationship-types';

/** Symmetric types are stored once, source = the party the text makes the subject. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set(['MEETS', 'PARTNERS_WITH', 'TRADES_WITH', 'SIGNS_STATEMENT_WITH', 'SIGNS_AGREEMENT_WITH']);
