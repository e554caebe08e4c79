/**
 * Round 15 event rules (relate/round15-events.ts): a match report's people beyond its scorers (cards,
 * the sin bin, the referee's charge, a coach's last match, the stands), a host's guests at a place,
 * and a journey told with a pronoun. Every text is invented; each rule has a case where it must not fire.
 */
import { factsOfParagraphs } from './support';

const ofType = (type: string, ...paragraphs: string[]) => factsOfParagraphs(...paragraphs).filter((r) => r.includes(` ${type} `));

const MATCH_LEAD = 'Norway beat Sweden 21-18 in the Korvin Cup final at the Korvin Arena in Bergen on Saturday.';

describe('stage relate, round 15 (events)', () => {
  describe('the people of a match report', () => {
    it('reads cards, the sin bin, the referee, the coach’s last match and the stands', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        MATCH_LEAD,
        'Tomas Hervik, the Norway flanker, was sent to the sin bin in the second minute. Pavel Ostrand, the Sweden captain, was later shown a yellow card, and Ilya Brenner spent ten minutes in the sin bin near the end.',
        'Gideon Walsh, the Irish referee, was taking charge of his last international match.',
        'Oskar Lindqvist, the Norway coach, was also in his last match in charge; he is leaving for a club.',
        'Marta Solberg, the Norway president, was in the stands with her family.',
      );
      // Assess
      const people = ['Tomas Hervik', 'Pavel Ostrand', 'Ilya Brenner', 'Gideon Walsh', 'Oskar Lindqvist', 'Marta Solberg'];
      for (const p of people) expect(found.some((r) => r.startsWith(`${p} ATTENDS `))).toBe(true);
    });

    it('does not read a card avoided, a card someone spoke of, or one of another year', () => {
      // Act
      const found = ofType(
        'ATTENDS',
        MATCH_LEAD,
        'Tomas Hervik, the Norway flanker, was not shown a yellow card despite the protests.',
        'Pavel Ostrand said the red card had ruined the game.',
        'Ilya Brenner, who in 2019 was shown a red card in the semi-final, watched on television.',
      );
      // Assess
      expect(found.filter((r) => /^(?:Tomas Hervik|Pavel Ostrand|Ilya Brenner) /u.test(r))).toEqual([]);
    });
  });

  describe('a host’s guests', () => {
    it('reads "X received A and B at the V" and "welcomed A to the V in P"', () => {
      // Act
      const found = ofType(
        'VISITS',
        'Before the dinner Mr Halvorsen received Mr Okafor and Mr Dreyfuss at the Varnholm Palace, where the three men spoke for an hour.',
        'Ingrid Halvorsen welcomes Samuel Okafor to the Varnholm Palace in Bergen on Monday.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Samuel Okafor VISITS Varnholm Palace', 'Dreyfuss VISITS Varnholm Palace', 'Samuel Okafor VISITS Bergen']));
      expect(found.some((r) => /Halvorsen VISITS/u.test(r))).toBe(false);
    });

    it('does not read a host who will receive, or who did not', () => {
      // Act
      const found = ofType(
        'VISITS',
        'Ingrid Halvorsen will receive Samuel Okafor at the Varnholm Palace next week.',
        'Ingrid Halvorsen has not received Samuel Okafor at the Varnholm Palace since the row.',
      );
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a journey told with a pronoun', () => {
    it('reads "After the hearing he flew on to P" as the sentence before’s subject visiting P', () => {
      // Act
      const found = ofType('VISITS', 'Samuel Okafor, a Norwegian citizen, was freed by a court in Oslo on Monday. After the hearing he flew on to Tampere, where he landed on Wednesday.');
      // Assess
      expect(found).toContain('Samuel Okafor VISITS Tampere');
    });

    it('does not read a journey he would have made, nor one she never made', () => {
      // Act
      const found = ofType(
        'VISITS',
        'Samuel Okafor, a Norwegian citizen, was freed on Monday. He would have flown to Tampere if allowed.',
        'Ingrid Halvorsen spoke first. In the end she never went to Turku.',
      );
      // Assess
      expect(found.filter((r) => /Tampere|Turku/u.test(r))).toEqual([]);
    });
  });

  describe('a pronoun subject greeted in the passive', () => {
    it('reads "… where he landed and was greeted on the tarmac by A, his wife, and B"', () => {
      // Act
      const found = ofType('MEETS', 'Samuel Okafor, a Norwegian citizen, was freed by a court in Oslo on Monday. He flew on to Tampere, where he landed on Wednesday and was greeted on the tarmac by Ingrid Okafor, his wife, and Lucas Dreyfuss, his lawyer.');
      // Assess
      // (MEETS reads the same both ways.)
      for (const greeter of ['Ingrid Okafor', 'Lucas Dreyfuss']) expect(found.some((r) => r === `${greeter} MEETS Samuel Okafor` || r === `Samuel Okafor MEETS ${greeter}`)).toBe(true);
    });

    it('does not read a greeting that did not happen', () => {
      // Act
      const found = ofType('MEETS', 'Samuel Okafor, a Norwegian citizen, was freed on Monday. He landed in Tampere but was not greeted by Lucas Dreyfuss, his lawyer.');
      // Assess
      expect(found.filter((r) => r.includes('Lucas Dreyfuss'))).toEqual([]);
    });
  });
});
