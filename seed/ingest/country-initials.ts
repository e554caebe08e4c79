/**
 * A country's initialism that the text uses without defining it: "the DRC" for the Democratic
 * Republic of the Congo, "the CAR" for the Central African Republic. When the text names the
 * country in full, an all-capitals word made of the initials of that name's capitalised words
 * ("of", "the" skipped) is its short form, as news writes it after the first mention; stage
 * `cluster` makes it an alias of that country instead of an organisation's acronym.
 */
import type { DocEntity } from './document';

const INITIALISM = /^\p{Lu}{2,5}$/u;
const CAPITALISED = /^\p{Lu}/u;

/** The one country entity whose full name's initials `text` is (two words or more), if any. */
export function countryOfInitials(text: string, entities: Iterable<DocEntity>): DocEntity | undefined {
  if (!INITIALISM.test(text)) return undefined;
  let found: DocEntity | undefined;
  for (const e of entities) {
    if (e.type !== 'COUNTRY') continue;
    const words = e.name.split(/[\s-]+/).filter((w) => CAPITALISED.test(w));
    if (words.length < 2 || words.map((w) => w[0]).join('') !== text) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}
