/**
 * Stage relate, family appointments: offices and heads from what happens to a person (elected,
 * sworn in, named by a body, reinstated), from a verb ("X leads the Tolva Party"), from the chair of
 * a body's board, and a top job named bare in a story about one company. Invented sentences, each
 * rule with cases that must not fire (hedge, negation, condition, a look-alike).
 */
import { ofType, relationsOfParagraphs as relationsOf } from './support';

describe('stage relate: elected or sworn in to an office', () => {
  it('gives the office of the country named after the title or before it', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru voted on Sunday.',
      'Talia Brennock, a former judge, has been elected president of Kenya after a close race.',
      'Omar Vance was sworn in as prime minister of Peru on Monday.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Talia Brennock PRESIDENT_OF Kenya [elected-to-office]',
      'Omar Vance HOLDS_OFFICE_IN Peru [elected-to-office]',
    ]));
  });

  it('gives nothing for a hope, a possibility, a condition or a defeat', () => {
    // Act
    const found = relationsOf(
      'Kenya and Peru voted on Sunday.',
      'Talia Brennock hopes to be elected president of Kenya.',
      'Omar Vance could be sworn in as Peru’s prime minister next week.',
      'If Dana Okafor is elected president of Kenya, she will cut taxes.',
      'Sam Idris was not elected president of Peru.',
    );
    // Assess
    expect(found.filter((r) => /PRESIDENT_OF|HOLDS_OFFICE_IN/.test(r))).toEqual([]);
  });
});

describe('stage relate: taking over or leaving a post', () => {
  it('gives the post taken over, stepped into or left, but not one merely expected', () => {
    // Act
    const found = relationsOf(
      'Kestrel Air said profits rose, and the Tolva Group agreed.',
      'Dana Okafor took over as chief executive of Kestrel Air in May.',
      'Jo Bright stepped down as chairman of the Tolva Group on Friday.',
      'Sam Idris is expected to take over as chief executive of the Tolva Group.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Dana Okafor LEADS Kestrel Air [elected-to-office]',
      'Jo Bright LEADS Tolva Group [elected-to-office]',
    ]));
    expect(found.filter((r) => r.startsWith('Sam Idris'))).toEqual([]);
  });
});

describe('stage relate: named to a post by a body', () => {
  it('makes the body that names or reinstates a chief executive the one the person leads', () => {
    // Act
    const found = relationsOf(
      'Norra Motors reinstates Dana Okafor as chief executive',
      'Norra Motors is a carmaker. The Tolva Group appointed Sam Idris as its new finance director on Monday.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Dana Okafor LEADS Norra Motors [named-to-office]',
      'Sam Idris WORKS_FOR Tolva Group [named-to-office]',
    ]));
  });

  it('reads "the board named X as …" as the company’s act, and the bare top title as a job in it', () => {
    // Act
    const found = relationsOf(
      'Norra Motors said on Friday that profits fell.',
      'The board first named Lena Park, the chief financial officer, as interim chief executive.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Lena Park LEADS Norra Motors [named-to-office]',
      'Lena Park WORKS_FOR Norra Motors [bare-top-title+company]',
    ]));
  });

  it('gives nothing when the naming is only considered, or when two companies make “the company” ambiguous', () => {
    // Act
    const considered = relationsOf('The Tolva Group is considering whether to appoint Dana Okafor as chief executive.');
    const ambiguous = relationsOf('Norra Motors and the Tolva Group held talks.', 'Lena Park, the chief financial officer, declined to comment.');
    // Assess
    expect(considered.filter((r) => r.startsWith('Dana Okafor'))).toEqual([]);
    expect(ambiguous.filter((r) => r.startsWith('Lena Park'))).toEqual([]);
  });
});

describe('stage relate: a head by a verb, and the chair of a board', () => {
  it('makes "X, 53, leads Y" a head of Y, and the chair of a body’s new board its leader', () => {
    // Act
    const found = relationsOf(
      'Ravi Menon, 61, leads the Unity Alliance, a party founded last year.',
      'Kestrel Air said it would be run by a new board chaired by Amina Sato.',
    );
    // Assess
    expect(found).toEqual(expect.arrayContaining([
      'Ravi Menon LEADS Unity Alliance [leads-verb]',
      'Amina Sato LEADS Kestrel Air [board-chaired-by]',
    ]));
  });

  it('gives no head for a lead in the polls, a negation or a person', () => {
    // Act
    const found = relationsOf(
      'Ravi Menon leads Jo Bright in the polls.',
      'Dana Okafor no longer leads the Unity Alliance.',
      'Sam Idris, who could soon lead the Tolva Group, declined to comment.',
    );
    // Assess
    expect(ofType(found, 'LEADS')).toEqual([]);
  });
});
