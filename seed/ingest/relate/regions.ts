/** Region parts: "northern Kenya" is part of Kenya. */
import type { RelationRules } from './context';

export const regions: RelationRules = {
  name: 'regions',
  perSentence: (ctx, scope) => {
    const { s, ms } = scope;
    const { entities, add, byCode } = ctx;
    // Region parts: "northern Kenya" is part of Kenya.
    for (const m of ms) {
      const region = entities.get(m.entityId);
      if (!region || region.type !== 'REGION') continue;
      const country = [...byCode.values()].find((c) => [c.name, ...c.aliases].some((n) => region.name.endsWith(` ${n}`)));
      if (country) add(region, 'PART_OF', country, s, 0.8, 'compass-region-part');
    }
  },
};
