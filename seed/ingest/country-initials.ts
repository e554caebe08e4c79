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

/** Initials of each country name already read ('' for a name of fewer than two capitalised words); cleared when large. */
const initialsByName = new Map<string, string>();

/** The first code units of a name's capitalised words ("DRC"), or '' when it has fewer than two: split once per name. */
function nameInitials(name: string): string {
  let initials = initialsByName.get(name);
  if (initials === undefined) {
    const words = name.split(/[\s-]+/).filter((w) => CAPITALISED.test(w));
    initials = words.length < 2 ? '' : words.map((w) => w[0]).join('');
    if (initialsByName.size >= 2_000) initialsByName.clear();
    initialsByName.set(name, initials);
  }
  return initials;
}

/** The one country entity whose full name's initials `text` is (two words or more), if any. */
export function countryOfInitials(text: string, entities: Iterable<DocEntity>): DocEntity | undefined {
  if (!INITIALISM.test(text)) return undefined;
  let found: DocEntity | undefined;
  for (const e of entities) {
    if (e.type !== 'COUNTRY') continue;
    // (text, two to five capitals, is never '')
    if (nameInitials(e.name) !== text) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}
