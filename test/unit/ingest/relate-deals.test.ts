/**
 * Stage relate, rule family `deals` and the pair rule `agreed-to-buy`: takeovers, and what
 * regulators and courts do about them. Every text is invented; each rule has a case where it must
 * not fire.
 */
import { articleText, runUntil } from './support';

const factsOf = (raw: string) => {
  const doc = runUntil('relate', raw);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.map((r) => `${name(r.source)} ${r.type} ${name(r.target)} [${r.rule}]`);
};

describe('stage relate, deals: takeovers, regulators and courts', () => {
  it('reads "agreed to buy" and "reached a deal to acquire" as an agreement, but not a refusal or a possibility', () => {
    // Act
    const found = factsOf(articleText('Deal', 'Harlow Group agreed in January 2022 to buy Brisk Corporation for $9bn.', 'Vale Holdings reached a deal to acquire Orrin Labs.', 'Kestrel Systems did not agree to buy Orrin Labs.', 'Kestrel Systems could agree to buy Vale Holdings.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Harlow Group SIGNS_AGREEMENT_WITH Brisk Corporation [agreed-to-buy]', 'Vale Holdings SIGNS_AGREEMENT_WITH Orrin Labs [agreed-to-buy]']));
    expect(found.filter((r) => r.startsWith('Kestrel Systems'))).toEqual([]);
  });

  it('reads a regulator that blocked the takeover as ruling against the buyer, and one that sued to stop it as opposing the buyer', () => {
    // Act
    const found = factsOf(articleText('Deal', 'Harlow Group completed its $9bn takeover of Brisk Corporation on Friday.', 'The Tolva Competition Authority had blocked the original takeover in April.', 'The Andean Trade Commission, whose chair is Omar Vance, sued to stop the takeover in 2022.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Tolva Competition Authority RULES_AGAINST Harlow Group [blocked-the-deal]',
      'Andean Trade Commission OPPOSES Harlow Group [sued-to-stop-the-deal]',
    ]));
  });

  it('reads no ruling from a possible block, and nothing without a buyer the text names', () => {
    // Act
    const possible = factsOf(articleText('Deal', 'Harlow Group completed its takeover of Brisk Corporation.', 'The Tolva Competition Authority could block the takeover.', 'The Andean Trade Commission did not block the takeover.'));
    const noBuyer = factsOf(articleText('Deal', 'The Tolva Competition Authority blocked the takeover of Brisk Corporation.'));
    // Assess
    expect(possible.filter((r) => /RULES_AGAINST|OPPOSES/.test(r))).toEqual([]);
    expect(noBuyer.filter((r) => /RULES_AGAINST|OPPOSES/.test(r))).toEqual([]);
  });

  it('reads a judge who rejected the agency’s request as ruling against the agency, but not a person who is no judge', () => {
    // Act
    const found = factsOf(articleText('Court', 'The Andean Trade Commission went to court.', 'In July Omar Vance, a federal judge in Lima, rejected the commission’s request to halt the deal.', 'Talia Brennock, a union leader, rejected the commission’s request for comment.'));
    // Assess
    expect(found).toContain('Omar Vance RULES_AGAINST Andean Trade Commission [rejected-request]');
    expect(found.filter((r) => r.startsWith('Talia Brennock RULES_AGAINST'))).toEqual([]);
  });

  it('reads "the regulator had made clear to A that … would be blocked unless" as a warning, and a plain "made clear to A that" as none', () => {
    // Act
    const found = factsOf(articleText('Warn', 'Talia Brennock, the Tolva Competition Authority’s chief executive, said the regulator had made clear to Harlow Group that the deal would be blocked unless it sold assets.', 'The Andean Trade Commission made clear to Vale Holdings that it welcomed the plan.'));
    // Assess
    expect(found).toContain('Tolva Competition Authority WARNS Harlow Group [made-clear-unless]');
    expect(found.filter((r) => r.includes('WARNS Vale Holdings'))).toEqual([]);
  });

  it('reads "Lima had reached the agreement with the world body" as the capital’s country agreeing with the organisation named last, and not a negated one', () => {
    // Act
    const found = factsOf(articleText('Aid', 'The Andean Relief Organisation appealed for aid.', 'Rafa Olmo, Peru’s ambassador to the Andean Relief Organisation, confirmed that Lima had reached the agreement with the world body.', 'Chile has not signed an agreement with the organisation.'));
    // Assess
    expect(found).toContain('Peru SIGNS_AGREEMENT_WITH Andean Relief Organisation [agreement-with-description]');
    expect(found.filter((r) => r.startsWith('Chile SIGNS'))).toEqual([]);
  });

  it('reads suing a party or filing a lawsuit against it as opposing it, and not a denied lawsuit', () => {
    // Act
    const found = factsOf(articleText('Suit', 'The Andean Trade Commission sued Harlow Group in May.', 'Vale Holdings filed a lawsuit against Orrin Labs.', 'Kestrel Systems has not sued Brisk Corporation.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Andean Trade Commission OPPOSES Harlow Group [oppose-verb]', 'Vale Holdings OPPOSES Orrin Labs [oppose-verb]']));
    expect(found.filter((r) => r.startsWith('Kestrel Systems OPPOSES'))).toEqual([]);
  });
});

describe('stage relate, deals: an agreement in a relative clause', () => {
  it('reads "O (short form), with which C agreed a $4bn loan programme" as C signing with O', () => {
    // Act
    const found = factsOf(articleText('Loan', 'The new government must deal with the Andean Monetary Fund (AMF), with which Peru agreed a $4bn loan programme in 2021.', 'Talia Brennock met the Tolva Trade Council, with whom Chile signed a trade deal last year.'));
    // Assess
    expect(found).toEqual(expect.arrayContaining(['Peru SIGNS_AGREEMENT_WITH Andean Monetary Fund [agreed-with-which]', 'Chile SIGNS_AGREEMENT_WITH Tolva Trade Council [agreed-with-which]']));
  });

  it('reads nothing from a relative clause that negates or conditions the agreement, or names no agreement', () => {
    // Act
    const found = factsOf(articleText('Loan', 'Peru turned to the Andean Monetary Fund, with which Peru has not agreed a loan.', 'Chile courted the Tolva Trade Council, with which Peru could sign a trade deal.', 'Omar Vance praised the Tolva Trade Council, with which Chile agreed the wording of a statement.'));
    // Assess
    expect(found.filter((r) => r.includes('SIGNS_AGREEMENT_WITH'))).toEqual([]);
  });
});
