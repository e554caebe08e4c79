/**
 * Stage relate: a kind noun with a possessive ("the court’s president", "the Nairobi-based
 * conglomerate") stands for the article's one body of that kind, found by its name: a name that
 * ends in the noun or is headed by it before an "of" phrase ("Tolva Court of Appeal"), whatever body
 * type stage cluster gave it. Two such bodies make it ambiguous: nothing. Invented sentences.
 */
import { ofType, relationsOfParagraphs } from './support';

describe('stage relate: kind nouns resolved to the one body of the kind', () => {
  it('reads "the court’s president" as the one court named before, its name headed by "Court of"', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Andean Court of Arbitration ordered Peru to pay damages on Monday.',
      'Mira Castell, the court’s president, said the ruling was final.',
      'Tomas Ruud, the court’s vice-president, dissented.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Mira Castell LEADS Andean Court of Arbitration [kind-possessive-title]']);
    expect(found.filter((r) => r.startsWith('Tomas Ruud'))).toHaveLength(1);
    expect(found.filter((r) => r.startsWith('Tomas Ruud'))[0]).toMatch(/^Tomas Ruud (?:WORKS_FOR|HOLDS_OFFICE_IN) Andean Court of Arbitration /u);
  });

  it('gives nothing when two courts were named, or when no court is named', () => {
    // Act
    const two = relationsOfParagraphs('The Andean Court of Arbitration and the Tolva Court of Appeal met on Monday.', 'Mira Castell, the court’s president, said the ruling was final.');
    const none = relationsOfParagraphs('The Brix Group ordered new trains on Monday.', 'Mira Castell, the university’s president, said the order was welcome.');
    // Assess
    expect(two.filter((r) => r.startsWith('Mira Castell'))).toEqual([]);
    expect(none.filter((r) => r.startsWith('Mira Castell'))).toEqual([]);
  });

  it('reads "the Nairobi-based conglomerate" in apposition and "the Lima-based court" as the one court', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Andean Court of Arbitration heard the case of Brix Holdings.',
      'Brix Holdings, the Nairobi-based conglomerate, said it would appeal.',
      'The Lima-based court ruled against it on Monday.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual([
      'Andean Court of Arbitration BASED_IN Lima [place-based-kind]',
      'Brix Holdings BASED_IN Nairobi [place-based-apposition]',
    ]);
  });
});

describe('stage relate: coordinated titles and a predecessor’s role', () => {
  it('reads both titles of "X, Kenya’s prime minister and the Unity Party’s leader"', () => {
    // Act
    const found = relationsOfParagraphs('Kenya and the Unity Party held talks.', 'Omar Vance, Kenya’s prime minister and the Unity Party’s leader, said he would stay.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Vance HOLDS_OFFICE_IN Kenya [possessive-title]', 'Omar Vance LEADS Unity Party [possessive-title+coordinated-title]']));
  });

  it('does not give the second title to the first person when another name follows it', () => {
    // Act
    const found = relationsOfParagraphs('Kenya and the Unity Party held talks.', 'Omar Vance, Kenya’s prime minister and the Unity Party’s leader, Lena Park, met on Monday.');
    // Assess
    expect(found).not.toContain('Omar Vance LEADS Unity Party [possessive-title+coordinated-title]');
  });

  it('keeps "his predecessor as Unity Party leader" as a former role, and nothing under a negation', () => {
    // Act
    const found = relationsOfParagraphs('The Unity Party met in Nairobi.', 'Omar Vance took office in May, succeeding Lena Park, his predecessor as Unity Party leader.');
    const denied = relationsOfParagraphs('The Unity Party met in Nairobi.', 'Omar Vance took office in May after Lena Park, his predecessor as never the Unity Party’s leader, left.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Lena Park LEADS Unity Party [predecessor-as-body-word-title]']);
    expect(ofType(denied, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a country’s ruler before the name, and a state’s own offices', () => {
  it('reads "Kenya’s King Omar II" and "Kenya’s President Lena Park" as offices in the country', () => {
    // Act
    const found = relationsOfParagraphs('Kenya’s King Omar Tallis, who declared a day of mourning, visited Mombasa.', 'Peru’s President Lena Park arrived later.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Omar Tallis HOLDS_OFFICE_IN Kenya [possessive-ruler-title]', 'Lena Park PRESIDENT_OF Peru [possessive-ruler-title]']));
  });

  it('gives no office when the clause denies it or the title is not a ruler’s', () => {
    // Act
    const denied = relationsOfParagraphs('Kenya never had King Omar Tallis on its throne.');
    const other = relationsOfParagraphs('Kenya’s Omar Tallis won the race.');
    // Assess
    expect(denied.filter((r) => r.startsWith('Omar Tallis'))).toEqual([]);
    expect(other.filter((r) => r.startsWith('Omar Tallis'))).toEqual([]);
  });

  it('reads a state’s attorney general after and before the name, and not a state’s spokesman', () => {
    // Act
    const found = relationsOfParagraphs(
      'The case was filed in the US state of Nevada and in Oregon state.',
      'Dana Whitcombe, Nevada’s attorney general, said the law was clear.',
      'Oregon’s attorney general Sam Idris agreed.',
      'Jo Bloggs, Nevada’s spokesman, declined to comment.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Dana Whitcombe HOLDS_OFFICE_IN Nevada [possessive-title]', 'Sam Idris HOLDS_OFFICE_IN Oregon [office-before-name]']));
    expect(found.filter((r) => r.startsWith('Jo Bloggs'))).toEqual([]);
  });
});

describe('stage relate: seats of bodies', () => {
  it('reads "The court, which is based in P" as the one court, and "the party’s headquarters in P" as the one party', () => {
    // Act
    const found = relationsOfParagraphs(
      'The Andean Court of Arbitration ruled against the Unity Party on Monday.',
      'The court, which is based in Lima, settles disputes between states.',
      'Speaking at the party’s headquarters in Quito, its leader said he would appeal.',
    );
    // Assess
    // (The pair rule `based-in` may read the court first, with its own anaphora: the triple is what counts.)
    expect(ofType(found, 'BASED_IN').map((r) => r.replace(/ \[.*\]$/u, '')).sort()).toEqual(['Andean Court of Arbitration BASED_IN Lima', 'Unity Party BASED_IN Quito']);
    expect(ofType(found, 'BASED_IN')).toContain('Unity Party BASED_IN Quito [kind-headquarters-in]');
  });

  it('reads "The software company, which is based in P" (a modifier before the kind noun) as the story’s company', () => {
    // Act
    const found = relationsOfParagraphs('Brix Systems said profits rose.', 'Brix Systems will hire Kestrel Vance.', 'The software company, which is based in Arequipa, also makes phones.');
    // Assess
    expect(ofType(found, 'BASED_IN').map((r) => r.replace(/ \[.*\]$/u, ''))).toEqual(['Brix Systems BASED_IN Arequipa']);
  });

  it('reads "the Unity Party headquarters in P" and "X, which also sits in P"', () => {
    // Act
    const found = relationsOfParagraphs('Omar Vance spoke at the Unity Party headquarters in Quito.', 'The ruling is separate from the work of the Andean Court of Justice, which also sits in Lima but tries individuals.');
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual(['Andean Court of Justice BASED_IN Lima [which-sits-in]', 'Unity Party BASED_IN Quito [name-headquarters-in]']);
  });

  it('reads the city of the body a person works at, and not a meeting there', () => {
    // Act
    const found = relationsOfParagraphs(
      'Lena Park, a planetary scientist at the Tolva Space Institute (TSI) in Arequipa, Peru, which built the probe, said it worked.',
      'Omar Vance held talks with the Brix Group in Lima on Monday.',
    );
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual(['Tolva Space Institute BASED_IN Arequipa [job-at-body-in-city]']);
  });

  it('gives no seat when the court is not unambiguous or the clause is negated', () => {
    // Act
    const two = relationsOfParagraphs('The Andean Court of Arbitration and the Tolva Court of Appeal ruled on Monday.', 'The court, which is based in Lima, settles disputes between states.');
    const negated = relationsOfParagraphs('The Unity Party met on Monday.', 'He said he was not at the party’s headquarters in Quito.');
    // Assess
    expect(two.filter((r) => r.endsWith('[kind-which-based-in]'))).toEqual([]);
    expect(ofType(negated, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: heads of a part of a body, and a body named with "&"', () => {
  it('reads "X, who chaired the Tolva Authority’s independent inquiry group" as a job in the authority', () => {
    // Act
    const found = relationsOfParagraphs('Dana Okafor, who chaired the Tolva Authority’s independent inquiry group, said the merger was welcome.');
    // Assess
    expect(found).toEqual(['Dana Okafor WORKS_FOR Tolva Authority [who-led-part-of-body]']);
  });

  it('gives nothing when the part is denied or is not a part of the body', () => {
    // Act
    const denied = relationsOfParagraphs('Dana Okafor, who never chaired the Tolva Authority’s inquiry group, spoke.');
    const other = relationsOfParagraphs('Dana Okafor, who led the Tolva Authority’s criticism, spoke.');
    // Assess
    expect(denied.filter((r) => r.endsWith('[who-led-part-of-body]'))).toEqual([]);
    expect(other.filter((r) => r.endsWith('[who-led-part-of-body]'))).toEqual([]);
  });
});

describe('stage relate: the head of a body whose name holds a country and "&"', () => {
  it('gives the head to the body, not to the country inside its name', () => {
    // Act
    const found = relationsOfParagraphs('Kenya won two golds.', 'Lena Park, the chief executive of the Kenya Rowing & Sailing Federation (KRSF), said athletes had waited.');
    // Assess
    expect(found.filter((r) => r.startsWith('Lena Park'))).toEqual(['Lena Park LEADS Sailing Federation [apposition-office]']);
  });
});
