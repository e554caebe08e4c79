import { articleText, runUntil } from './support';

const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('stage cluster: name forms of round 8', () => {
  it('reads a series name with an apostrophe inside its stem ("Tian’o-3", "Tian’o-4") as one numbered project series', () => {
    // Prepare
    const raw = articleText('Probes', 'Tolvania launched Tian’o-3 in March. Its successor Tian’o-4 followed in June, and O’Rourke-7 never flew.');
    // Act
    const found = typesOf(raw);
    // Assess
    expect(found).toMatchObject({ 'Tian’o-3': 'PROJECT', 'Tian’o-4': 'PROJECT' });
    // A serial number alone ("O’Rourke-7", one of its series) is still no cue.
    expect(found['O’Rourke-7']).toBeUndefined();
  });
});

describe('stage candidates and cluster: credit names and sentence-initial adjectives', () => {
  it('reads a photographer’s surname that is also a verb or noun ("Cook", "Baker") as a name word of the credit', () => {
    // Prepare
    const raw = 'Dockers strike\n\nA crane\nDockers at the port of Tolva on Monday - Marta Baker/Tolva Press\n\nDockers walked out on Monday.\n';
    // Act
    const found = typesOf(raw);
    // Assess
    expect(found['Marta Baker']).toBe('PERSON');
    expect(found['Marta']).toBeUndefined();
  });

  it('drops a sentence-initial adjective glued to a name the text uses alone, or standing before a lower-case noun', () => {
    // Prepare
    const raw = articleText('Faulty Orvex update stops trains', 'Engineers at Orvex said on Friday that a faulty update had stopped 400 trains.', 'Striking dockers marched in Tolva. The chief executive of Orvex apologised.');
    // Act
    const found = typesOf(raw);
    // Assess
    expect(found['Faulty Orvex']).toBeUndefined();
    expect(found['Striking']).toBeUndefined();
    expect(found['Orvex']).toBeDefined();
  });

  it('keeps a name that opens with an adjective when the text also uses it inside a sentence', () => {
    // Prepare
    const raw = articleText('Notes', 'Noble Varnhold said profits rose.', 'Analysts said Noble Varnhold would buy Orvex, and Orvex agreed.');
    // Act
    const found = typesOf(raw);
    // Assess
    expect(found['Noble Varnhold']).toBeDefined();
  });
});

describe('stage cluster: kind cues of round 8 (operations, examples of a kind, sites, systems)', () => {
  it('types "Operation <Name>" as an event', () => {
    // Act
    const found = typesOf(articleText('Notes', 'In May the Tolvan navy launched Operation Silver Heron, a naval mission to escort tankers.'));
    // Assess
    expect(found['Operation Silver Heron']).toBe('EVENT');
  });

  it('types the names listed after "<plural kind noun> such as / including" by that kind, even a city’s name', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The union wants to organise workers at carmakers such as Orvane, Tolvex and Toledo.', 'Lenders including Varnbank and Kessel were named.'));
    // Assess
    expect(found).toMatchObject({ Orvane: 'ORGANIZATION', Tolvex: 'ORGANIZATION', Toledo: 'ORGANIZATION', Varnbank: 'ORGANIZATION', Kessel: 'ORGANIZATION' });
  });

  it('does not type names after "such as" that follow no kind noun, nor a list that ends before the name', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Cities such as Toledo were quiet.', 'Orvane officials, such as the mayor, met Kessel Varga on Monday.'));
    // Assess
    expect(found['Toledo']).toBe('CITY');
    expect(found['Kessel Varga']).toBe('PERSON');
  });

  it('types a name that owns a site ("a Tolvex plant", "Tolvex’s factory") as a company, never a place that has one', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Workers left a Tolvex assembly plant in Orvane and a Kessmar complex nearby.', 'Police guarded Tolvex’s factory, and the Kessmar workers cheered. Peru’s plant closed.'));
    // Assess
    expect(found).toMatchObject({ Tolvex: 'ORGANIZATION', Kessmar: 'ORGANIZATION', Peru: 'COUNTRY' });
  });

  it('types what machines run ("computers running Orvex’s Tolvix") as a product, but not a maker before its machines', () => {
    // Act
    const found = typesOf(articleText('Notes', 'The fault crashed computers running Orvex’s Tolvix on Friday, and machines running Varnix.', 'Engineers at Kessmar said Kessmar laptops were restarted.'));
    // Assess
    expect(found).toMatchObject({ Tolvix: 'PROJECT', Varnix: 'PROJECT' });
    expect(found['Kessmar']).not.toBe('PROJECT');
  });
});

describe('stage candidates: royal names', () => {
  it('splits "King <Given> <regnal number> of <Country>" into the monarch and the country', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Among the guests was King Tolo IV of Norway, who arrived on Sunday.', 'The king spoke later.'));
    // Assess
    expect(found['Tolo IV']).toBe('PERSON');
    expect(found['Tolo IV of Norway']).toBeUndefined();
    expect(found['Norway']).toBe('COUNTRY');
  });

  it('keeps "Prince"/"Princess" before a lone given name, but not before a full name or in a monarch’s', () => {
    // Act
    const found = typesOf(articleText('Notes', 'Prince Tolo, the president of the Tolva Rowing Federation, watched with Princess Mirela.', 'Prince Varan bin Oskar and Queen Ilse II were absent.'));
    // Assess
    expect(found).toMatchObject({ 'Prince Tolo': 'PERSON', 'Princess Mirela': 'PERSON', 'Varan bin Oskar': 'PERSON', 'Ilse II': 'PERSON' });
    expect(found['Tolo']).toBeUndefined();
  });
});

describe('stage cluster: a country’s initialism', () => {
  it('makes the initials of a country the text names in full its alias ("the CAR"), and leaves other acronyms alone', () => {
    // Prepare
    const raw = articleText('Notes', 'Aid convoys reached the Central African Republic on Monday.', 'Officials in the CAR said the roads were open, and the TRF said it would send more trucks to the CAR.');
    // Act
    const doc = runUntil('cluster', raw);
    // Assess
    const car = [...doc.entities!.values()].find((e) => e.name === 'Central African Republic')!;
    expect([car.type, car.aliases]).toEqual(['COUNTRY', ['CAR']]);
    expect([...doc.entities!.values()].some((e) => e.name === 'CAR')).toBe(false);
  });
});
