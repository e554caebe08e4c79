import { articleText, knownFile, runUntil } from './support';

/** name → type of the entities stage cluster finds in these paragraphs. */
const typesOf = (...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e.type]));

describe('round 12 entities: a country’s own name before a body is part of its name', () => {
  it('keeps "the Velmara Weather Agency" whole, and still splits a short form in capitals', () => {
    // Act
    const found = typesOf('The Peru Weather Agency issued a warning on Monday.', 'The UK Harbour Safety Authority fined the firm.');
    // Assess
    expect(found['Peru Weather Agency']).toBe('GOVERNMENT_BODY');
    expect(found['Weather Agency']).toBeUndefined();
    expect(found['Harbour Safety Authority']).toBe('GOVERNMENT_BODY');
    expect(found['United Kingdom']).toBe('COUNTRY');
  });

  it('never links a country’s body to a known body of another country', () => {
    // Arrange
    const known = [knownFile('article:0000000000000001', [{ id: 'entity:united-states-harbour-guard', type: 'GOVERNMENT_BODY', name: 'United States Harbour Guard', aliases: ['Harbour Guard'] }])];
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'The Peru Harbour Guard rescued six sailors.'), known);
    const names = [...doc.entities!.values()].map((e) => e.name);
    // Assess
    expect(names).toContain('Peru Harbour Guard');
    expect(names).not.toContain('United States Harbour Guard');
  });
});

describe('round 12 entities: a model’s number is part of its name', () => {
  it('keeps a one-word stem with its model number, a project before its vehicle noun', () => {
    // Act
    const found = typesOf('The probe rose on an Orvek 5 rocket on Monday.', 'The Orvek 5 is due to be replaced by the Orvek 6.');
    // Assess
    expect(found['Orvek 5']).toBe('PROJECT');
    expect(found['Orvek 6']).toBe('PROJECT');
    expect(found['Orvek']).toBeUndefined();
  });

  it('ends an airline’s name before its aircraft’s maker and model, and keeps a flight’s name whole', () => {
    // Act
    const found = typesOf('A Velmar Air Tolvex 787 landed on Monday.', 'Tolva Air Flight 4471 left on time.');
    // Assess
    expect(found['Velmar Air']).toBe('ORGANIZATION');
    expect(found['Tolvex 787']).toBe('PROJECT');
    expect(found['Tolva Air Flight 4471']).toBe('EVENT');
  });

  it('joins no score, share, count, year or dictionary word to a name', () => {
    // Act
    const found = typesOf('Category 5 storms hit Velmara.', 'After the storm in Tolvek 300 families were moved.', 'Shares in Brenvik rose 5% on Monday.');
    // Assess
    expect(Object.keys(found)).not.toContain('Category 5');
    expect(Object.keys(found)).not.toContain('Tolvek 300');
  });
});

describe('round 12 entities: "General" as a word of a name, not a rank', () => {
  it('keeps "General" before a common word’s plural or a longer name of dictionary words', () => {
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'The engines were made by General Turbines, a firm in Velmara.', 'The General Water Safety Code applies to all ports.'));
    const found = Object.fromEntries([...doc.entities!.values()].map((e) => [e.name, e.type]));
    const candidates = doc.candidates!.map((c) => c.text);
    // Assess
    expect(found['General Turbines']).toBe('ORGANIZATION');
    expect(found['Turbines']).toBeUndefined();
    expect(candidates).toContain('General Water Safety Code');
    expect(candidates).not.toContain('Water Safety Code');
  });

  it('still reads "General" as a rank before a surname or a full name', () => {
    // Act
    const found = typesOf('General Marlow said the troops would stay.', 'General Smith agreed, and General Mark Tolvey spoke later.');
    // Assess
    expect(found['Marlow']).toBe('PERSON');
    expect(found['Smith']).toBe('PERSON');
    expect(found['Mark Tolvey']).toBe('PERSON');
  });
});

describe('round 12 entities: a body’s name that lists its fields with commas', () => {
  it('keeps "Ministry of A, B and C" and "A, B and C <Head>" whole when each field is a common word', () => {
    // Act
    const found = typesOf('The plan was approved by the Ministry of Health, Labour and Welfare.', 'Before that, the agency’s Soil, Water and Forest Safety Board met in Velmara.');
    // Assess
    expect(found['Ministry of Health, Labour and Welfare']).toBe('GOVERNMENT_BODY');
    expect(found['Ministry of Health']).toBeUndefined();
    expect(found['Soil, Water and Forest Safety Board']).toBe('GOVERNMENT_BODY');
    expect(found['Water and Forest Safety Board']).toBeUndefined();
  });

  it('lists separate names after a body when an item is a name or a place', () => {
    // Act
    const found = typesOf('The Ministry of Defence, Tolvex and Velmo signed the contract.', 'Officials from the Ministry of Trade, Peru and Chile met.');
    // Assess
    expect(found['Ministry of Defence']).toBe('GOVERNMENT_BODY');
    expect(found['Tolvex']).toBe('ORGANIZATION');
    expect(found['Ministry of Trade']).toBe('GOVERNMENT_BODY');
    expect(found['Peru']).toBe('COUNTRY');
  });

  it('makes "the transport ministry" the one ministry whose name lists that field', () => {
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'Peru’s transport ministry said on Tuesday it was examining the rules.', 'The pilot reported a bird strike, according to the Ministry of Land, Infrastructure and Transport.'));
    const body = [...doc.entities!.values()].find((e) => e.name === 'Ministry of Land, Infrastructure and Transport');
    // Assess
    expect(body?.aliases).toContain('transport ministry');
    expect([...doc.entities!.values()].map((e) => e.name)).not.toContain('transport ministry');
  });
});

describe('round 12 entities: broadcasters', () => {
  it('types a name a broadcaster’s apposition describes after "from"', () => {
    // Act
    const found = typesOf('Footage from TVK, the public broadcaster, showed a flooded street.');
    // Assess
    expect(found['TVK']).toBe('PUBLICATION');
  });

  it('types an acronym someone told something to as an outlet, not a person or body written with its article', () => {
    // Act
    const found = typesOf('Ana Ruiz, the foreign minister, told VLTV that the claim was false.', 'Later she told the OVK that talks would go on.');
    // Assess
    expect(found['VLTV']).toBe('PUBLICATION');
    expect(found['OVK']).not.toBe('PUBLICATION');
  });
});

describe('round 12 entities: a country’s agency described after "at"', () => {
  it('types a name described as a country’s agency after "at" as a government body', () => {
    // Act
    const found = typesOf('Ana Ruiz, who heads the project at Velspace, Peru’s space agency, warned of delays.');
    // Assess
    expect(found['Velspace']).toBe('GOVERNMENT_BODY');
  });

  it('leaves an agency of an organisation of states, and a place phrase’s office, alone', () => {
    // Act
    const found = typesOf('Evidence came from VLR, the UN’s refugee agency.', 'In Tolvagrad, the regional governor, Ana Ruiz, said the roads were shut.');
    // Assess
    expect(found['VLR']).not.toBe('GOVERNMENT_BODY');
    expect(found['Tolvagrad']).not.toBe('PERSON');
  });
});

describe('round 12 entities: a place’s name with the lower-case noun of a country’s part', () => {
  it('makes "Orvo district", "the Tolsk peninsula", "Brenvik state" regions, the bare name an alias', () => {
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'Trains collided in Velmar’s Orvo district on Friday.', 'Lava flowed from the Tolsk peninsula.', 'Ana Ruiz, a former governor of Brenvik state and a rival, spoke.'));
    const found = Object.fromEntries([...doc.entities!.values()].map((e) => [e.name, e]));
    // Assess
    expect(found['Orvo district']?.type).toBe('REGION');
    expect(found['Orvo district']?.aliases).toContain('Orvo');
    expect(found['Tolsk peninsula']?.type).toBe('REGION');
    expect(found['Brenvik state']?.type).toBe('REGION');
    expect(found['Orvo']).toBeUndefined();
  });

  it('leaves a part noun that modifies another noun, and a country’s, out of the name', () => {
    // Act
    const found = typesOf('The Brenvik state governor spoke on Monday.', 'Staff at the Orvo district hospital were praised.', 'The Peru state oil firm agreed.');
    // Assess
    expect(found['Brenvik state']).toBeUndefined();
    expect(found['Orvo district']).toBeUndefined();
    expect(found['Peru state']).toBeUndefined();
  });
});

describe('round 12 entities: "on" inside a name only after a body’s head noun', () => {
  it('ends a place’s name before "on" and keeps a committee’s', () => {
    // Act
    const doc = runUntil('cluster', articleText('Notes', 'The earthquake struck the Velko Peninsula on New Year’s Day.', 'Pressure on the Tolva Museum grew.', 'The Emergency Committee on Orvik Fever met.'));
    const candidates = doc.candidates!.map((c) => c.text);
    // Assess
    expect(candidates).toContain('Velko Peninsula');
    expect(candidates).not.toContain('Velko Peninsula on New');
    expect(candidates).not.toContain('Pressure on the Tolva Museum');
    expect(candidates).toContain('Emergency Committee on Orvik Fever');
  });
});

describe('round 12 entities: names listed after a plural noun of a country’s parts', () => {
  it('types "the prefectures of A and B" and "the provinces of A, B and C" as regions', () => {
    // Act
    const found = typesOf('Tremors were felt in the neighbouring prefectures of Orvaki and Tolsuma.', 'Floods hit the provinces of Velmo, Tolsk and Brenvik.');
    // Assess
    expect(found).toMatchObject({ Orvaki: 'REGION', Tolsuma: 'REGION', Velmo: 'REGION', Tolsk: 'REGION', Brenvik: 'REGION' });
  });

  it('reads no region in a list after another plural noun', () => {
    // Act
    const found = typesOf('The shares of Orvaki and Tolsuma fell sharply.');
    // Assess
    expect(found['Orvaki']).not.toBe('REGION');
  });
});

describe('round 12 entities: celestial bodies from WordNet', () => {
  it('types a planet or moon WordNet glosses as one a region, even a lone dictionary word', () => {
    // Act
    const found = typesOf('The probe will fly past Uranus in 2040 and then study Neptune and Triton.');
    // Assess
    expect(found).toMatchObject({ Uranus: 'REGION', Neptune: 'REGION', Triton: 'REGION' });
  });

  it('leaves a town and an apposition’s company alone', () => {
    // Act
    const found = typesOf('Floods hit Lyon on Monday.', 'Saturn, the carmaker, said orders rose.');
    // Assess
    expect(found['Lyon']).toBe('CITY');
    expect(found['Saturn']).toBe('ORGANIZATION');
  });
});

describe('round 12 entities: "the island of X" over a gazetteer town', () => {
  it('types a name the text calls an island or a province a region, though a town has that name', () => {
    // Act
    const found = typesOf('The leaders met in Nusa Velka, on the Tolvan island of Lyon, on Monday.', 'He later flew to Lyon again.');
    // Assess
    expect(found['Lyon']).toBe('REGION');
  });

  it('keeps a town a city where the text says nothing of an island', () => {
    // Act
    const found = typesOf('He later flew to Lyon again.');
    // Assess
    expect(found['Lyon']).toBe('CITY');
  });
});

describe('round 12 entities: ports and castles are facilities', () => {
  it('types "<Name> Port", "the Port of <Name>" and "<Name> Castle" as projects', () => {
    // Act
    const found = typesOf('A wave reached Velko Port that night.', 'The ship had left the Port of Orvik an hour earlier.', 'The couple lived at Tolva Castle.');
    // Assess
    expect(found).toMatchObject({ 'Velko Port': 'PROJECT', 'Port of Orvik': 'PROJECT', 'Tolva Castle': 'PROJECT' });
  });

  it('keeps a town whose whole name starts with "Port" a city', () => {
    // Act
    const found = typesOf('He flew to Port of Spain on Monday.');
    // Assess
    expect(found['Port of Spain']).toBe('CITY');
  });
});

describe('round 12 entities: streets named by their first word', () => {
  it('types "Avenida X" and "Rua X" as places where crowds gather, not people', () => {
    // Act
    const found = typesOf('Tens of thousands had gathered on Avenida Tolsta by the evening.', 'Shops on Rua Velmar stayed shut.');
    // Assess
    expect(found['Avenida Tolsta']).toBe('REGION');
    expect(found['Rua Velmar']).toBe('REGION');
  });
});

describe('round 12 entities: a capital gone to, come from or reached is the city', () => {
  it('keeps a capital a city after a motion word before "to"/"from", and as what was reached or left', () => {
    // Act
    const a = typesOf('The jet, arriving from Lima with 90 passengers, landed safely.');
    const b = typesOf('After the hearing he flew on to Lima, where he was greeted by his wife.');
    const c = typesOf('The storm reached Lima on Tuesday evening.');
    // Assess
    expect(a['Lima']).toBe('CITY');
    expect(b['Lima']).toBe('CITY');
    expect(c['Lima']).toBe('CITY');
  });

  it('still reads a capital that acts as its government', () => {
    // Act
    const found = typesOf('Lima has offered to send aid to the region.');
    // Assess
    expect(found['Lima']).not.toBe('CITY');
  });
});

describe('round 12 entities: a plural head noun before "for … and …"', () => {
  it('keeps "the Velmar Centres for Soil Control and Prevention" whole', () => {
    // Act
    const found = typesOf('The decision came after the Velmar Centres for Soil Control and Prevention warned of floods.');
    // Assess
    expect(found['Velmar Centres for Soil Control and Prevention']).toBe('ORGANIZATION');
    expect(found['Prevention']).toBeUndefined();
  });
});
