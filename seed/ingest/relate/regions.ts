/**
 * Region parts: "north China" is part of China. The region's name must be a compass noun and the
 * country's own name ("North-west Kenya"): an adjective ("southern Kenya") describes a part of the
 * country rather than naming one, and a continent that ends in a country's alias ("South America"
 * with "America" for the United States) is no part of it.
 */
import type { RelationRules } from './context';

/** "North ", "South-east ", "Central ": the noun forms of the compass that open a region's name. */
const COMPASS_NAME = /^(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Uu]pper|[Ll]ower)(?:[\-\s](?:east|west))?\s/u;

export const regions: RelationRules = {
  name: 'regions',
  gate: { types: ['REGION'] },
  perSentence: (ctx, scope) => {
    const { s, ms } = scope;
    const { entities, add, byCode } = ctx;
    for (const m of ms) {
      const region = entities.get(m.entityId);
      if (!region || region.type !== 'REGION') continue;
      const compass = COMPASS_NAME.exec(region.name);
      if (!compass) continue;
      const rest = region.name.slice(compass[0].length);
      for (const country of byCode.values()) {
        if (country.name === rest) add(region, 'PART_OF', country, s, 0.8, 'compass-region-part');
      }
    }
  },
};
