import { factsOfParagraphs } from './support';

/**
 * Stage relate, round 14 (a): joint statements by a list or "with" co-signers, agreements signed in a
 * relative clause, regulators closing a body, heads told by a definite back-reference, party leaders
 * in relative clauses, coalitions at war, support of a movement named before, seats on "its" board,
 * a body's arm and appointments to a body. Invented names and text, each beside a case where the
 * rule must not fire.
 */
describe('stage relate, round 14 (a)', () => {
  describe('joint statements and agreements', () => {
    it('reads every pair of a joint statement list, and no list under a negation', () => {
      // Act
      const found = factsOfParagraphs('In a joint statement on Monday, Ana Ruiz, the Tolvan finance minister, Omar Vance, the chair of the Orsk Reserve, and Ivo Marsh, the chairman of the Tolva Deposit Agency, said savers were safe.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ana Ruiz SIGNS_STATEMENT_WITH Omar Vance', 'Omar Vance SIGNS_STATEMENT_WITH Ivo Marsh', 'Ana Ruiz SIGNS_STATEMENT_WITH Ivo Marsh']));
      expect(factsOfParagraphs('Ana Ruiz, Omar Vance and Ivo Marsh said savers were safe.').filter((f) => f.includes('SIGNS_STATEMENT_WITH'))).toEqual([]);
    });

    it('reads "X issued a joint statement with A and B", and not one X refused to issue', () => {
      // Act / Assess
      expect(factsOfParagraphs('Chile, which brokered the talks, issued a joint statement with Peru and Bolivia once they were over.')).toEqual(expect.arrayContaining(['Chile SIGNS_STATEMENT_WITH Peru', 'Chile SIGNS_STATEMENT_WITH Bolivia']));
      expect(factsOfParagraphs('Chile has not issued a joint statement with Peru and Bolivia.').filter((f) => f.includes('SIGNS_STATEMENT_WITH'))).toEqual([]);
    });

    it('reads "the deal, which A and B signed", and not one they refused to sign', () => {
      // Act / Assess
      expect(factsOfParagraphs('Ana Ruiz met Omar Vance. Under the deal, which Mr Ruiz and Mr Vance signed, the two countries will trade.')).toEqual(expect.arrayContaining(['Ana Ruiz SIGNS_AGREEMENT_WITH Omar Vance']));
      expect(factsOfParagraphs('Under the deal, which Ana Ruiz and Omar Vance refused to sign, tariffs will fall.').filter((f) => f.includes('SIGNS_AGREEMENT_WITH'))).toEqual([]);
    });
  });

  describe('regulators, heads and leaders', () => {
    it('reads a regulator closing a bank (by name, by a definite noun, in the passive), and not one that did not', () => {
      // Act / Assess
      expect(factsOfParagraphs('Orsk Savings Bank grew fast. On Friday the Tolva Banking Authority closed the bank and appointed a receiver.')).toEqual(expect.arrayContaining(['Tolva Banking Authority RULES_AGAINST Orsk Savings Bank']));
      expect(factsOfParagraphs('The Vela Trust Bank, which had large assets, was closed by the Tolva Banking Authority.')).toEqual(expect.arrayContaining(['Tolva Banking Authority RULES_AGAINST Vela Trust Bank']));
      expect(factsOfParagraphs('Orsk Savings Bank grew fast. The Tolva Banking Authority has not closed the bank.').filter((f) => f.includes('RULES_AGAINST'))).toEqual([]);
    });

    it('reads "X, the head of the council" as leading the council named before, and not a noun no body bears', () => {
      // Act / Assess
      expect(factsOfParagraphs('The Tolva Electoral Council counted the votes. Turnout was high, said Ivo Marsh, the head of the council.')).toEqual(expect.arrayContaining(['Ivo Marsh LEADS Tolva Electoral Council']));
      expect(factsOfParagraphs('The Tolva Electoral Council counted the votes. Turnout was high, said Ivo Marsh, the head of the opposition.').filter((f) => f.includes('LEADS'))).toEqual([]);
    });

    it('reads "who leads the <adjective> Party" and "the Party (P), which she co-founded and still chairs", and not one she left', () => {
      // Act / Assess
      expect(factsOfParagraphs('Ivo Marsh, who leads the far-right Vela Party, spoke on Monday.')).toEqual(expect.arrayContaining(['Ivo Marsh LEADS Vela Party']));
      expect(factsOfParagraphs('Voters punished Ana Ruiz and the Vela Party (VP), which she co-founded in 2001 and still chairs.')).toEqual(expect.arrayContaining(['Ana Ruiz LEADS Vela Party']));
      expect(factsOfParagraphs('Voters punished Ana Ruiz and the Vela Party (VP), which she co-founded in 2001 and left in 2010.').filter((f) => f.includes('LEADS'))).toEqual([]);
    });
  });

  describe('war, support, seats, arms and appointments', () => {
    it('reads "a coalition led by A has fought B", and not a coalition that has not', () => {
      // Act / Assess
      expect(factsOfParagraphs('A coalition led by Chile has fought the Orsk Front there since 2015.')).toEqual(expect.arrayContaining(['Chile OPPOSES Orsk Front']));
      expect(factsOfParagraphs('A coalition led by Chile has never fought the Orsk Front.').filter((f) => f.includes('OPPOSES'))).toEqual([]);
    });

    it('reads "A backs the movement" as support of the group named before, and not a denied one', () => {
      // Act / Assess
      expect(factsOfParagraphs('Peru fought the Orsk Front in the hills for years. Chile backs the movement politically.')).toEqual(expect.arrayContaining(['Chile SUPPORTS Orsk Front']));
      expect(factsOfParagraphs('Peru fought the Orsk Front in the hills for years. Chile denies it backs the movement.').filter((f) => f.includes('SUPPORTS'))).toEqual([]);
    });

    it('reads "X, a former senator who sits on its board" as working for the body of the sentence before, and not one who left it', () => {
      // Act / Assess
      expect(factsOfParagraphs('The Vela Trust Bank was closed by regulators. Ivo Marsh, a former senator who sits on its board, said savers were safe.')).toEqual(expect.arrayContaining(['Ivo Marsh WORKS_FOR Vela Trust Bank']));
      expect(factsOfParagraphs('The Vela Trust Bank was closed by regulators. Ivo Marsh, a former senator who once sat on its board, said savers were safe.').filter((f) => f.includes('WORKS_FOR'))).toEqual([]);
    });

    it('reads "Acme UK, the lender’s British arm" as part of the body its name extends, and not an arm of an unnamed one', () => {
      // Act / Assess
      expect(factsOfParagraphs('Orsk Bank agreed to buy Vela Bank UK, the lender’s British arm. Vela Bank collapsed.')).toEqual(expect.arrayContaining(['Vela Bank UK PART_OF Vela Bank']));
      expect(factsOfParagraphs('Orsk Bank agreed to buy Tolvex Finance, the lender’s British arm.').filter((f) => f.includes('PART_OF'))).toEqual([]);
    });

    it('reads "X was appointed to the <Council>" as working for it, and not an appointment that may come', () => {
      // Act / Assess
      expect(factsOfParagraphs('Omar Vance was appointed to the Tolva Monetary Council in May.')).toEqual(['Omar Vance WORKS_FOR Tolva Monetary Council']);
      expect(factsOfParagraphs('Omar Vance could be appointed to the Tolva Monetary Council in May.')).toEqual([]);
    });
  });
});
