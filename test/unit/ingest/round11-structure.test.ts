/**
 * Stage relate, round 11 structure patterns (relate/round11-structure.ts): "its" in a second
 * apposition parallel to a possessive one; roles' its-title among several bodies. Invented sentences, each rule with cases that must not fire.
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

describe('stage relate: "its" among several bodies (roles’ its-title)', () => {
  it('reads "its" as the one body that opens an apposition or a relative clause naming the others', () => {
    // Act
    const found = relationsOf(
      'The suit names Tolvacorp, a Lima-based rival that had bid for Halden Mining in 2021; Oskar Velden, its chief executive; and two of its directors.',
      'The grant went to Kestrel Labs and to Vela Systems, which had worked with Halden Mining, and Mira Tolvanen, its chief scientist, accepted it.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[its-title]')).sort()).toEqual(['Mira Tolvanen WORKS_FOR Vela Systems [its-title]', 'Oskar Velden LEADS Tolvacorp [its-title]']);
  });

  it('stays ambiguous when no body, or more than one, opens a clause', () => {
    // Act
    const found = relationsOf(
      'Tolvacorp and Halden Mining signed the deal; Oskar Velden, its chief executive, said so.',
      'Tolvacorp, a miner, and Halden Mining, a rival, signed the deal, and Mira Tolvanen, its chief scientist, said so.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[its-title]'))).toEqual([]);
  });
});

describe('stage relate: a body’s named council or committee (structure’s possessive-named-unit)', () => {
  it('reads "B’s <Name> Council" as part of B, also when a verb follows the name', () => {
    // Act
    const found = relationsOf(
      'The Tolva Union’s Peace and Trade Council had already demanded a ceasefire.',
      'On Monday the Halden Federation’s Ethics Committee met in private.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[possessive-named-unit]')).sort()).toEqual(['Ethics Committee PART_OF Halden Federation [possessive-named-unit]', 'Peace and Trade Council PART_OF Tolva Union [possessive-named-unit]']);
  });

  it('gives nothing when a noun goes on after the name, or for a name not ending in the word', () => {
    // Act
    const found = relationsOf(
      'The Tolva Union’s Peace and Trade Council chair resigned.',
      'The Halden Federation’s Council of Elders met in private.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[possessive-named-unit]'))).toEqual([]);
  });
});

describe('stage relate: a title before the name, then "of the" body', () => {
  it('reads "Judge X of the B" and "Rear Admiral X of the B" as X WORKS_FOR B', () => {
    // Act
    const found = relationsOf(
      'Judge Nora Vellström of the Tolva District Court wrote that the merger was unlawful.',
      'Rear Admiral Ivo Raskin of the Halden Coast Guard said the search would go on.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[title-name-of-body]')).sort()).toEqual(['Ivo Raskin WORKS_FOR Halden Coast Guard [title-name-of-body]', 'Nora Vellström WORKS_FOR Tolva District Court [title-name-of-body]']);
  });

  it('gives nothing for a former title, no title, or a body named only as an owner', () => {
    // Act
    const found = relationsOf(
      'Former Judge Nora Vellström of the Tolva District Court wrote to the paper.',
      'Ivo Raskin of the Halden Coast Guard said the search would go on.',
      'Judge Mira Tolvanen of the Tolva District Court’s appeals panel wrote the ruling.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[title-name-of-body]'))).toEqual([]);
  });
});

describe('stage relate: "a <title> at" a body', () => {
  it('reads an apposition, a second apposition after "and", a copula and a coordinated second title', () => {
    // Act
    const found = relationsOf(
      'Oskar Velden, an editor at Tolva Weekly, said the figures were wrong.',
      'Nira Vossberg, a Peruvian mining engineer and a senior adviser at Halden Mining, disagreed.',
      'Dr Mira Tolvanen, 61, was born in Peru and is a professor at the University of Kestrel and an adjunct professor at Vela College in Lima.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[title-at-body]')).map((r) => r.replace(/ (?:WORKS_FOR|WRITES_FOR) /u, ' ~ ')).sort()).toEqual([
      'Mira Tolvanen ~ University of Kestrel [title-at-body]',
      'Mira Tolvanen ~ Vela College [title-at-body]',
      'Nira Vossberg ~ Halden Mining [title-at-body]',
    ]);
    // (A lone apposition is read by roles' apposition-title-of already.)
    expect(found).toContain('Oskar Velden WORKS_FOR Tolva Weekly [apposition-title-of]');
  });

  it('gives nothing for a former or a definite title, or a body named only as an owner', () => {
    // Act
    const found = relationsOf(
      'Oskar Velden, a former editor at Tolva Weekly, said the figures were wrong.',
      'Nira Vossberg, the head of flood monitoring at the Halden Weather Board, disagreed.',
      'Ivo Raskin, an engineer at Halden Mining’s Lima plant, spoke.',
    );
    // Assess
    expect(found.filter((r) => r.includes('[title-at-body]'))).toEqual([]);
  });
});
