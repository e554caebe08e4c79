/**
 * Stage relate, families offices and structure: offices named with a two-word demonym ("the South
 * African president") and a coordinated former title ("the founder and former chief executive of"),
 * places named with the kind of place that holds them ("X, on the southern island of Y", "…,
 * including the capital, X"), owners ("A, the owner of B", "A, which owns B") and the builders of a
 * project named in its apposition ("X, a satellite that Kenya put into orbit", "The canal, which
 * the authority runs", "X, a satellite built by A in Nairobi with B"). Invented sentences; the
 * organisations and projects are known entities so that their types are fixed, and every group has
 * a case that must not fire.
 */
import { knownFile, namedRelationships, ofType, relationsOfParagraphs as relationsOf, runUntil, articleText } from './support';

const KNOWN = [
  knownFile('article:00000000000000a1', [
    { id: 'entity:vela-motors', type: 'ORGANIZATION', name: 'Vela Motors' },
    { id: 'entity:norra-bank', type: 'ORGANIZATION', name: 'Norra Bank' },
    { id: 'entity:kestrel-airways', type: 'ORGANIZATION', name: 'Kestrel Airways' },
    { id: 'entity:tolva-insurance', type: 'ORGANIZATION', name: 'Tolva Insurance' },
    { id: 'entity:marlo-lines', type: 'ORGANIZATION', name: 'Marlo Lines' },
    { id: 'entity:marlo-university', type: 'ORGANIZATION', name: 'Marlo University' },
    { id: 'entity:kestrel-university', type: 'ORGANIZATION', name: 'Kestrel University' },
    { id: 'entity:marlo-canal-authority', type: 'GOVERNMENT_BODY', name: 'Marlo Canal Authority' },
    { id: 'entity:tolva-canal', type: 'PROJECT', name: 'Tolva Canal' },
    { id: 'entity:tolva-4', type: 'PROJECT', name: 'Tolva-4' },
    { id: 'entity:tolva-5', type: 'PROJECT', name: 'Tolva-5' },
    { id: 'entity:tolva-7', type: 'PROJECT', name: 'Tolva-7' },
    { id: 'entity:tolva-8', type: 'PROJECT', name: 'Tolva-8' },
    { id: 'entity:tolva-9', type: 'PROJECT', name: 'Tolva-9' },
    { id: 'entity:tolva-10', type: 'PROJECT', name: 'Tolva-10' },
    { id: 'entity:tolva-union', type: 'ORGANIZATION', name: 'Tolva Union' },
    { id: 'entity:marlo-health-council', type: 'ORGANIZATION', name: 'Marlo Health Council' },
    { id: 'entity:kestrel-board', type: 'ORGANIZATION', name: 'Kestrel Board' },
  ]),
];
const relationsWithKnown = (...paragraphs: string[]) => namedRelationships(runUntil('relate', articleText('Notes', ...paragraphs), KNOWN));

describe('stage relate: offices with a two-word demonym and a coordinated former title', () => {
  it('reads "the South African president" as the country’s, not as a region called "South African"', () => {
    // Act
    const found = relationsOf('South Africa and Kenya signed a deal.', 'Cyril Banda, the South African president, arrived on Monday.');
    // Assess
    expect(found.filter((r) => r.startsWith('Cyril Banda'))).toEqual(['Cyril Banda PRESIDENT_OF South Africa [apposition-office]']);
  });

  it('gives no office in a country the text does not name', () => {
    // Act
    const found = relationsOf('Kenya hosted the talks.', 'Dana Okafor, the South Korean foreign minister, spoke first.');
    // Assess
    expect(found.filter((r) => r.startsWith('Dana Okafor'))).toEqual([]);
  });

  it('makes "the founder and former chief executive of the shipping company X" its leader', () => {
    // Act
    const found = relationsWithKnown('Talia Brennock, the founder and former chief executive of the shipping company Marlo Lines, was convicted on Friday.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Talia Brennock LEADS Marlo Lines [apposition-title-of]']));
  });

  it('gives nothing for a would-be second title', () => {
    // Act
    const found = relationsWithKnown('Talia Brennock, the founder and incoming chief executive of Marlo Lines, spoke on Friday.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a place and the kind of place that holds it', () => {
  it('puts a place on an island or in a province named after it', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru signed a deal.',
      'The launch site at Mombasa, on the southern island of Marsella, is busy.',
      'Storms hit Kisumu, in the coastal province of Tolvara.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Mombasa PART_OF Marsella [apposition-on-place-of]', 'Kisumu PART_OF Tolvara [apposition-on-place-of]']));
  });

  it('does not read a place phrase that goes on after the name', () => {
    // Act
    const found = relationsOf('Kenya and Peru signed a deal.', 'The ferry left Mombasa, in the southern province of Marsella and Tolvara, on Monday.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });

  it('puts the capital named after "including the capital" in its country', () => {
    // Act
    const found = relationsOf('Kenya and Peru signed a deal in Nairobi and Lima.', 'The rebels control much of Kenya, including the capital, Nairobi.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Nairobi PART_OF Kenya [capital-of-country]']));
  });

  it('does not take a capital that goes on into a list', () => {
    // Act
    const found = relationsOf('Kenya and Peru signed a deal in Nairobi and Lima.', 'The rebels control Peru, including the capital, Lima and its port.');
    // Assess
    expect(found.filter((r) => r.startsWith('Lima PART_OF'))).toEqual([]);
  });
});

describe('stage relate: owners', () => {
  it('makes what a company owns part of it', () => {
    // Act
    const found = relationsWithKnown('Vela Motors, the owner of Kestrel Airways, reported higher sales.', 'Norra Bank, which owns Tolva Insurance, said profits rose.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kestrel Airways PART_OF Vela Motors [owner-of]', 'Tolva Insurance PART_OF Norra Bank [owner-of]']));
  });

  it('gives nothing for a former owner', () => {
    // Act
    const found = relationsWithKnown('Norra Bank, the former owner of Marlo Lines, sold it last year.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a body named as another’s body', () => {
  it('reads "X, the Tolva Union’s public health body" as part of the union, but not a former body', () => {
    // Act
    const found = relationsWithKnown(
      'The Tolva Union met on Monday.',
      'The Marlo Health Council, the Tolva Union’s public health body, declared an emergency.',
      'The Kestrel Board, the Tolva Union’s former advisory body, objected.',
    );
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Marlo Health Council PART_OF Tolva Union [apposition-possessive-body]']);
  });
});

describe('stage relate: the builders of a project named in its apposition', () => {
  it('reads a relative clause whose subject is the builder or operator', () => {
    // Act
    const found = relationsWithKnown(
      'Kenya and Peru signed a deal in Nairobi.',
      'Tolva-5, a relay satellite that Kenya put into lunar orbit in March, relays signals.',
      'The Tolva Canal, which the Marlo Canal Authority runs, was closed.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kenya DEVELOPS Tolva-5 [project-that-party-made]', 'Marlo Canal Authority DEVELOPS Tolva Canal [project-that-party-made]']));
  });

  it('gives nothing for a plan, a negation or a verb that builds nothing', () => {
    // Act
    const found = relationsWithKnown(
      'Kenya and Peru signed a deal in Nairobi.',
      'Tolva-7, a probe that Peru hopes to build, is years away.',
      'Tolva-8, a satellite that Kenya did not build, failed.',
      'Tolva-9, a satellite that Peru tracked, fell.',
    );
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual([]);
  });

  it('reads "built by A in <city> with B": both build it and A is based in the city', () => {
    // Act
    const found = relationsWithKnown('Tolva-4, a small satellite built by Marlo University in Nairobi with Kestrel University, separated from the probe.');
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Marlo University DEVELOPS Tolva-4 [project-of-party]',
      'Kestrel University DEVELOPS Tolva-4 [project-of-party+with]',
      'Marlo University BASED_IN Nairobi [builder-in-city]',
    ]));
  });

  it('gives no base when the city phrase goes on ("in Nairobi on Monday")', () => {
    // Act
    const found = relationsWithKnown('Tolva-4, a small satellite built by Marlo University in Nairobi on Monday, was shown.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });

  it('reads "The canal, which the authority runs," as the one project named so before', () => {
    // Act
    const found = relationsWithKnown('Ships avoided the Tolva Canal on Monday.', 'The canal, which the Marlo Canal Authority runs, is a source of revenue.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Marlo Canal Authority DEVELOPS Tolva Canal [project-that-party-made+anaphora]']));
  });

  it('gives nothing for a verb that builds nothing or a noun no project is named by', () => {
    // Act
    const found = relationsWithKnown(
      'Ships avoided the Tolva Canal on Monday.',
      'The canal, which the Marlo Canal Authority inspected, was closed.',
      'The pipeline, which the Marlo Canal Authority runs, leaked.',
    );
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual([]);
  });

  it('makes a country that plans to send its craft its builder', () => {
    // Act
    const found = relationsWithKnown('Kenya and Peru have space programmes.', 'Kenya plans to send Tolva-7 towards the Moon in 2026.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Kenya DEVELOPS Tolva-7 [party-sends-project]']));
  });

  it('gives nothing for a negated sending, a condition or a verb that sends nothing', () => {
    // Act
    const found = relationsWithKnown(
      'Kenya and Peru have space programmes.',
      'Kenya has not sent Tolva-9 anywhere.',
      'If Peru sends Tolva-4, Kenya will follow.',
      'Peru tracked Tolva-10 for weeks.',
    );
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual([]);
  });
});
