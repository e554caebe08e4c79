/**
 * Stage relate, round 7 alliances: "A, B’s main ally", "A, a close ally of B" and "deepening its
 * alliance with B". Every text is invented; each rule has cases where it must not fire.
 */
import { articleText, runUntil } from './support';

const partnersOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Allies', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'PARTNERS_WITH').map((r) => `${name(r.source)} PARTNERS_WITH ${name(r.target)} [${r.rule}]`).sort();
};

describe('stage relate: allies', () => {
  it('reads "A, B’s main ally, …", "A, a close ally of B, …" and "deepening its alliance with B"', () => {
    // Act
    const found = partnersOf('Kenya, Peru’s main ally, kept its distance.', 'Chile, a close ally of Bolivia, said nothing.', 'Ecuador has spent two years raising defence spending and deepening its alliance with Uruguay.');
    // Assess
    expect(found).toEqual(['Chile PARTNERS_WITH Bolivia [ally-apposition]', 'Ecuador PARTNERS_WITH Uruguay [its-alliance-with]', 'Kenya PARTNERS_WITH Peru [ally-apposition]']);
  });

  it('reads nothing from a former ally, an ended alliance or a list of places', () => {
    // Act
    const found = partnersOf('Kenya, Peru’s former ally, kept its distance.', 'Ecuador ended its alliance with Uruguay in 2019.', 'Chile, Bolivia’s neighbour, said nothing.');
    // Assess
    expect(found).toEqual([]);
  });
});
