import { articleText, knownFile, namedRelationships, runUntil } from './support';

/** The relationships of a short article as "Source TYPE Target [rule]". */
const relationsOf = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
/** The same without the rule, for checks that a fact is absent whatever rule might produce it. */
const factsOf = (raw: string) => relationsOf(raw).map((r) => r.replace(/ \[.*\]$/, ''));

describe('stage relate: verbs of routes, flows, courts, writing and support', () => {
  describe('hedges, requests and stopped actions', () => {
    it('reads an invitation to visit as no visit, and a plan or a consideration as no fact', () => {
      // Act
      const found = factsOf(articleText('Plans', 'Talia Brennock invited Omar Vance to visit Peru next year.', 'Kenya was considering supplying grain to Chile.', 'Bolivia plans to sanction Ecuador.', 'Omar Vance hopes to visit Chile.'));
      // Assess
      expect(found.filter((r) => /VISITS|SUPPLIES|SANCTIONS/.test(r))).toEqual([]);
    });

    it('still reads a plain visit and a plain supply', () => {
      // Act
      const found = factsOf(articleText('Facts', 'Omar Vance visited Peru on Monday.', 'Kenya supplied grain to Chile.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance VISITS Peru', 'Kenya SUPPLIES Chile']));
    });

    it('reads halted, stopped and postponed supplies and trips as no relationship', () => {
      // Act
      const found = factsOf(articleText('Halt', 'Kenya halted supplies to Chile in April.', 'Peru stopped its deliveries to Bolivia.', 'Omar Vance postponed a trip to Ecuador.'));
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('who the subject is', () => {
    it('gives a coordinated verb without its own subject to the sentence’s subject, and a person’s government to their country', () => {
      // Prepare
      const raw = articleText('Row', 'Omar Vance, the Kenyan president, said Kenya would respond.', 'Talia Brennock, the Chilean foreign minister, said Peru felt no duty to restrain Bolivia, and accused Mr Vance’s government of shielding Ecuador.');
      // Act
      const found = factsOf(raw);
      // Assess
      expect(found).toContain('Talia Brennock ACCUSES Kenya');
      expect(found).not.toContain('Bolivia ACCUSES Omar Vance');
      expect(found).not.toContain('Bolivia ACCUSES Kenya');
    });

    it('does not make a name in the middle of a relative clause, or a speaker reporting another subject, the subject of the verb', () => {
      // Prepare
      const raw = articleText('Dam', 'The Tolva Dam, which Peru says is unsafe, will send power to Chile.', 'Omar Vance, the Kenyan president, said the project would help Bolivia.', 'Talia Brennock said she would help Ecuador.');
      // Act
      const doc = runUntil('relate', raw);
      const name = (id: string) => doc.entities!.get(id)!.name;
      const found = doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`);
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Tolva Dam SUPPLIES Chile', 'Talia Brennock SUPPORTS Ecuador']));
      expect(found).not.toContain('Peru SUPPLIES Chile');
      expect(found).not.toContain('Omar Vance SUPPORTS Bolivia');
    });

    it('does not make a name inside a relative clause the subject of the verb after it', () => {
      // Act
      const found = factsOf(articleText('Line', 'The Tolva Pipeline, which would carry gas through Bolivia, would help Peru sell more.', 'Chile, which borders Bolivia, backed Peru.'));
      // Assess
      expect(found).not.toContain('Bolivia SUPPORTS Peru');
      expect(found).toContain('Chile SUPPORTS Peru');
    });

    it('gives the verb after an apposition or a parenthetical short form to the person the apposition describes', () => {
      // Act
      const found = factsOf(articleText('Row', 'Talia Brennock, the leader of the Tolva Workers Party (TWP), which won seven seats, accused the Ardent Union of lying.', 'Omar Vance, the leader of the main opposition Ardent Union, has accused Mr Kestrel of failing.', 'On Monday, the Andean Council, which meets in Lima, warned Chile.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Talia Brennock ACCUSES Ardent Union', 'Omar Vance ACCUSES Kestrel', 'Andean Council WARNS Chile']));
      expect(found.filter((r) => /^(?:Tolva Workers Party|TWP|Ardent Union) ACCUSES/.test(r))).toEqual([]);
    });

    it('keeps a relative clause after the second of two coordinated names to that name, unless it closes before the verb', () => {
      // Act
      const found = factsOf(articleText('Talks', 'The decision followed talks in Lima on Monday between Mr Kestrel and Omar Vance, the Andean Council’s envoy, who travelled to Lima after visiting Cusco.', 'Ada Orrin and Talia Brennock, who are ministers, visited Peru.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance VISITS Lima', 'Omar Vance VISITS Cusco', 'Ada Orrin VISITS Peru', 'Talia Brennock VISITS Peru']));
      expect(found.filter((r) => /^Kestrel VISITS/.test(r))).toEqual([]);
    });
  });

  describe('routes', () => {
    it('reads "runs under the sea from A to B" and a conditional sentence’s apposition that states a past flow', () => {
      // Act
      const found = relationsOf(articleText('Route', 'The Tolva Pipeline runs under the Caspian Sea from Peru to Chile.', 'If the new line goes ahead, it would match the Vasko Pipeline, the link under the Aral Sea that carried gas to Bolivia until last year.', 'If the Orsk Pipeline goes ahead, it would carry gas to Ecuador.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Tolva Pipeline PASSES_THROUGH Caspian Sea [infrastructure-under]',
        'Tolva Pipeline CONNECTS Peru [infrastructure-connects]',
        'Tolva Pipeline CONNECTS Chile [infrastructure-ends]',
        'Vasko Pipeline PASSES_THROUGH Aral Sea [infrastructure-under]',
        'Vasko Pipeline SUPPLIES Bolivia [supply-to]',
      ]));
      expect(found.filter((r) => r.includes('Ecuador'))).toEqual([]);
    });

    it('reads "links the city with B" as connecting the city last named and B, but not "the city of X" as that city', () => {
      // Act
      const found = factsOf(articleText('Crossing', 'Omar Vance lives in Callao.', 'The Tolva Bridge links the city with Lima.', 'The Vasko Tunnel links the city of Cusco with Arequipa.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Tolva Bridge CONNECTS Callao', 'Tolva Bridge CONNECTS Lima', 'Vasko Tunnel CONNECTS Arequipa']));
      expect(found).not.toContain('Vasko Tunnel CONNECTS Lima');
      expect(found).not.toContain('Vasko Tunnel CONNECTS Callao');
    });

    it('reads "links A with B" as connecting B', () => {
      // Act
      const found = factsOf(articleText('Bridge', 'The Tolva Bridge links Lima with Callao.', 'Omar Vance met Talia Brennock with Callao officials.'));
      // Assess
      expect(found).toContain('Tolva Bridge CONNECTS Callao');
      expect(found).not.toContain('Omar Vance CONNECTS Callao');
    });
  });

  describe('more verbs of the pair rules', () => {
    it('reads blacklisting, funding, shelling and observing, but no meeting from a phone call', () => {
      // Act
      const found = relationsOf(articleText('Verbs', 'Omar Vance spoke by phone with Talia Brennock on Monday.', 'Peru blacklisted the Tolva Shipping Company.', 'Kenya funded the Vasko Freight Group.', 'Somalia shelled Kenya overnight.', 'Chile will closely observe the Andean Summit.'));
      // Assess
      expect(found.filter((r) => r.includes(' MEETS '))).toEqual([]);
      expect(found).toEqual(expect.arrayContaining([
        'Peru SANCTIONS Tolva Shipping Company [sanction-verb]',
        'Kenya SUPPORTS Vasko Freight Group [support-verb]',
        'Somalia WAGES_WAR_ON Kenya [war-on]',
        'Chile OBSERVES Andean Summit [observe-event]',
      ]));
    });

    it('reads none of them when denied, stopped or only considered', () => {
      // Act
      const found = factsOf(articleText('Not', 'Omar Vance never spoke by phone with Talia Brennock.', 'Peru was considering blacklisting the Tolva Shipping Company.', 'Kenya has never funded the Vasko Freight Group.', 'Somalia denied it shelled Kenya.', 'Chile could observe the Andean Summit.'));
      // Assess
      expect(found).toEqual([]);
    });
  });

  describe('"the mission" as the project last named', () => {
    it('reads "the agency, which ran the mission" as developing the last project, but not "the mission of X"', () => {
      // Act
      const found = factsOf(articleText('Probe', 'Kenya’s Tolva Mission crashed on Monday.', 'The Andean Space Agency, which ran the mission, said the craft had failed.', 'The Vasko Mission landed.', 'The Orsk Space Agency ran the mission of a rival.'));
      // Assess
      expect(found).toContain('Andean Space Agency DEVELOPS Tolva Mission');
      expect(found.filter((r) => r.startsWith('Orsk Space Agency'))).toEqual([]);
    });
  });

  describe('"It" continuing the subject', () => {
    it('reads a sentence-initial "It" as the project that opened the sentence before, not a place or a person', () => {
      // Act
      const found = relationsOf(articleText('Route', 'The Tolva Pipeline opened on Monday.', 'It crosses Chilean territory and then runs under the Caspian Sea to Peru.', 'Omar Vance visited Lima.', 'It runs under the Aral Sea.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Tolva Pipeline PASSES_THROUGH Caspian Sea [infrastructure-under+anaphora]']));
      expect(found.filter((r) => r.includes('Aral Sea'))).toEqual([]);
    });
  });

  describe('writing', () => {
    it('reads "an article for the <demonym> newspaper X" and "wrote in X’s Y" as writing for the publication, not an interview about it', () => {
      // Act
      const found = factsOf(articleText('Op-eds', 'Omar Vance set out his hopes in an article for the Kenyan newspaper the Nairobi Herald.', 'Talia Brennock, a Kenyan lawyer, spoke.', 'Ms Brennock wrote in Kenya’s Daily Nation Times that talks would resume.', 'Ivo Marsh read the Lima Tribune.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance WRITES_FOR Nairobi Herald', 'Talia Brennock WRITES_FOR Daily Nation Times']));
      expect(found.filter((r) => r.startsWith('Ivo Marsh'))).toEqual([]);
    });
  });

  describe('meetings and support', () => {
    it('reads "raised the matter with X" as a meeting and "fought the case alongside X" as support', () => {
      // Act
      const found = relationsOf(articleText('Case', 'Omar Vance said he had raised the matter personally with Talia Brennock.', 'Peru fought the case alongside the Tolva Shipping Company.', 'Omar Vance played alongside Ivo Marsh.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance MEETS Talia Brennock [raise-with]', 'Peru SUPPORTS Tolva Shipping Company [fight-alongside]']));
      expect(found.filter((r) => r.includes('Ivo Marsh'))).toEqual([]);
    });
  });

  describe('talks between two people', () => {
    it('reads "talks in Lima on Monday between A and B" as a meeting, but not talks between others that merely name them', () => {
      // Act
      const found = factsOf(articleText('Talks', 'The decision followed talks in Lima on Monday between Mr Kestrel and Omar Vance.', 'The talks in Quito between the two sides did not include Talia Brennock and Ada Orrin.'));
      // Assess
      expect(found).toContain('Kestrel MEETS Omar Vance');
      expect(found.filter((r) => r.includes('Talia Brennock MEETS'))).toEqual([]);
    });
  });

  describe('border crossings', () => {
    it('reads the crossings listed after "between A and B, at", and a crossing aid reaches B through, as connecting the places', () => {
      // Act
      const found = factsOf(articleText('Aid', 'Until Monday, aid from Peru could reach Chile only through the Tolva Pass crossing.', 'The Andean Relief Organisation said 40 lorries of aid had entered Chile through the Tolva Pass crossing since the storm.', 'Omar Vance said the two crossings between Peru and Bolivia, at Kara Gate and Orru Gate, would open.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Tolva Pass CONNECTS Chile',
        'Tolva Pass CONNECTS Peru',
        'Andean Relief Organisation SUPPLIES Chile',
        'Kara Gate CONNECTS Peru',
        'Kara Gate CONNECTS Bolivia',
        'Orru Gate CONNECTS Peru',
        'Orru Gate CONNECTS Bolivia',
      ]));
    });

    it('reads nothing from aid that did not enter, nor a supplier from a route that only could be used', () => {
      // Act
      const found = factsOf(articleText('Aid', 'Aid did not enter Ecuador through the Vasko crossing.', 'The Andean Relief Organisation said aid could reach Chile through the Tolva Pass crossing.'));
      // Assess
      expect(found.filter((r) => r.includes('Ecuador'))).toEqual([]);
      expect(found.filter((r) => r.includes('SUPPLIES'))).toEqual([]);
    });
  });

  describe('reports and the accusations in them', () => {
    it('reads "had filed a police report accusing him of …" as the filer’s accusation, and "the daily X had reported that …" as a report on the one person of the clause', () => {
      // Act
      const found = factsOf(articleText('Report', 'The daily Tolva Herald had reported on Sunday that Vale Holdings, a former employer of Mr Kestrel, had filed a police report accusing him of fraud.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Vale Holdings ACCUSES Kestrel', 'Tolva Herald REPORTS_ON Kestrel']));
    });

    it('reads no report on a person when the clause names two, or when it was not reported, and no accuser who only spoke of a report', () => {
      // Act
      const found = factsOf(articleText('Report', 'The Tolva Herald reported that Omar Vance had met Talia Brennock.', 'The Tolva Herald did not report that Ada Orrin resigned.', 'Orrin Labs, a rival of Mr Kestrel, said a police report accusing him of theft was false.'));
      // Assess
      expect(found.filter((r) => /REPORTS_ON|ACCUSES/.test(r))).toEqual([]);
    });
  });

  describe('concerns', () => {
    it('reads "voiced concern that some of X’s positions …" as concern about X, from the person the apposition describes', () => {
      // Act
      const found = factsOf(articleText('Concern', 'Omar Vance, the Tolva Workers Party leader, whose party is seen as a partner for the Ardent Union, has voiced concern that some of Mr Kestrel’s positions violate the law.', 'Talia Brennock has raised serious concerns about Brisk Corporation.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance CONCERNED_ABOUT Kestrel', 'Talia Brennock CONCERNED_ABOUT Brisk Corporation']));
      expect(found.filter((r) => /^(?:Tolva Workers Party|Ardent Union) CONCERNED_ABOUT/.test(r))).toEqual([]);
    });

    it('reads no concern from a negation or a hedge', () => {
      // Act
      const found = factsOf(articleText('Concern', 'Talia Brennock has not raised concerns about Orrin Labs.', 'Omar Vance might have voiced concern that Brisk Corporation is failing.'));
      // Assess
      expect(found.filter((r) => r.includes('CONCERNED_ABOUT'))).toEqual([]);
    });
  });

  describe('flows of goods and the places of trips', () => {
    it('reads selling rights, a stake or a business as no export of goods', () => {
      // Act
      const found = factsOf(articleText('Rights', 'Harlow Interactive signed a deal with Brisk Corporation to sell it the streaming rights to its games in Peru.', 'Kenya sold a stake in its port to Chile.', 'Bolivia sold grain to Ecuador.'));
      // Assess
      expect(found).toContain('Bolivia EXPORTS_TO Ecuador');
      expect(found.filter((r) => r.includes('EXPORTS_TO') && !r.startsWith('Bolivia'))).toEqual([]);
    });

    it('reads "carried <demonym> gas to B" as an export of the demonym’s country, and a project named after "through" as the supplier', () => {
      // Act
      const found = relationsOf(articleText('Gas', 'Kenya and Peru signed a memorandum.', 'The Tolva Pipeline carried Kenyan gas to Peru until last year.', 'Chile already pipes gas to Bolivia through the old Vasko Pipeline, which opened in 2019.', 'Up to 5 billion cubic metres of Peruvian gas a year had reached Ecuador through the Orsk Pipeline.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Kenya EXPORTS_TO Peru [demonym-goods-to]',
        'Tolva Pipeline SUPPLIES Peru [supply-to]',
        'Vasko Pipeline SUPPLIES Bolivia [supplies-through-project]',
        'Peru EXPORTS_TO Ecuador [demonym-goods-to]',
        'Orsk Pipeline SUPPLIES Ecuador [supplies-through-project]',
      ]));
    });

    it('reads no flow from halted supplies, a price or a conditional', () => {
      // Act
      const found = factsOf(articleText('Halt', 'Kenya and Peru met.', 'Kenya halted deliveries of Kenyan gas to Peru in April.', 'Prices of Kenyan gas rose to a record in Peru.', 'If the Orsk Pipeline goes ahead, it would bring Kenyan gas to Chile.'));
      // Assess
      expect(found.filter((r) => /EXPORTS_TO|SUPPLIES/.test(r))).toEqual([]);
    });

    it('places a visit where the traveller arrives and where the visit goes, but not a visit that is only planned', () => {
      // Act
      // (the events family, which runs first, may find the same facts under its own rule names)
      const found = factsOf(articleText('Trip', 'Omar Vance arrived in Lima on Monday for a three-day state visit to Peru.', 'Talia Brennock hopes to arrive in Quito for a state visit to Ecuador.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['state visit HELD_IN Peru', 'state visit HELD_IN Lima', 'Omar Vance ATTENDS state visit']));
      expect(found.filter((r) => /Quito|Ecuador|Talia/.test(r))).toEqual([]);
    });
  });

  describe('courts and regulators', () => {
    it('reads rulings, dismissed appeals, imposed fines and upheld decisions against the right party', () => {
      // Prepare
      const raw = articleText(
        'Tolva Shipping Company must repay €2bn in duties, top court rules',
        'The Kestrel High Court upheld a 2019 decision by the Ruritanian Trade Commission, which found that Peru had granted the Tolva Shipping Company unlawful subsidies.',
        'Minutes later, the same court upheld the €1bn fine that the Ruritanian Trade Commission imposed on the Vasko Freight Group in 2018.',
        'The judges dismissed an appeal by the Vasko Freight Group and its parent company, the Orsk Holding Company.',
      );
      // Act
      const found = relationsOf(raw);
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Kestrel High Court RULES_AGAINST Tolva Shipping Company [headline-court-rules]',
        'Ruritanian Trade Commission RULES_AGAINST Peru [decided-against]',
        'Kestrel High Court RULES_AGAINST Peru [upheld-decision-against]',
        'Ruritanian Trade Commission FINES Vasko Freight Group [fine-imposed-on]',
        'Kestrel High Court RULES_AGAINST Vasko Freight Group [upheld-decision-against]',
        'Kestrel High Court RULES_AGAINST Orsk Holding Company [decided-against]',
      ]));
    });

    it('reads no ruling from a finding in a party’s favour, a denied finding or a conditional appeal', () => {
      // Act
      const found = factsOf(articleText('Cleared', 'The Kestrel High Court found that the Tolva Shipping Company had acted within the law.', 'The Ruritanian Trade Commission did not find that Peru had granted unlawful subsidies.', 'If the judges dismiss an appeal by the Vasko Freight Group, it will pay.'));
      // Assess
      expect(found.filter((r) => /RULES_AGAINST|FINES/.test(r))).toEqual([]);
    });

    it('reads a capital that imposes a fine as the regulator the article names when its country is not named', () => {
      // Act
      const found = relationsOf(articleText('Fine', 'The Ruritanian Trade Commission opened a case.', 'Ivo Marsh spoke to reporters in Canberra on Monday.', 'The Kestrel High Court upheld the €1bn fine that Canberra imposed on the Vasko Freight Group.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ruritanian Trade Commission FINES Vasko Freight Group [fine-imposed-on]', 'Kestrel High Court RULES_AGAINST Vasko Freight Group [upheld-decision-against]']));
    });
  });

  describe('accusations, pledges, money and owners of projects', () => {
    it('reads "accusing him of" and "rejects X’s claim" as accusations against the right party', () => {
      // Act
      const found = relationsOf(articleText('Peru rejects Brennock’s claim of a link to the attack', 'The Kestrel High Court issued a warrant for Omar Vance, accusing him of fraud.', 'Talia Brennock spoke in Lima.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Kestrel High Court ACCUSES Omar Vance [accuse-pronoun]', 'Talia Brennock ACCUSES Peru [rejected-claim]']));
    });

    it('reads no accusation when it is denied or only considered', () => {
      // Act
      const found = factsOf(articleText('Quiet', 'The Kestrel High Court met Omar Vance, without accusing him of fraud.', 'Peru was considering accusing him of fraud.'));
      // Assess
      expect(found.filter((r) => r.includes('ACCUSES'))).toEqual([]);
    });

    it('reads a pledge of a country’s support, to a head of state as to the state, and money given to the project just named', () => {
      // Act
      const found = relationsOf(articleText('Aid', 'Omar Vance met Ivo Marsh, the Chilean president, to whom he pledged Peru’s continued support.', 'Chile thanked him.', 'The Tolva Bridge will cost €2bn.', 'The Andean Development Fund contributed around €267m.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Peru SUPPORTS Chile [pledged-support]', 'Andean Development Fund SUPPORTS Tolva Bridge [contributed-money]']));
    });

    it('reads no support from a refused pledge or money that was only planned', () => {
      // Act
      const found = factsOf(articleText('No aid', 'Omar Vance met Ivo Marsh, the Chilean president, but never pledged Peru’s support.', 'Chile thanked him.', 'The Tolva Bridge will cost €2bn.', 'The Andean Development Fund plans to contribute €267m.'));
      // Assess
      expect(found.filter((r) => r.includes('SUPPORTS'))).toEqual([]);
    });

    it('reads the developers of a joint project, its partners, and a possessed project', () => {
      // Act
      // (the structure family, which runs first, may find the same facts under its own rule name)
      const found = factsOf(articleText('Bridge', 'The Tolva Bridge opened on Monday.', 'The bridge is a joint project of the Acme Construction Company, the Kenyan road operator, and the Bolt Engineering Group, Peru’s largest builder.', 'Kenya’s Vasko Mission failed, and Peru hopes to launch its Orsk Mission next year.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Acme Construction Company DEVELOPS Tolva Bridge',
        'Bolt Engineering Group DEVELOPS Tolva Bridge',
        'Acme Construction Company PARTNERS_WITH Bolt Engineering Group',
        'Kenya DEVELOPS Vasko Mission',
        'Peru DEVELOPS Orsk Mission',
      ]));
      expect(found.filter((r) => /Peru (DEVELOPS|PARTNERS_WITH) (Tolva|Acme|Bolt)/.test(r))).toEqual([]);
    });
  });

  describe('parts and partners', () => {
    it('reads "X, the largest city in Y", "X and its parent company, Y", "X, a subsidiary of Y" and "coordinating closely with"', () => {
      // Act
      const found = relationsOf(articleText('Parts', 'Ivo Marsh flew between Arequipa and Cusco, the oldest city in Peru.', 'The Acme Shipping Company and its parent company, the Bolt Holding Group, filed reports.', 'The Vasko Freight Company, a subsidiary of the Orsk Trading Group, agreed.', 'Peru said it was coordinating closely with Chile over the allegations.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Cusco PART_OF Peru [city-apposition-in]',
        'Acme Shipping Company PART_OF Bolt Holding Group [parent-company]',
        'Vasko Freight Company PART_OF Orsk Trading Group [subsidiary-of]',
        'Peru PARTNERS_WITH Chile [partner-verb]',
      ]));
      expect(found).not.toContain('Arequipa PART_OF Peru [city-apposition-in+coordinated-source]');
    });

    it('reads no partnership that was only hoped for or was stopped', () => {
      // Act
      const found = factsOf(articleText('No partners', 'Peru hopes to be cooperating with Chile.', 'Kenya stopped working closely with Bolivia.', 'Omar Vance expected Ecuador to cooperate with Peru.'));
      // Assess
      expect(found.filter((r) => r.includes('PARTNERS_WITH'))).toEqual([]);
    });
  });

  describe('descriptions that stand for a name', () => {
    it('reads "the <demonym> president" as the person the article makes president, and "the trip" as the event last named', () => {
      // Act
      const found = relationsOf(articleText('Talks', 'Omar Vance arrived in Lima on Monday for a state visit, his first as Kenya’s president.', 'On Tuesday the Kenyan president also held talks with Ivo Marsh.', 'The Andean Council had announced the trip on Friday.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Omar Vance MEETS Ivo Marsh [meet-verb+anaphora]', 'Andean Council ANNOUNCES state visit [announce-event]']));
    });

    it('does not read "the <demonym> president" when the article makes two people president of that country or none', () => {
      // Act
      const found = factsOf(articleText('Two', 'Omar Vance, the Kenyan president, and Talia Brennock, the Kenyan president until May, spoke.', 'The Kenyan president also held talks with Ivo Marsh.', 'The Chilean president met Ivo Marsh.'));
      // Assess
      expect(found.filter((r) => r.includes('MEETS Ivo Marsh'))).toEqual([]);
    });

    it('reads a body that says at the end of a sentence that an event will happen as announcing it, but not a denied one', () => {
      // Act
      // (the events family, which runs first, may find the same fact under its own rule name)
      const found = factsOf(articleText('Visit', 'Omar Vance will arrive in Peru on Thursday for a state visit, the Andean Council has said.', 'Talia Brennock will not attend the Lima Summit, the Tolva Council said.'));
      // Assess
      expect(found).toContain('Andean Council ANNOUNCES state visit');
      expect(found.filter((r) => r.includes('Lima Summit') && r.includes('ANNOUNCES'))).toEqual([]);
    });

    it('rules against the beneficiary of an act found unlawful, but not against a party merely named in the finding', () => {
      // Act
      const found = factsOf(articleText('Aid', 'The Ruritanian Trade Commission found that Peru had granted the Acme Shipping Company unlawful subsidies.', 'The Ruritanian Trade Commission found that Chile had paid the Bolt Freight Group its fees on time.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining(['Ruritanian Trade Commission RULES_AGAINST Peru', 'Ruritanian Trade Commission RULES_AGAINST Acme Shipping Company']));
      expect(found.filter((r) => /Chile|Bolt/.test(r) && r.includes('RULES_AGAINST'))).toEqual([]);
    });
  });

  describe('where people are', () => {
    it('reads "said at the <event>" as attending it and "in X, Y, where he was attending" as being in both places', () => {
      // Act
      // (the events family, which runs first, may find the same facts under its own rule names)
      const found = factsOf(articleText('Summit', 'Omar Vance said at the Andean Summit that prices would fall.', 'Talia Brennock watched the launch on a screen in Arequipa, Peru, where she was attending the Lima Forum.'));
      // Assess
      expect(found).toEqual(expect.arrayContaining([
        'Omar Vance ATTENDS Andean Summit',
        'Talia Brennock VISITS Arequipa',
        'Talia Brennock VISITS Peru',
        'Lima Forum HELD_IN Arequipa',
      ]));
    });

    it('reads no presence from a place that only hosts what the person hopes to attend', () => {
      // Act
      const found = factsOf(articleText('Hope', 'Talia Brennock hopes to speak in Arequipa, Peru, where she hopes to attend the Lima Forum.', 'Omar Vance did not speak at the Andean Summit.'));
      // Assess
      expect(found.filter((r) => /VISITS|Omar Vance ATTENDS/.test(r))).toEqual([]);
    });
  });
});

describe('stage relate, pair rule company-behind: the maker named by an apposition', () => {
  it('reads "O, the company behind P" and "O, the start-up that built P" as O DEVELOPS P, but not a company that merely praised or uses P', () => {
    // Act
    const known = [knownFile('article:00000000000000b0', [
      { id: 'entity:orrinchat', type: 'PROJECT', name: 'OrrinChat' },
      { id: 'entity:tolva-rover', type: 'PROJECT', name: 'Tolva Rover' },
      { id: 'entity:kesta-probe', type: 'PROJECT', name: 'Kesta Probe' },
    ])];
    const doc = runUntil('relate', articleText('Notes', 'Vale Labs, the company behind OrrinChat, said on Monday it would expand.', 'Brisk Systems, the start-up that built the Tolva Rover, was sold.', 'Harlow Group, the company that praised the Kesta Probe, was not involved.'), known);
    const found = namedRelationships(doc).filter((r) => r.includes('DEVELOPS'));
    // Assess
    expect(found.sort()).toEqual(['Brisk Systems DEVELOPS Tolva Rover [develop-verb]', 'Vale Labs DEVELOPS OrrinChat [company-behind]']);
  });
});
