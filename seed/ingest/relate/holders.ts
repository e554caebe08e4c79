/**
 * Whose government a person heads, for "accused Omar Vance’s government of …": the government of
 * a country is the country (seed/README.md). Read from the person's description ("the Kenyan
 * president") or from an office the article gives them elsewhere ("as Kenya’s president").
 */
import type { DocEntity, DocMention } from '../document';
import type { RelateContext } from './context';

const HEAD_OF_STATE = String.raw`(president|prime minister|premier|chancellor|leader|king|queen|emir|head of state|head of government)`;
/** ", the Kenyan president" right after the name, or "… as Kenya’s president" later in its sentence. */
const OFFICE_AFTER = new RegExp(String.raw`^(?:,\s+|[^.;:]*?\bas\s+)(?:the\s+(\p{Lu}[\p{L}\-]+)\s+|(\p{Lu}[\p{L}\-]+)[’']s\s+)${HEAD_OF_STATE}\b`, 'u');
const OFFICE_WORD = new RegExp(String.raw`\b${HEAD_OF_STATE}\b`, 'u');
const VICE = /\b(?:vice|deputy|former|acting)\b/iu;
/** After a person's mention: "’s government", "’s administration" (the person's country). */
export const GOVERNMENT_OF = /^[’']s\s+(?:government|administration|regime|cabinet)\b/u;

/** The article's country of a demonym or country name ("Kenyan", "Kenya"). */
function countryOfWord(ctx: RelateContext, word: string): DocEntity | undefined {
  const c = ctx.g.demonym(word) ?? ctx.g.country(word);
  return c ? ctx.byCode.get(c.code) : undefined;
}

export interface Leadership {
  readonly country: DocEntity;
  /** "president", "prime minister", "leader"… */
  readonly office: string;
}

const cache = new WeakMap<RelateContext, Map<string, Leadership | null>>();

/** The country whose president, prime minister or leader the person is, when the article says so. */
export function countryLedBy(ctx: RelateContext, person: DocEntity): DocEntity | undefined {
  return leadershipOf(ctx, person)?.country;
}

/** The person the article makes `office` of `country` ("the Kenyan president"), if exactly one. */
export function personLeading(ctx: RelateContext, country: DocEntity, office: string): DocEntity | undefined {
  const found = [...ctx.entities.values()].filter((e) => {
    if (e.type !== 'PERSON') return false;
    const l = leadershipOf(ctx, e);
    return l?.country.id === country.id && (office === 'leader' || l.office === office);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The office of head of state or government the article gives the person, cached per document. */
function leadershipOf(ctx: RelateContext, person: DocEntity): Leadership | undefined {
  let byPerson = cache.get(ctx);
  if (!byPerson) cache.set(ctx, (byPerson = new Map()));
  if (!byPerson.has(person.id)) byPerson.set(person.id, findLeadership(ctx, person) ?? null);
  return byPerson.get(person.id) ?? undefined;
}

function findLeadership(ctx: RelateContext, person: DocEntity): Leadership | undefined {
  const office = person.description && !VICE.test(person.description) ? OFFICE_WORD.exec(person.description) : null;
  if (office) {
    for (const word of person.description!.split(/[\s’']+/u)) {
      const c = countryOfWord(ctx, word);
      if (c) return { country: c, office: office[1]! };
    }
  }
  for (const m of ctx.mentions) {
    if (m.entityId !== person.id) continue;
    const after = textAfter(ctx, m);
    const office = OFFICE_AFTER.exec(after);
    if (!office) continue;
    // The office must be this person's: no other person named between the name and the office.
    const until = m.end + office[0].length;
    if (ctx.mentions.some((o) => o.sentence === m.sentence && o.field === m.field && o.start > m.end && o.start < until && o.entityId !== person.id && ctx.entities.get(o.entityId)?.type === 'PERSON')) continue;
    const c = countryOfWord(ctx, office[1] ?? office[2]!);
    if (c) return { country: c, office: office[3]! };
  }
  return undefined;
}

/** The rest of the sentence after a mention. */
function textAfter(ctx: RelateContext, m: DocMention): string {
  const s = ctx.sentences[m.sentence]?.index === m.sentence ? ctx.sentences[m.sentence]! : ctx.sentences.find((x) => x.index === m.sentence);
  return s ? s.text.slice(m.end - s.start) : '';
}
