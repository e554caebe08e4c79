/**
 * The mentions of one sentence, in text order, indexed once per document: what the families that
 * look back at an earlier sentence (relate/roles.ts, relate/subject.ts) read.
 */
import type { DocMention } from '../document';
import type { RelateContext } from './context';

const byDoc = new WeakMap<readonly DocMention[], Map<number, DocMention[]>>();
/** The mentions of sentence `index`, in text order (indexed once per document). */
export function mentionsOf(ctx: RelateContext, index: number): readonly DocMention[] {
  let map = byDoc.get(ctx.mentions);
  if (!map) {
    map = new Map();
    for (const m of ctx.mentions) {
      const list = map.get(m.sentence);
      if (list) list.push(m);
      else map.set(m.sentence, [m]);
    }
    for (const list of map.values()) list.sort((a, b) => a.start - b.start);
    byDoc.set(ctx.mentions, map);
  }
  return map.get(index) ?? [];
}
