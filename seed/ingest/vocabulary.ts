/**
 * The relationship types the extractor may write: the vocabulary of README.md ("Relationship
 * vocabulary"), where each is defined with its direction and an example. A test keeps the two equal;
 * a new type is added there and here in the same change.
 */
export const RELATIONSHIP_TYPES = [
  'PRESIDENT_OF', 'HOLDS_OFFICE_IN', 'LEADS', 'WORKS_FOR', 'PART_OF', 'BASED_IN', 'VISITS', 'HELD_IN', 'ATTENDS',
  'ANNOUNCES', 'INVITES', 'MEETS', 'SIGNS_STATEMENT_WITH', 'SIGNS_AGREEMENT_WITH', 'DISCUSSES', 'REPORTS_ON',
  'PHOTOGRAPHS', 'PARTNERS_WITH', 'SUPPORTS', 'OPPOSES', 'EXPORTS_TO', 'SUPPLIES', 'TRADES_WITH', 'CONNECTS',
  'PASSES_THROUGH', 'WAGES_WAR_ON', 'MEDIATES', 'ACCUSES', 'SANCTIONS', 'WARNS', 'OBSERVES', 'CONCERNED_ABOUT',
  'WRITES_FOR', 'DEVELOPS', 'LANDS_ON', 'EXPELS', 'RULES_AGAINST', 'FINES',
] as const;

export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Symmetric types are stored once, source = the party the text makes the subject. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set(['MEETS', 'PARTNERS_WITH', 'TRADES_WITH', 'SIGNS_STATEMENT_WITH', 'SIGNS_AGREEMENT_WITH']);
