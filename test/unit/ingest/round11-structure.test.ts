/**
 * Stage relate, round 11 structure patterns (relate/round11-structure.ts): "its" in a second
 * apposition parallel to a possessive one. Invented sentences, each rule with cases that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';

const parallel = (found: readonly string[]) => found.filter((r) => r.includes('[parallel-its-title]')).sort();

describe('stage relate: "X, C’s title, and Y, its title"', () => {
  it('gives the second person the role in the first title’s owner, a country or a body', () => {
    // Act
    const found = relationsOf(
      'Ilse Varganova, Norway’s trade minister, and Tomas Rellberg, its health minister, arrived in Lima on Monday.',
      'Oskar Velden, Chile’s ambassador to Peru, and Mira Tolvanen, its deputy ambassador in Bolivia, signed the letter.',
      'Anna Brisk, Tolvacorp’s chief executive, and Jonas Hallberg, its finance director, said the plant would close.',
    );
    // Assess
    expect(parallel(found)).toEqual([
      'Mira Tolvanen HOLDS_OFFICE_IN Chile [parallel-its-title]',
      'Tomas Rellberg HOLDS_OFFICE_IN Norway [parallel-its-title]',
    ]);
    // (A body is read by roles' its-title already: the one body named before the person.)
    expect(ofType(found, 'WORKS_FOR').map((r) => r.replace(/ \[.*\]$/u, ''))).toContain('Jonas Hallberg WORKS_FOR Tolvacorp');
  });

  it('gives nothing without the parallel possessive, for a title not yet held, or a title that goes on as a noun phrase', () => {
    // Act
    const found = relationsOf(
      'Ilse Varganova, a trade minister, and Tomas Rellberg, its health minister, arrived in Lima.',
      'Oskar Velden, Chile’s ambassador to Peru, and Mira Tolvanen, its incoming consul, signed the letter.',
      'Anna Brisk, Tolvacorp’s chief executive, and Jonas Hallberg, its chief executive officer pay committee, met.',
    );
    // Assess
    expect(parallel(found)).toEqual([]);
    expect(ofType(found, 'HOLDS_OFFICE_IN').filter((r) => r.startsWith('Mira Tolvanen'))).toEqual([]);
  });
});
