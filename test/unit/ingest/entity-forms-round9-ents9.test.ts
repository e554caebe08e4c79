import { loadGazetteer } from '../../../seed/ingest/gazetteer';
import { articleText, runUntil } from './support';

const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('gazetteer and cluster: states and provinces (round 9)', () => {
  it('knows states and provinces from compromise’s lexicon, but not a name that is a country or a city', () => {
    // Act
    const g = loadGazetteer();
    // Assess
    expect(g.isSubdivision('Saskatchewan')).toBe(true);
    expect(g.isSubdivision('Tamil Nadu')).toBe(true);
    expect(g.isSubdivision('Georgia')).toBe(false);
    expect(g.isSubdivision('New York')).toBe(false);
    expect(g.isSubdivision('Pei')).toBe(false);
  });

  it('types a state or province named alone as a region, in either wording', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Orvane Mining will build a plant in Saskatchewan next year.', 'Farmers in Karnataka said Tolvex had not paid them; Tasmania declined to comment.'));
    // Assess
    expect(found).toMatchObject({ Saskatchewan: 'REGION', Karnataka: 'REGION', Tasmania: 'REGION' });
  });

  it('leaves a stronger cue before the gazetteer: an honorific makes a person', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Ms Montana Velkor said the vote was close. Velkor then left.'));
    // Assess
    expect(found['Montana']).toBeUndefined();
  });
});

describe('candidates and cluster: hyphenated names (round 9)', () => {
  it('keeps a lower-case particle between hyphens inside a name, in a party’s or a town’s name', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The police banned Tehreek-e-Orvan on Monday, and Hizb-ut-Velmar called a strike.', 'Protesters gathered in Orvel-on-Sea.'));
    // Assess
    expect(found).toMatchObject({ 'Tehreek-e-Orvan': 'ORGANIZATION', 'Hizb-ut-Velmar': 'ORGANIZATION' });
    expect(found['Orvel-on-Sea']).toBeDefined();
    expect(found['Tehreek']).toBeUndefined();
    expect(found['Orvan']).toBeUndefined();
  });

  it('reads a hyphenated name standing alone as a company, whoever writes it', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Investors sold shares of Orvex-Tolland on Monday.', 'Analysts said Velmar-Kessel had bid for the mine.'));
    // Assess
    expect(found).toMatchObject({ 'Orvex-Tolland': 'ORGANIZATION', 'Velmar-Kessel': 'ORGANIZATION' });
  });

  it('does not make an entity of two peoples or places joined, of a lower-case tail, or of a person’s surname', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The Sino-Tolvan talks failed, and Tolvex-based firms sued.', 'Anna Orvel-Kessel spoke first; Orvel-Kessel then left.'));
    // Assess
    expect(found['Sino-Tolvan']).toBeUndefined();
    expect(found['Tolvex-based']).toBeUndefined();
    expect(found['Orvel-Kessel']).toBeUndefined();
    expect(found['Anna Orvel-Kessel']).toBe('PERSON');
  });
});

describe('cluster: surnames of two words and capitals used as places (round 9)', () => {
  it('reads a three-word name as a person’s when the text writes its last two words alone, and folds them into it', () => {
    // Act
    const found = runUntil('cluster', articleText('Notes', 'Tomás Di Orvel opened the scoring. Di Orvel later limped off.', 'Marta Velko Saar replied. Velko Saar then hit the post.'));
    const people = Object.fromEntries([...found.entities!.values()].map((e) => [e.name, [e.type, ...e.aliases]]));
    // Assess
    expect(people['Tomás Di Orvel']).toEqual(['PERSON', 'Di Orvel']);
    expect(people['Marta Velko Saar']).toEqual(['PERSON', 'Velko Saar']);
    expect(people['Velko Saar']).toBeUndefined();
  });

  it('does not read a body’s name ending in a head noun as a person by its last two words', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Orvex Tolva Group reported a loss. Tolva Group shares fell.'));
    // Assess
    expect(found['Orvex Tolva Group']).not.toBe('PERSON');
  });

  it('keeps a capital as the city where a sentence opens with a place preposition or gives a bearing from it', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Peru and Chile signed a deal.', 'In Lima, thousands marched on Sunday.', 'A stadium was built north of Santiago.'));
    // Assess
    expect(found).toMatchObject({ Lima: 'CITY', Santiago: 'CITY' });
  });

  it('still reads a capital used only for its government as its country', () => {
    // Act
    const found = runUntil('cluster', articleText('Notes', 'Peru signed a deal with Chile.', 'Lima said the deal was fair.'));
    // Assess
    expect([...found.entities!.values()].find((e) => e.name === 'Peru')?.aliases).toContain('Lima');
  });
});

describe('candidates: a person for a country (round 9)', () => {
  it('splits "<Given Surname> for <Country or city>" into a person and a place, in either wording', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The record was set by Marta Velko for Peru in 1966.', 'Tomas Orvel scored twice for Lima on Sunday after Ines Kadar for Chile had missed.'));
    // Assess
    expect(found).toMatchObject({ 'Marta Velko': 'PERSON', 'Ines Kadar': 'PERSON', Peru: 'COUNTRY', Chile: 'COUNTRY' });
    expect(found['Marta Velko for Peru']).toBeUndefined();
  });

  it('keeps a body’s name with "for" whole', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The Party for Peru won the vote, and the Centre for Chile agreed.'));
    // Assess
    expect(found['Party for Peru']).toBe('ORGANIZATION');
  });
});

describe('candidates: a capitalised preposition inside a name (round 9)', () => {
  it('keeps "<Name> Against/Without <Name>" whole inside a sentence, in different wordings', () => {
    // Act
    const found = typesOf(articleText('Notes', 'On Saturday Students Against Tolls turned its campaign against the mayor.', 'The mayor met Medics Without Frontiers in Lima.'));
    // Assess
    expect(found['Students Against Tolls']).toBe('ORGANIZATION');
    expect(found['Medics Without Frontiers']).toBeDefined();
    expect(found['Students']).toBeUndefined();
    expect(found['Tolls']).toBeUndefined();
  });

  it('does not join across a lower-case word, nor in a title-case headline', () => {
    // Act
    const found = typesOf(articleText('Tolva Votes Against Orvel Plan', 'Farmers in Tolva Against the plan marched.'));
    // Assess
    expect(found['Tolva Votes Against Orvel Plan']).toBeUndefined();
    expect(found['Tolva Against']).toBeUndefined();
  });
});

describe('cues: makers named by their product (round 9)', () => {
  it('reads ", <Country>’s largest steelmaker" and ", the drugmaker" as a company', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Orvel Steel, Peru’s largest steelmaker, agreed to buy the plant.', 'Velko Kessel, the drugmaker, said sales rose.'));
    // Assess
    expect(found).toMatchObject({ 'Orvel Steel': 'ORGANIZATION', 'Velko Kessel': 'ORGANIZATION' });
  });
});

describe('cluster: models by their code, and a country before "for" (round 9)', () => {
  it('types a model’s code before a noun, or closing or opening a name, as a project', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Orvex will build its TX414 engines in Peru for the Tolva Mk2, a light aircraft.', 'Chile will buy XR-9B Seahawk drones from Velmar Kessel.'));
    // Assess
    expect(found).toMatchObject({ TX414: 'PROJECT', 'Tolva Mk2': 'PROJECT', 'XR-9B Seahawk': 'PROJECT', Peru: 'COUNTRY' });
    expect(found['Peru for the Tolva Mk2']).toBeUndefined();
  });

  it('makes no model of a group’s, a conference’s or a standard’s code', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Leaders met at the G20 summit in Lima before the COP28 talks.', 'Nurses asked for N95 masks.'));
    // Assess
    expect(found['G20']).not.toBe('PROJECT');
    expect(found['COP28']).not.toBe('PROJECT');
    expect(found['N95']).toBeUndefined();
  });

  it('reads "<Demonym> Air Force" as a government body', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The jets will serve the Peruvian Air Force from 2030.'));
    // Assess
    expect(found['Peruvian Air Force']).toBe('GOVERNMENT_BODY');
  });
});

describe('cluster: a name ending in a trade’s noun, from WordNet (round 9)', () => {
  it('reads "<Name> Steel" and "<Name> Shipping" with no sign of a person as companies', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Tolva Shipping cut its routes on Monday.', 'Orvel Steel and Marta Velko met in Lima.'));
    // Assess
    expect(found).toMatchObject({ 'Tolva Shipping': 'ORGANIZATION', 'Orvel Steel': 'ORGANIZATION', 'Marta Velko': 'PERSON' });
  });

  it('keeps a person whose surname is a trade’s noun when the text treats the name as a person’s', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Marta Power said she would quit. Power left on Friday.'));
    // Assess
    expect(found['Marta Power']).toBe('PERSON');
  });
});

describe('cluster: appositions opened by a possessive, and a person’s noun as a modifier (round 9)', () => {
  it('reads ", his trading firm," and ", their investment company," as a company', () => {
    // Act
    const found = typesOf(articleText('Notes', 'He moved the money through Orvel Research, his trading firm, to pay for property.', 'The sisters sold Velko Capital, their investment company, in May.'));
    // Assess
    expect(found).toMatchObject({ 'Orvel Research': 'ORGANIZATION', 'Velko Capital': 'ORGANIZATION' });
  });

  it('still reads ", her deputy," as a person, and a person’s noun before a noun as no person', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Marta Velko, her deputy, spoke first.', 'Members of the Tolva Chhatra League, the student wing of the Orvel League, marched.'));
    // Assess
    expect(found['Marta Velko']).toBe('PERSON');
    expect(found['Tolva Chhatra League']).toBe('ORGANIZATION');
  });
});

describe('cluster: towns placed by their state or country, and what speaks of itself as "it" (round 9)', () => {
  it('types "<Name>, <Country or state>" and "<Name>’s mayor" as a town', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Rescuers searched the ruins in Orvelka, Peru, on Monday.', 'A plant in Velmarsk, Saskatchewan - Ana Ruiz/Tolva Press', 'Marta Velko, Kesselby’s mayor, said the toll would rise.'));
    // Assess
    expect(found).toMatchObject({ Orvelka: 'CITY', Velmarsk: 'CITY', Kesselby: 'CITY' });
  });

  it('makes no town of a list of countries, of a name cut after a capital, or of a possessive owner', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Talks between Tolvex, Peru and Chile failed.', 'Orvex, Peru’s largest bank, said profits fell.'));
    // Assess
    expect(found['Tolvex']).not.toBe('CITY');
    expect(found['Orvex']).not.toBe('CITY');
  });

  it('reads "<Name> said it had …" as an organisation, but not "<Name> said he …"', () => {
    // Act
    const found = typesOf(articleText('Notes', 'TVX Aerospace said it had signed a deal with Orvex. TVX Aerospace says it will hire 300 engineers.', 'KT Velko said he had signed nothing.'));
    // Assess
    expect(found['TVX Aerospace']).toBe('ORGANIZATION');
    expect(found['KT Velko']).not.toBe('ORGANIZATION');
  });
});

describe('candidates: a prize’s or a committee’s field (round 9)', () => {
  it('keeps "<Prize> in <Field> or <Field>" and "<Committee> for <Field> or <Field>" whole, with the edition’s year', () => {
    // Act
    const found = typesOf(articleText('Notes', 'They won the 2023 Orvel Prize in Physiology or Medicine on Monday.', 'Ana Ruiz, the secretary of the Tolva Committee for Physics or Chemistry, read the names.'));
    // Assess
    expect(found['2023 Orvel Prize in Physiology or Medicine']).toBe('EVENT');
    expect(found['Tolva Committee for Physics or Chemistry']).toBeDefined();
    expect(found['Medicine']).toBeUndefined();
    expect(found['Chemistry']).toBeUndefined();
  });

  it('does not take a place after "in" or "or" into the name', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The Tolva Prize in Lima drew crowds, and the Orvel Fund for Peru or Chile paid.'));
    // Assess
    expect(found['Tolva Prize']).toBe('EVENT');
    expect(found['Lima']).toBe('CITY');
    expect(found['Chile']).toBe('COUNTRY');
  });
});
