/** Clause helpers the relation rules share: where a clause starts, and whether it states a fact. */
import type { Sentence } from '../document';

/** The clause of `text` that ends at its end (split at commas, semicolons, dashes and "and"/"but"). */
export const lastClause = (text: string) => text.split(/[,;:–—]|\s(?:and|but|while|whereas)\s/).pop() ?? text;
export const startsConditional = (s: Sentence) => /^[“"‘']?\s*(?:If|Unless|Should|Were)\b/u.test(s.text);
