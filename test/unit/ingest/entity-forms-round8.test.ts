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
