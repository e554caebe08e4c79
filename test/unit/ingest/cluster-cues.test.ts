import { articleText, knownFile, runUntil } from './support';

/** name → [type, rule, aliases] of the entities stage cluster finds. */
const typesOf = (raw: string, known = [] as Parameters<typeof runUntil>[2]) =>
  Object.fromEntries([...runUntil('cluster', raw, known).entities!.values()].map((e) => [e.name, [e.type, e.rule, [...e.aliases].sort()]]));

describe('stage cluster: context cues that type a name', () => {
  it('reads the kind noun before a name: "the … newspaper X", "the island of X", "the rover, X,"', () => {
    // Act
    const found = typesOf(articleText('Press', 'An article for the Peruvian newspaper Morgenpost praised the Chilean island of Tolva and the port city of Varnholm.', 'The mission’s six-wheeled rover, Tumi, rolled out. A city official, Ana Ruiz, said so.'));
    // Assess
    expect(found).toMatchObject({
      Morgenpost: ['PUBLICATION', 'preceding-kind-noun', []],
      Tolva: ['REGION', 'preceding-kind-noun', []],
      Varnholm: ['CITY', 'preceding-kind-noun', []],
      Tumi: ['PROJECT', 'preceding-kind-noun', []],
    });
    // (an office noun is no kind: the person stays a person)
    expect(found['Ana Ruiz']?.[0]).toBe('PERSON');
  });

  it('reads no kind from a place phrase before a comma', () => {
    // Act
    const found = typesOf(articleText('City', 'In the city, Dora Velkan, 45, said the market had closed.'));
    // Assess
    expect(found['Dora Velkan']).toEqual(['PERSON', 'capitalised-name', []]);
  });

  it('types "X of Y" by its first word, a legislature by its chamber word, and a body of states as an organisation', () => {
    // Act
    const found = typesOf(articleText('Courts', 'The International Fisheries Court and the Coastal Fisheries Court met the Ministry of Coastal Affairs, the Court of Appeal of the Andean Union and the Bank of Tolva.', 'The House of Delegates voted.'));
    // Assess
    expect(Object.fromEntries(Object.entries(found).map(([name, [type]]) => [name, type]))).toEqual({
      'International Fisheries Court': 'ORGANIZATION',
      'Coastal Fisheries Court': 'GOVERNMENT_BODY',
      'Ministry of Coastal Affairs': 'GOVERNMENT_BODY',
      'Court of Appeal of the Andean Union': 'GOVERNMENT_BODY',
      'Bank of Tolva': 'ORGANIZATION',
      'House of Delegates': 'GOVERNMENT_BODY',
    });
  });

  it('makes initials, a lone head noun and a feature’s first word aliases of the one full name, and nothing when two names claim it', () => {
    // Act
    const one = typesOf(articleText('Fish', 'The Andean Fisheries Organisation, which is widely known as Afo, met the Coastal Shipping Board near the Tolva Sea.', 'The Board said yes. Afo agreed. Boats crossed the Tolva.'));
    const two = typesOf(articleText('Fish', 'The Tolva Fisheries Commission met the Delta Water Commission.', 'The Commission said yes.'));
    const initials = typesOf(articleText('Port', 'The Velmar Port Authority opened a quay, and the VPA said it would open another.'));
    // Assess
    expect(one).toMatchObject({
      'Andean Fisheries Organisation': ['ORGANIZATION', 'head-noun', ['Afo']],
      'Coastal Shipping Board': ['GOVERNMENT_BODY', 'head-noun', ['Board']],
      'Tolva Sea': ['REGION', 'natural-feature', ['Tolva']],
    });
    expect(Object.keys(one)).not.toContain('Afo');
    // A short given name is no set of initials.
    const person = typesOf(articleText('Ana', 'Ana Brisk said the Atlantic Nuclear Agency had left, and Ana agreed.'));
    expect(person['Ana Brisk']?.[2]).toEqual(['Ana']);
    expect(person['Atlantic Nuclear Agency']?.[2]).toEqual([]);
    expect(initials['Velmar Port Authority']?.[2]).toEqual(['VPA']);
    expect(two['Tolva Fisheries Commission']?.[2]).toEqual([]);
    expect(two['Delta Water Commission']?.[2]).toEqual([]);
  });

  it('drops a capitalised word only ever used as an adjective, keeps a name used once on its own', () => {
    // Act
    const found = typesOf(articleText('Sales', 'The Nordic sales rose, and Nordic buyers waited.', 'Tolvex said it would open a Tolvex factory.'));
    // Assess
    expect(Object.keys(found)).not.toContain('Nordic');
    expect(found.Tolvex?.[0]).toBe('ORGANIZATION');
  });

  it('reads "in X on Friday" as a place, and a possessive after "in" as no place', () => {
    // Act
    const found = typesOf(articleText('Talks', 'Ana Ruiz said in Port Velma on Friday that talks would go on.', 'In Omar Vance’s view it was late.'));
    // Assess
    expect(found['Port Velma']).toEqual(['CITY', 'in-place', []]);
    expect(found['Omar Vance']?.[0]).toBe('PERSON');
  });

  it('reads a pole and its owner as regions, not a coast', () => {
    // Act
    const found = typesOf(articleText('Landing', 'The craft landed near the Tolva’s south pole.', 'At dusk the Velmar’s south coast stayed dark.'));
    // Assess
    expect(found).toMatchObject({ Tolva: ['REGION', 'pole-owner', []], 'south pole': ['REGION', 'possessive-pole', []] });
    expect(found.Velmar?.[1]).toBe('lone-proper-noun');
    expect(Object.keys(found)).not.toContain('south coast');
  });

  it('types numbered names of one series as projects, and a lone numbered name not at all', () => {
    // Act
    const found = typesOf(articleText('Orbiters', 'Orbiter-6 failed in May. Orbiter-7 landed in June.', 'After Virus-19 spread, flights stopped.'));
    // Assess
    expect(found).toMatchObject({ 'Orbiter-6': ['PROJECT', 'numbered-name', []], 'Orbiter-7': ['PROJECT', 'numbered-name', []] });
    expect(Object.keys(found)).not.toContain('Virus-19');
  });

  it('gives a project the alias with its kind noun, and reads a kind noun the tagger took for a verb', () => {
    // Act
    const found = typesOf(articleText('Gas', 'Gas moved through the Tolva Link pipeline. The Tolva Link was full.', 'The Velma Arch crossing links two towns.'));
    // Assess
    expect(found).toMatchObject({
      'Tolva Link': ['PROJECT', 'head-noun', ['Tolva Link pipeline']],
      'Velma Arch': ['PROJECT', 'following-head-noun', ['Velma Arch crossing']],
    });
  });

  it('reads an apposition across a hyphenated compound, and stops at "of" after its kind noun', () => {
    // Act
    const found = typesOf(articleText('Gas', 'Tolvex, Chile’s state-owned gas exporter, halted supplies.', 'Orbis-2, a mission of the agency, flew.'));
    // Assess
    expect(found).toMatchObject({ Tolvex: ['ORGANIZATION', 'apposition', []], 'Orbis-2': ['PROJECT', 'apposition', []] });
  });
});

describe('stage cluster: "known as" and names that are no person', () => {
  it('types a name by the noun it is "known as", and makes it an alias of the one name with that head', () => {
    // Act
    const found = typesOf(articleText('Gas', 'The pipeline, known as Tolva Sur, will cross Peru.', 'The Velmar Harbour Agency opened. The agency, widely known as Veha, paid.'));
    // Assess
    expect(found).toMatchObject({ 'Tolva Sur': ['PROJECT', 'preceding-kind-noun', []], 'Velmar Harbour Agency': ['GOVERNMENT_BODY', 'head-noun', ['Veha']] });
    expect(Object.keys(found)).not.toContain('Veha');
  });

  it('takes two capitalised words for a person, but not with "the", after a demonym or only as a modifier', () => {
    // Act
    const found = typesOf(articleText('Visit', 'Dora Velkan met officials at the Casa Velha on Monday.', 'Peruvian Baptist churches prayed, and Tolmar Vine growers waited for Tolmar Vine exports.'));
    // Assess
    expect(found['Dora Velkan']).toEqual(['PERSON', 'capitalised-name', []]);
    expect(Object.keys(found).filter((n) => ['Casa Velha', 'Peruvian Baptist', 'Tolmar Vine'].includes(n))).toEqual([]);
  });
});

describe('stage cluster: writers and appositions', () => {
  it('reads "X wrote in …" as a writer, "X reported" as a publication, and a body that acts as no apposition', () => {
    // Act
    const found = typesOf(articleText('Press', 'Rafe Dunmore wrote in Workers’ Daily that it was late. The Harbour Courier reported a delay.', 'In Arequipa, Chile’s transport ministry said no.'));
    // Assess
    expect(found).toMatchObject({ 'Rafe Dunmore': ['PERSON', 'named-speaker', []], 'Harbour Courier': ['PUBLICATION', 'head-noun', []], Arequipa: ['CITY', 'gazetteer-city', []] });
  });
});

describe('stage cluster: organisations from their people', () => {
  it('reads "analysts at X said" and "the … union X" as organisations, and a city after "at" as the city', () => {
    // Act
    const found = typesOf(articleText('Plants', 'Analysts at Tolvex Partners said demand was weak. The dockers’ union Varma called a strike.', 'Engineers at Arequipa said the line was ready.'));
    // Assess
    expect(found).toMatchObject({ 'Tolvex Partners': ['ORGANIZATION', 'head-noun', []], Varma: ['ORGANIZATION', 'preceding-kind-noun', []], Arequipa: ['CITY', 'gazetteer-city', []] });
    const speaker = typesOf(articleText('Plants', 'Analysts at Velmar Dunn said demand was weak.'));
    expect(speaker['Velmar Dunn']).toEqual(['ORGANIZATION', 'staff-at', []]);
  });
});

describe('stage cluster: events', () => {
  it('makes "<Name> summit" an event and gives an unnamed event its definite phrase as an alias', () => {
    // Act
    const found = typesOf(articleText('Summit', 'Ana Ruiz attended the Tolmar summit, and Omar Vance attended the ceremony.', 'The ceremony was short, the reporters said of the ceremony.'));
    // Assess
    expect(found).toMatchObject({ 'Tolmar summit': ['EVENT', 'head-noun', []], ceremony: ['EVENT', 'unnamed-event', ['the ceremony']] });
  });

  it('links an unnamed event to a known one only when most of its name is in the sentence', () => {
    // Prepare
    const known = [
      knownFile('article:k', [
        { id: 'entity:state-visit-of-ana-ruiz-to-peru', type: 'EVENT', name: 'State visit of Ana Ruiz to Peru', aliases: ['state visit'] },
        { id: 'entity:somali-invasion-of-kenya', type: 'EVENT', name: 'Somali invasion of Kenya', aliases: ['conflict'] },
      ]),
    ];
    // Act
    const entities = [...runUntil('cluster', articleText('Visit', 'Omar Vance began a state visit to Chile on Monday.', 'Somali officials spoke about the conflict in Kenya.'), known).entities!.values()];
    // Assess
    expect(entities.filter((e) => e.type === 'EVENT').map((e) => [e.id, e.rule])).toEqual([
      ['entity:state-visit-01234567', 'unnamed-event'],
      ['entity:somali-invasion-of-kenya', 'link-known-event-context'],
    ]);
  });
});

describe('stage cluster: a known body named by a common phrase', () => {
  const known = [
    knownFile('article:k', [
      { id: 'entity:chilean-ministry-of-transport', type: 'GOVERNMENT_BODY', name: 'Chilean Ministry of Transport', aliases: ['transport ministry'] },
      { id: 'entity:chile', type: 'COUNTRY', name: 'Chile', wikidataId: 'Q298' },
      { id: 'entity:peru', type: 'COUNTRY', name: 'Peru', wikidataId: 'Q419' },
    ]),
  ];
  const bodyOf = (body: string) => [...runUntil('cluster', articleText('Ports', 'Ana Ruiz spoke on Monday.', body), known).entities!.values()].filter((e) => e.type === 'GOVERNMENT_BODY').map((e) => [e.id, e.rule]);

  it('links it when its owner is the known body’s country', () => {
    // Act
    const found = bodyOf('Ana Ruiz, a spokeswoman for Chile’s transport ministry, said the port would open.');
    // Assess
    expect(found).toEqual([['entity:chilean-ministry-of-transport', 'link-known-id']]);
  });

  it('keeps another country’s body with the same phrase apart', () => {
    // Act
    const found = bodyOf('Ana Ruiz, a spokeswoman for Peru’s transport ministry, said the port would open.');
    // Assess
    expect(found.map(([id]) => id)).not.toContain('entity:chilean-ministry-of-transport');
  });
});
