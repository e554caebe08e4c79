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

describe('stage cluster: model designations', () => {
  it('reads "<Maker> <number> <Name> <variant>" as one project, its family as another with the text’s short form, and no lone "<Name>"', () => {
    // Act
    const found = [...runUntil('cluster', articleText('Jets grounded', 'Regulators grounded 90 Tolvex 480 Nova 2 jets on Friday. Every Nova 2 was checked, and the 480 Nova has flown since 2019.'), []).entities!.values()];
    const byName = Object.fromEntries(found.map((e) => [e.name, e]));
    // Assess
    expect(byName['Tolvex 480 Nova 2']).toMatchObject({ type: 'PROJECT', rule: 'model-designation', aliases: ['Nova 2'] });
    expect(byName['Tolvex 480 Nova']).toMatchObject({ type: 'PROJECT', rule: 'model-family', aliases: ['480 Nova'] });
    expect(byName['Nova']).toBeUndefined();
  });

  it('joins no year and no place before a number into a model', () => {
    // Act
    const types = typesOf('Games', 'Regulators met on Friday. Officials said Tolvex 2024 Report was late, and Lima 300 Runners met.');
    // Assess
    expect(Object.keys(types).some((n) => /2024|300/.test(n))).toBe(false);
  });
});
