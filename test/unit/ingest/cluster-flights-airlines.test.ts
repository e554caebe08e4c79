import { articleText, runUntil } from './support';

const typesOf = (title: string, ...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText(title, ...paragraphs), []).entities!.values()].map((e) => [e.name, [e.type, e.rule]]));

describe('stage cluster: numbered flights and airlines named "… Air"', () => {
  it('keeps a flight’s number in its name and types the flight an event; a "<Word> Air" an airline even before a noun', () => {
    // Act
    const types = typesOf('Landing', 'Regulators met on Friday. Norvale Airlines Flight 4471, bound for Lima, landed safely. Two crashes, of a Velmar Air jet and of another plane, killed many.');
    // Assess
    expect(types['Norvale Airlines Flight 4471']).toEqual(['EVENT', 'flight-number']);
    expect(types['Norvale Airlines Flight']).toBeUndefined();
    expect(types['Velmar Air']).toEqual(['ORGANIZATION', 'airline-name']);
  });

  it('does not join a number after other words, nor type "Air" names of three words as airlines by that rule', () => {
    // Act
    const types = typesOf('Count', 'Regulators met on Friday. The Tolva Harbour Board 2024 report said the Royal Tolva Air was grounded.');
    // Assess
    expect(Object.keys(types).some((n) => /Board 2024/.test(n))).toBe(false);
    expect(types['Royal Tolva Air']?.[1]).not.toBe('airline-name');
  });
});

describe('stage cluster: a name with an acronym that only classifies a noun', () => {
  it('takes no entity of "<Name> (<ACR>) <noun>" without another cue, but keeps a named body with its acronym', () => {
    // Act
    const types = typesOf('Bonds', 'Regulators met on Friday. The write-down hit Velmar Grade 2 (VG2) bonds, and the Norvale Orsini Tolva (NOT) said so.');
    // Assess
    expect(types['Velmar Grade 2']).toBeUndefined();
    expect(types['Norvale Orsini Tolva']).toEqual(['ORGANIZATION', 'named-with-acronym']);
  });
});
