import { loadGazetteer } from '../../../seed/ingest/gazetteer';
import { isCompassDemonym } from '../../../seed/ingest/compass-demonyms';
import { articleText, runUntil } from './support';

/** name → type of the entities stage cluster finds in these paragraphs. */
const typesOf = (...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e.type]));

describe('round 11 entity rules (invented text)', () => {
  describe('compass-demonym: a compass word before a demonym names nothing', () => {
    it('reads a compass word and a country’s or a continent’s demonym as an adjective', () => {
      // Prepare
      const g = loadGazetteer();
      // Act / Assess
      expect(isCompassDemonym('East Peruvian', g)).toBe(true);
      expect(isCompassDemonym('West African', g)).toBe(true);
      expect(isCompassDemonym('East Tolvania', g)).toBe(false);
      expect(isCompassDemonym('East Peruvian Airways', g)).toBe(false);
    });

    it('keeps no entity for "West African leaders" or "the East Peruvian president", but keeps the people named beside them', () => {
      // Act
      const found = typesOf('West African leaders met Orvo Tallin, the East Peruvian president, in Velmaport on Monday.');
      // Assess
      expect(found['West African']).toBeUndefined();
      expect(found['East Peruvian']).toBeUndefined();
      expect(found['Orvo Tallin']).toBe('PERSON');
    });
  });
});
