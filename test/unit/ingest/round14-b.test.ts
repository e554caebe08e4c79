/**
 * Round 14 (b) relationship rules (relate/round14-b.ts and a narrowing of pair-rules.ts): team
 * members, place chains "A, in C's B", "the alliance's members include", an owner's site, a contract
 * awarded, a craft's role in a mission, a visit to ruins; and no route or supply for a rocket.
 * Every text is invented; each rule has a case where it must not fire.
 */
import { factsOfParagraphs } from './support';

const ofType = (type: string, ...paragraphs: string[]) => factsOfParagraphs(...paragraphs).filter((r) => r.includes(` ${type} `));

describe('stage relate, round 14 (b)', () => {
  describe('team members', () => {
    it('reads "who rides for the team T" and "Y’s team-mate at T"', () => {
      // Act
      const found = ofType(
        'WORKS_FOR',
        'Henrik Dalsgaard, 27, who rides for the Norwegian team Fjellbru-Kvist, won the stage on Monday.',
        'Owen Pritchard, a Welsh rider who is Henrik Dalsgaard’s team-mate at Fjellbru-Kvist, finished fifth.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Henrik Dalsgaard WORKS_FOR Fjellbru-Kvist', 'Owen Pritchard WORKS_FOR Fjellbru-Kvist']));
    });

    it('does not read a wish or a denial to ride for a team', () => {
      // Act
      const found = ofType('WORKS_FOR', 'Henrik Dalsgaard hopes to ride for Fjellbru-Kvist next year.', 'Owen Pritchard never rode for Tarvenna Holdings.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('place chains', () => {
    it('reads "A, in C’s B" as A part of B and B part of C', () => {
      // Act
      const found = ofType('PART_OF', 'The race began in Novi Sad, in Serbia’s Vojvodina, on Friday.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Novi Sad PART_OF Vojvodina', 'Vojvodina PART_OF Serbia']));
    });

    it('does not put A in B when something measured from A lies in B', () => {
      // Act
      const found = ofType('PART_OF', 'The blast was 40km north of Novi Sad, in Serbia’s Vojvodina.');
      // Assess
      expect(found).not.toContain('Novi Sad PART_OF Vojvodina');
    });
  });

  describe('members of a body', () => {
    it('reads "The federation’s members include P, Q and R"', () => {
      // Act
      const found = ofType(
        'PART_OF',
        'The Federation of Tarvenna Brewers met on Monday. The federation’s members include Holm Breweries, Vasko Industries, Lindqvist Group and others.',
      );
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Holm Breweries PART_OF Federation of Tarvenna Brewers', 'Vasko Industries PART_OF Federation of Tarvenna Brewers', 'Lindqvist Group PART_OF Federation of Tarvenna Brewers']));
    });

    it('does not read members of a body the document does not name', () => {
      // Act
      const found = ofType('PART_OF', 'The coalition’s members include Holm Breweries and Vasko Industries, analysts said.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('an owner’s site and a contract awarded', () => {
    it('reads "S, the O launch site near …" and "it awarded P a $1bn contract"', () => {
      // Act
      const facts = factsOfParagraphs(
        'The rocket rose from Harbor Station, the Ardent Dynamics launch site near the coast.',
        'The Orbital Agency has a stake in the vehicle. In 2029 it awarded Ardent Dynamics a $1.4bn contract to build a lander.',
      );
      // Assess
      expect(facts).toEqual(expect.arrayContaining(['Ardent Dynamics DEVELOPS Harbor Station', 'Orbital Agency SIGNS_AGREEMENT_WITH Ardent Dynamics']));
    });

    it('does not read a contract that was not awarded', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'The Orbital Agency has not awarded Ardent Dynamics a contract, officials said.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a craft’s role in a mission', () => {
    it('reads "adapt X as the lander for its M mission", and no "its" for the object of "it awarded"', () => {
      // Act
      const facts = factsOfParagraphs(
        'Skyreach, the largest rocket ever built, flew on Monday. The Orbital Agency has a stake in the vehicle.',
        'In 2029 it awarded Ardent Dynamics a contract to adapt Skyreach as the lander for its Tarvenna mission.',
      );
      // Assess
      expect(facts).toContain('Skyreach PART_OF Tarvenna');
      expect(facts).not.toContain('Ardent Dynamics DEVELOPS Tarvenna');
    });

    it('does not read a role the craft will not have', () => {
      // Act
      const found = ofType('PART_OF', 'The Orbital Agency said it would not use Skyreach as the lander for its Tarvenna mission.');
      // Assess
      expect(found).not.toContain('Skyreach PART_OF Tarvenna');
    });
  });

  describe('a visit to ruins', () => {
    it('reads "X tours the ruins of P"', () => {
      // Act
      const found = ofType('VISITS', 'Marta Kessler, the mayor, toured the ruins of Plovdiv on Monday.');
      // Assess
      expect(found).toContain('Marta Kessler VISITS Plovdiv');
    });

    it('does not read a tour of ruins that is only planned', () => {
      // Act
      const found = ofType('VISITS', 'If the roads reopen, Marta Kessler, the mayor, will tour the ruins of Plovdiv.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a rocket is no route and supplies nothing', () => {
    it('reads no CONNECTS or SUPPLIES for a rocket lifting off from a place or carrying cargo to a planet', () => {
      // Act
      const facts = factsOfParagraphs(
        'Skylance, the largest rocket ever built, exploded over the sea minutes after lifting off from Plovdiv, Bulgaria.',
        'Ardent Dynamics is developing Skylance as a reusable system that it hopes will carry people and cargo to Mars.',
      );
      // Assess
      expect(facts.filter((r) => / (?:CONNECTS|SUPPLIES) /u.test(r))).toEqual([]);
    });
  });
});
