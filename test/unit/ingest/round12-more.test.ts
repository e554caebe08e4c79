/**
 * Round 12, more relationship rules (relate/round12-more.ts and small fixes in roles.ts, titles.ts,
 * pair-rules.ts, statements.ts and projects.ts): leaders told by a relative clause with a span of
 * time, bodies chaired by a person, two parties that agreed to act together, an agreement's "that A
 * signed with B", a court "dismissing an appeal by X", "X, its <title>" after a sentence whose
 * subject is the antecedent, a chief judge, arrangements between two parties, units within a body,
 * territories, judgements and calls for inquiries, arrivals "where X arrived", the speaker after a
 * long apposition, a short form before "which runs the mission", a second head title, and money
 * given to a party. Every text is invented (no name of an evaluation article); each rule has a case
 * where it must not fire.
 */
import { factsOfParagraphs } from './support';

const relationsOf = factsOfParagraphs;
const ofType = (type: string, ...paragraphs: string[]) => relationsOf(...paragraphs).filter((r) => r.includes(` ${type} `));

describe('stage relate, round 12 more rules', () => {
  describe('a leader told by a relative clause', () => {
    it('reads "who has led B since …" and "who secured a third term as leader of B" as LEADS', () => {
      // Act
      const found = ofType('LEADS', 'Ivo Marsh, who has led the Unity Party since 2010, spoke.', 'Lena Dorr, who secured a third term as leader of the Green Alliance in May, spoke too.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh LEADS Unity Party', 'Lena Dorr LEADS Green Alliance']));
    });

    it('reads nothing for a part of the body, a denial or a term wished for', () => {
      // Act
      const found = ofType('LEADS', 'Ivo Marsh, who has led the Unity Party’s campaign since May, spoke.', 'Lena Dorr, who has never led the Green Alliance since 2010, spoke.', 'Omar Vance, who hoped for a term as leader of the Orsk League, spoke.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a body chaired by a person', () => {
    it('reads "B (BB), a panel of officials chaired by X" and "B, which is led by X" as X LEADS B', () => {
      // Act
      const found = ofType('LEADS', 'The Tolva Review Board (TRB), a panel of officials chaired by Lena Dorr, met on Monday.', 'The Orsk Rail Company, which is led by Ivo Marsh, made a loss.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Lena Dorr LEADS Tolva Review Board', 'Ivo Marsh LEADS Orsk Rail Company']));
    });

    it('reads nothing when the body is a member of what the person leads, or the leading is hypothetical', () => {
      // Act
      const found = ofType('LEADS', 'Acme Motors, a member of the alliance led by Lena Dorr, met on Monday.', 'The Orsk Rail Company, which could be led by Ivo Marsh, made a loss.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('two parties that agreed to act together', () => {
    it('reads "A and the B (BB) agreed to build …" as SIGNS_AGREEMENT_WITH', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'Acme Motors and the Vela Space Agency (VSA) agreed to build a joint factory in Lima in 2026.');
      // Assess
      expect(found).toEqual(['Acme Motors SIGNS_AGREEMENT_WITH Vela Space Agency']);
    });

    it('reads nothing for "agreed to meet", a denial or a hedge', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'Acme Motors and the Vela Space Agency agreed to meet in Lima.', 'Orsk Steel and Brint Bank have not agreed to build a plant.', 'Peru and Chile could have agreed to build a road.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('an agreement that one party signed with others', () => {
    it('reads "a treaty that A signed with B and C" as A SIGNS_AGREEMENT_WITH each', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'Ivo Marsh said Peru had kept the promises it made in a treaty that Chile signed with Bolivia and Peru in Lima in 2020.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Chile SIGNS_AGREEMENT_WITH Bolivia', 'Chile SIGNS_AGREEMENT_WITH Peru']));
    });

    it('reads nothing without the agreement, or for one not signed', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'Chile said the players that Bolivia signed with Peru were young.', 'It is the treaty that Chile never signed with Bolivia.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a court dismissing an appeal', () => {
    it('reads "The C Court ruled …, dismissing an appeal by X" as RULES_AGAINST X', () => {
      // Act
      const found = ofType('RULES_AGAINST', 'The Tolva High Court ruled on Monday that the plan was unlawful, dismissing an appeal by the Tolva Home Ministry.');
      // Assess
      expect(found).toEqual(['Tolva High Court RULES_AGAINST Tolva Home Ministry']);
    });

    it('reads nothing for an appeal upheld or a ruling to come', () => {
      // Act
      const found = ofType('RULES_AGAINST', 'The Tolva High Court ruled on Monday that the plan was lawful, upholding an appeal by the Tolva Home Ministry.', 'The Orsk Appeals Court may rule next week, possibly dismissing an appeal by Brint Bank.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('"X, its <title>" after the sentence of its antecedent', () => {
    it('takes the body that opens the sentence before, not one named inside its apposition', () => {
      // Act
      const found = relationsOf('Orsk Digital, a lobby group whose members include Brint Bank and Vela Steel, said on Monday that the rules were unclear. Ivo Marsh, its senior policy manager, said so too.');
      // Assess
      expect(found).toContain('Ivo Marsh WORKS_FOR Orsk Digital');
      expect(found).not.toContain('Ivo Marsh WORKS_FOR Brint Bank');
    });

    it('takes "the court" of the sentence before, and a chief judge leads it', () => {
      // Act
      const found = relationsOf('Brint Bank was sued in the Tolva District Court in May.', 'The court accepted the deal and sent Omar Vance to the Orsk Prison.', 'Lena Dorr, its chief judge, said the bank had paid.');
      // Assess
      expect(found).toContain('Lena Dorr LEADS Tolva District Court');
      expect(found.filter((r) => r.startsWith('Lena Dorr') && r.endsWith('Orsk Prison'))).toEqual([]);
    });

    it('finds no body when the sentence before opens with a name the article does not have', () => {
      // Act
      const found = relationsOf('Brint set the Orsk Clinic’s fee at $30.', 'Ivo Marsh, its chief executive, defended the fee.');
      // Assess
      expect(found.filter((r) => r.startsWith('Ivo Marsh'))).toEqual([]);
    });
  });

  describe('an arrangement between two parties', () => {
    it('reads "an earlier arrangement between A and B" as SIGNS_AGREEMENT_WITH', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'The judges cited an earlier arrangement between Peru and Chile, under which migrants were moved.');
      // Assess
      expect(found).toEqual(['Peru SIGNS_AGREEMENT_WITH Chile']);
    });

    it('reads nothing for a possible or a negotiated deal', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'Talks on a possible agreement between Peru and Chile collapsed.', 'Negotiations on a trade deal between Bolivia and Ecuador stalled.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a unit within a body', () => {
    it('reads "a new Data Office within the Orsk Commission" as PART_OF', () => {
      // Act
      const found = ofType('PART_OF', 'A new Data Office within the Orsk Commission will supervise the models.');
      // Assess
      expect(found).toEqual(['Data Office PART_OF Orsk Commission']);
    });

    it('reads nothing when the body qualifies something else', () => {
      // Act
      const found = ofType('PART_OF', 'The Data Office works within the Orsk Commission’s rules.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a territory of a country', () => {
    it('reads "X, a US territory" and "X, a Danish territory" as PART_OF the country', () => {
      // Act
      const found = ofType('PART_OF', 'The talks took place in the Kivu Islands, a US territory, on Monday.', 'A ship left the Nuri Islands, a Danish territory, on Monday. Denmark paid for it.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Kivu Islands PART_OF United States', 'Nuri Islands PART_OF Denmark']));
    });

    it('reads nothing for a former territory', () => {
      // Act
      const found = ofType('PART_OF', 'A ship left the Nuri Islands, a former Danish territory, on Monday. Denmark paid for it.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a judgement of a project or a call for an inquiry into an event', () => {
    it('reads "X, …, who called the P the most complex mission" and "X called for an inquiry into E" as DISCUSSES', () => {
      // Act
      const found = ofType('DISCUSSES', '“It was hard,” said Ivo Marsh, the agency’s director general, who called the Tolva Project the most complex mission ever built.', 'Lena Dorr called for an independent inquiry into the 2031 Orsk Cup.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh DISCUSSES Tolva Project', 'Lena Dorr DISCUSSES 2031 Orsk Cup']));
    });

    it('reads nothing for a call to its office, a denial or a call not made', () => {
      // Act
      const found = ofType('DISCUSSES', 'Ivo Marsh called the Tolva Project’s office on Monday.', 'Ivo Marsh has never called the Tolva Project a failure.', 'Lena Dorr did not call for an inquiry into the 2031 Orsk Cup.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('an arrival told by a relative clause of place', () => {
    it('reads "… in Lima, where X (and Y) arrived" as VISITS', () => {
      // Act
      const found = ofType('VISITS', 'The tour began in Lima, where Ivo Marsh and Lena Dorr landed on Tuesday.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh VISITS Lima', 'Lena Dorr VISITS Lima']));
    });

    it('reads nothing for an arrival planned or denied', () => {
      // Act
      const found = ofType('VISITS', 'The tour will begin in Lima, where Ivo Marsh will arrive on Tuesday.', 'The tour began in Quito, where Lena Dorr never arrived.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('the speaker of a statement after a long apposition', () => {
    it('is the person the apposition describes, not the body it names', () => {
      // Act
      const found = ofType('DISCUSSES', 'Ada Orr, a planetary scientist at the Vela Applied Physics Laboratory (VAPL) in Lima, Peru, which built the probe and runs the mission for the Orsk Agency, said Siberia was warming fast.');
      // Assess
      expect(found).toEqual(['Ada Orr DISCUSSES Siberia']);
    });

    it('stays the body when the body opens the sentence', () => {
      // Act
      const found = ofType('DISCUSSES', 'Ada Orr met its staff. The Vela Applied Physics Laboratory, which runs the mission for the Orsk Agency, said Siberia was warming fast.');
      // Assess
      expect(found).toEqual(['Vela Applied Physics Laboratory DISCUSSES Siberia']);
    });
  });

  describe('a body with a short form that runs the mission', () => {
    it('reads "the B (BB), which runs the mission" as B DEVELOPS the project named before', () => {
      // Act
      const found = ofType('DEVELOPS', 'The Tolva-3 lander touched down on Monday, the Orsk Space Agency (OSA), which runs the mission, said.');
      // Assess
      expect(found).toEqual(['Orsk Space Agency DEVELOPS Tolva-3']);
    });

    it('reads nothing when the running is denied', () => {
      // Act
      const found = ofType('DEVELOPS', 'The Tolva-3 lander touched down on Monday, the Orsk Space Agency (OSA), which never ran the mission, said.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a second, head title in an apposition', () => {
    it('reads "X, Peru’s president and the chairman of B," as X LEADS B', () => {
      // Act
      const found = relationsOf('Ivo Marsh, Peru’s president and the chairman of the Orsk League, told the leaders that it was time.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh LEADS Orsk League', 'Ivo Marsh PRESIDENT_OF Peru']));
    });

    it('reads nothing for a part of the body or a member', () => {
      // Act
      const found = ofType('LEADS', 'Ivo Marsh, Peru’s president and the chairman of the Orsk League’s council, spoke.', 'Lena Dorr, Chile’s president and a member of the Vela Union, spoke.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('money given to a party', () => {
    it('reads "A, part of B, released $60m in relief funds to C" and "an appeal … to support C" as SUPPORTS', () => {
      // Act
      const found = ofType('SUPPORTS', 'On Thursday the Orsk Highway Administration, part of the Orsk Department of Transport, released $60m in emergency relief funds to the Vela Department of Transportation.', 'On Tuesday the Tolva Federation of Red Cross Societies (TFRC) launched an appeal for 100 million Swiss francs to support the Vela Aid Agency.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Orsk Highway Administration SUPPORTS Vela Department of Transportation', 'Tolva Federation of Red Cross Societies SUPPORTS Vela Aid Agency']));
      expect(found).not.toContain('Orsk Department of Transport SUPPORTS Vela Department of Transportation');
    });

    it('reads nothing for money not released', () => {
      // Act
      const found = ofType('SUPPORTS', 'The Orsk Highway Administration has not released $60m in relief funds to the Vela Department of Transportation.');
      // Assess
      expect(found).toEqual([]);
    });
  });
});
