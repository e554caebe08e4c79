/**
 * Context for a known string that several known entities share ("High Court" is one court in one
 * article and another court in another): the entities each was named with in its own known files,
 * its companions. A new article that already links several of one holder's companions and fewer of
 * every other holder's is about that holder's world, the relatedness idea of Milne and Witten's
 * Wikipedia linker reduced to co-mention in the known set. Nothing here names an entity: the
 * evidence is the known graph and the article's own unambiguous links.
 */
import { isWholeWordAt } from '../mentions';
import type { SeedFile } from '../schema';
import { isContextualAlias, isLinkable, type KnownEntity, type KnownIndex } from './link';

/** Companions needed before a shared string is decided for one holder (one shared neighbour, a country say, is too common). */
export const MIN_COMPANIONS = 2;

/** For each known entity, the other entities named in the same known files. */
export function companionsOf(files: readonly SeedFile[]): Map<string, Set<string>> {
  const companions = new Map<string, Set<string>>();
  for (const file of files) {
    const ids = file.entities.map((e) => e.id);
    for (const id of ids) {
      let set = companions.get(id);
      if (!set) companions.set(id, (set = new Set()));
      for (const other of ids) if (other !== id) set.add(other);
    }
  }
  return companions;
}

/** Whether `needle` stands in `text` as whole words somewhere. */
function standsIn(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (isWholeWordAt(text, at, at + needle.length)) return true;
  return false;
}

const PLACE_TYPES: ReadonlySet<string> = new Set(['COUNTRY', 'CITY', 'REGION']);

/** The known places a holder's own name carries ("Brazil" in "National Congress of Brazil", "United States" in "United States Congress"). */
function placesInName(name: string, owners: ReadonlyMap<string, readonly KnownEntity[]>): KnownEntity[] {
  const words = name.split(' ');
  const places: KnownEntity[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      if (n === words.length) continue;
      const found = owners.get(words.slice(i, i + n).join(' '));
      if (found?.length === 1 && PLACE_TYPES.has(found[0]!.type)) places.push(found[0]!);
    }
  }
  return places;
}

/**
 * The holders of a shared string still in the article's world: one whose own name carries a place
 * ("Congress" of "National Congress of Brazil") stays only when the article names that place by a
 * string of its own; a holder whose name carries none stays. When a single holder is left out of
 * several this way and the article names its place, the place decides (round 11: a new key's
 * Brazilian "Congress" took the US Congress's articles through shared companions).
 */
function holdersOfNamedPlaces<T extends { readonly name: string }>(holders: readonly T[], text: string, owners: ReadonlyMap<string, readonly KnownEntity[]>): readonly T[] {
  if (holders.length < 2) return holders;
  const kept = holders.filter((h) => {
    const places = placesInName(h.name, owners);
    return places.length === 0 || places.some((p) => p.strings.some((s) => owners.get(s)?.length === 1 && isLinkable(s) && standsIn(text, s)));
  });
  return kept.length === 0 ? holders : kept;
}

/**
 * The holder of a shared string that the article's context points to. A holder's score is the
 * number of its companions that the article names by a string of their own (a proper name that no
 * other known entity carries: a shared "Supreme Court", or one that drops its owner's name, is no evidence either way; a capital such as
 * "London" is, though link.ts leaves its occurrences to the metonym rule). The holder with the
 * highest score wins when it has at least MIN_COMPANIONS and strictly more than every other
 * holder; otherwise none does, and the string names a new entity as before.
 */
export function holderByCompanions<T extends { readonly id: string; readonly name: string }>(all: readonly T[], text: string, known: KnownIndex, owners: ReadonlyMap<string, readonly KnownEntity[]>): T | undefined {
  const holders = holdersOfNamedPlaces(all, text, owners);
  if (holders.length === 1 && holders.length < all.length) return holders[0];
  let best: T | undefined;
  let bestScore = 0;
  let tie = false;
  for (const h of holders) {
    let score = 0;
    for (const id of known.companions.get(h.id) ?? []) {
      const companion = known.byId.get(id);
      if (companion?.strings.some((s) => owners.get(s)?.length === 1 && isLinkable(s) && !isContextualAlias(s, companion.name) && standsIn(text, s))) score++;
    }
    if (score > bestScore) {
      best = h;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return best && !tie && bestScore >= MIN_COMPANIONS ? best : undefined;
}
