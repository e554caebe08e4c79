import { articleText, runUntil } from './support';

const typesOf = (title: string, ...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText(title, ...paragraphs), []).entities!.values()].map((e) => [e.name, [e.type, e.rule]]));

describe('stage cluster: central banks, companies and brand names', () => {
  it('types central banks as government bodies, and reads a country before "Federal Reserve" as its country', () => {
    // Act
    const types = typesOf(
      'Rates held',
      'The Central Bank of Norland kept rates on hold, and the Bank of Peru followed. Talia Brennock, the chair of the US Federal Reserve, said the Mexican National Bank agreed.',
    );
    // Assess
    expect(types['Central Bank of Norland']).toEqual(['GOVERNMENT_BODY', 'central-bank']);
    expect(types['Bank of Peru']).toEqual(['GOVERNMENT_BODY', 'central-bank']);
    expect(types['Federal Reserve']).toEqual(['GOVERNMENT_BODY', 'central-bank']);
    expect(types['United States']?.[0]).toBe('COUNTRY');
    expect(types['US Federal Reserve']).toBeUndefined();
    expect(types['Mexican National Bank']).toEqual(['GOVERNMENT_BODY', 'central-bank']);
  });

  it('reads "<Word> Reserve" as a central bank but not a nature reserve, and "Bank of <place>" only for a country', () => {
    // Act
    const types = typesOf('Rates', 'The Norland Reserve raised rates. The Bank of Tolva opened a branch near the Wildlife Reserve on Monday.');
    // Assess
    expect(types['Norland Reserve']).toEqual(['GOVERNMENT_BODY', 'central-bank']);
    expect(types['Bank of Tolva']?.[0]).toBe('ORGANIZATION');
    expect(types['Wildlife Reserve']?.[0]).not.toBe('GOVERNMENT_BODY');
  });

  it('keeps a national bank the text calls a shareholder a company, and an ordinary bank an organisation', () => {
    // Act
    const types = typesOf('Stake sold', 'Omar Vance, the chairman of the Mexican National Bank, Tolvex Capital’s largest shareholder, sold shares. The Harbour Savings Bank said nothing.');
    // Assess
    expect(types['Mexican National Bank']).toEqual(['ORGANIZATION', 'company-role-apposition']);
    expect(types['Harbour Savings Bank']?.[0]).toBe('ORGANIZATION');
  });

  it('types a two-word name with a company’s shares, chairman or takeover as an organisation, not a person', () => {
    // Act
    const shares = typesOf('Stocks fall', 'Shares fell on Monday. Each Velmar Orsini share lost a third. On Friday Velmar Orsini said it would borrow more.');
    const chairman = typesOf('Board', 'Pia Sand, Norvale Credit’s chairman, resigned. On Friday Norvale Credit said it would sell its branches.');
    const copula = typesOf('Review', 'Regulators met on Friday. Norvale Credit said it would comply, because Norvale Credit was a bank of great size.');
    // Assess
    expect(shares['Velmar Orsini']).toEqual(['ORGANIZATION', 'company-evidence']);
    expect(chairman['Norvale Credit']).toEqual(['ORGANIZATION', 'company-evidence']);
    expect(copula['Norvale Credit']).toEqual(['ORGANIZATION', 'company-evidence']);
  });

  it('keeps a plain two-word name a person when nothing of a company follows it, or when the text treats it as a person’s', () => {
    // Act
    const plain = typesOf('Visit', 'Regulators met on Friday. On Friday Talia Brennock said she would stay.');
    const surname = typesOf('Visit', 'Regulators met on Friday. On Friday Talia Brennock said the takeover of Norvale was over. Brennock left.');
    // Assess
    expect(plain['Talia Brennock']?.[0]).toBe('PERSON');
    expect(surname['Talia Brennock']?.[0]).toBe('PERSON');
  });

  it('types a name with a brand’s mixed-case word as an organisation, never a person’s inner capital', () => {
    // Act
    const types = typesOf('Parts', 'The wings are supplied by Velmar AeroDynamics, which is based in Lima. Later Ewan McKay spoke to reporters about it, and Ewan McKay left.');
    // Assess
    expect(types['Velmar AeroDynamics']).toEqual(['ORGANIZATION', 'mixed-case-name']);
    expect(types['Ewan McKay']?.[1]).not.toBe('mixed-case-name');
  });

  it('does not make an owner after "<city-like surname>," a region', () => {
    // Act
    const types = typesOf('Plans', 'Regulators met on Friday. Dave Portland, Velmar’s chief executive, told staff that Velmar would expand.');
    // Assess
    expect(types['Velmar']?.[0]).not.toBe('REGION');
  });
});

describe('stage cluster: a body owned by an organisation', () => {
  it('types a committee owned by an organisation, by name or by the noun its apposition gives it, as an organisation', () => {
    // Act
    const byName = typesOf('Advice', 'The Tolvex Group said on Monday that Tolvex’s Audit Committee had met.');
    const byNoun = typesOf('Advice', 'The Andean Health Organisation (AHO), an agency of the Andean Union, said on Friday that it had taken the advice of the agency’s Review Committee on Malaria.');
    // Assess
    expect(byName['Audit Committee']).toEqual(['ORGANIZATION', 'body-of-organisation']);
    expect(byNoun['Review Committee on Malaria']).toEqual(['ORGANIZATION', 'body-of-organisation']);
  });

  it('keeps a committee of a government, or of an owner it cannot tell, a government body', () => {
    // Act
    const government = typesOf('Advice', 'Peru’s Review Committee on Malaria met on Friday.');
    const unknown = typesOf('Advice', 'Officials said on Friday that the agency’s Review Committee on Malaria had met.');
    // Assess
    expect(government['Review Committee on Malaria']?.[0]).toBe('GOVERNMENT_BODY');
    expect(unknown['Review Committee on Malaria']?.[0]).toBe('GOVERNMENT_BODY');
  });
});
