import { articleText, runUntil } from './support';

/** name → type of the entities stage cluster finds in these paragraphs. */
const typesOf = (...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e.type]));

describe('round 10 entities: a lone dictionary word is no name', () => {
  it('drops a lone capitalised word WordNet knows as a noun or adjective when nothing else marks it', () => {
    // Act
    const found = typesOf('Tolvek Marsh, a former Marine, read from the Koran before the Tories met.', 'Orvane Delacroix spoke about Buddhists and the Protestant church in Velmara.');
    // Assess
    expect(found['Marine']).toBeUndefined();
    expect(found['Koran']).toBeUndefined();
    expect(found['Tories']).toBeUndefined();
    expect(found['Buddhists']).toBeUndefined();
    expect(found['Protestant']).toBeUndefined();
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
