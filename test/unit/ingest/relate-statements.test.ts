/**
 * Stage relate, rule family `statements`: a person's statement about a named project is a
 * DISCUSSES of it. Every text is invented; there are cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const discusses = (raw: string, known = [] as ReturnType<typeof knownFile>[]) => {
  const doc = runUntil('relate', raw, known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'DISCUSSES').map((r) => `${name(r.source)} DISCUSSES ${name(r.target)} [${r.rule}]`);
};

describe('stage relate, statements: what a person’s statement is about', () => {
  it('reads "X, <apposition>, said the P would …" and "X told the court in June that … P …" as discussing the project', () => {
    // Act
    const found = discusses(articleText('Line', 'Omar Vance, the Andean Council president, said the Tolva Pipeline would open in May.', 'Talia Brennock told the court in June that shutting the Vasko Pipeline would make no sense.'));
    // Assess
    expect(found).toEqual(['Omar Vance DISCUSSES Tolva Pipeline [said-about-project]', 'Talia Brennock DISCUSSES Vasko Pipeline [said-about-project]']);
  });

  it('reads nothing from a denied statement, a conditional one, one that names no project, or a project named as a possibility', () => {
    // Act
    const found = discusses(articleText('Line', 'Ada Orrin did not say the Orsk Pipeline was late.', 'If asked, Omar Vance said the Tolva Pipeline would wait.', 'Omar Vance said Peru would grow.', 'Talia Brennock had said in April that the gala could be moved to the Vasko Pipeline site if the rain continued.'));
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate, statements: a statement about a named event', () => {
  const known = [knownFile('article:00000000000000ac', [
    { id: 'entity:hurricane-tamsin', type: 'EVENT', name: 'Hurricane Tamsin', aliases: ['Tamsin'] },
    { id: 'entity:andes-trade-summit', type: 'EVENT', name: 'Andes Trade Summit' },
  ])];

  it('reads a body, a person with an apposition and "he" whose reported clause opens with the event, and a forecast of it', () => {
    // Act
    const found = discusses(articleText('Storm', 'The Tolva Weather Centre (TWC) in Lima, part of the Andean Met Service, had expected Tamsin to weaken.', 'Ada Orrin, a storm researcher at Vasko University, said Tamsin’s winds had doubled in a day.', 'Omar Vance visited Callao on Monday. He said on Tuesday that Hurricane Tamsin had been exceptional.'), known);
    // Assess
    expect(found.sort()).toEqual([
      'Ada Orrin DISCUSSES Hurricane Tamsin [said-about-event]',
      'Omar Vance DISCUSSES Hurricane Tamsin [said-about-event]',
      'Tolva Weather Centre DISCUSSES Hurricane Tamsin [said-about-event]',
    ]);
  });

  it('reads nothing from a statement made at the event, a denied or conditional one, or an event named late in the clause', () => {
    // Act
    const found = discusses(articleText('Summit', 'Omar Vance said at the Andes Trade Summit that trade would grow.', 'Talia Brennock did not say Tamsin was a threat.', 'If asked, Ada Orrin said Tamsin would pass.', 'Jonas Brekke said prices rose after Hurricane Tamsin.'), known);
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate, statements: "the storm" in a reported clause for the article’s one storm', () => {
  const known = [knownFile('article:00000000000000b2', [{ id: 'entity:hurricane-tamsin', type: 'EVENT', name: 'Hurricane Tamsin', aliases: ['Tamsin'] }])];

  it('reads "He said … but that the storm had been exceptional" and "A had said in May 2022 that the hurricane was over" as discussing it', () => {
    // Act
    const found = discusses(articleText('Storm', 'Hurricane Tamsin struck Callao on Monday.', 'Omar Vance travelled to Callao by road. He said the army had been ready, but that the storm had been exceptional.', 'Ada Orrin had said in May 2022 that the hurricane was the worst in years.'), known);
    // Assess
    expect(found.sort()).toEqual(['Ada Orrin DISCUSSES Hurricane Tamsin [said-about-event-noun]', 'Omar Vance DISCUSSES Hurricane Tamsin [said-about-event-noun]']);
  });

  it('reads nothing from a denied or conditional statement, a noun that modifies another, or a noun that two events share', () => {
    // Act
    const denied = discusses(articleText('Storm', 'Hurricane Tamsin struck Callao on Monday.', 'Omar Vance visited Callao. He did not say the storm was over. If asked, Ada Orrin said the storm was over. Jonas Brekke said the hurricane season would be mild.'), known);
    const two = discusses(articleText('Storms', 'Hurricane Tamsin and Hurricane Orla struck Peru.', 'Omar Vance visited Callao. He said the storm had been exceptional.'), [...known, knownFile('article:00000000000000b3', [{ id: 'entity:hurricane-orla', type: 'EVENT', name: 'Hurricane Orla' }])]);
    // Assess
    expect(denied).toEqual([]);
    expect(two.filter((r) => r.includes('said-about-event-noun'))).toEqual([]);
  });
});

describe('stage relate, statements (round 7): a project or a region that opens the reported clause', () => {
  const known = [knownFile('article:00000000000000c7', [
    { id: 'entity:orsk-probe', type: 'PROJECT', name: 'Orsk Probe' },
    { id: 'entity:tolva-space-agency', type: 'GOVERNMENT_BODY', name: 'Tolva Space Agency' },
    { id: 'entity:vask', type: 'REGION', name: 'Vask' },
    { id: 'entity:orlan', type: 'REGION', name: 'Orlan' },
  ])];

  it('reads "the Agency says its Orsk Probe has …", "A, a researcher at B, said Vask was …" and "stressed that neither Vask nor Orlan posed …"', () => {
    // Act
    const found = discusses(articleText('Probe', 'The Tolva Space Agency says its Orsk Probe has reached orbit.', 'Ada Orrin, a researcher at Vasko University, said Vask was the size of asteroid that mattered most.', 'The Tolva Space Agency stressed that neither Vask nor Orlan posed any threat.'), known);
    // Assess
    expect(found.sort()).toEqual([
      'Ada Orrin DISCUSSES Vask [said-about-region]',
      'Tolva Space Agency DISCUSSES Orlan [said-about-region]',
      'Tolva Space Agency DISCUSSES Orsk Probe [said-about-project-subject]',
      'Tolva Space Agency DISCUSSES Vask [said-about-region]',
    ]);
  });

  it('reads nothing from a negated or conditional saying, or a region that is no subject of the clause', () => {
    // Act
    const found = discusses(articleText('Probe', 'The Tolva Space Agency did not say Vask was a threat.', 'If asked, Ada Orrin said Orlan was safe.', 'Omar Vance said the mission would fly past Vask in May.'), known);
    // Assess
    expect(found).toEqual([]);
  });
});
