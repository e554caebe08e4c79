/**
 * Stage relate, round 10 structure patterns (relate/round10-structure.ts and the small fixes beside
 * it): a country's state body typed an organisation, a rank in a body. Invented sentences, each
 * rule with at least one case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';

describe('stage relate: a country’s state body named with its possessive', () => {
  it('reads a state word in the name and a state kind noun after it', () => {
    // Act
    const found = relationsOf('Norway’s National Intelligence Organization (NIO) said it had arranged the exchange.', 'The charge was brought by Peru’s VRK security service on Monday.', 'Officials said Chile’s Tolva Security Organisation had warned them.');
    // Assess
    // (An intelligence organisation or a security service is typed a government body since round
    // 10's security-bodies.ts, so the possessive-body rule reads those two before this one does.)
    expect(ofType(found, 'PART_OF').sort()).toEqual(['National Intelligence Organization PART_OF Norway [possessive-body]', 'Tolva Security Organisation PART_OF Chile [country-possessive-state-body]', 'VRK PART_OF Peru [possessive-body]']);
  });

  it('gives nothing for a company, a name that goes on, or a denied tie', () => {
    // Act
    const found = relationsOf('Britain’s Halden Trust said it would sue.', 'Norway’s Vela Security shares fell after Peru’s Tolva Agency deal collapsed.', 'Nobody said Chile’s Kestrel Intelligence Agency had not been involved.');
    // Assess
    expect(ofType(found, 'PART_OF').filter((r) => r.includes('country-possessive-state-body'))).toEqual([]);
  });
});

describe('stage relate: a rank in a body', () => {
  it('reads "X, a colonel in C’s B service" and "X, a police inspector with B"', () => {
    // Act
    const found = relationsOf('Oskar Brandt, a colonel in Russia’s VRK security service, was freed on Thursday.', 'Mira Tolvanen, a senior detective with the Halden Constabulary Authority, gave evidence.');
    // Assess
    expect(ofType(found, 'WORKS_FOR').sort()).toEqual(['Mira Tolvanen WORKS_FOR Halden Constabulary Authority [rank-in-body]', 'Oskar Brandt WORKS_FOR VRK [rank-in-body]']);
  });

  it('gives nothing for a former rank', () => {
    // Act
    const found = relationsOf('Nira Voss, a former captain in the Tolva Guard Authority, spoke.', 'Ivo Rask, a retired major in the Halden Army Agency, spoke.');
    // Assess
    expect(ofType(found, 'WORKS_FOR')).toEqual([]);
  });
});

describe('stage relate: a job for a body named with a capitalised "The"', () => {
  it('reads "X, a reporter for The B" like "for the B"', () => {
    // Act
    const found = relationsOf('Dara Venn, a reporter for The Halden Courier, was freed.', 'Ula Berg, a spokeswoman for The Vela Foundation, said so.');
    // Assess
    expect(found.filter((r) => r.endsWith('[apposition-title-of]')).sort()).toEqual(['Dara Venn WRITES_FOR Halden Courier [apposition-title-of]', 'Ula Berg WORKS_FOR Vela Foundation [apposition-title-of]']);
  });

  it('gives nothing when "The" opens a new sentence part, not the body', () => {
    // Act
    const found = relationsOf('Dara Venn, a reporter for years, left. The Halden Courier said nothing.');
    // Assess
    expect(found.filter((r) => r.endsWith('[apposition-title-of]'))).toEqual([]);
  });
});

describe('stage relate: a state’s cabinet post named with its possessive', () => {
  it('reads "X, Kerala’s chief secretary" and "X, Ohio’s transportation secretary"', () => {
    // Act
    const found = relationsOf('Ivo Rask, Kerala’s chief secretary, said the toll rose.', 'Lia Bo, Ohio’s transportation secretary, said the bridge would reopen.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN').sort()).toEqual(['Ivo Rask HOLDS_OFFICE_IN Kerala [possessive-title]', 'Lia Bo HOLDS_OFFICE_IN Ohio [possessive-title]']);
  });

  it('gives nothing for a press secretary or a deputy', () => {
    // Act
    const found = relationsOf('Ed Moss, Kerala’s press secretary, left.', 'Ana Lim, Ohio’s deputy transportation secretary, spoke.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: "the party’s president" stands only for a body named a party', () => {
  it('reads the party the article names', () => {
    // Act
    const found = relationsOf('The Tolva Workers’ Party won the vote.', 'Halvard Grund, the party’s president, said it was a start.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Halvard Grund LEADS Tolva Workers’ Party [kind-possessive-title]']);
  });

  it('gives nothing when the story’s most-named organisation is no party', () => {
    // Act
    const found = relationsOf('Kestrel Systems built the signalling, Kestrel Systems said.', 'Kestrel Systems has fitted it on few lines.', 'Halvard Grund, the party’s president, said questions could wait.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: "B, an P-based <any noun>"', () => {
  it('reads the seat whatever the head noun, when the body is named before the apposition', () => {
    // Act
    const found = relationsOf('The suit targets Kestrel Steel, an Ohio-based rival that bid for it.', 'Vela Group, a London-based former employer of hers, said no.');
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual(['Kestrel Steel BASED_IN Ohio [place-based-apposition]', 'Vela Group BASED_IN London [place-based-apposition]']);
  });

  it('gives nothing for a person’s apposition', () => {
    // Act
    const found = relationsOf('Ivo Rask, a Lima-based lawyer, said so.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: a craft’s journey is no route', () => {
  it('still reads a route’s ends', () => {
    // Act
    const found = relationsOf('The Halden Pipeline carries gas from Norway to Poland.', 'The Kestrel Link connects Kenya with Uganda.');
    // Assess
    expect(ofType(found, 'CONNECTS').sort()).toEqual(['Halden Pipeline CONNECTS Norway [infrastructure-connects]', 'Halden Pipeline CONNECTS Poland [infrastructure-ends]', 'Kestrel Link CONNECTS Kenya [infrastructure-connects]', 'Kestrel Link CONNECTS Uganda [infrastructure-connects-with]']);
  });

  it('gives nothing for "crashed into", "launched from" or "down into"', () => {
    // Act
    const found = relationsOf('Debris from the Tolva Bridge fell into the Halden River after the collapse brought the span down into the Vela River.', 'The Kestrel Mission, launched from Kenya aboard a rocket, reached orbit.', 'The Arlo Pipeline plunged into the Red Sea.');
    // Assess
    expect(ofType(found, 'CONNECTS')).toEqual([]);
  });
});

describe('stage relate: a relative of an office holder, a critic of a body', () => {
  it('still reads the office holder and a publication’s critic', () => {
    // Act
    const found = relationsOf('Lia Bo, Kenya’s president, spoke.', 'Ula Berg, a film critic for the Tolva Times, wrote it.');
    // Assess
    expect(found.sort()).toEqual(['Lia Bo PRESIDENT_OF Kenya [possessive-title]', 'Ula Berg WRITES_FOR Tolva Times [apposition-title-of]']);
  });

  it('gives nothing for "the wife of C’s president", "the daughter of …", "a Kremlin critic" or "a critic of B"', () => {
    // Act
    const found = relationsOf('Among the guests was Olena Varga, the wife of Ukraine’s president.', 'Ana Lim, the daughter of Kenya’s former president, spoke.', 'Ivo Rask, a Kremlin critic, was freed.', 'Ed Moss, a fierce critic of Vela Group, spoke.');
    // Assess
    expect(found).toEqual([]);
  });
});

describe('stage relate: "X, one of the group’s coordinators"', () => {
  it('reads one of a named body’s or a kind noun’s staff, and a bloc’s members', () => {
    // Act
    const found = relationsOf('On Saturday the Tolva Youth Front turned its campaign against the premier.', 'Ivo Rask, one of the group’s coordinators, said the movement had one demand.', 'Ana Lim and Ed Moss, two of Vela Group’s engineers, left.', 'Peru and Chile, the last two of the Andean League’s 30 members to act, agreed.');
    // Assess
    expect(found.filter((r) => r.includes('[one-of-the-')).sort()).toEqual(['Ana Lim WORKS_FOR Vela Group [one-of-the-titles]', 'Chile PART_OF Andean League [one-of-the-members]', 'Ed Moss WORKS_FOR Vela Group [one-of-the-titles]', 'Ivo Rask WORKS_FOR Tolva Youth Front [one-of-the-titles]', 'Peru PART_OF Andean League [one-of-the-members]']);
  });

  it('gives nothing for shareholders, former holders, or a kind noun with two candidates', () => {
    // Act
    const found = relationsOf('Ula Berg, one of Kestrel Bank’s biggest shareholders, sold.', 'Lia Bo, one of the Halden Party’s former leaders, spoke.', 'The Tolva Front and the Vela League marched.', 'Ivo Rask, one of the group’s coordinators, spoke.');
    // Assess
    expect(found.filter((r) => r.includes('[one-of-the-'))).toEqual([]);
  });
});

describe('stage relate: a thing’s maker in its apposition', () => {
  it('reads "P, the <thing> developed by B"', () => {
    // Act
    const found = relationsOf('The Arlo Pipeline, the gas link developed by Tolva Energy, opened.', 'The Halden Bridge, a steel span built by Kestrel Group, reopened.');
    // Assess
    expect(found.filter((r) => r.endsWith('[apposition-made-by]')).sort()).toEqual(['Kestrel Group DEVELOPS Halden Bridge [apposition-made-by]', 'Tolva Energy DEVELOPS Arlo Pipeline [apposition-made-by]']);
  });

  it('gives nothing for a body created by another', () => {
    // Act
    const found = relationsOf('Vela Holdings, a company created by Kestrel Group, said no.');
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual([]);
  });
});

describe('stage relate: owners', () => {
  it('reads "B, the … that owns C", "C is owned by B and managed by D"', () => {
    // Act
    const found = relationsOf('Ana Lim sold it to Brandt Holdings, the Lima-based conglomerate that owns Tolva Telecom Group, last year.', 'The Halden Bridge is owned by Grace Shipping Group and managed by Synergy Marine Group.', 'The Vela Times is owned by Kestrel Group.');
    // Assess
    expect(found.filter((r) => /\[(?:that-owns|owned-by)\]$/u.test(r)).sort()).toEqual(['Grace Shipping Group DEVELOPS Halden Bridge [owned-by]', 'Synergy Marine Group DEVELOPS Halden Bridge [owned-by]', 'Tolva Telecom Group PART_OF Brandt Holdings [that-owns]', 'Vela Times PART_OF Kestrel Group [owned-by]']);
  });

  it('gives nothing for a past owner or a body merely managed by another', () => {
    // Act
    const found = relationsOf('The Arlo Bridge was owned by Kestrel Group until 2010.', 'The Vela Times was formerly owned by Kestrel Group.', 'Tolva Telecom Group is managed by Brandt Holdings.');
    // Assess
    expect(found.filter((r) => /\[(?:that-owns|owned-by)\]$/u.test(r))).toEqual([]);
  });
});

describe('stage relate: a country becomes a bloc’s member', () => {
  it('reads "C becomes B’s 31st member", "C became the newest member of B" and the kind noun', () => {
    // Act
    const found = relationsOf('Peru becomes the Andean League’s 31st member.', 'Chile became the newest member of the Andean League on Monday.', 'The Kestrel Alliance met. Uruguay became the alliance’s 12th member state.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Chile PART_OF Andean League [becomes-member]', 'Peru PART_OF Andean League [becomes-member]', 'Uruguay PART_OF Kestrel Alliance [becomes-member]']);
  });

  it('gives nothing for a future or hoped-for accession, or another noun', () => {
    // Act
    const found = relationsOf('Bolivia will become the Andean League’s 32nd member.', 'Ecuador hopes to become a member of the Andean League.', 'Kenya became the Andean League’s chief critic.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});
