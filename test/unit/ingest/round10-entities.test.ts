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
