import { isInitialledName, opensWithApostropheGivenName } from '../../../seed/ingest/name-initials';
import { articleText, runUntil } from './support';

/** name → type of the entities stage cluster finds in these paragraphs. */
const typesOf = (...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e.type]));

describe('round 10 entities: a lone dictionary word is no name', () => {
  it('drops a lone capitalised word WordNet knows as a noun or adjective when nothing else marks it', () => {
    // Act
    const found = typesOf('Tolvek Marsh, a former Ranger, read from the Torah before the Whigs met.', 'Orvane Delacroix spoke about Buddhists and the Lutheran church in Velmara.');
    // Assess
    expect(found['Ranger']).toBeUndefined();
    expect(found['Torah']).toBeUndefined();
    expect(found['Whigs']).toBeUndefined();
    expect(found['Buddhists']).toBeUndefined();
    expect(found['Lutheran']).toBeUndefined();
  });

  it('keeps a lone name WordNet does not know, and a dictionary word with another cue', () => {
    // Act
    const found = typesOf('Sales at Quorvex rose, analysts said.', 'Harbour, the shipping company, said it would hire staff.');
    // Assess
    expect(found['Quorvex']).toBe('ORGANIZATION');
    expect(found['Harbour']).toBe('ORGANIZATION');
  });
});

describe('round 10 entities: "at a ceremony" is where something happened, not an event', () => {
  it('makes no event of a bare ceremony a signing or an award took place at', () => {
    // Act
    const found = typesOf('Orvane Delacroix signed the accord at a ceremony in Velmara on Friday.', 'The winners will collect their medals at a ceremony next month.');
    // Assess
    expect(found['ceremony']).toBeUndefined();
  });

  it('still makes an event of a classed congress or a summit the text puts someone at', () => {
    // Act
    const found = typesOf('The Tolvan Rowing Federation chose its new head at an extraordinary congress in Velmara.');
    // Assess
    expect(found['extraordinary congress']).toBe('EVENT');
  });
});

describe('round 10 entities: personal names with initials or an apostrophe inside', () => {
  it('makes a name with an initial a person, the initial first or in the middle, and joins its surname', () => {
    // Act
    const found = typesOf('The film about the physicist K. Arnold Velmar won seven awards.', 'Officials said Arnak J. Tolvey had resigned. Mr Tolvey denied it.');
    // Assess
    expect(found['K. Arnold Velmar']).toBe('PERSON');
    expect(found['Arnak J. Tolvey']).toBe('PERSON');
    expect(found['Tolvey']).toBeUndefined();
  });

  it('reads a given name with an apostrophe inside as a personal name word', () => {
    // Act
    const found = typesOf('The award went to Ke’Shawn Orvald Pimley, named best actor for the role.', 'La’Tavia Brenn won the race.');
    // Assess
    expect(found['Ke’Shawn Orvald Pimley']).toBe('PERSON');
    expect(found['La’Tavia Brenn']).toBe('PERSON');
  });

  it('reads no initial at the end of a name, nor a one-letter prefix before an apostrophe, as a person’s sign', () => {
    // Prepare
    const nameWord = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
    // Act
    const trailing = isInitialledName(['Velmar', 'K.'], nameWord);
    const acronym = isInitialledName(['TVX', 'Orvane'], nameWord);
    const middle = isInitialledName(['Doran', 'T.', 'Velkov'], nameWord);
    // Assess
    expect(trailing).toBe(false);
    expect(acronym).toBe(false);
    expect(middle).toBe(true);
    expect(opensWithApostropheGivenName(['O’Varra', 'Press'])).toBe(false);
    expect(opensWithApostropheGivenName(['Ke’Shawn', 'Pimley'])).toBe(true);
  });
});

describe('round 10 entities: named vehicles and titles of works are projects', () => {
  it('types a name after the kind noun of a vehicle or a work, or heading an apposition of one', () => {
    // Act
    const found = typesOf('The container ship Velma Star lies under the wreckage.', 'Rebels seized the Orvo Leader, a car carrier, and its crew.', 'Orvo Nights, Ana Ruiz’s three-hour film about the sculptor, won two awards.');
    // Assess
    expect(found['Velma Star']).toBe('PROJECT');
    expect(found['Orvo Leader']).toBe('PROJECT');
    expect(found['Orvo Nights']).toBe('PROJECT');
  });

  it('types a title by its credits and a train named "… Express" in a sentence about railways', () => {
    // Act
    const found = typesOf('She won for her role in Tarnish Hollow, directed by Pel Varga.', 'The Tolva Express derailed near the station.', 'Rescuers reached the last coaches of the Velmar Superfast Express.');
    // Assess
    expect(found['Tarnish Hollow']).toBe('PROJECT');
    expect(found['Tolva Express']).toBe('PROJECT');
    expect(found['Velmar Superfast Express']).toBe('PROJECT');
  });

  it('leaves a person whose clause mentions a film, and a newspaper named "… Express", as they were', () => {
    // Act
    const found = typesOf('Tom Velk, who directed the film, spoke.', 'The Velmar Express reported the tax rise.');
    // Assess
    expect(found['Tom Velk']).toBe('PERSON');
    expect(found['Velmar Express']).toBe('PUBLICATION');
  });
});

describe('round 10 entities: a facility named by a name and a lower-case head noun', () => {
  it('takes "station", "<kind> station" and "airport" into the name of a project', () => {
    // Act
    const found = typesOf('Three trains collided near Orvo Bazar station on Friday.', 'Crews built walls around the Velmark power station, which Tolvex runs.', 'The plane landed at Tolvagrad airport.');
    // Assess
    expect(found['Orvo Bazar station']).toBe('PROJECT');
    expect(found['Velmark power station']).toBe('PROJECT');
    expect(found['Tolvagrad airport']).toBe('PROJECT');
    expect(found['Velmark']).toBeUndefined();
  });

  it('leaves the head noun out when another noun follows it, and reads no plant as a facility of its own', () => {
    // Act
    const found = typesOf('The Velma station manager resigned.', 'Workers at a Tolvex plant in Orvane walked out.');
    // Assess
    expect(found['Velma station']).toBeUndefined();
    expect(found['Tolvex plant']).toBeUndefined();
  });
});

describe('round 10 entities: a title of a domain names no person', () => {
  it('reads neither the place nor the field after "<Title> of" as the holder', () => {
    // Act
    const found = typesOf('He and Ana, the Princess of Velmark, sat in the front row.', 'It would be established by the inquiry of the Commissioner of Harbour Safety, she said.');
    // Assess
    expect(found['Velmark']).toBeUndefined();
    expect(found['Harbour Safety']).toBeUndefined();
  });

  it('still strips a longer title before a name', () => {
    // Act
    const found = typesOf('Secretary of State Ana Ruiz flew to the capital.');
    // Assess
    expect(found['Ana Ruiz']).toBe('PERSON');
  });
});

describe('round 10 entities: intelligence and security services are government bodies', () => {
  it('types a service by an intelligence word in its name or by its kind before or after it', () => {
    // Act
    const found = typesOf('Ana Ruiz, a colonel in Namibia’s TSB security service, was freed.', 'The talks took place under the coordination of Namibia’s Tolvan Intelligence Organisation (TIO).', 'The spy agency VRK denied it.');
    // Assess
    expect(found['TSB']).toBe('GOVERNMENT_BODY');
    expect(found['Tolvan Intelligence Organisation']).toBe('GOVERNMENT_BODY');
    expect(found['VRK']).toBe('GOVERNMENT_BODY');
  });

  it('leaves a body of many states and a law named after intelligence to the other cues', () => {
    // Act
    const found = typesOf('The International Intelligence Organization met in the capital.', 'Ministers approved the Machine Intelligence Act on Tuesday.');
    // Assess
    expect(found['International Intelligence Organization']).toBe('ORGANIZATION');
    expect(found['Machine Intelligence Act']).not.toBe('GOVERNMENT_BODY');
  });
});

describe('round 10 entities: a titled person "of" a body or a country', () => {
  it('splits the person from the body or country after "of", military ranks of two words included', () => {
    // Act
    const found = typesOf('Rear Admiral Tom Orr of the Harbour Guard said the search had ended.', 'President Ana Ruiz of Namibia arrived on Monday.');
    // Assess
    expect(found['Tom Orr']).toBe('PERSON');
    expect(found['Harbour Guard']).toBe('GOVERNMENT_BODY');
    expect(found['Ana Ruiz']).toBe('PERSON');
    expect(found['Namibia']).toBe('COUNTRY');
  });

  it('keeps a body named after a titled person, and a particle inside a personal name', () => {
    // Act
    const found = typesOf('King Tolo University of Science opened a campus.', 'Crown Prince Omar bin Velak spoke.');
    // Assess
    expect(found['King Tolo University of Science']).toBe('ORGANIZATION');
    expect(found['Omar bin Velak']).toBe('PERSON');
  });
});

describe('round 10 entities: two words ending in the plural of a common noun are a firm', () => {
  it('types "<Name> Pictures" and "<Name> Builders" as organisations without a sign of a person', () => {
    // Act
    const found = typesOf('The film came from Orvane Pictures, which paid for it.', 'Velk Builders employed the six workers.');
    // Assess
    expect(found['Orvane Pictures']).toBe('ORGANIZATION');
    expect(found['Velk Builders']).toBe('ORGANIZATION');
  });

  it('keeps a person whose given name is known or whose surname is a word of its own', () => {
    // Act
    const found = typesOf('Martin Builders won the race.', 'Tolvo Woods won the race.');
    // Assess
    expect(found['Martin Builders']).toBe('PERSON');
    expect(found['Tolvo Woods']).toBe('PERSON');
  });
});

describe('round 10 entities: a dictionary word that owns something is a name', () => {
  it('keeps a lone dictionary word written with a possessive', () => {
    // Act
    const found = typesOf('The market has three networks: Brix Mobile, Kestrel’s Vexa and Tolva.');
    // Assess
    expect(found['Kestrel']).toBe('ORGANIZATION');
  });
});

describe('round 10 entities: a city’s name that is a person’s surname in the text', () => {
  it('makes the surname an alias of the person, not a city', () => {
    // Act
    const found = typesOf('Cillo Hereford was named best actor for the role.', 'Accepting his award, Hereford said he was moved.');
    // Assess
    expect(found['Cillo Hereford']).toBe('PERSON');
    expect(found['Hereford']).toBeUndefined();
  });

  it('keeps the city where no person of that surname is named', () => {
    // Act
    const found = typesOf('Talks were held in Hereford on Monday.', 'The mayor of North Hereford welcomed them.');
    // Assess
    expect(found['Hereford']).toBe('CITY');
  });
});

describe('round 10 entities: "the capital of X" makes X no city', () => {
  it('leaves the territory that has the capital to its own cues, and keeps "the city of X"', () => {
    // Act
    const found = typesOf('The train runs to Velmar, the capital of Manitoba, every day.', 'He was born in the city of Velmarsk.');
    // Assess
    expect(found['Manitoba']).toBe('REGION');
    expect(found['Velmarsk']).toBe('CITY');
  });
});
