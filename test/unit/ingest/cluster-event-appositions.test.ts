import { articleText, runUntil } from './support';

const typesOf = (title: string, ...paragraphs: string[]) => Object.fromEntries([...runUntil('cluster', articleText(title, ...paragraphs), []).entities!.values()].map((e) => [e.name, [e.type, e.rule]]));

describe('stage cluster: a name in apposition to an event noun', () => {
  it('types the name as the event, and takes no event of the bare phrase', () => {
    // Act
    const types = typesOf('Climate deal', 'Delegates said that next year’s talks, Tolcon9, would be held in Lima.');
    // Assess
    expect(types['Tolcon9']).toEqual(['EVENT', 'event-apposition']);
    expect(types['talks']).toBeUndefined();
  });

  it('keeps the phrase an event when no name follows it, and types no name that only follows a comma after another noun', () => {
    // Act
    const phrase = typesOf('Climate deal', 'Delegates said that next year’s talks would be held in Lima.');
    const other = typesOf('Climate deal', 'Delegates met on Monday. They brought their banners, Tolcon9, and flags.');
    // Assess
    expect(phrase['talks']?.[0]).toBe('EVENT');
    expect(other['Tolcon9']?.[0]).not.toBe('EVENT');
  });
});

describe('stage cluster: a disease named with pandemic, epidemic or outbreak', () => {
  it('takes "<Disease> pandemic/outbreak" as an event, but not a country’s outbreak', () => {
    // Act
    const types = typesOf('Health', 'Officials said on Friday that the Tolvax-9 pandemic was over, and a Merovirus outbreak had ended. Peru’s outbreak was small.');
    // Assess
    expect(types['Tolvax-9 pandemic']).toEqual(['EVENT', 'head-noun']);
    expect(types['Merovirus outbreak']).toEqual(['EVENT', 'head-noun']);
    expect(types['Peru']?.[0]).toBe('COUNTRY');
    expect(Object.keys(types).some((n) => n.startsWith('Peru '))).toBe(false);
  });
});
