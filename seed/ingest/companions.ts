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
import { isContextualAlias, isLinkable, type KnownIndex } from './link';

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

/**
 * The holder of a shared string that the article's context points to. A holder's score is the
 * number of its companions that the article names by a string of their own (a proper name that no
 * other known entity carries: a shared "Supreme Court", or one that drops its owner's name, is no evidence either way; a capital such as
 * "London" is, though link.ts leaves its occurrences to the metonym rule). The holder with the
 * highest score wins when it has at least MIN_COMPANIONS and strictly more than every other
 * holder; otherwise none does, and the string names a new entity as before.
 */
export function holderByCompanions<T extends { readonly id: string }>(holders: readonly T[], text: string, known: KnownIndex, owners: ReadonlyMap<string, readonly unknown[]>): T | undefined {
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
