/**
 * Stage relate, round 7 reporting rules: a report whose clause opens with an organisation, and an
 * attribution after the content ("…, Tolva News, the state news agency, reported."). Every text is
 * invented; each rule has cases where it must not fire.
 */
import { articleText, knownFile, runUntil } from './support';

const known = [knownFile('article:00000000000007c1', [
  { id: 'entity:tolva-news', type: 'NEWS_AGENCY', name: 'Tolva News' },
  { id: 'entity:vasko-herald', type: 'PUBLICATION', name: 'Vasko Herald' },
  { id: 'entity:andean-unity-party', type: 'ORGANIZATION', name: 'Andean Unity Party' },
])];
const reportsOf = (...paragraphs: string[]) => {
  const doc = runUntil('relate', articleText('Report', ...paragraphs), known);
  const name = (id: string) => doc.entities!.get(id)!.name;
  return doc.relationships!.filter((r) => r.type === 'REPORTS_ON').map((r) => `${name(r.source)} REPORTS_ON ${name(r.target)} [${r.rule}]`);
};

describe('stage relate: what a report is about', () => {
  it('reads "the newspaper N reported that the Party’s headquarters had paid …" as a report on the party', () => {
    // Act
    const found = reportsOf('In the last week the weekly newspaper Vasko Herald reported that the Andean Unity Party’s headquarters had paid local branches.');
    // Assess
    expect(found).toEqual(['Vasko Herald REPORTS_ON Andean Unity Party [publication-reported-that-body]']);
  });

  it('reads "A, who …, visited P on Tuesday, N, the state news agency, reported." as a report on A', () => {
    // Act
    const found = reportsOf('Kenya’s President Omar Vance, who declared a day of mourning on Saturday, visited a hospital in Mombasa on Tuesday, Tolva News, the state news agency, reported.');
    // Assess
    expect(found).toEqual(['Tolva News REPORTS_ON Omar Vance [publication-trailing-report]']);
  });

  it('reads nothing from a negated content, an attribution inside the sentence, or a report of a person and a party', () => {
    // Act
    const found = reportsOf(
      'Omar Vance did not visit the hospital, Tolva News reported.',
      'Tolva News reported on Monday, and Omar Vance later spoke in Lima.',
      'If asked, Omar Vance would visit Mombasa, Tolva News said.',
    );
    // Assess
    expect(found).toEqual([]);
  });

  it('keeps the one person of the reported clause before an organisation it names', () => {
    // Act
    const found = reportsOf('The Vasko Herald reported that the Andean Unity Party, a former employer of Ada Orrin, had filed a complaint.');
    // Assess
    expect(found).toEqual(['Vasko Herald REPORTS_ON Ada Orrin [publication-reported-that-person]']);
  });
});

describe('stage relate: the clause of the report decides', () => {
  it('reads a report after an earlier refusal in the sentence, but not a denied report', () => {
    // Act
    const found = reportsOf('Omar Vance refused to comment, but the Vasko Herald reported that the Andean Unity Party had paid branches.', 'Tolva News did not report that the Andean Unity Party had paid anyone.');
    // Assess
    expect(found).toEqual(['Vasko Herald REPORTS_ON Andean Unity Party [publication-reported-that-body]']);
  });
});
