/**
 * Stage relate, round 5 patterns: a body's head named with "chaired by"/"headed by"/"run by"
 * (roles.ts), a body's headquarters in a place (pair rule `headquarters-in`) and the head of a body
 * whose name follows a country word ("the chair of the US Tolva Commission", offices.ts: the body
 * holds the office, not the country). Invented sentences, each rule with a case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';


describe('stage relate: a body chaired, headed or run by a person', () => {
  it('reads "Y, a panel … chaired by X" and "Y, a charity headed by X" as LEADS', () => {
    // Act
    const found = relationsOf(
      'The Norra Group’s Review Committee on Safety, a panel of independent experts chaired by Talia Brennock, met on Monday.',
      'The Tolva Trust, a charity headed by Marlo Brent, closed its offices.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Marlo Brent LEADS Tolva Trust [led-by]', 'Talia Brennock LEADS Review Committee on Safety [led-by]']);
  });

  it('gives nothing when the chairing is denied', () => {
    // Act
    const found = relationsOf('The Vela Board, which was not chaired by Jonas Varga, met on Friday.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a body’s headquarters in a place', () => {
  it('reads "at the TF’s headquarters in P" (a short form) as BASED_IN', () => {
    // Act
    const found = relationsOf('The Tolva Federation (TF) met on Monday.', 'The talks were held at the TF’s headquarters in Mombasa.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual(['Tolva Federation BASED_IN Mombasa [headquarters-in]']);
  });

  it('gives nothing for former headquarters or a headquarters in a hypothetical', () => {
    // Act
    const found = relationsOf('The Kestrel Group’s former headquarters in Nakuru were sold.', 'The Vela Bank could move its headquarters to Lima.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: the head of a body named after a country word', () => {
  it('gives "X, the chair of the US Tolva Commission" LEADS the body, and no office in the country', () => {
    // Act
    const found = relationsOf('Jonas Varga, the chair of the US Tolva Commission, said rates would rise.');
    // Assess
    expect(found).toEqual(['Jonas Varga LEADS Tolva Commission [apposition-office]', 'Tolva Commission PART_OF United States [country-prefix-body]']);
  });

  it('keeps an office held in the country itself ("a spokeswoman for the US")', () => {
    // Act
    const found = relationsOf('Ona Reyes, a spokeswoman for the US, spoke on Monday.');
    // Assess
    expect(found).toEqual(['Ona Reyes HOLDS_OFFICE_IN United States [apposition-office]']);
  });
});

describe('stage relate: "its" before a title', () => {
  it('reads "X, its chair" as the head of the one body of the sentence before, or of the one named earlier in the sentence', () => {
    // Act
    const found = relationsOf(
      'The inquiry is being led by the Tolva Rail Safety Board (TRSB). Marlo Brent, its chair, said the crash was grave.',
      'The Kestrel Group said Ona Reyes, its chief executive, would stay.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Marlo Brent LEADS Tolva Rail Safety Board [its-title]', 'Ona Reyes LEADS Kestrel Group [its-title]']);
  });

  it('gives nothing when two bodies could be meant', () => {
    // Act
    const found = relationsOf('The Vela Bank and the Norra Trust met on Monday. Jonas Varga, its chairman, spoke.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: an office held "then"', () => {
  it('reads "X, then the Kenyan prime minister" as an office in the country', () => {
    // Act
    const found = relationsOf('Kenya and Peru talked.', 'Marlo Brent, then the Kenyan prime minister, said nothing.', 'Pia Lund, then the Peruvian president, agreed.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Marlo Brent HOLDS_OFFICE_IN Kenya [then-office]', 'Pia Lund PRESIDENT_OF Peru [then-office]']));
  });

  it('gives nothing for an office not held yet', () => {
    // Act
    const found = relationsOf('Kenya and Peru talked.', 'Ona Reyes, then the Kenyan prime minister-designate, spoke.');
    // Assess
    expect(found.filter((r) => r.startsWith('Ona Reyes'))).toEqual([]);
  });
});

describe('stage relate: a kind noun for a name with its plural or a synonym', () => {
  it('resolves "the airline’s chief executive" to the one airline named before', () => {
    // Act
    const found = relationsOf('Kestrel Airlines flew 200 flights on Monday, the Halvern Group said.', 'Talia Brennock, the airline’s chief executive, apologised.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Talia Brennock LEADS Kestrel Airlines [kind-possessive-title]']);
  });

  it('gives nothing when two airlines were named', () => {
    // Act
    const found = relationsOf('Vela Airways cut 40 flights on Monday.', 'Norra Airlines cut 12.', 'Jonas Varga, the airline’s chief executive, left.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: title words the tagger misreads, and the chief of a field', () => {
  it('reads "Samoa’s lead negotiator" as an office in Samoa and "the federation’s climate chief" as a job in it', () => {
    // Act
    const found = relationsOf('Kenya and Samoa met.', 'Pella Ostrova, Samoa’s lead negotiator, said nothing.', 'Ravi Dunmore, the Tolva Federation’s climate chief, spoke.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Pella Ostrova HOLDS_OFFICE_IN Samoa [possessive-title]', 'Ravi Dunmore WORKS_FOR Tolva Federation [possessive-title]']));
    expect(ofType(found, 'LEADS')).toEqual([]);
  });

  it('keeps "the chief of the Tolva Agency" as its head', () => {
    // Act
    const found = relationsOf('Ada Kone, the chief of the Tolva Agency, left on Monday.');
    // Assess
    expect(found).toEqual(['Ada Kone LEADS Tolva Agency [apposition-office]']);
  });
});

describe('stage relate: a publication reporting that "he"/"she" did something', () => {
  it('reports on the person the pronoun stands for, not on a person named later in the clause', () => {
    // Act
    const found = relationsOf('Talia Brennock chaired the talks in Mombasa.', 'Days later, the Tolva Times reported that she had told an event, in an exchange with Marlo Brent, that coal was needed.');
    // Assess
    expect(ofType(found, 'REPORTS_ON')).toEqual(['Tolva Times REPORTS_ON Talia Brennock [publication-reported-that-pronoun]']);
  });

  it('gives nothing when the report is denied', () => {
    // Act
    const found = relationsOf('Talia Brennock chaired the talks in Mombasa.', 'The Tolva Times never reported that she had lied.');
    // Assess
    expect(ofType(found, 'REPORTS_ON')).toEqual([]);
  });
});

describe('stage relate: a second title coordinated after a copula', () => {
  it('reads both roles of "X is the trade minister of Kenya, the host country, and the chief executive of Y"', () => {
    // Act
    const found = relationsOf('Kenya will host the meeting.', 'Talia Brennock is the trade minister of Kenya, the host country, and the chief executive of the Tolva Oil Company (TOC).');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Talia Brennock HOLDS_OFFICE_IN Kenya [copula-title]', 'Talia Brennock LEADS Tolva Oil Company [copula-second-title]']));
  });

  it('gives nothing for a second title that is denied', () => {
    // Act
    const found = relationsOf('Marlo Brent is the head of the Vela Trust and not the chairman of the Norra Group.');
    // Assess
    expect(found).toEqual(['Marlo Brent LEADS Vela Trust [copula-title]']);
  });
});

describe('stage relate: a coordinated pair based in one place', () => {
  it('reads "A and B, both based in P" as each BASED_IN P', () => {
    // Act
    const found = relationsOf('The Vela Bank and the Norra Trust, both based in Mombasa, agreed to merge.');
    // Assess
    expect(ofType(found, 'BASED_IN').map((r) => r.replace(/ \[.*\]$/u, '')).sort()).toEqual(['Norra Trust BASED_IN Mombasa', 'Vela Bank BASED_IN Mombasa']);
  });

  it('gives nothing when the pair is said not to be based there', () => {
    // Act
    const found = relationsOf('Kestrel Works and Lumo Group, both not based in Lima, grew.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: a joint statement with appositions', () => {
  it('reads "In a joint statement, A, the …, and B, the …, welcomed …" as SIGNS_STATEMENT_WITH', () => {
    // Act
    const found = relationsOf('In a joint statement, Talia Brennock, the Kenyan trade minister, and Marlo Brent, the chair of the Tolva Commission, welcomed the deal.');
    // Assess
    expect(ofType(found, 'SIGNS_STATEMENT_WITH')).toEqual(['Talia Brennock SIGNS_STATEMENT_WITH Marlo Brent [joint-statement-pair]']);
  });

  it('gives nothing for people only named inside what one signer said', () => {
    // Act
    const found = relationsOf('In a joint statement, Ona Reyes said Lee Marr, the minister, and Ada Kone were right.');
    // Assess
    expect(ofType(found, 'SIGNS_STATEMENT_WITH')).toEqual([]);
  });
});

describe('stage relate: a body owned by a plural-looking organisation', () => {
  it('reads "X (XY), the Tolva Nations’ health agency" as PART_OF the owner', () => {
    // Act
    const found = relationsOf('The Halvern Institute of Health (HIH), the Tolva Nations’ health agency, said on Friday the outbreak was over.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Halvern Institute of Health PART_OF Tolva Nations [apposition-possessive-body]']);
  });

  it('gives nothing for a former agency of the owner', () => {
    // Act
    const found = relationsOf('The Vela Board, the Norra Islands’ former space agency, closed.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a body owned by "the <kind noun>’s"', () => {
  it('puts "the agency’s Review Committee" in the one agency named before, or the one body of its kind earlier in the sentence', () => {
    // Act
    const found = relationsOf(
      'The Tolva Health Agency said on Friday the outbreak was over.',
      'The agency’s Review Committee on Safety met on Monday.',
      'Marlo Brent, the Halvern Institute’s director, said he had accepted the advice of the agency’s Review Board on Safety.',
    );
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual(['Review Board on Safety PART_OF Halvern Institute [kind-possessive-body]', 'Review Committee on Safety PART_OF Tolva Health Agency [kind-possessive-body]']);
  });

  it('gives nothing when two bodies of the kind were named', () => {
    // Act
    const found = relationsOf('The Vela Agency and the Norra Agency met.', 'The agency’s Audit Committee quit.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: an event named before its kind noun and place', () => {
  it('reads "at the Halvern Forum climate summit in Mombasa" as HELD_IN', () => {
    // Act
    const found = relationsOf('Ministers met at the Halvern Forum climate summit in Mombasa.');
    // Assess
    expect(ofType(found, 'HELD_IN')).toEqual(['Halvern Forum HELD_IN Mombasa [event-in-place]']);
  });

  it('gives nothing for a cancelled event', () => {
    // Act
    const found = relationsOf('The Halvern Forum climate summit in Mombasa was cancelled.');
    // Assess
    expect(ofType(found, 'HELD_IN')).toEqual([]);
  });
});

describe('stage relate: a passive supply "supplied to B by A"', () => {
  it('reads "is supplied to the Kestrel Group by the Vela Group" as the Vela Group SUPPLIES it', () => {
    // Act
    const found = relationsOf('The fuselage of the jet is supplied to the Kestrel Group by the Vela Group.');
    // Assess
    expect(ofType(found, 'SUPPLIES')).toEqual(['Vela Group SUPPLIES Kestrel Group [supplied-to-by]']);
  });

  it('gives nothing for a negated or hypothetical supply', () => {
    // Act
    const found = relationsOf('The engines are not supplied to the Norra Group by the Halvern Group.', 'Parts could be supplied to the Lumo Works by the Tolva Group.');
    // Assess
    expect(ofType(found, 'SUPPLIES')).toEqual([]);
  });
});
