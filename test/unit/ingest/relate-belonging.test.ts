/**
 * Stage relate, rule family `belonging` (and the short form before an apposition in structure.ts):
 * places in their country, a body run as part of another, a country word before a government body,
 * and makers and what they make. Invented sentences, each
 * rule with a case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';


describe('stage relate: places in their country', () => {
  it('reads "X, one of the worst-hit cities in Y", but not a list or a denial', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru were hit.',
      'Nakuru, one of the worst-hit towns in Kenya, was closed.',
      'Arequipa, not one of the cities in Peru that flooded, stayed open.',
    );
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Nakuru PART_OF Kenya [one-of-places-in]']);
  });
});

describe('stage relate: a body run as part of another', () => {
  it('reads "B, based in P, will be run as part of C" and "B, part of C,"', () => {
    // Act
    const found = relationsOf(
      'Vela Studios, based in Mombasa, will be run as part of the Vela Group.',
      'The Norra Bank, part of the Tolva Trust, cut its rates.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Vela Studios PART_OF Vela Group [run-as-part-of]', 'Norra Bank PART_OF Tolva Trust [run-as-part-of]']));
  });

  it('gives nothing for a negated or hoped-for belonging, or to a name that is not the subject', () => {
    // Act
    const found = relationsOf(
      'Vela Studios will not be run as part of the Vela Group.',
      'Sela Works could become part of the Tolva Trust.',
      'The Norra Bank said Marlo Capital is part of the Tolva Trust.',
    );
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a country word before a government body', () => {
  it('puts "the US Tolva Commission" in the United States (stage cluster names the body without the word)', () => {
    // Act
    const found = relationsOf('The United States said it would appeal.', 'The US Tolva Commission sued on Monday.');
    // Assess
    expect(found).toEqual(['Tolva Commission PART_OF United States [country-prefix-body]']);
  });

  it('does not read a capitalised word that names no country of the article', () => {
    // Act
    const found = relationsOf('The United States said it would appeal.', 'The Grand Tolva Commission sued on Monday.');
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate: a body described after its short form', () => {
  it('reads "the Norra Agency (NA), Kenya’s competition watchdog" as part of Kenya', () => {
    // Act
    const found = relationsOf('Kenya has new rules.', 'The Norra Agency (NA), Kenya’s competition watchdog, cleared the deal.');
    // Assess
    expect(found).toEqual(['Norra Agency PART_OF Kenya [apposition-possessive-body]']);
  });
});

describe('stage relate: makers', () => {
  it('reads "X, the maker of P" and "X, which built P", but not a rival of P', () => {
    // Act
    const found = relationsOf(
      'Sela Works, the maker of the Tolva Telescope, grew.',
      'Norra Motors, which built the Vela Bridge, grew.',
      'Marlo Optics, a rival of the Kito Telescope, shrank.',
    );
    // Assess
    expect(ofType(found, 'DEVELOPS').map((r) => r.replace(/ \[[^\]]*\]$/u, ''))).toEqual(['Norra Motors DEVELOPS Vela Bridge', 'Sela Works DEVELOPS Tolva Telescope']);
    expect(found).toContain('Sela Works DEVELOPS Tolva Telescope [maker-of]');
  });
});

describe('stage relate: who launched a programme', () => {
  it('makes the person a programme was launched by its developer, past a title before the name, but not one it was merely praised by', () => {
    // Act
    const found = relationsOf(
      'Kenya has spent heavily as part of the Tolva Programme, the economic programme launched by President Ole Nanyuki.',
      'The Marlo Initiative, a programme praised by Ana Ruiz, grew.',
    );
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual(['Ole Nanyuki DEVELOPS Tolva Programme [project-of-party]']);
  });
});

describe('stage relate: a country mention before a body in a title', () => {
  it('gives "a US Tolva Ministry spokesman" a job in the ministry and the ministry to the country, with "US" its own mention', () => {
    // Act
    const found = relationsOf('The United States said it would appeal.', 'Ned Ombura, a US Tolva Ministry spokesman, said the talks would go on.');
    // Assess
    expect(found).toEqual(['Ned Ombura WORKS_FOR Tolva Ministry [body-word-title]', 'Tolva Ministry PART_OF United States [country-prefix-body]']);
  });
});
