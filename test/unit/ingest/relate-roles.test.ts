/**
 * Stage relate, rule family `roles` (and the titles of offices.ts): the roles people hold in countries
 * and bodies, read off possessive titles, a body before a title, relative clauses, a title before the
 * name and phrases on the body's side ("led by", "whose chair is", "where … is in charge of", "a
 * former employer of"). Invented sentences, each rule with a case that must not fire.
 */
import { articleText, runUntil } from './support';

const relationsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};
const described = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Notes', ...paragraphs));
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}: ${r.description}`);
};
const ofType = (found: readonly string[], type: string) => found.filter((r) => r.split(' ').includes(type));

describe('stage relate: roles from possessive titles', () => {
  it('makes the head of an owner’s title its leader, any other job its employee, and a country’s office an office', () => {
    // Act
    const found = relationsOf(
      'Kenya and the Tolva Group held talks on Monday.',
      'Dana Okafor, the Tolva Group’s chief executive, said profits rose.',
      'Sam Idris, the Tolva Group’s regional sales coordinator, declined to comment.',
      'Lena Park, the Tolva Group’s vice-chair and president, agreed.',
      'Ravi Menon, Kenya’s vice-president, spoke next.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Dana Okafor LEADS Tolva Group [possessive-title]',
      'Sam Idris WORKS_FOR Tolva Group [possessive-title]',
      'Lena Park WORKS_FOR Tolva Group [possessive-title]',
      'Ravi Menon HOLDS_OFFICE_IN Kenya [possessive-title]',
    ]));
    expect(found.filter((r) => r.startsWith('Ravi Menon'))).toEqual(['Ravi Menon HOLDS_OFFICE_IN Kenya [possessive-title]']);
  });

  it('makes the head of a department of a body its employee, not its leader', () => {
    // Act
    const found = relationsOf('Jo Bloggs, the Marlo Trust’s head of media relations, said the report was wrong.');
    // Assess
    expect(found).toEqual(['Jo Bloggs WORKS_FOR Marlo Trust [possessive-title]']);
  });

  it('reads "the federation’s president" as the one body the article calls a federation, and nothing when two are', () => {
    // Act
    const one = relationsOf('The Kenyan Rowing Federation met on Monday.', 'Ada Mensah, the federation’s president, said it would vote.');
    const two = relationsOf('The Kenyan Rowing Federation and the Peruvian Chess Federation met on Monday.', 'Ada Mensah, the federation’s president, said it would vote.');
    // Assess
    expect(ofType(one, 'LEADS')).toEqual(['Ada Mensah LEADS Kenyan Rowing Federation [kind-possessive-title]']);
    expect(ofType(two, 'LEADS')).toEqual([]);
  });

  it('gives nothing for a title not held yet, or a denied one', () => {
    // Act
    const found = relationsOf('Dana Okafor, the Tolva Group’s incoming chief executive, said profits rose.', 'Sam Idris, never the Tolva Group’s chairman, disagreed.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a body before the title', () => {
  it('makes a spokesman of a body its employee, not an office holder of a country named before the body', () => {
    // Act
    const found = relationsOf('Kenya said the talks went well.', 'Ned Ombura, a Kenyan Tolva Ministry spokesman, said the talks would go on.');
    // Assess
    // (Whether the country word stays in the body's name is for stage cluster to decide.)
    expect(found.filter((r) => /^Ned Ombura WORKS_FOR (?:Kenyan )?Tolva Ministry \[body-word-title\]$/u.test(r))).toHaveLength(1);
    expect(found.filter((r) => r.startsWith('Ned Ombura') && r.includes('Kenya '))).toEqual([]);
  });

  it('makes "the <body> leader" the leader, and a party’s senator nothing', () => {
    // Act
    const found = relationsOf('Pia Lund, the Unity Party leader, said the vote was fair.', 'Tom Berg, a Unity Party senator, disagreed.');
    // Assess
    expect(found).toEqual(['Pia Lund LEADS Unity Party [body-word-title]']);
  });
});

describe('stage relate: roles from relative clauses', () => {
  it('reads "who has been Org’s chief executive since …" and "who is the head of Org"', () => {
    // Act
    const found = relationsOf('Bo Lind, who has been the Vela Bank’s chief executive since 1998, said he would stay.', 'Kai Moss, who is also the head of the Norra Trust, agreed.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Bo Lind LEADS Vela Bank [who-is-title]', 'Kai Moss LEADS Norra Trust [who-is-title]']));
  });

  it('gives nothing for a negated relative clause', () => {
    // Act
    const found = relationsOf('Bo Lind, who has never been the Vela Bank’s chief executive, said he would stay.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a title before the name', () => {
  it('reads "the outgoing Kenyan prime minister, X" as an office in Kenya, with the title verbatim', () => {
    // Act
    const found = described('Kenya voted on Sunday.', 'The party of the outgoing Kenyan prime minister, Ole Nanyuki, lost ten seats.');
    // Assess
    expect(found).toEqual(['Ole Nanyuki HOLDS_OFFICE_IN Kenya: Holds the office “outgoing Kenyan prime minister”.']);
  });

  it('does not give a title that is the apposition of an earlier name to the next name of a list', () => {
    // Act
    const found = relationsOf('Kenya and Peru signed the accord.', 'Ole Nanyuki, the Kenyan president, Ana Ruiz, Peru’s prime minister, and others attended.');
    // Assess
    expect(found.filter((r) => r.startsWith('Ana Ruiz'))).toEqual(['Ana Ruiz HOLDS_OFFICE_IN Peru [possessive-title]']);
  });

  it('gives an incoming holder nothing', () => {
    // Act
    const found = relationsOf('Kenya voted on Sunday.', 'The party of the incoming Kenyan prime minister, Ole Nanyuki, won ten seats.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: roles named from the body’s side', () => {
  it('reads "led by X" after a body or its apposition, "whose chair is X" and "where X is in charge of"', () => {
    // Act
    const found = relationsOf(
      'The Unity Alliance, the centre-left bloc led by Pia Lund, came second.',
      'The Tolva Commission, whose chair is Omar Vance, sued on Monday.',
      'The Marlo Commission, where Lia Chen is in charge of trade policy, approved the deal.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Pia Lund LEADS Unity Alliance [led-by]',
      'Omar Vance LEADS Tolva Commission [whose-title]',
      'Lia Chen HOLDS_OFFICE_IN Marlo Commission [where-role]',
    ]));
  });

  it('attaches "led by X" to the body the apposition describes, not to an owner inside it, and not past another name', () => {
    // Act
    const owned = relationsOf('Vela Studios, the Vela Group’s games division led by Pia Lund, grew fast.');
    const past = relationsOf('The Unity Alliance, which beat the Green Party led by Pia Lund, came second.');
    // Assess
    expect(ofType(owned, 'LEADS')).toEqual(['Pia Lund LEADS Vela Studios [led-by]']);
    expect(past.filter((r) => r.includes('LEADS Unity Alliance'))).toEqual([]);
  });

  it('reads "Y, a former employer of X" as X working for Y, with "former" in the description', () => {
    // Act
    const found = described('Norra Holdings, a former employer of Mr Tom Berg, filed a report.', 'Vela Holdings, a rival of Kai Moss, said nothing.');
    // Assess
    expect(found).toEqual(['Tom Berg WORKS_FOR Norra Holdings: The “former employer”.']);
  });
});

describe('stage relate: "the leader of the Y (ACR)"', () => {
  it('attaches the title to the whole name, and to nothing when the name was cut in pieces', () => {
    // Act
    const found = relationsOf('Geo Marsh, the leader of the main opposition Unity Party (UP), spoke first.', 'Lia Chen, the leader of the Farmer–Citizen Union, spoke next.');
    // Assess
    expect(found.filter((r) => r.startsWith('Geo Marsh'))).toEqual(['Geo Marsh LEADS Unity Party [apposition-title-of]']);
  });
});

describe('stage relate: roles stated by a copula, and the body a possessive owns', () => {
  it('reads "X is Org’s chief executive" and "X was the head of Org", not "X is not Org’s chairman" or "whether X is …"', () => {
    // Act
    const found = relationsOf('Ann Mwangi is the Tolva Group’s chief executive.', 'Sam Too was the head of the Norra Trust.', 'Tom Kibet is not the Vela Bank’s chairman.', 'Nobody knows whether Ben Otieno is the Marlo Bank’s chairman.');
    // Assess
    expect(found).toEqual(['Ann Mwangi LEADS Tolva Group [copula-title]', 'Sam Too LEADS Norra Trust [copula-title]']);
  });

  it('gives a spokeswoman for a country’s ministry a job in the ministry, not an office in the country', () => {
    // Act
    const found = relationsOf('Kenya protested.', 'Talia Brennock, a spokeswoman for Kenya’s Tolva Ministry, said the talks failed.');
    // Assess
    expect(found.filter((r) => r.startsWith('Talia Brennock'))).toEqual(['Talia Brennock WORKS_FOR Tolva Ministry [apposition-office]']);
  });

  it('reads a hyphenated office before the name ("Kenya’s vice-president, X")', () => {
    // Act
    const found = relationsOf('Kenya’s vice-president, Ida Wanjiru, spoke.');
    // Assess
    expect(found).toEqual(['Ida Wanjiru HOLDS_OFFICE_IN Kenya [office-before-name]']);
  });
});

describe('stage relate: look-alikes of roles', () => {
  it('gives nothing for a shareholder, a body led by no one named, or a name that is the subject after an opening phrase', () => {
    // Act
    const found = relationsOf(
      'Kenya protested.',
      'Jo Bloggs, the Tolva Group’s biggest shareholder, sold.',
      'The Vela Bank, led by a new board, grew.',
      'In a letter to the Kenyan president, Ole Nanyuki said Kenya would act.',
    );
    // Assess
    expect(found).toEqual([]);
  });

  it('makes a correspondent of a publication its writer, and reads two title-first appositions of one list', () => {
    // Act
    const found = relationsOf('Ann Ruto, a Tolva Times correspondent, wrote.', 'Kenya and Peru met: the Kenyan prime minister, Ole Kamau, and the Peruvian president, Ana Ruiz, spoke.');
    // Assess
    expect(found).toEqual(['Ana Ruiz PRESIDENT_OF Peru [title-first-apposition]', 'Ann Ruto WRITES_FOR Tolva Times [body-word-title]', 'Ole Kamau HOLDS_OFFICE_IN Kenya [title-first-apposition]']);
  });
});

describe('stage relate: possessives of plural-looking names and "led by" after an owner’s apposition', () => {
  it('reads "who has been Norra Motors’ chief executive" and "Vela Studios, Vela Group’s games division led by X"', () => {
    // Act
    const found = relationsOf('Tom Kibet, who has been Norra Motors’ chief executive since 1991, said he would stay.', 'Norra Motors will be run as part of Vela Studios, Vela Group’s games division led by Sam Ndolo.');
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Tom Kibet LEADS Norra Motors [who-is-title]', 'Sam Ndolo LEADS Vela Studios [led-by]']));
    expect(ofType(found, 'LEADS')).toHaveLength(2);
  });

  it('does not read "led by" past a relative clause', () => {
    // Act
    const found = relationsOf('The Unity Alliance, which beat a coalition led by Pia Lund, came second.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: a body’s title before the name', () => {
  it('reads "the head of the Tolva Agency, X" and "the director of communications at the Marlo Trust, X", not an earlier name’s apposition', () => {
    // Act
    const found = relationsOf(
      'The head of the Tolva Agency, Ole Kamau, said the plan would work.',
      'The director of communications at the Marlo Trust, Ida Wanjiru, smiled.',
      'Ann Ruto, the head of the Vela Bank, Sam Ndolo and others met.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Ida Wanjiru WORKS_FOR Marlo Trust [title-of-body-first]', 'Ole Kamau LEADS Tolva Agency [title-of-body-first]']));
    expect(found.filter((r) => r.startsWith('Sam Ndolo'))).toEqual([]);
  });
});

describe('stage relate: a national office named without its country', () => {
  it('places "X, who is also prime minister" in the country the article is about, and nowhere when no country dominates', () => {
    // Act
    const about = relationsOf('Kenya voted. Kenya counted. Kenya waited, and Peru watched.', 'Ole Kamau, who is also prime minister, spoke.');
    const even = relationsOf('Kenya voted and Peru watched.', 'Ole Kamau, who is also prime minister, spoke.');
    // Assess
    expect(about).toContain('Ole Kamau HOLDS_OFFICE_IN Kenya [who-is-office+main-country]');
    expect(ofType(even, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: "the country’s foreign minister"', () => {
  it('reads the country as the article’s main one named last, and as nothing when another was named last', () => {
    // Act
    const main = relationsOf('Kenya voted. Kenya counted and Peru watched. Kenya waited.', 'Ole Kamau, the country’s foreign minister, spoke.');
    const other = relationsOf('Kenya voted. Kenya counted. Kenya waited for Peru.', 'Ole Kamau, the country’s foreign minister, spoke.');
    // Assess
    expect(main).toContain('Ole Kamau HOLDS_OFFICE_IN Kenya [kind-possessive-title]');
    expect(ofType(other, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: two titles joined', () => {
  it('reads "X, chairman and chief executive of Y" as its head, and "a deputy chairman and director of Y" as a job', () => {
    // Act
    const found = relationsOf('Jo Bloggs, chairman and chief executive of the Tolva Group, said profits rose.', 'Sam Idris, a deputy chairman and director of the Norra Bank, agreed.');
    // Assess
    expect(found).toEqual(['Jo Bloggs LEADS Tolva Group [apposition-title-of]', 'Sam Idris WORKS_FOR Norra Bank [apposition-office]']);
  });
});
