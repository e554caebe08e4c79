/**
 * Round 12 place rules.
 * - A city described as its country's capital by the demonym: "Quito, the Ecuadorian capital, …" →
 *   the city PART_OF the country the demonym names (when the article names that country; a former
 *   capital is in its country too). The
 *   possessive ("Ecuador’s capital, Quito") and "including the capital" forms are structure.ts's.
 */
import type { RelationRules } from './context';
import { cueWords, hasAnyRun } from './words';

/** ", the Ecuadorian capital" right after a city (the demonym in group 1), closing the apposition. */
const DEMONYM_CAPITAL = /^,\s+the\s+(?:(?:former|old|new|ancient)\s+)?(\p{Lu}[\p{L}\-]+)\s+capital\b(?![’'\-])(?=\s*[,.;)]|\s*$|\s+(?:and|on|in|where|which|last|this|early|late)\b)/u;
const CUE_CAPITAL = cueWords(['capital']);

export const round12Places: RelationRules = {
  name: 'round12-places',
  gate: { types: ['CITY'], words: ['capital'] },
  perSentence: (ctx, scope) => {
    const { s, ms } = scope;
    if (!hasAnyRun(s, CUE_CAPITAL)) return;
    for (const m of ms) {
      const city = ctx.entities.get(m.entityId);
      if (city?.type !== 'CITY') continue;
      const described = DEMONYM_CAPITAL.exec(s.text.slice(m.end - s.start));
      if (!described) continue;
      const c = ctx.g.demonym(described[1]!);
      const country = c ? ctx.byCode.get(c.code) : undefined;
      if (country && country.id !== city.id) ctx.add(city, 'PART_OF', country, s, 0.7, 'city-demonym-capital');
    }
  },
};
