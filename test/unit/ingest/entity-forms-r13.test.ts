import { articleText, knownFile, runUntil } from './support';

/** The entities stage cluster finds in these paragraphs, by name. */
const entitiesOf = (...paragraphs: string[]) => new Map([...runUntil('cluster', articleText('Notes', ...paragraphs)).entities!.values()].map((e) => [e.name, e]));

describe('round 13 entity forms (entity-forms-r13.ts)', () => {
  it('gives "Mr Surname" to the man of two people sharing the surname, "Ms Surname" to the woman, and neither when the genders do not tell them apart', () => {
    // Act
    const couple = entitiesOf('Peter Varlen, the mayor, arrived with Stella Varlen, his wife.', 'Mr Varlen said he would not resign.');
    const wife = entitiesOf('Peter Varlen, the mayor, arrived with Stella Varlen, his wife.', 'Ms Varlen said she was proud.');
    const brothers = entitiesOf('Peter Varlen, the mayor, arrived with John Varlen, his brother.', 'Mr Varlen said he would not resign.');
    // Assess
    expect(couple.get('Peter Varlen')?.aliases).toContain('Mr Varlen');
    expect(couple.get('Stella Varlen')?.aliases ?? []).not.toContain('Mr Varlen');
    expect(wife.get('Stella Varlen')?.aliases).toContain('Ms Varlen');
    expect(wife.get('Peter Varlen')?.aliases ?? []).not.toContain('Ms Varlen');
    expect(brothers.get('Peter Varlen')?.aliases ?? []).not.toContain('Mr Varlen');
    expect(brothers.get('John Varlen')?.aliases ?? []).not.toContain('Mr Varlen');
  });

  it('keeps a person whose given name is also an adjective at the start of a sentence ("Julian"), but still drops a glued adjective', () => {
    // Act
    const found = entitiesOf('Julian Tolvey, the founder of a charity, left court on Monday.', 'Mr Tolvey said he was relieved.');
    const glued = entitiesOf('Faulty Orvex update grounds flights.', 'Orvex said it would fix the update.');
    // Assess
    expect(found.get('Julian Tolvey')?.type).toBe('PERSON');
    expect(found.has('Tolvey')).toBe(false);
    expect(glued.has('Faulty Orvex')).toBe(false);
  });

  it('makes a name with a score after it a player when the text writes "Mr" before its surname, and leaves a side with no such surname', () => {
    // Act
    const player = entitiesOf('Orvek Tavi won the title, beating Peter Vrellin 6-4 in the final.', 'Mr Vrellin, 31, said he was tired.');
    const side = entitiesOf('Velmar Rovers lost to Tolva Athletic 2-1 on Saturday.');
    // Assess
    expect(player.get('Peter Vrellin')?.type).toBe('PERSON');
    expect(player.has('Vrellin')).toBe(false);
    expect(side.get('Tolva Athletic')?.type).not.toBe('PERSON');
  });

  it('types a club by its initials and a firm by its field’s plural, but not a person with a given name before such a word', () => {
    // Act
    const found = entitiesOf('He scored twice for AC Tolvera against Velmarsk FC on Sunday.', 'The drug was made by Velkor Therapeutics, which is based in Orvo.', 'Mary Dynamics, a lawyer, said the club would appeal.');
    // Assess
    expect(found.get('AC Tolvera')?.type).toBe('ORGANIZATION');
    expect(found.get('Velmarsk FC')?.type).toBe('ORGANIZATION');
    expect(found.get('Velkor Therapeutics')?.type).toBe('ORGANIZATION');
    expect(found.get('Mary Dynamics')?.type).toBe('PERSON');
  });

  it('types a big city with a word that is no given name as a club, but a person with a given name and a city surname stays a person', () => {
    // Act
    const found = entitiesOf('He will leave Orvalle Madrid at the end of the season.', 'Peter Madrid was born in a small town.');
    // Assess
    expect(found.get('Orvalle Madrid')?.type).toBe('ORGANIZATION');
    expect(found.get('Peter Madrid')?.type).toBe('PERSON');
  });

  it('makes "the <river or range>" of WordNet a region, not the known firm of that name, which still links where no article stands before it', () => {
    // Prepare
    const known = [knownFile('seed', [{ id: 'entity:sahara', type: 'ORGANIZATION', name: 'Sahara' }])];
    // Act
    const feature = [...runUntil('cluster', articleText('Notes', 'Dust from the Sahara reached the coast.', 'Climbers died in the Himalayas.'), known).entities!.values()];
    const firm = [...runUntil('cluster', articleText('Notes', 'Sahara said its profits rose.'), known).entities!.values()];
    // Assess
    expect(feature.find((e) => e.name === 'Sahara')).toMatchObject({ type: 'REGION', linked: false });
    expect(feature.find((e) => e.name === 'Himalayas')?.type).toBe('REGION');
    expect(firm.find((e) => e.name === 'Sahara')).toMatchObject({ type: 'ORGANIZATION', linked: true });
  });
});
