/**
 * Round 13 (b) relationship rules (relate/round13-b.ts, noun-kinds.ts and a widening of roles.ts):
 * who takes part in a competition of any kind (result verbs, the beaten, placings, entrants), the
 * appositions "A, B's backer / supplier / parliament", a body declaring the winner of the vote, a
 * body "at the X Club in Lima", "the bureau's chief" for any WordNet kind of organisation, and a
 * second title of an apposition (offices.ts).
 * Every text is invented, each from a domain other than the articles the rules were written from
 * (chess, rowing, baking, cycling instead of tennis or a song contest); each rule has a case where
 * it must not fire.
 */
import { bodyNoun, contestNoun } from '../../../seed/ingest/noun-kinds';
import { factsOfParagraphs } from './support';

const ofType = (type: string, ...paragraphs: string[]) => factsOfParagraphs(...paragraphs).filter((r) => r.includes(` ${type} `));

describe('stage relate, round 13 (b)', () => {
  describe('WordNet noun kinds', () => {
    it('takes races, tournaments, finals, regattas and Opens for contests, and no election, prize or summit', () => {
      // Act
      const contests = ['regatta', 'marathon', 'tournament', 'final', 'semifinal', 'open', 'championships', 'bout', 'cup'].filter(contestNoun);
      const others = ['election', 'referendum', 'prize', 'award', 'summit', 'festival', 'ceremony', 'war'].filter(contestNoun);
      // Assess
      expect(contests).toHaveLength(9);
      expect(others).toEqual([]);
    });

    it('takes a parliament, a police, a bureau and a club for bodies, and no partner, backer or region', () => {
      // Act / Assess
      expect(['parliament', 'police', 'bureau', 'club', 'agency'].every(bodyNoun)).toBe(true);
      expect(['partner', 'backer', 'region', 'neighbour', 'province'].filter(bodyNoun)).toEqual([]);
    });
  });

  describe('who takes part in a competition', () => {
    it('reads the winner, "who had won", a placing "in" it, the one beaten and "X beat Y in the final of"', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        'Lena Dorr won the Orsk Chess Open on Sunday, beating Ivo Marsh in eleven rounds.',
        'Omar Vance, who had also won this year’s Tolva Marathon, said he was tired.',
        'Ada Holm of Norway finished third in the Vela Chess Tournament.',
        'Pia Sand beat Kurt Wendt in the final of the Vela Cup in May.',
        'Rosa Kahn lost to Emil Grot in the semi-finals of the Orsk Cycling Cup.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Lena Dorr ATTENDS Orsk Chess Open', 'Ivo Marsh ATTENDS Orsk Chess Open', 'Omar Vance ATTENDS Tolva Marathon', 'Ada Holm ATTENDS Vela Chess Tournament', 'Pia Sand ATTENDS Vela Cup', 'Kurt Wendt ATTENDS Vela Cup', 'Rosa Kahn ATTENDS Orsk Cycling Cup', 'Emil Grot ATTENDS Orsk Cycling Cup']));
    });

    it('reads placings and entrants with no event named for the competition the first sentence names', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        'Greta Lund won the Tolva Rowing Championships in Vela on Saturday.',
        'Tomas Brek of Latvia came second with 212 points. Ines Roca and Mara Kell were third.',
        'Jonas Weil, Austria’s entrant, finished 14th. Officials disqualified Lars Bode, the Netherlands’ entrant.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Greta Lund ATTENDS Tolva Rowing Championships', 'Tomas Brek ATTENDS Tolva Rowing Championships', 'Ines Roca ATTENDS Tolva Rowing Championships', 'Mara Kell ATTENDS Tolva Rowing Championships', 'Jonas Weil ATTENDS Tolva Rowing Championships', 'Lars Bode ATTENDS Tolva Rowing Championships']));
    });

    it('reads presenters and performers of the reported competition, not another year’s nor what is said', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        'Greta Lund won the Tolva Rowing Championships in Vela on Saturday.',
        'Ana Berg and Ivo Marsh presented the show.',
        'Tom Oyugi performed there in 1998 too. Lars Bode said Rosa Kahn performed well.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ana Berg ATTENDS Tolva Rowing Championships', 'Ivo Marsh ATTENDS Tolva Rowing Championships']));
      expect(found.filter((r) => /Tom Oyugi|Rosa Kahn|Lars Bode/u.test(r))).toEqual([]);
    });

    it('reads nothing for a denial, a hope, a title counted, an election won or a person merely named', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        'Lena Dorr did not win the Orsk Chess Open.',
        'Omar Vance hopes to win the Tolva Marathon next year.',
        'Ada Holm won the Orsk Cycling Cup for a record 15th time.',
        'Pia Sand won the Orsk presidential election.',
        'Kurt Wendt said the Vela Chess Tournament was well run.',
        'Lena Dorr lost to Omar Vance in a bar fight.',
      );
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('"A, B’s <role noun>" appositions', () => {
    it('reads a backer as SUPPORTS, a supplier as SUPPLIES and a state body as PART_OF', () => {
      // Act
      const found = factsOfParagraphs('Norway, Iceland’s most important backer and its main supplier of fuel, said nothing.', 'The Orsk Assembly, Latvia’s 100-seat parliament, met on Monday.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Norway SUPPORTS Iceland', 'Norway SUPPLIES Iceland', 'Orsk Assembly PART_OF Latvia']));
    });

    it('reads nothing for a former backer, a neighbour or a rival', () => {
      // Act
      const found = factsOfParagraphs('Norway, Iceland’s former backer, said nothing.', 'The Orsk Agency, Latvia’s rival, met on Monday.', 'Finland, Sweden’s neighbour, agreed.');
      // Assess
      expect(found.filter((r) => /SUPPORTS|SUPPLIES|PART_OF/u.test(r))).toEqual([]);
    });
  });

  describe('a body declaring the winner', () => {
    it('reads "declared X the winner (of E)" as the body ANNOUNCES the vote the article reports', () => {
      // Act
      const found = ofType('ANNOUNCES', 'Latvia held a presidential election on Sunday.', 'The National Vote Board declared Ivo Marsh the winner on Monday with 52 per cent.');
      // Assess
      expect(found).toEqual([expect.stringMatching(/^National Vote Board ANNOUNCES (?:presidential )?election$/u)]);
    });

    it('reads nothing when the body has not declared it', () => {
      // Act
      const found = ofType('ANNOUNCES', 'Latvia held a presidential election on Sunday.', 'The National Vote Board has not declared Ivo Marsh the winner.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a body at a city', () => {
    it('reads "at the Tolva Rowing Club in Oslo" as BASED_IN, and not for a venue typed as a body', () => {
      // Act
      const found = ofType('BASED_IN', 'She trained at the Tolva Rowing Club in Oslo for years.', 'He sang at the Vela Olympiastadion in Lima.');
      // Assess
      expect(found).toEqual(['Tolva Rowing Club BASED_IN Oslo']);
    });
  });

  describe('a kind noun of any organisation', () => {
    it('reads "the bureau’s chief" as LEADS the one earlier body named so, and nothing for two', () => {
      // Act
      const one = ofType('LEADS', 'The Vela Weather Bureau said it was warm.', 'Ana Lis, the bureau’s chief, agreed.');
      const two = ofType('LEADS', 'The Vela Weather Bureau and the Orsk Census Bureau said it was warm.', 'Ana Lis, the bureau’s chief, agreed.');
      // Assess
      expect(one).toEqual(['Ana Lis LEADS Vela Weather Bureau']);
      expect(two).toEqual([]);
    });
  });

  describe('a second title in an apposition', () => {
    it('reads "X, a former mayor of P and the founder of B" as X LEADS B too, and nothing for a friend of B', () => {
      // Act
      const found = factsOfParagraphs('Ivo Marsh, a former mayor of Lima and the founder of the Orsk Unity Party, came third.', 'Lena Dorr, a former mayor of Quito and a friend of the Vela Green League, came fourth.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh LEADS Orsk Unity Party']));
      expect(found.filter((r) => r.includes('Vela Green League'))).toEqual([]);
    });
  });
});
