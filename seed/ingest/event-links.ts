/**
 * Stage `cluster`, last phase before the mentions: an event the text names only by its kind links to
 * a known event whose descriptive name the text spells out piece by piece.
 *
 * News names a known event by its kind once the reader knows which one is meant: "the earthquake",
 * "the 7.8-magnitude earthquake hit A and B". The graph holds it under a descriptive name of the
 * encyclopaedic kind, "<year> <place>–<place> <kind>" ("2023 A–B earthquake", "2024 C presidential
 * election"). Stage `link` cannot find such a name (the text never writes it), so the extractor
 * proposed a second entity. Here the known event wins when every word of its name is attested:
 * - its last word is the event's kind (the head of the unnamed event: "earthquake");
 * - a year in it is written in the article (a caption date counts), and the article's event has no
 *   other year of its own ("the 1999 earthquake" is not the 2023 one);
 * - each place in it (a word or a dash-joined part: "A–B") is a place entity of the article, or a
 *   demonym of one of its countries, named in a sentence that also holds the kind;
 * - every other word stands in the article before the kind ("presidential election");
 * - the event's own words (its modifiers) are all in the known name;
 * and exactly one known event passes. Otherwise nothing links: a wrong link is worse than a new
 * entity, which a reviewer can merge.
 */
import type { EntityType } from '../../src/generated/graphql';
import type { DocEntity, Sentence } from './document';
import type { Gazetteer } from './gazetteer';
import type { KnownEntity, KnownIndex } from './link';

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['COUNTRY', 'CITY', 'REGION']);
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A name word written as the kind's modifier: lower case ("presidential"), or a number such as "7.8". */
const LOWER = /^\p{Ll}/u;

/** The known events by the last word of their name, lower-cased (built once per known index). */
const eventsByHead = new WeakMap<KnownIndex, ReadonlyMap<string, readonly KnownEntity[]>>();

function knownEventsByHead(known: KnownIndex): ReadonlyMap<string, readonly KnownEntity[]> {
  let byHead = eventsByHead.get(known);
  if (byHead) return byHead;
  const map = new Map<string, KnownEntity[]>();
  for (const k of known.byId.values()) {
    if (k.type !== 'EVENT') continue;
    const words = k.name.split(' ');
    if (words.length < 2) continue;
    const head = words[words.length - 1]!.toLowerCase();
    const list = map.get(head);
    if (list) list.push(k);
    else map.set(head, [k]);
  }
  eventsByHead.set(known, (byHead = map));
  return byHead;
}

/** A letter, a digit or a hyphen: what may not touch a whole word. */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** Whether `word` stands in `text` as a whole word (letters, digits or a hyphen do not touch it). */
export function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

export interface EventLinkInput {
  readonly sentences: readonly Sentence[];
  /** Every field's text, joined (for the year). */
  readonly allText: string;
  readonly entities: Map<string, DocEntity>;
  readonly known: KnownIndex;
  readonly g: Gazetteer;
}

/**
 * Links each unnamed event (a name of lower-case words, the last its kind) to the one known event
 * whose name the article attests (see the module comment); the event takes the known id, type,
 * name and Wikidata id and keeps its own name as an alias. Changes `entities` in place.
 */
export function linkDescribedEvents({ sentences, allText, entities, known, g }: EventLinkInput): void {
  const byHead = knownEventsByHead(known);
  if (byHead.size === 0) return;
  const unnamed = [...entities.values()].filter((e) => e.type === 'EVENT' && !e.linked && e.name.split(' ').every((w) => LOWER.test(w) || YEAR.test(w)) && LOWER.test(e.name.split(' ').at(-1)!));
  for (const e of unnamed) {
    const words = e.name.split(' ');
    const head = words.at(-1)!;
    const candidates = (byHead.get(head) ?? []).filter((k) => !entities.has(k.id) && attests(k, words, { sentences, allText, entities, g }));
    if (candidates.length !== 1) continue;
    const k = candidates[0]!;
    entities.delete(e.id);
    entities.set(k.id, { ...e, id: k.id, type: k.type, name: k.name, aliases: [...new Set([e.name, ...e.aliases])].filter((a) => a !== k.name), wikidataId: k.wikidataId, linked: true, confidence: 0.7, rule: 'link-described-event' });
  }
}

function attests(k: KnownEntity, own: readonly string[], { sentences, allText, entities, g }: Omit<EventLinkInput, 'known'>): boolean {
  const name = k.name.split(' ');
  const head = own.at(-1)!;
  const nameWords = new Set(name.map((w) => w.toLowerCase()));
  // The event's own modifiers are the known name's; its own year, if any, is the name's year.
  if (!own.every((w) => nameWords.has(w.toLowerCase()))) return false;
  const withHead = sentences.filter((s) => hasWholeWord(s.text.toLowerCase(), head));
  if (withHead.length === 0) return false;
  const places = [...entities.values()].filter((p) => PLACE_TYPES.has(p.type));
  let placeSeen = false;
  for (const word of name.slice(0, -1)) {
    if (YEAR.test(word)) {
      if (!hasWholeWord(allText, word)) return false;
      continue;
    }
    if (LOWER.test(word)) {
      // A modifier of the kind: written before it in a sentence that holds it ("presidential election").
      if (!withHead.some((s) => hasWholeWord(s.text.toLowerCase(), `${word.toLowerCase()} ${head}`))) return false;
      continue;
    }
    for (const part of word.split(/[–—-]/)) {
      const country = g.demonym(part);
      const place = places.find((p) => p.name === part || p.aliases.includes(part) || (country !== undefined && p.type === 'COUNTRY' && g.country(p.name)?.code === country.code));
      if (!place) return false;
      const forms = [place.name, ...place.aliases, part];
      if (!withHead.some((s) => forms.some((f) => hasWholeWord(s.text, f)))) return false;
      placeSeen = true;
    }
  }
  // A kind alone is no description: the name must place the event.
  return placeSeen;
}
