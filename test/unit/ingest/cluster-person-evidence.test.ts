import { articleText, runUntil } from './support';

/** name → type of the entities stage cluster finds. */
const typesOf = (raw: string) => Object.fromEntries([...runUntil('cluster', raw).entities!.values()].map((e) => [e.name, e.type]));

describe('stage cluster: a person needs the text’s evidence', () => {
  it('types a longer capitalised name a person only when the text treats it as one', () => {
    // Act
    const found = typesOf(articleText('Talks', 'Ivo Ketta Marsh said he would go.', 'Rosa Lind Avero, 52, agreed.', 'Tolva Rights Watch said the port was unsafe.', 'Velmar Free Press Union, which met on Monday, agreed.'));
    // Assess
    expect(found).toMatchObject({ 'Ivo Ketta Marsh': 'PERSON', 'Rosa Lind Avero': 'PERSON', 'Tolva Rights Watch': 'ORGANIZATION' });
    expect(found['Velmar Free Press Union']).not.toBe('PERSON');
  });

  it('reads a surname used alone, "who", an office before the name and "He" opening the next sentence as evidence', () => {
    // Act
    const found = typesOf(articleText('Talks', 'Nadia Osei Brandt met the board. Mr Brandt left early.', 'The outgoing Tolvan prime minister, Jonas Kell Avery, resigned.', 'Kasimir Dole Ventor, who founded the firm, spoke.', 'Mara Quin Lotte arrived in Lima. She spoke to reporters.'));
    // Assess
    expect(found).toMatchObject({ 'Nadia Osei Brandt': 'PERSON', 'Jonas Kell Avery': 'PERSON', 'Kasimir Dole Ventor': 'PERSON', 'Mara Quin Lotte': 'PERSON' });
  });

  it('never takes a name with "of", a leading "New" or a division’s apposition for a person', () => {
    // Act
    const found = typesOf(articleText('Games', 'Tolvex Play, Tolvex’s games division led by Rafe Dunmore, is the maker of Quest of Honour.', 'New Civic Pact said it would join. Quest of Honour sold well, and Tolvex grew.'));
    // Assess
    expect(found).toMatchObject({ 'Tolvex Play': 'ORGANIZATION', 'Quest of Honour': 'PROJECT', 'Rafe Dunmore': 'PERSON' });
    expect(found['New Civic Pact']).not.toBe('PERSON');
  });

  it('reads a hyphenated office in a possessive apposition', () => {
    // Act
    const found = typesOf(articleText('Office', 'Ana Velk Soto, Tolva’s vice-president, said on Sunday that roads had reopened.'));
    // Assess
    expect(found['Ana Velk Soto']).toBe('PERSON');
  });
});
