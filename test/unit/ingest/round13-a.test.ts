import { factsOfParagraphs } from './support';

/**
 * Stage relate, round 13 (a): relative clauses, passive greetings, visits told by their noun, trade
 * between two parties, senders of their own clause, rulings against a person, and a counterfactual
 * ("would have …") that states nothing. Invented names and text, each beside a case where the rule
 * must not fire.
 */
describe('stage relate, round 13 (a)', () => {
  describe('roles told by a relative clause', () => {
    it('reads "who is (also) the <title> of B", "who sits on the board of B" and "who chairs B", and no negated one', () => {
      // Act / Assess
      expect(factsOfParagraphs('Ana Ruiz, who is also the president of the Tolva Rowing Federation, spoke on Monday.')).toEqual(['Ana Ruiz LEADS Tolva Rowing Federation']);
      expect(factsOfParagraphs('Ana Ruiz, who sits on the board of the Orsk Foundation, said the plan was sound.')).toEqual(['Ana Ruiz WORKS_FOR Orsk Foundation']);
      expect(factsOfParagraphs('Ana Ruiz, who chairs the Orsk Foundation, said the plan was sound.')).toEqual(['Ana Ruiz LEADS Orsk Foundation']);
      expect(factsOfParagraphs('Ana Ruiz, who was not the president of the Tolva Rowing Federation, spoke on Monday.')).toEqual([]);
    });

    it('reads "B, whose <title> is X"', () => {
      // Act / Assess
      expect(factsOfParagraphs('The Tolva Foundation, whose chairman is Ana Ruiz, said it would appeal.')).toEqual(['Ana Ruiz LEADS Tolva Foundation']);
    });
  });

  describe('greetings, visits and trade', () => {
    it('reads a passive greeting as a meeting, and not a negated one', () => {
      // Act / Assess
      expect(factsOfParagraphs('Omar Vance was welcomed at the palace by Ana Ruiz, the president of Peru, and her husband.')).toEqual(expect.arrayContaining(['Omar Vance MEETS Ana Ruiz']));
      expect(factsOfParagraphs('Omar Vance was not welcomed by Ana Ruiz, the president of Peru.')).not.toEqual(expect.arrayContaining(['Omar Vance MEETS Ana Ruiz']));
    });

    it('reads a visit told by its noun ("cut short a visit to P"), not a cancelled or planned one', () => {
      // Act / Assess
      expect(factsOfParagraphs('Omar Vance, the Chilean president, cut short a visit to Peru on Tuesday.')).toEqual(expect.arrayContaining(['Omar Vance VISITS Peru']));
      expect(factsOfParagraphs('Omar Vance, the Chilean president, cancelled a planned visit to Peru on Tuesday.')).not.toEqual(expect.arrayContaining(['Omar Vance VISITS Peru']));
    });

    it('reads "trade between A and B"', () => {
      // Act / Assess
      expect(factsOfParagraphs('Officials discussed trade between Chile and Peru on Monday.')).toEqual(['Chile TRADES_WITH Peru']);
    });

    it('gives a building no place when it is only the venue of something ("took place at the X Palace in Y")', () => {
      // Act / Assess
      expect(factsOfParagraphs('The talks took place at the Orsk Palace in Lima on Monday.')).toEqual([]);
      expect(factsOfParagraphs('Ana Ruiz lives in the Orsk Palace in Lima.')).toEqual(['Orsk Palace PART_OF Lima']);
    });
  });

  describe('senders, rulings and counterfactuals', () => {
    it('takes the sender of its own clause (", and X dispatched", "said X was releasing")', () => {
      // Act / Assess
      expect(factsOfParagraphs('Rescue teams reached the coast on Monday, and Peru dispatched two planes of aid to Bolivia.')).toEqual(expect.arrayContaining(['Peru SUPPLIES Bolivia']));
      expect(factsOfParagraphs('Officials said Peru was releasing $1m in aid to Bolivia.')).toEqual(expect.arrayContaining(['Peru SUPPLIES Bolivia']));
    });

    it('states nothing in a counterfactual ("would have dispatched … if asked")', () => {
      // Act / Assess
      expect(factsOfParagraphs('Peru would have dispatched two planes of aid to Bolivia if asked.')).toEqual([]);
    });

    it('reads a court that barred X from standing as ruling against X, and not one that did not', () => {
      // Act / Assess
      expect(factsOfParagraphs('The Supreme Court of Peru barred Omar Vance from standing for office until 2030.')).toEqual(expect.arrayContaining(['Supreme Court of Peru RULES_AGAINST Omar Vance']));
      expect(factsOfParagraphs('The Supreme Court of Peru did not bar Omar Vance from standing for office.')).toEqual([]);
    });
  });
});
