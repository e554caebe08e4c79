/**
 * The relationship vocabulary: every type a seed file may use, in the order of the README's
 * "Relationship vocabulary" table, which gives each one's meaning and an example (a unit test keeps
 * the two equal). This list is what the seed validator enforces; to add a type, add it here and a
 * row (meaning and example) to that table, in the same change.
 *
 * Types are directed ("source TYPE target") and UPPER_SNAKE_CASE (`RELATIONSHIP_TYPE_PATTERN`).
 */
export const RELATIONSHIP_TYPES = [
  'PRESIDENT_OF',
  'HOLDS_OFFICE_IN',
  'PART_OF',
  'VISITS',
  'HELD_IN',
  'ATTENDS',
  'ANNOUNCES',
  'INVITES',
  'MEETS',
  'SIGNS_STATEMENT_WITH',
  'DISCUSSES',
  'REPORTS_ON',
  'PHOTOGRAPHS',
  'PARTNERS_WITH',
  'SUPPORTS',
  'OPPOSES',
  'EXPORTS_TO',
  'SUPPLIES',
  'TRADES_WITH',
  'CONNECTS',
  'PASSES_THROUGH',
  'WAGES_WAR_ON',
  'MEDIATES',
  'ACCUSES',
  'SANCTIONS',
  'WARNS',
  'OBSERVES',
  'CONCERNED_ABOUT',
  'WRITES_FOR',
  'LEADS',
  'DEVELOPS',
  'LANDS_ON',
  'EXPELS',
  'SIGNS_AGREEMENT_WITH',
  'WORKS_FOR',
  'BASED_IN',
  'RULES_AGAINST',
  'FINES',
] as const;

/** One type of the vocabulary. */
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const KNOWN: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

/** True when `type` is in the vocabulary. */
export function isRelationshipType(type: string): type is RelationshipType {
  return KNOWN.has(type);
}
