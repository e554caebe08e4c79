/**
 * A text as a regular-expression source that matches it literally ("St. Kitts (UK)" →
 * "St\. Kitts \(UK\)"), for patterns built around a name of the article. One definition for every
 * stage (cluster, event names, entity forms, relation rules).
 */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** `text` with every character special to a RegExp escaped by a backslash. */
export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}
