import { relationsOfParagraphs } from './support';

/**
 * Stage relate, round 15 (orgs): a product's makers told by its apposition, a possessive product,
 * a facility in a city, "who has led X", and a party word before an office "of" a place. Invented
 * names and text, each beside a case where the rule must not fire.
 */
const ofRule = (found: readonly string[], rule: string) => found.filter((f) => f.endsWith(`[${rule}]`)).map((f) => f.slice(0, f.lastIndexOf(' [')));

describe('stage relate, round 15 (orgs)', () => {
  describe('products and their makers', () => {
    it('reads "P, a drug from the company A and its partner B" as both developing P and partners, and not a person from A', () => {
      // Act
      const found = relationsOfParagraphs('The regulator approved Vexamab, a drug from the Chilean company Orsk Labs and its American partner Vela Pharmaceuticals, on Monday.');
      // Assess
      expect(ofRule(found, 'product-apposition-maker')).toEqual(expect.arrayContaining(['Orsk Labs DEVELOPS Vexamab', 'Vela Pharmaceuticals DEVELOPS Vexamab']));
      expect(ofRule(found, 'product-apposition-partner')).toEqual(['Orsk Labs PARTNERS_WITH Vela Pharmaceuticals']);
      const none = relationsOfParagraphs('Ana Ruiz, a chemist from Orsk Labs, spoke. Vexamab, a subsidiary from Orsk Labs, grew.');
      expect(none.filter((f) => f.includes('DEVELOPS'))).toEqual([]);
    });

    it('reads no maker in a sentence that opens with a condition', () => {
      // Act / Assess
      expect(relationsOfParagraphs('If Vexamab, a drug from Orsk Labs, works, prices will fall.').filter((f) => f.includes('DEVELOPS'))).toEqual([]);
    });

    it('reads "A\'s earlier treatment, P" and "P, A’s search engine", and not a possessive of something else', () => {
      // Act / Assess
      expect(ofRule(relationsOfParagraphs("Orsk Labs' earlier cancer treatment, Vexamab, failed in trials."), 'possessive-product-apposition')).toEqual(['Orsk Labs DEVELOPS Vexamab']);
      expect(ofRule(relationsOfParagraphs('The deals kept rivals such as Quorra, Orsk Labs’ search engine, from growing.'), 'product-possessive-apposition')).toEqual(['Orsk Labs DEVELOPS Quorra']);
      expect(relationsOfParagraphs("Orsk Labs' earlier rival, Vela Pharmaceuticals, grew.").filter((f) => f.includes('DEVELOPS'))).toEqual([]);
    });
  });

  describe('facilities, leaders and offices', () => {
    it('reads "the Vela Center in Orsk" and "Marlow station in central Orsk" as parts of the city, and not a venue "at the Vela Center in Orsk"', () => {
      // Act
      const found = relationsOfParagraphs('Crowds gathered outside the Vela Center in Orsk on Monday. Rescuers reached Marlow station in central Orsk.');
      // Assess
      expect(ofRule(found, 'facility-in-city')).toEqual(expect.arrayContaining(['Vela Center PART_OF Orsk', 'Marlow station PART_OF Orsk']));
      expect(ofRule(relationsOfParagraphs('Delegates met at the Vela Center in Orsk on Monday.'), 'facility-in-city')).toEqual([]);
    });

    it('reads "X, a former judge who has chaired A since 2020" as leading A, and not one who never chaired it', () => {
      // Act / Assess
      expect(ofRule(relationsOfParagraphs('Ivo Marsh, a former judge who has chaired Orsk Labs since 2020, spoke.'), 'who-leads-body')).toEqual(['Ivo Marsh LEADS Orsk Labs']);
      expect(relationsOfParagraphs('Ana Ruiz, who never chaired Orsk Labs, did not speak.').filter((f) => f.includes('LEADS'))).toEqual([]);
    });

    it('reads "X, the Tolva Party mayor of the West Orsk Region" as an office in the region, not leading the party', () => {
      // Act
      const found = relationsOfParagraphs('Ana Ruiz, the Tolva Party mayor of the West Orsk Region, spoke on Monday.');
      // Assess
      expect(ofRule(found, 'party-title-of-body')).toEqual(['Ana Ruiz HOLDS_OFFICE_IN West Orsk Region']);
      expect(found.filter((f) => f.includes('LEADS'))).toEqual([]);
    });
  });
});
