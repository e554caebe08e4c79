import { articleText, runUntil } from './support';

/** name → [type, aliases, rule] of the entities stage cluster finds in these paragraphs. */
const entitiesOf = (...paragraphs: string[]) =>
  Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, [e.type, [...e.aliases].sort(), e.rule]]));
const typeOf = (found: ReturnType<typeof entitiesOf>, name: string) => found[name]?.[0];

describe('stage cluster: kinds of names read from their shape and their neighbours', () => {
  it('types a named storm as an event with its name alone as alias, and takes no scale word for a name', () => {
    // Act
    const found = entitiesOf('Hurricane Ilsa struck Port Velma on Monday as a Category 4 storm. Forecasters said Ilsa’s winds reached 150mph.', 'Tropical Storm Boro formed later near the coast.');
    // Assess
    expect(found['Hurricane Ilsa']).toEqual(['EVENT', ['Ilsa'], 'named-storm']);
    expect(typeOf(found, 'Tropical Storm Boro')).toBe('EVENT');
    expect(Object.keys(found)).not.toContain('Category');
    expect(Object.keys(found)).not.toContain('Ilsa');
  });

  it('keeps a person whose given name is "Storm" when the text calls her one', () => {
    // Act
    const found = entitiesOf('Storm Halvey, the Tolvan actress, opened the festival.');
    // Assess
    expect(typeOf(found, 'Storm Halvey')).toBe('PERSON');
  });

  it('takes no adherents of a movement for an entity, unless a cue types them', () => {
    // Act
    const unnamed = entitiesOf('The result is a blow to the Vancists, who have governed the island for a decade.');
    const named = entitiesOf('The Orvelites, a party founded in 1990, won the vote.');
    // Assess
    expect(Object.keys(unnamed)).not.toContain('Vancists');
    expect(typeOf(named, 'Orvelites')).toBe('ORGANIZATION');
  });

  it('takes no word of a short quoted title for a name, but keeps names inside quoted speech', () => {
    // Act
    const title = entitiesOf('Ana Ruiz, the Tolvan singer, sang Pia Sand’s “Chanson à la mer” at the gala.');
    const speech = entitiesOf('“The bridge will be paid for by Tolvex, and soon,” Ana Ruiz said.');
    // Assess
    expect(Object.keys(title)).not.toContain('Chanson');
    expect(typeOf(speech, 'Tolvex')).toBe('ORGANIZATION');
  });

  it('makes a gloss in parentheses an alias of the name before it, but not a party after a person', () => {
    // Act
    const gloss = entitiesOf('Omar Vance leads La Voz Tolvana (Voice of Tolva), a party founded in 2019.');
    const party = entitiesOf('Omar Vance (Civic Pact) spoke on Monday. Mr Vance said little.');
    // Assess
    expect(gloss['La Voz Tolvana']?.[1]).toEqual(['Voice of Tolva']);
    expect(Object.keys(gloss)).not.toContain('Voice of Tolva');
    expect(party['Omar Vance']?.[1]).not.toContain('Civic Pact');
  });

  it('names editions of games: a year edition, and "-ic Games" folded into the one "-ics" edition with "the Games"', () => {
    // Act
    const found = entitiesOf('The Velmar Paralympics opened on Friday, the first Paralympic Games held on a beach.', 'Orvel will host the 2030 Games. The Games run until May.');
    // Assess
    expect(found['Velmar Paralympics']).toEqual(['EVENT', ['Games', 'Paralympic Games'], 'head-noun']);
    expect(typeOf(found, '2030 Games')).toBe('EVENT');
    expect(Object.keys(found)).not.toContain('Paralympic Games');
  });

  it('keeps a company whose name ends in "Games" a company', () => {
    // Act
    const found = entitiesOf('Tolvex Games, the video game maker, said sales rose.');
    // Assess
    expect(typeOf(found, 'Tolvex Games')).toBe('ORGANIZATION');
  });

  it('reads waters from "along the X", "the eastern X" and "the X coast", and not before an ordinary noun', () => {
    // Act
    const found = entitiesOf('The boats sailed along the Orvessa through the city.', 'The storm formed in the eastern Calvic and hit Peru’s Marsic coast.', 'Trains ran across the Orvex network.');
    // Assess
    expect(typeOf(found, 'Orvessa')).toBe('REGION');
    expect(typeOf(found, 'Calvic')).toBe('REGION');
    expect(typeOf(found, 'Marsic')).toBe('REGION');
    expect(typeOf(found, 'Orvex')).not.toBe('REGION');
  });

  it('types built landmarks: a tower a project, a garden or square a region, a stadium named in its language a project', () => {
    // Act
    const found = entitiesOf('The parade passed the Orvel Tower and ended in the Velmar Garden beside Marten Square.', 'The final moved to the Estadio del Sol, home of Stade Orvellais.');
    // Assess
    expect(typeOf(found, 'Orvel Tower')).toBe('PROJECT');
    expect(typeOf(found, 'Velmar Garden')).toBe('REGION');
    expect(typeOf(found, 'Marten Square')).toBe('REGION');
    expect(typeOf(found, 'Estadio del Sol')).toBe('PROJECT');
    expect(typeOf(found, 'Stade Orvellais')).not.toBe('PROJECT');
  });

  it('reads products: what a company is behind, a brand-spelled name released; a person released is a person', () => {
    // Act
    const found = entitiesOf('Tolvex, the company behind VoxPad, said demand was strong. Tolvex released TolvaChat in May.', 'Orvania released Ana Ruiz in May, and Ana Ruiz flew home.');
    // Assess
    expect(found.VoxPad).toEqual(['PROJECT', [], 'product-behind-maker']);
    expect(typeOf(found, 'TolvaChat')).toBe('PROJECT');
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
  });

  it('types a name after a kind noun only those nouns type ("the music streaming service Zapp")', () => {
    // Act
    const found = entitiesOf('Omar Vance, the former head of the music streaming service Zapp, joined the board.');
    // Assess
    expect(typeOf(found, 'Zapp')).toBe('ORGANIZATION');
  });

  it('makes a body that is part of a government body a government body, and not one that is part of a company', () => {
    // Act
    const state = entitiesOf('The Tolva Storm Center (TSC) in Orvel, part of the Tolvan Weather Service, issued a warning.');
    const company = entitiesOf('The Tolva Data Center, part of the Orvex Group, was closed.');
    // Assess
    expect(state['Tolva Storm Center']).toEqual(['GOVERNMENT_BODY', ['TSC'], 'part-of-government-body']);
    expect(typeOf(company, 'Tolva Data Center')).toBe('ORGANIZATION');
  });

  it('reads the apposition after an acronym: a commission that the text calls a company is one', () => {
    // Act
    const company = entitiesOf('The Tolva Power Commission (TPC), the state-owned power company, said 9,000 homes were cut off.');
    const body = entitiesOf('The Tolva Power Commission (TPC) said 9,000 homes were cut off.');
    // Assess
    expect(typeOf(company, 'Tolva Power Commission')).toBe('ORGANIZATION');
    expect(typeOf(body, 'Tolva Power Commission')).toBe('GOVERNMENT_BODY');
  });

  it('keeps a year inside a body’s name, and makes an event’s committee an organisation', () => {
    // Act
    const found = entitiesOf('Ana Ruiz, the president of the Velmar 2030 Organising Committee, spoke. The Velmar Ethics Committee met later.');
    // Assess
    expect(typeOf(found, 'Velmar 2030 Organising Committee')).toBe('ORGANIZATION');
    expect(Object.keys(found)).not.toContain('Organising Committee');
    expect(typeOf(found, 'Velmar Ethics Committee')).toBe('GOVERNMENT_BODY');
  });

  it('keeps two words after "and" inside a "<Head> for …" name, but no title that follows', () => {
    // Act
    const found = entitiesOf('Omar Vance, a director at the Institute for Coastal and Marine Studies (ICMS), spoke.', 'The Ministry of Transport and Prime Minister Ana Ruiz agreed.');
    // Assess
    expect(found['Institute for Coastal and Marine Studies']).toEqual(['ORGANIZATION', ['ICMS'], 'head-noun']);
    expect(typeOf(found, 'Ministry of Transport')).toBe('GOVERNMENT_BODY');
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
  });

  it('reads a "Mc" surname as a personal name and an entrepreneur as a person', () => {
    // Act
    const found = entitiesOf('Tasia McTavish, a technology entrepreneur, left the board. Liam McCrory and Ana Ruiz stayed.');
    // Assess
    expect(typeOf(found, 'Tasia McTavish')).toBe('PERSON');
    expect(typeOf(found, 'Liam McCrory')).toBe('PERSON');
  });

  it('takes "southern <country>" for a description, "north-west <country>" for a region', () => {
    // Act
    const found = entitiesOf('The storm was unfolding for southern Peru.', 'Aid reached north-west Chile on Monday.');
    // Assess
    expect(Object.keys(found)).not.toContain('southern Peru');
    expect(typeOf(found, 'north-west Chile')).toBe('REGION');
  });

  it('names a country’s or its people’s classed event, with the time phrase as alias; an owner that is no country names none', () => {
    // Act
    const found = entitiesOf('Omar Vance wins Peru’s presidential run-off.', 'He won Sunday’s run-off with 56% of the vote.', 'The Chilean general election follows in May.');
    const person = entitiesOf('Omar Vance spoke about Ana Ruiz’s presidential election campaign plans.');
    // Assess
    expect(found['presidential run-off']).toEqual(['EVENT', ['run-off'], 'described-event']);
    expect(typeOf(found, 'general election')).toBe('EVENT');
    expect(Object.values(person).filter(([type]) => type === 'EVENT')).toEqual([]);
  });

  it('names the opening ceremony as an event', () => {
    // Act
    const found = entitiesOf('The Velmar Games began with the opening ceremony on Friday.');
    // Assess
    expect(found['opening ceremony']).toEqual(['EVENT', ['the opening ceremony'], 'unnamed-event']);
  });
});

describe('stage cluster: names of parties, teams, features and short forms', () => {
  it('takes no acronym of a common noun for a name, and keeps a company’s acronym', () => {
    // Act
    const found = entitiesOf('Analysts at TVX said demand for AI chips rose, and spending on AI grew.');
    // Assess
    expect(Object.keys(found)).not.toContain('AI');
    expect(typeOf(found, 'TVX')).toBe('ORGANIZATION');
  });

  it('reads a party from "led by" and from "won <n> seats", and a person led by no one stays a person', () => {
    // Act
    const found = entitiesOf('The Civic Democrats, led by Ana Ruiz, came second.', 'Tolva Unida won 72 seats in the vote.', 'Omar Vance, the Tolvan lawyer, said Ms Ruiz had won.');
    // Assess
    expect(found['Civic Democrats']?.slice(0, 1).concat(found['Civic Democrats']![2])).toEqual(['ORGANIZATION', 'led-by']);
    expect(found['Tolva Unida']?.[2]).toBe('won-seats');
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
  });

  it('reads an apposition whose owner has two words ("Omar Vance’s party")', () => {
    // Act
    const found = entitiesOf('On Friday Tolva Renewal, Omar Vance’s party, won five.');
    // Assess
    expect(typeOf(found, 'Tolva Renewal')).toBe('ORGANIZATION');
  });

  it('takes a party’s adjective before "government" for no body', () => {
    // Act
    const found = entitiesOf('It ended 14 years of Conservative government in Tolva.');
    // Assess
    expect(Object.keys(found)).not.toContain('Conservative');
  });

  it('reads a team from its manager after "the", a river from its noun, a place from "In <Name>,"', () => {
    // Act
    const found = entitiesOf('Carlo Vance, the Orvel United manager, said the Orvessa river had flooded the pitch.', 'In Tolvaria, the party lost most of its seats.');
    // Assess
    expect(typeOf(found, 'Orvel United')).toBe('ORGANIZATION');
    expect(typeOf(found, 'Orvessa')).toBe('REGION');
    expect(typeOf(found, 'Tolvaria')).toBe('REGION');
  });

  it('keeps a sentence’s first word that opens a list of names, and joins a first word that is a person’s name', () => {
    // Act
    const found = entitiesOf('Shares in Zapp rose.', 'Orvex, Zapp and Tolvex are among its customers.', 'Ana Ruiz da Costa, the Tolvan president, spoke first. Ruiz promised money.');
    // Assess
    expect(typeOf(found, 'Orvex')).toBe('ORGANIZATION');
    expect(found['Ana Ruiz da Costa']?.[1]).toContain('Ruiz');
  });

  it('reads a brand-spelled name owned by a company as its product', () => {
    // Act
    const found = entitiesOf('Systems such as Tolvex’s TolvaChat need the chips.');
    // Assess
    expect(typeOf(found, 'TolvaChat')).toBe('PROJECT');
  });

  it('makes a body’s name without its "of …" tail a short form of it', () => {
    // Act
    const found = entitiesOf('The Tolva Institute of Marine Science, the largest research group, said on Monday that the Tolva Institute would open a lab.');
    // Assess
    expect(found['Tolva Institute of Marine Science']?.[1]).toEqual(['Tolva Institute']);
    expect(Object.keys(found)).not.toContain('Tolva Institute');
  });

  it('keeps "do" inside a place name ("Rio Orvel do Sul")', () => {
    // Act
    const found = entitiesOf('Floods hit Porto Alegre, Rio Orvel do Sul, on Monday.');
    // Assess
    expect(typeOf(found, 'Rio Orvel do Sul')).toBe('REGION');
  });

  it('keeps a person whose apposition names a body or an event after the office ("the head of the water agency")', () => {
    // Act
    const found = entitiesOf('Ana Ruiz, the head of the Tolvan water agency, spoke. Omar Vance, the Civic candidate in Sunday’s presidential election, spoke too.');
    // Assess
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
    expect(typeOf(found, 'Omar Vance')).toBe('PERSON');
  });

  it('strips "Justice" as a title before a name, and keeps a title word that opens a body’s name with its head before "for"', () => {
    // Act
    const found = entitiesOf('Justice Ana Ruiz wrote the ruling. The State Administration for Port Safety approved the deal, and the Justice Department agreed.');
    // Assess
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
    expect(typeOf(found, 'State Administration for Port Safety')).toBe('GOVERNMENT_BODY');
    expect(typeOf(found, 'Justice Department')).toBe('GOVERNMENT_BODY');
  });

  it('takes the body after "the Speaker of the", and keeps "Speaker <Name>" a person', () => {
    // Act
    const found = entitiesOf('Omar Vance met Liam Dorn, the Speaker of the House of Delegates, and later Speaker Ana Ruiz.');
    // Assess
    expect(typeOf(found, 'House of Delegates')).toBe('GOVERNMENT_BODY');
    expect(Object.keys(found).some((name) => name.startsWith('Speaker'))).toBe(false);
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
  });

  it('reads no apposition after "In <place>,", a bare body head as the body, and the owner of a secretary general as an organisation', () => {
    // Act
    const found = entitiesOf('In Orvelgrad, the regional governor, Ana Ruiz, said two people were hurt.', 'The bill stalled as Congress went home.', 'Tolvo’s secretary general, Omar Vance, said allies must help.');
    // Assess
    expect(typeOf(found, 'Orvelgrad')).not.toBe('PERSON');
    expect(typeOf(found, 'Ana Ruiz')).toBe('PERSON');
    expect(found.Congress).toEqual(['GOVERNMENT_BODY', [], 'bare-body-head']);
    expect(typeOf(found, 'Tolvo')).toBe('ORGANIZATION');
  });

  it('reads a team from the score after its name, and drops the people before "of" at a name’s start', () => {
    // Act
    const found = entitiesOf('Orvel United beat Tolva Rovers 2-0 in the final.', 'Members of the Tolva Assembly voted in Port Velma.');
    // Assess
    expect(found['Tolva Rovers']).toEqual(['ORGANIZATION', [], 'team-score']);
    expect(typeOf(found, 'Tolva Assembly')).toBe('GOVERNMENT_BODY');
    expect(Object.keys(found).some((name) => name.startsWith('Members'))).toBe(false);
  });
});
