/**
 * Stage relate, round 9 structure patterns (structure-round9.ts, and the "-based" head noun of
 * belonging.ts): offices from "who had ruled C as …", ruler titles, "the party X leads", "the
 * company where X worked", "based in P and led by X", an institution in its city, offices given in
 * a list, a company's plant, things made by a maker, a body's wing. Invented sentences, each rule
 * with at least one case that must not fire.
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';

describe('stage relate: an office from "who had ruled C as …"', () => {
  it('reads the office after "as" in the relative clause', () => {
    // Act
    const found = relationsOf('Mira Tolvanen, who had ruled Finland as prime minister for ten years, resigned.', 'Oskar Brandt, who governed Austria as chancellor, spoke.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual(['Mira Tolvanen HOLDS_OFFICE_IN Finland [ruled-as-office]', 'Oskar Brandt HOLDS_OFFICE_IN Austria [ruled-as-office]']);
  });

  it('gives nothing for a would-be office or a denied rule', () => {
    // Act
    const found = relationsOf('Mira Tolvanen, who never ruled Finland as prime minister, spoke.', 'Oskar Brandt, who could have governed Austria as chancellor, spoke.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: a ruler named with the country', () => {
  it('reads "King X of C" and "X, the emir of C"', () => {
    // Act
    const found = relationsOf('Among the guests was King Harald VII of Norway.', 'Sheikh Hamdan bin Rashid, the emir of Kuwait, attended.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN').sort()).toEqual(['Hamdan bin Rashid HOLDS_OFFICE_IN Kuwait [ruler-of]', 'Harald VII HOLDS_OFFICE_IN Norway [ruler-of]']);
  });

  it('gives nothing for a name followed by "of" without a ruler title', () => {
    // Act
    const found = relationsOf('Talia Brennock of Norway won the race.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: "the party X leads"', () => {
  it('reads a present head verb after the person', () => {
    // Act
    const found = relationsOf('Mira Tolvanen and Oskar Brandt spoke on Monday.', 'Critics said the plan favoured the Green Alliance, the party Ms Tolvanen leads.', 'Money went to Vela Holdings, the company Mr Brandt now heads.');
    // Assess
    expect(ofType(found, 'LEADS').sort()).toEqual(['Mira Tolvanen LEADS Green Alliance [kind-the-person-leads]', 'Oskar Brandt LEADS Vela Holdings [kind-the-person-leads]']);
  });

  it('gives nothing when the person no longer leads it', () => {
    // Act
    const found = relationsOf('Mira Tolvanen spoke on Monday.', 'Critics said the plan favoured the Green Alliance, the party Ms Tolvanen no longer leads.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: the company where a person worked', () => {
  it('reads "B, the P-based company where X later worked as …" and "B, where X works"', () => {
    // Act
    const found = relationsOf('Vela Systems, the Lyon-based company where Dr Brennock later worked as a director, grew fast.', 'She joined Vela Bakeries Ltd, a bakery chain where Jonas Varga worked for years.');
    // Assess
    expect(ofType(found, 'WORKS_FOR')).toEqual(['Brennock WORKS_FOR Vela Systems [apposition-where-worked]', 'Jonas Varga WORKS_FOR Vela Bakeries Ltd [apposition-where-worked]']);
  });

  it('gives nothing when the person did not work there', () => {
    // Act
    const found = relationsOf('Vela Systems, the Lyon-based company where Dr Brennock never worked, grew fast.');
    // Assess
    expect(ofType(found, 'WORKS_FOR')).toEqual([]);
  });
});

describe('stage relate: "based in P and led by X"', () => {
  it('reads the head after the seat', () => {
    // Act
    const found = relationsOf('The Tolva Assembly, based in Lyon and led by Marlo Brent, met.', 'The Vela Council (VC), headquartered in Lima and chaired by Ona Reyes, voted.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Marlo Brent LEADS Tolva Assembly [based-and-led-by]', 'Ona Reyes LEADS Vela Council [based-and-led-by]']);
  });

  it('gives nothing for a denied head', () => {
    // Act
    const found = relationsOf('The Tolva Assembly, based in Lyon and not led by Marlo Brent, met.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});

describe('stage relate: an institution in its city', () => {
  it('reads "the University of P (UP) in City" and "the X Institute in City,"', () => {
    // Act
    const found = relationsOf('She teaches at the University of Tolva (UT) in Toronto.', 'Scientists at the Kestrel Institute in Nairobi, which opened in 1990, agreed.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual(['Kestrel Institute BASED_IN Nairobi [institution-in-city]', 'University of Tolva BASED_IN Toronto [institution-in-city]']);
  });

  it('gives nothing for a body that is not an institution, or a city followed by a time', () => {
    // Act
    const found = relationsOf('The Vela Group in Toronto cut jobs.', 'The Kestrel Institute in Nairobi on Monday opened.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: offices given in a list', () => {
  it('gives each person of "named A as C’s o1, B as o2 and D as o3" the office in the country', () => {
    // Act
    const found = relationsOf('He named Marta Velez as Spain’s first female finance minister, Jonas Varga as deputy prime minister and Ona Reyes as foreign secretary.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN').map((r) => r.replace(/ \[.*\]$/u, '')).sort()).toEqual(['Jonas Varga HOLDS_OFFICE_IN Spain', 'Marta Velez HOLDS_OFFICE_IN Spain', 'Ona Reyes HOLDS_OFFICE_IN Spain']);
    expect(found).toContain('Ona Reyes HOLDS_OFFICE_IN Spain [named-as-office-list]');
  });

  it('gives nothing when the list has no country, or the naming is hypothetical', () => {
    // Act
    const found = relationsOf('He named Jonas Varga as deputy prime minister and Ona Reyes as foreign secretary.', 'He could have named Marta Velez as Spain’s finance minister and Jonas Varga as deputy prime minister.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: a company’s plant', () => {
  it('reads "The W Works, a C plant in P"', () => {
    // Act
    const found = relationsOf('The Vela Works, a Kestrel Steel plant in Lyon, France, closed.', 'The Tolva Cement Works, a Kestrel Group cement plant, reopened.');
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual(['Kestrel Group DEVELOPS Tolva Cement Works [owner-plant-apposition]', 'Kestrel Steel DEVELOPS Vela Works [owner-plant-apposition]']);
  });

  it('gives nothing for a former plant', () => {
    // Act
    const found = relationsOf('The Vela Works, a Kestrel Steel former plant in Lyon, closed.');
    // Assess
    expect(ofType(found, 'DEVELOPS')).toEqual([]);
  });
});

describe('stage relate: a unit that is the wing of a body', () => {
  it('reads "B, the youth wing of C" and "B, a breakaway faction of C"', () => {
    // Act
    const found = relationsOf('The Tolva Students Union, the youth wing of the Green Alliance, marched.', 'The Vela Reform Movement, a breakaway faction of the Kestrel Party, grew.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Tolva Students Union PART_OF Green Alliance [apposition-wing-of]', 'Vela Reform Movement PART_OF Kestrel Party [apposition-wing-of]']);
  });

  it('gives nothing for a former wing', () => {
    // Act
    const found = relationsOf('The Tolva Students Union, the former youth wing of the Green Alliance, marched.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: the head noun of a "-based" apposition', () => {
  it('reads "B (AB), the P-based state-owned aircraft maker" as BASED_IN', () => {
    // Act
    const found = relationsOf('Kestrel Aerospace Limited (KAL), the Lyon-based state-owned aircraft maker, signed.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual(['Kestrel Aerospace Limited BASED_IN Lyon [place-based-apposition]']);
  });

  it('gives nothing when the head noun is not a body’s kind', () => {
    // Act
    const found = relationsOf('Kestrel Aerospace Limited, the Lyon-based aircraft programme, signed.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: an academic post at a body', () => {
  it('reads "X, 64, is a professor of F at O’s Unit" and "X was a lecturer at the University of P"', () => {
    // Act
    const found = relationsOf('Dr Brennock, 64, is a professor of marine biology at Tolva University’s School of Oceanography.', 'Oskar Brandt was a senior lecturer at the University of Kestrel.');
    // Assess
    expect(ofType(found, 'WORKS_FOR').sort()).toEqual(['Brennock WORKS_FOR School of Oceanography [academic-post-at]', 'Oskar Brandt WORKS_FOR University of Kestrel [copula-title]']);
  });

  it('gives nothing for a post denied or only planned', () => {
    // Act
    const found = relationsOf('Oskar Brandt was never a lecturer at the University of Kestrel.', 'Mira Tolvanen could become a professor at the University of Vela.');
    // Assess
    expect(ofType(found, 'WORKS_FOR')).toEqual([]);
  });
});

describe('stage relate: a body named with its owner’s possessive', () => {
  it('reads "the head of the O’s Named Body (NB)," and "at the O’s Named Body."', () => {
    // Act
    const found = relationsOf('Ona Reyes, the head of the UN’s World Tolva Organization (WTO), said rains would come.', 'The data came from the Vela Alliance’s Kestrel Research Council.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Kestrel Research Council PART_OF Vela Alliance [owner-possessive-named-body]', 'World Tolva Organization PART_OF UN [owner-possessive-named-body]']);
  });

  it('gives nothing when the named body is a modifier of a noun ("the UN’s Tolva Council report")', () => {
    // Act
    const found = relationsOf('The UN’s Tolva Council report was published on Monday.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a headquarters named in a relative clause', () => {
  it('reads "B, whose headquarters are in P" and "B (AB), which has its headquarters in P"', () => {
    // Act
    const found = relationsOf('The Orsk Bank, whose headquarters are in Nairobi, grew.', 'The Kestrel Trading Company (KTC), which has its headquarters in Lima, grew.');
    // Assess
    expect(ofType(found, 'BASED_IN').sort()).toEqual(['Kestrel Trading Company BASED_IN Lima [which-has-headquarters-in]', 'Orsk Bank BASED_IN Nairobi [which-has-headquarters-in]']);
  });

  it('gives nothing for a headquarters moved away or only planned', () => {
    // Act
    const found = relationsOf('The Orsk Bank, which moved its headquarters in Nairobi, grew.', 'The Kestrel Trading Company, which could have its head office in Lima, grew.');
    // Assess
    expect(ofType(found, 'BASED_IN')).toEqual([]);
  });
});

describe('stage relate: a parent company in an apposition', () => {
  it('reads "A, the parent company of B" and "A, the holding company of B"', () => {
    // Act
    const found = relationsOf('Kestrel Group, the parent company of Vela Airways, grew.', 'The Orsk Group, the holding company of the Tolva Daily Mail, grew.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Tolva Daily Mail PART_OF Orsk Group [apposition-parent-of]', 'Vela Airways PART_OF Kestrel Group [apposition-parent-of]']);
  });

  it('gives nothing for a former parent', () => {
    // Act
    const found = relationsOf('Kestrel Group, the former parent company of Vela Airways, grew.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a mayor elected', () => {
  it('reads "X, who was elected mayor of C" and "X became the first mayor of C"', () => {
    // Act
    const found = relationsOf('Jonas Varga, who was elected mayor of Nakuru in 2020, spoke.', 'Ona Reyes became the first mayor of Mombasa.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN').sort()).toEqual(['Jonas Varga HOLDS_OFFICE_IN Nakuru [elected-mayor-of]', 'Ona Reyes HOLDS_OFFICE_IN Mombasa [elected-mayor-of]']);
  });

  it('gives nothing when the election is denied or hypothetical', () => {
    // Act
    const found = relationsOf('Jonas Varga, who was not elected mayor of Nakuru, spoke.', 'Ona Reyes could be elected mayor of Mombasa.');
    // Assess
    expect(ofType(found, 'HOLDS_OFFICE_IN')).toEqual([]);
  });
});

describe('stage relate: a fellow or lecturer at a body', () => {
  it('reads "X, a senior fellow at B" as WORKS_FOR', () => {
    // Act
    const found = relationsOf('Ona Reyes, a senior fellow at the Tolva Institute, spoke.');
    // Assess
    expect(ofType(found, 'WORKS_FOR')).toEqual(['Ona Reyes WORKS_FOR Tolva Institute [apposition-title-of]']);
  });
});

describe('stage relate: an apposition after a place phrase', () => {
  it('gives the place after "outside" no role ("outside 10 Tolva Street, the party leader said")', () => {
    // Act
    const found = relationsOf('The Kestrel Party won the vote.', 'Speaking outside 10 Orsk Street, the Kestrel Party leader said the country had changed.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });

  it('keeps the role of a person named after a verb ("He met Jonas Varga, the Kestrel Party leader")', () => {
    // Act
    const found = relationsOf('He met Jonas Varga, the Kestrel Party leader, on Monday.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual(['Jonas Varga LEADS Kestrel Party [body-word-title]']);
  });
});

describe('stage relate: a unit named after its owner’s possessive and the unit noun', () => {
  it('reads "A’s Kenyan subsidiary, B," and "A’s airline unit B"', () => {
    // Act
    const found = relationsOf('Kestrel Group’s Kenyan subsidiary, Orsk Airways, grew.', 'The Tolva Trading Company’s airline unit Vela Airways cut jobs.');
    // Assess
    expect(ofType(found, 'PART_OF').map((r) => r.replace(/ \[.*\]$/u, '')).sort()).toEqual(['Orsk Airways PART_OF Kestrel Group', 'Vela Airways PART_OF Tolva Trading Company']);
    expect(found).toContain('Orsk Airways PART_OF Kestrel Group [owner-unit-named]');
  });

  it('gives nothing for a former or a planned unit', () => {
    // Act
    const found = relationsOf('Kestrel Group’s former subsidiary, Orsk Airways, grew.', 'Kestrel Group’s planned unit, Vela Airways, may open.');
    // Assess
    expect(ofType(found, 'PART_OF')).toEqual([]);
  });
});

describe('stage relate: a place in a country’s region', () => {
  it('reads "C, in K’s R," as C PART_OF R and R PART_OF K', () => {
    // Act
    const found = relationsOf('Nakuru, in Kenya’s Rift Valley, flooded.');
    // Assess
    expect(ofType(found, 'PART_OF').sort()).toEqual(['Nakuru PART_OF Rift Valley [in-countrys-region]', 'Rift Valley PART_OF Kenya [in-countrys-region]']);
  });

  it('does not place a reference point ("70km south-west of C, in K’s R")', () => {
    // Act
    const found = relationsOf('The epicentre was 70km south-west of Nakuru, in Kenya’s Rift Valley, officials said.');
    // Assess
    expect(found).not.toContain('Nakuru PART_OF Rift Valley [in-countrys-region]');
  });
});

describe('stage relate: a founder in a relative clause', () => {
  it('reads "X, who founded B in 1998" and "X, a banker who co-founded B" as LEADS', () => {
    // Act
    const found = relationsOf('Marlo Brent, who founded Vela Airways in 1998, spoke.', 'Ona Reyes, a banker who co-founded the Orsk Trust Bank, spoke.');
    // Assess
    expect(ofType(found, 'LEADS').sort()).toEqual(['Marlo Brent LEADS Vela Airways [who-founded]', 'Ona Reyes LEADS Orsk Trust Bank [who-founded]']);
  });

  it('gives nothing when the founding is denied', () => {
    // Act
    const found = relationsOf('Marlo Brent, who never founded Vela Airways, spoke.');
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});
