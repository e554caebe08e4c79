/**
 * Stage relate, round 8 courts rule: a lawsuit against or a charge of a person named only by a
 * pronoun ("The Tolva Commission, the markets regulator, sued him in 2022, accusing him of
 * defrauding investors"), resolved to the person named last only when that is unambiguous. Every
 * text is invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [knownFile('article:0000000000000871', [{ id: 'entity:tolva-commission', type: 'GOVERNMENT_BODY', name: 'Tolva Securities Commission' }])];
const factsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.rule === 'pronoun-object-lawsuit').map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`).sort();
};

describe('stage relate: a lawsuit against "him"', () => {
  it('reads "X, the markets regulator, sued him …, accusing him of …" as opposing and accusing the person named before', () => {
    // Act
    const found = factsOf('Omar Vance was arrested in Lima the following month.', 'The Tolva Securities Commission (TSC), the Peruvian markets regulator, sued him in December 2022, accusing him of defrauding investors.');
    // Assess
    expect(found).toEqual(['Tolva Securities Commission ACCUSES Omar Vance', 'Tolva Securities Commission OPPOSES Omar Vance']);
  });

  it('reads nothing when the person before is ambiguous, or the lawsuit is denied', () => {
    // Act
    const two = factsOf('Omar Vance met Talia Brennock in Lima.', 'The Tolva Securities Commission sued him in December 2022.');
    const denied = factsOf('Omar Vance was arrested in Lima.', 'The Tolva Securities Commission has not sued him.');
    // Assess
    expect(two).toEqual([]);
    expect(denied).toEqual([]);
  });
});
