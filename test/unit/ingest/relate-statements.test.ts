/**
 * Stage relate, rule family `statements`: a person's statement about a named project is a
 * DISCUSSES of it. Every text is invented; there are cases where it must not fire.
 */
import { articleText, runUntil } from './support';

const discusses = (raw: string) => {
  const doc = runUntil('relate', raw);
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

  it('reads nothing from a denied statement, a conditional one, or one that names no project', () => {
    // Act
    const found = discusses(articleText('Line', 'Ada Orrin did not say the Orsk Pipeline was late.', 'If asked, Omar Vance said the Tolva Pipeline would wait.', 'Omar Vance said Peru would grow.'));
    // Assess
    expect(found).toEqual([]);
  });
});
