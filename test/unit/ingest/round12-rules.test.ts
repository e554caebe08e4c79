/**
 * Round 12, relationship rules (relate/round12-roles.ts, round12-places.ts and small fixes in
 * pair-rules.ts, pair-subject.ts, roles.ts, belonging.ts, credit.ts, actions.ts and structure.ts):
 * bodies described by their country and field, people who head a part of a body, capitalised titles
 * ("the Speaker of …", "the … Commissioner"), jobs at an organisation named after its city, national
 * offices held in the story's country, captions that show a body, "held their first meeting",
 * headquarters that "are in" a city, passive makers, a possessor before the party, capitals named by
 * demonym, places on an island, the board's and the club's officers, and what is not a route or a
 * delivery. Every text is invented (no name of an evaluation article); each rule has a case where it
 * must not fire.
 */
import { articleText, factsOfParagraphs, knownFile, runUntil } from './support';

const relationsOf = factsOfParagraphs;
const ofType = (type: string, ...paragraphs: string[]) => relationsOf(...paragraphs).filter((r) => r.includes(` ${type} `));

describe('stage relate, round 12 rules', () => {
  describe('a body described by its country and its field', () => {
    it('reads "Peru’s data protection regulator fined X" as the body the article names so, not the country', () => {
      // Act
      const found = relationsOf('Peru’s data protection regulator fined Brint Bank a record sum on Monday.', 'The Data Protection Office said the bank had broken the law.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Data Protection Office FINES Brint Bank', 'Data Protection Office PART_OF Peru']));
      expect(found).not.toContain('Peru FINES Brint Bank');
    });

    it('takes the body with the fewest other words in its name, and none when the field words fit no name', () => {
      // Act
      const found = relationsOf('The Vasko Data Protection Board met on Friday.', 'Peru’s data protection regulator fined Brint Bank on Monday.', 'The Data Protection Office said so.', 'Chile’s banking regulator fined Orsk Bank on Tuesday.');
      // Assess
      expect(found).toContain('Data Protection Office FINES Brint Bank');
      expect(found).not.toContain('Vasko Data Protection Board FINES Brint Bank');
      expect(found.filter((r) => r.endsWith('FINES Orsk Bank'))).toEqual(['Chile FINES Orsk Bank']);
    });

    it('leaves an apposition of a body named before it to the apposition rules', () => {
      // Act
      const found = ofType('PART_OF', 'Orsk Agency, Peru’s space agency, spoke.', 'The Peruvian Space Institute spoke too.');
      // Assess
      expect(found).not.toContain('Peruvian Space Institute PART_OF Peru');
    });
  });

  describe('a person who heads a part of a body', () => {
    it('works for the body: "X, who heads the Tolva project at B", "X, the head of flood monitoring at B"', () => {
      // Act
      const found = ofType('WORKS_FOR', 'Ivo Marsh, who heads the Tolva project at the Orsk Space Institute, spoke.', 'Lena Dorr, the head of flood monitoring at the Vasko Weather Bureau, said so.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ivo Marsh WORKS_FOR Orsk Space Institute', 'Lena Dorr WORKS_FOR Vasko Weather Bureau']));
    });

    it('reads nothing when the heading is denied or the clause goes elsewhere', () => {
      // Act
      const found = ofType('WORKS_FOR', 'Ivo Marsh, who never headed a project at the Orsk Space Institute, spoke.', 'Lena Dorr, who flew to Lima with staff at the Vasko Weather Bureau, said so.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('small fixes in the pair rules', () => {
    it('reads "A and B held their first meeting" as a meeting', () => {
      // Act
      const found = ofType('MEETS', 'Ada Quist and Omar Vance held their first meeting in person on Monday.');
      // Assess
      expect(found).toEqual(['Ada Quist MEETS Omar Vance']);
    });

    it('reads "Acme’s European headquarters are in P" and "Vela Holdings’ headquarters in P" as the seat', () => {
      // Act
      const found = ofType('BASED_IN', 'Orsk Corp’s European headquarters are in Oslo.', 'Vela Holdings’ headquarters in Lima were closed.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Orsk Corp BASED_IN Oslo', 'Vela Holdings BASED_IN Lima']));
    });

    it('reads "the company’s headquarters in P" after the one company the sentence named, and none after two', () => {
      // Act
      const one = ofType('BASED_IN', 'Staff of Brint Corp walked out of the company’s headquarters in Quito.');
      const two = ofType('BASED_IN', 'Vela Labs sued Orsk Labs outside the company’s headquarters in Lima.');
      // Assess
      expect(one).toEqual(['Brint Corp BASED_IN Quito']);
      expect(two).toEqual([]);
    });

    it('reads the body after a possessor as the other party: "signed an agreement with Peru’s National Museum Board"', () => {
      // Act
      const found = ofType('SIGNS_AGREEMENT_WITH', 'In May the Tolva Heritage Trust signed an agreement with Peru’s National Commission for Museums.', 'The Orsk Foundation, which runs the Vela Museum in Lima, signed a deal with Chile’s Ministry of Culture.', 'Brint Oil signed a contract with Kestrel Gas.');
      // Assess
      expect([...found].sort()).toEqual(['Brint Oil SIGNS_AGREEMENT_WITH Kestrel Gas', 'Orsk Foundation SIGNS_AGREEMENT_WITH Ministry of Culture', 'Tolva Heritage Trust SIGNS_AGREEMENT_WITH National Commission for Museums']);
    });

    it('reads a passive maker: "P was built for the government by X", "P was designed by X", "P, produced by X"', () => {
      // Act
      const found = ofType('DEVELOPS', 'The Marlo Pipeline was built for the government by Brint Engineering Ltd, the prime contractor.', 'The Orsk Bridge was designed by Kestrel Systems.', 'The Vela Tower, produced by Tolva Studios, opened in May.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Brint Engineering Ltd DEVELOPS Marlo Pipeline', 'Kestrel Systems DEVELOPS Orsk Bridge', 'Tolva Studios DEVELOPS Vela Tower']));
    });

    it('reads no route for a craft or a building: "the Tolva probe sets off to Mars", "the Vela Palace … in P"', () => {
      // Act
      const found = ofType('CONNECTS', 'The Tolva Explorer probe sets off on a long voyage to Mars.', 'He spent the evening at the Vela Palace, the royal residence in Lima, and went to Quito.', 'The Marlo Pipeline links Peru with Chile.');
      // Assess
      expect([...found].sort()).toEqual(['Marlo Pipeline CONNECTS Chile', 'Marlo Pipeline CONNECTS Peru']);
    });

    it('reads no delivery from "ordered X to stop sending data to P", "the firm ever sent to P", "people sent from X … to P" or "would reconsider supplying arms to P"', () => {
      // Act
      const found = ofType('SUPPLIES', 'The court ordered Brint Labs to stop sending the data of its users to Chile.', 'Orsk Foods was the first firm ever sent to Quito by the ministry.', 'The court cited a deal between Peru and Bolivia, under which migrants sent from Bolivia were later moved to Chile.', 'Kestrel Arms said the Tolva Council would reconsider the question of supplying arms to Quito.', 'Vasko Foods sent grain to Peru on Monday.');
      // Assess
      expect(found).toEqual(['Vasko Foods SUPPLIES Peru']);
    });
  });

  describe('a national office named without its country', () => {
    it('is held in the one country the headline names, when the article names it most', () => {
      // Act
      const doc = runUntil('relate', articleText('Peru names new cabinet', 'Ada Quist, the prime minister, said Peru would recover.', 'Ivo Marsh, the chief cabinet secretary, spoke in Lima, Peru.', 'Chile sent help.'));
      const name = (id: string) => doc.entities!.get(id)!.name;
      const found = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ada Quist HOLDS_OFFICE_IN Peru', 'Ivo Marsh HOLDS_OFFICE_IN Peru']));
    });

    it('is nobody’s when the headline names two countries or another country is named more', () => {
      // Act
      const two = runUntil('relate', articleText('Peru and Chile sign pact', 'Ada Quist, the prime minister, said Peru and Chile would trade.'));
      const more = runUntil('relate', articleText('Peru sends help', 'Ada Quist, the prime minister, said Chile needed help.', 'Chile was hit hard, and Chile asked for more.'));
      // Assess
      expect(two.relationships!.filter((r) => r.rule.startsWith('bare-office'))).toEqual([]);
      expect(more.relationships!.filter((r) => r.rule.startsWith('bare-office'))).toEqual([]);
    });
  });

  describe('a caption that shows a body', () => {
    const withImage = (caption: string, ...paragraphs: string[]) => `Notes\n\nA photo\n${caption} - Jonas Brekke/Tolva Press\n\n${paragraphs.join('\n\n')}\n`;
    const photographsOf = (raw: string) => {
      const doc = runUntil('relate', raw);
      const name = (id: string) => doc.entities!.get(id)!.name;
      return doc.relationships!.filter((r) => r.type === 'PHOTOGRAPHS').map((r) => `${name(r.source)} PHOTOGRAPHS ${name(r.target)}`);
    };

    it('reads "The entrance to Acme’s headquarters in P", "Members of the X Assembly vote in P" as a photo of the body, not of the place', () => {
      // Act
      const entrance = photographsOf(withImage('The entrance to Brint Corp’s headquarters in Lima', 'Brint Corp was fined on Monday in Lima.'));
      const members = photographsOf(withImage('Members of the Tolva Assembly vote on the budget in Lima on 3 May 2024', 'The Tolva Assembly voted in Lima.'));
      // Assess
      expect(entrance).toEqual(['Jonas Brekke PHOTOGRAPHS Brint Corp']);
      expect(members).toEqual(['Jonas Brekke PHOTOGRAPHS Tolva Assembly']);
    });

    it('still reads the place when no body opens the caption', () => {
      // Act
      const found = photographsOf(withImage('Rescuers search the rubble in Lima after the storm', 'Brint Corp sent help to Lima.'));
      // Assess
      expect(found).toEqual(['Jonas Brekke PHOTOGRAPHS Lima']);
    });
  });

  describe('a job at an organisation named after its city', () => {
    it('reads "X, Orsk’s chief executive" as the organisation’s head and "X, Tomsk’s goalkeeper" as a job there', () => {
      // Act
      const found = relationsOf('Orsk Air Lines cancelled flights from Lima.', 'Ada Quist, Orsk’s chief executive, said so.', 'Tomsk Rovers beat Kestrel United.', 'Ivo Marsh, Tomsk’s goalkeeper, saved a penalty.', 'Lena Dorr, Lima’s mayor, spoke.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ada Quist LEADS Orsk Air Lines', 'Ivo Marsh WORKS_FOR Tomsk Rovers', 'Lena Dorr HOLDS_OFFICE_IN Lima']));
    });

    it('reads nothing when two organisations have the city’s name in theirs', () => {
      // Act
      const found = relationsOf('Tomsk Rovers and Tomsk Wanderers drew.', 'Ivo Marsh, Tomsk’s goalkeeper, saved a penalty.');
      // Assess
      expect(found.filter((r) => r.startsWith('Ivo Marsh'))).toEqual([]);
    });
  });

  describe('a capitalised title after a name', () => {
    it('reads "X, the Speaker of the House of Delegates" as the body’s head and "X, the Privacy Protection Commissioner" as the commission’s', () => {
      // Act
      const house = knownFile('article:0000000000001201', [{ id: 'entity:tolva-house', type: 'GOVERNMENT_BODY', name: 'Tolva House of Delegates', aliases: ['House of Delegates'] }]);
      const doc = runUntil('relate', articleText('Notes', 'Ada Quist, the Speaker of the House of Delegates, spoke.', 'The Privacy Protection Commission fined Brint Labs.', 'Ivo Marsh, the Privacy Protection Commissioner, said so.'), [house]);
      const name = (id: string) => doc.entities!.get(id)!.name;
      const found = doc.relationships!.filter((r) => r.type === 'LEADS').map((r) => `${name(r.source)} LEADS ${name(r.target)}`).sort();
      // Assess
      expect(found).toEqual(['Ada Quist LEADS Tolva House of Delegates', 'Ivo Marsh LEADS Privacy Protection Commission']);
    });

    it('reads nothing for a commissioner whose field no body’s name holds', () => {
      // Act
      const found = ofType('LEADS', 'The Privacy Protection Commission fined Brint Labs.', 'Lena Dorr, the Children’s Commissioner, spoke.', 'Omar Vance, the Water Quality Commissioner, said so.');
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('a city described as its country’s capital by the demonym', () => {
    it('reads "Santiago, the Chilean capital," and "Valparaiso, the former Chilean capital," as parts of the country', () => {
      // Act
      const found = ofType('PART_OF', 'Chile closed its border.', 'Protesters gathered in Santiago, the Chilean capital, on Monday.', 'Valparaiso, the former Chilean capital, was quiet.');
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Santiago PART_OF Chile', 'Valparaiso PART_OF Chile']));
    });

    it('reads nothing when the demonym names a country the article does not name, or the capital is of something else', () => {
      // Act
      const unnamed = ofType('PART_OF', 'Protesters gathered in Santiago, the Chilean capital, on Monday.');
      const other = ofType('PART_OF', 'Chile sent aid to Lima, the Tolva region’s capital.');
      // Assess
      expect(unnamed).toEqual([]);
      expect(other).not.toContain('Lima PART_OF Chile');
    });
  });

  describe('a place on an island named with its demonym', () => {
    it('reads "X, on the Indonesian island of Y," as part of the island (structure.ts)', () => {
      // Act
      const found = ofType('PART_OF', 'Indonesia hosted the talks.', 'The leaders met in Nusa Kambangan, on the Indonesian island of Java, on Monday.');
      // Assess
      expect(found).toContain('Nusa Kambangan PART_OF Java');
    });

    it('reads nothing when the island is named after more of the phrase', () => {
      // Act
      const found = ofType('PART_OF', 'The leaders met in Nusa Kambangan, on the Indonesian island of Java’s south coast.');
      // Assess
      expect(found).not.toContain('Nusa Kambangan PART_OF Java');
    });
  });

  describe('the board’s chair', () => {
    it('is the chair of the one body named a board before it', () => {
      // Act
      const found = ofType('LEADS', 'The Vasko Data Board instructed her in April.', 'Ada Quist, the board’s chair, said so.');
      // Assess
      expect(found).toEqual(['Ada Quist LEADS Vasko Data Board']);
    });

    it('is nobody’s when two boards were named', () => {
      // Act
      const found = ofType('LEADS', 'The Vasko Data Board and the Orsk Trade Board met in April.', 'Ada Quist, the board’s chair, said so.');
      // Assess
      expect(found).toEqual([]);
    });
  });
});
