/**
 * Stage relate, families offices, roles, titles and regions: the office a title gives (a former
 * president was president; "a former chairman" led the body; a chief of one field works for it; a
 * state's governor holds an office in the state), a place inside a body's name, and the compass
 * region that is part of a country. Invented sentences, each with a case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';

describe('stage relate: what a title gives', () => {
  it('keeps a former president as president of the country, and a former vice-president as an office', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru held talks on Monday.',
      'Talia Brennock, a former president of Kenya, opened the meeting.',
      'Omar Vance, a former vice-president of Peru, spoke next.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Talia Brennock PRESIDENT_OF Kenya [apposition-office]']));
    expect(found.filter((r) => r.startsWith('Omar Vance'))).toEqual(['Omar Vance HOLDS_OFFICE_IN Peru [apposition-office]']);
  });

  it('makes a former head of a body its leader, but a chief of one field and a managing director read whole', () => {
    // Act
    const found = relationsOf(
      'The Tolva Group and the Marlo Fund signed a deal.',
      'Dana Okafor, a former chairman of the Tolva Group, welcomed it.',
      'Sam Idris, the Tolva Group’s chief operating officer, declined to comment.',
      'Lena Park, the Tolva Group’s chief scientist, agreed.',
      'Ravi Menon, the Marlo Fund’s managing director, signed it.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Dana Okafor LEADS Tolva Group [apposition-office]',
      'Sam Idris WORKS_FOR Tolva Group [possessive-title]',
      'Lena Park WORKS_FOR Tolva Group [possessive-title]',
      'Ravi Menon LEADS Marlo Fund [possessive-title]',
    ]));
    expect(ofType(found, 'LEADS').filter((r) => /Sam Idris|Lena Park/.test(r))).toEqual([]);
  });

  it('gives a state’s governor an office in the state, but no job named with a region', () => {
    // Act
    const found = relationsOf(
      'Storms hit Kenya’s coastal province of Tolvara on Monday.',
      'Amina Sato, Tolvara’s governor, said roads were closed.',
      'Jo Bright, Tolvara’s best-known chef, closed her restaurant.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Amina Sato HOLDS_OFFICE_IN Tolvara [possessive-title]']));
    expect(found.filter((r) => r.startsWith('Jo Bright'))).toEqual([]);
  });
});

describe('stage relate: a place inside a body’s name', () => {
  it('makes the president of a committee named after a city its leader, not an office in the city or its country', () => {
    // Act
    const found = relationsOf(
      'Nairobi is the capital of Kenya.',
      'Talia Brennock, the president of the Nairobi 2031 Games Committee, opened the session.',
    );
    // Assess
    expect(found.filter((r) => r.startsWith('Talia Brennock') && /(?:Kenya|Nairobi) \[/.test(r))).toEqual([]);
  });
});

describe('stage relate: compass regions', () => {
  it('makes a compass-named part of a country part of it, not a compass adjective or a continent', () => {
    // Act
    const found = relationsOf(
      'Kenya asked for help.',
      'Aid reached north-west Kenya on Monday.',
      'Floods hit southern Kenya on Tuesday.',
      'Officials in the United States and South America said more help would follow.',
    );
    // Assess
    const parts = ofType(found, 'PART_OF');
    expect(parts.filter((r) => r.includes('compass-region-part'))).toEqual(['north-west Kenya PART_OF Kenya [compass-region-part]']);
  });
});
