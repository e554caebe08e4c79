import { factsOfParagraphs } from './support';

/**
 * Stage relate, round 15 (says): support given in a relative clause, charges whose accuser is a
 * back-reference, rulings against a person named by a pronoun, and threats of a response. Invented
 * names and text, each beside a case where the rule must not fire.
 */
const ofType = (found: readonly string[], type: string) => found.filter((f) => f.includes(` ${type} `));

describe('stage relate, round 15 (says)', () => {
  describe('support given in a relative clause', () => {
    it('reads every giver of "the support that A, B and C had given to D", and "the subsidies that A gave to D"', () => {
      // Act / Assess
      expect(factsOfParagraphs('The ruling concerned the support that Chile, Peru and Bolivia had given to Vela Air over two decades.')).toEqual(expect.arrayContaining(['Chile SUPPORTS Vela Air', 'Peru SUPPORTS Vela Air', 'Bolivia SUPPORTS Vela Air']));
      expect(factsOfParagraphs('The panel condemned the illegal subsidies that Ecuador gave to Orsk Aero in the 1990s.')).toEqual(expect.arrayContaining(['Ecuador SUPPORTS Orsk Aero']));
    });

    it('reads no support refused or hedged', () => {
      // Act / Assess
      expect(ofType(factsOfParagraphs('The ruling concerned the aid that Chile had refused to give to Vela Air.'), 'SUPPORTS')).toEqual([]);
      expect(ofType(factsOfParagraphs('Critics attacked the loans that Chile could give to Vela Air.'), 'SUPPORTS')).toEqual([]);
    });
  });

  describe('charges whose accuser is a back-reference', () => {
    it('reads "It accused X of" as the body named last, and "the junta accused X of" as the body the article calls the junta', () => {
      // Act / Assess
      expect(factsOfParagraphs('The case was brought by the Tolva Trade Authority in 2019. It accused Orsk Mining of hiding its profits.')).toEqual(expect.arrayContaining(['Tolva Trade Authority ACCUSES Orsk Mining']));
      expect(factsOfParagraphs('Soldiers seized power in May as the junta, which calls itself the Council for National Renewal, closed the borders.', 'The Vela Union condemned the coup. On Monday the junta accused Peru, its northern neighbour, of plotting an invasion.')).toEqual(expect.arrayContaining(['Council for National Renewal ACCUSES Peru']));
    });

    it('reads "the 58-year-old … and accused X of" and ", accusing X of" after "The entrepreneur" as the person named last', () => {
      // Act / Assess
      expect(factsOfParagraphs('Omar Vance lost the run-off.', 'Speaking in his home town, the 58-year-old called the vote unfair and accused Ana Ruiz of abusing state resources.')).toEqual(expect.arrayContaining(['Omar Vance ACCUSES Ana Ruiz']));
      expect(factsOfParagraphs('Omar Vance offered to buy the firm in April.', 'The entrepreneur had tried to walk away from the deal in July, accusing Orsk Media of misleading him.')).toEqual(expect.arrayContaining(['Omar Vance ACCUSES Orsk Media']));
    });

    it('reads no denied charge, and no group noun the article never ties to a body', () => {
      // Act / Assess
      expect(ofType(factsOfParagraphs('The case was brought by the Tolva Trade Authority in 2019. It never accused Orsk Mining of hiding its profits.'), 'ACCUSES')).toEqual([]);
      expect(ofType(factsOfParagraphs('The Vela Union met in May. On Monday the junta accused Peru, its northern neighbour, of plotting an invasion.'), 'ACCUSES')).toEqual([]);
    });
  });

  describe('rulings against a person named by a pronoun', () => {
    it('reads "Judge X revoked his bail" and "The court … sentenced him" against the person named last', () => {
      // Act / Assess
      expect(factsOfParagraphs('Omar Vance was found guilty on all counts. Judge Ana Ruiz revoked his bail.')).toEqual(expect.arrayContaining(['Ana Ruiz RULES_AGAINST Omar Vance']));
      expect(factsOfParagraphs('Omar Vance appeared before the Tolva District Court on Monday.', 'The court accepted the plea deal and sentenced him to five years.')).toEqual(expect.arrayContaining(['Tolva District Court RULES_AGAINST Omar Vance']));
    });

    it('reads no ruling declined, and no "the court" when two courts were named', () => {
      // Act / Assess
      expect(ofType(factsOfParagraphs('Omar Vance was found guilty on all counts. Judge Ana Ruiz declined to revoke his bail.'), 'RULES_AGAINST')).toEqual([]);
      expect(ofType(factsOfParagraphs('Omar Vance appealed from the Tolva District Court to the Tolva Supreme Court.', 'The court sentenced him to five years.'), 'RULES_AGAINST')).toEqual([]);
    });

  });

  describe('rulings that authorise retaliation', () => {
    it('reads "X cleared A to impose tariffs on Tolvan goods" and "the same organisation allowed A to … over the support that B and C had given to D"', () => {
      // Act / Assess
      expect(factsOfParagraphs('Peru and Chile have fought over aircraft for years.', 'The Vela Trade Organization cleared Chile on Tuesday to impose tariffs on up to $2bn of Peruvian goods a year.')).toEqual(expect.arrayContaining(['Vela Trade Organization RULES_AGAINST Peru']));
      expect(factsOfParagraphs('The Vela Trade Organization met in May.', 'A year later the same organisation allowed Chile to put tariffs on $1bn of Andean goods over the support that Peru and Bolivia had given to Orsk Aero.')).toEqual(expect.arrayContaining(['Vela Trade Organization RULES_AGAINST Peru', 'Vela Trade Organization RULES_AGAINST Bolivia']));
    });

    it('reads no authorisation refused', () => {
      // Act / Assess
      expect(ofType(factsOfParagraphs('The Vela Trade Organization has not cleared Chile to impose tariffs on Peruvian goods.'), 'RULES_AGAINST')).toEqual([]);
    });
  });

  describe('threats of a response', () => {
    it('reads "Any tariffs that X imposed would face a response from Y, Z said" as Z WARNS X (not Y)', () => {
      // Act
      const found = factsOfParagraphs('Any tariffs that Peru imposed would face a response from Chile, Omar Vance said.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance WARNS Peru']));
      expect(found).not.toContain('Omar Vance WARNS Chile');
    });

    it('reads no threat denied or hedged', () => {
      // Act / Assess
      expect(ofType(factsOfParagraphs('Any tariffs that Peru imposed would not face a response, Omar Vance said.'), 'WARNS')).toEqual([]);
      expect(ofType(factsOfParagraphs('Any tariffs that Peru imposed might face a response, Omar Vance said.'), 'WARNS')).toEqual([]);
    });
  });
});
