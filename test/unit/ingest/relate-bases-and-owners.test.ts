/**
 * Stage relate, families belonging, structure and roles: where a body is based ("the Nairobi-based
 * lender", "The Tolva Centre (TC) in Nairobi, …"), what it is part of through a country-prefixed
 * name ("part of the US Tolva Service"), a place inside an owned province ("X, in Kenya’s coastal
 * province of Y"), and whose office "the country’s" / "the company’s" title is. Invented sentences,
 * each with a case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf, runUntil, namedRelationships } from './support';

describe('stage relate: where a body is based', () => {
  it('reads "the Nairobi-based lender" as the story’s lender and "Nairobi-based Acme" as the name after it', () => {
    // Act
    const found = relationsOf(
      'Kestrel Bank said profits rose on Monday.',
      'The board of the Nairobi-based bank met on Tuesday.',
      'Lima-based Norra Motors opened a plant.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Kestrel Bank BASED_IN Nairobi [place-based-kind]',
      'Norra Motors BASED_IN Lima [place-based-name]',
    ]));
  });

  it('gives no base when "the company" is ambiguous or the phrase describes no body', () => {
    // Act
    const found = relationsOf(
      'Kestrel Air said on Monday it would buy planes from Norra Motors.',
      'The Nairobi-based company declined to comment.',
      'Dana Okafor, a Lima-based writer, said little.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });

  it('reads a subject body in a city, with its short form, and the body it is part of', () => {
    // Act
    const found = relationsOf('The Tolva Storm Centre (TSC) in Nairobi, part of the US Marlo Weather Service, said the storm had weakened.');
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Tolva Storm Centre BASED_IN Nairobi [subject-body-in-city]',
      'Tolva Storm Centre PART_OF Marlo Weather Service [run-as-part-of]',
    ]));
    expect(found.filter((r) => r.startsWith('Nairobi PART_OF'))).toEqual([]);
  });

  it('gives no base for a body met in a city', () => {
    // Act
    const found = relationsOf('Officials met the Tolva Storm Centre in Nairobi on Monday.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: a place in an owned province', () => {
  it('puts the place in the province, and the province in the country', () => {
    // Act
    const found = relationsOf('The storm left Mombasa, in Kenya’s coastal province of Marlo, without power.');
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Mombasa PART_OF Marlo [apposition-in-owned-area]',
      'Marlo PART_OF Kenya [possessive-place-of]',
    ]));
  });
});

describe('stage relate: whose title "the country’s" and "the company’s" name', () => {
  it('takes the one country named earlier in the sentence', () => {
    // Act
    const found = relationsOf('Talia Brennock has been elected president of Kenya after beating Omar Vance, the country’s finance minister, on Sunday.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Vance HOLDS_OFFICE_IN Kenya [kind-possessive-title]']));
  });

  it('takes no country when two are named before the title', () => {
    // Act
    const found = relationsOf('Kenya and Peru met on Sunday, and Omar Vance, the country’s finance minister, spoke first.');
    // Assess
    expect(found.filter((r) => r.startsWith('Omar Vance'))).toEqual([]);
  });

  it('takes the headline’s company for "the company’s" after another company was named last', () => {
    // Act
    const doc = runUntil('relate', 'Norra Motors names new chief executive\n\nNorra Motors said on Monday that profits fell. Norra Motors also cut jobs. Analysts compared it with Kestrel Air.\n\nLena Park, the company’s chief scientist, left.\n');
    // Assess
    expect(namedRelationships(doc)).toEqual(expect.arrayContaining(['Lena Park WORKS_FOR Norra Motors [kind-possessive-title]']));
  });
});

describe('stage relate: a body’s named unit, and a kind noun’s title before the name', () => {
  it('makes a university’s named institute part of it, and its director work for the institute', () => {
    // Act
    const found = relationsOf('Jo Bright, a director at Tolva University’s Marine Institute, spoke.');
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Marine Institute PART_OF Tolva University [possessive-named-unit]',
      'Jo Bright WORKS_FOR Marine Institute [apposition-office]',
    ]));
    expect(found).not.toContain('Jo Bright WORKS_FOR Tolva University [apposition-office]');
  });

  it('gives no part for a company named as a modifier after another’s possessive', () => {
    // Act
    const found = relationsOf('Norra Motors’s Kestrel Air stake rose.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });

  it('reads "The company’s chief executive, X, said" as the story company’s head, but not an opening phrase', () => {
    // Act
    const found = relationsOf(
      'Kestrel Air said profits rose.',
      'The company’s chief executive, Dana Okafor, said costs fell.',
      'In a letter to the company’s chief executive, Jo Bright said little.',
    );
    // Assess
    expect(found).toContain('Dana Okafor LEADS Kestrel Air [kind-title-first]');
    expect(found.filter((r) => r.startsWith('Jo Bright'))).toEqual([]);
  });
});

describe('stage relate: "the airline’s" among several airlines, and a name inside a hyphenated modifier', () => {
  it('takes the airline the sentence before names when it is the most named, and none when that sentence names two', () => {
    // Act
    const recent = relationsOf(
      'Kestrel Airlines and Marlo Airlines cut fares.',
      'Kestrel Airlines had added flights. Marlo Airlines had not.',
      'Kestrel Airlines said demand rose.',
      'Dana Okafor, the airline’s chief executive, said more planes were coming.',
    );
    const both = relationsOf(
      'Kestrel Airlines said demand rose, and Marlo Airlines agreed.',
      'Dana Okafor, the airline’s chief executive, said more planes were coming.',
    );
    // Assess
    expect(recent).toContain('Dana Okafor LEADS Kestrel Airlines [kind-possessive-title]');
    expect(both.filter((r) => r.startsWith('Dana Okafor'))).toEqual([]);
  });

  it('reads "Y, the Green-Tolva alliance led by X" with the glued name as words of the phrase, but not a name standing on its own', () => {
    // Act
    const glued = relationsOf('The Tolva Party met on Monday. Later Tolva said it would join.', 'The Forward Union, the Green-Tolva alliance led by Ravi Menon, won seats.');
    const apart = relationsOf('The Tolva Party met on Monday. Later Tolva said it would join.', 'The Forward Union, the alliance with Tolva led by Ravi Menon, won seats.');
    // Assess
    expect(glued).toContain('Ravi Menon LEADS Forward Union [led-by]');
    expect(apart.filter((r) => r.includes('Forward Union [led-by]'))).toEqual([]);
  });
});
