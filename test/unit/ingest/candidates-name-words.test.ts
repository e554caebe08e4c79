import { articleText, runUntil } from './support';

/** The candidates' texts of these paragraphs (title "Notes"). */
const candidatesOf = (...paragraphs: string[]) => runUntil('candidates', articleText('Notes', ...paragraphs)).candidates!.map((c) => c.text);

describe('stage candidates: name words the capitalised-word rule misses, and where a name stops', () => {
  it('never runs a name across an honorific', () => {
    // Act
    const found = candidatesOf('From Velmar Mr Orvo flew on to Tolvagrad.', 'Ms Ruiz met Dr Vance in Port Velma.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Velmar', 'Orvo', 'Ruiz', 'Vance', 'Port Velma']));
    expect(found).not.toContain('Velmar Mr Orvo');
  });

  it('keeps a capitalised function word before a name inside a sentence, but not at its start or after a quote', () => {
    // Act
    const inside = candidatesOf('He held talks with To Vanh, the Tolvan president.');
    const initial = candidatesOf('To Velmar the delegates went by train.');
    const quoted = candidatesOf('She said: “To Velmar we go.”');
    // Assess
    expect(inside).toContain('To Vanh');
    expect(initial).not.toContain('To Velmar');
    expect(quoted).not.toContain('To Velmar');
  });

  it('keeps the lower-case syllable of a hyphenated given name, but not a compound adjective', () => {
    // Act
    const name = candidatesOf('Pak Min-jun, the Tolvan envoy, arrived on Monday.');
    const adjective = candidatesOf('Critics attacked the Omar Vance-era policies of the party.');
    // Assess
    expect(name).toContain('Pak Min-jun');
    expect(adjective).toContain('Omar Vance');
    expect(adjective.some((c) => c.includes('era'))).toBe(false);
  });

  it('splits "<Given Surname> of <Country>" into a person and a place, but keeps bodies and polities whole', () => {
    // Act
    const person = candidatesOf('The dissenting judges were Talia Brennock of Peru and Omar Vance of Chile.');
    const bodies = candidatesOf('The Central Bank of Peru and the Tolva Institute of Chile disagreed with the Democratic Republic of Congo.');
    // Assess
    expect(person).toEqual(expect.arrayContaining(['Talia Brennock', 'Peru', 'Omar Vance', 'Chile']));
    expect(person).not.toContain('Talia Brennock of Peru');
    expect(bodies).toEqual(expect.arrayContaining(['Central Bank of Peru', 'Tolva Institute of Chile']));
  });

  it('reads an elided particle inside a place name and a lower camel-case brand as name words', () => {
    // Act
    const found = candidatesOf('The games open in Velma and Orvane d’Estel in March.', 'Many buyers said the iVox and the eTolva app were slow.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Orvane d’Estel', 'iVox', 'eTolva']));
  });

  it('reads a capitalised numeral inside a sentence as a name word, but not a numeral opening it', () => {
    // Act
    const inside = candidatesOf('The regulator cleared the merger of Tolvex and Four Velma on Friday.');
    const initial = candidatesOf('Four Velmar ministers resigned.');
    // Assess
    expect(inside).toContain('Four Velma');
    expect(initial).not.toContain('Four Velmar');
  });

  it('takes a first word before an apposition of a body’s kind for a name, but not an adverb or an unclosed phrase', () => {
    // Act
    const union = candidatesOf('Forge, the trade union, had urged the regulator to block the deal.');
    const adverb = candidatesOf('Separately, the ministry said it would appeal.');
    const open = candidatesOf('Forge, the trade union said, would appeal.');
    // Assess
    expect(union).toContain('Forge');
    expect(adverb).not.toContain('Separately');
    expect(open).not.toContain('Forge');
  });
});
