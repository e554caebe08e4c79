import { join } from 'node:path';
import { baselineExtract, trimMatch } from '../../../seed/ingest/baseline';
import { defaultSources, runEval, type MeanFigures } from '../../../seed/ingest/eval';

/**
 * The naive baseline the eval prints beside the pipeline (issue 11 §4): the library's people,
 * places and organisations, and every pair of them that shares a sentence.
 */
describe('naive baseline extractor', () => {
  const text = 'Talks in Paris\n\nMary Johnson met officials of Microsoft in Paris on Monday. John Smith stayed in London.\n\nThe talks ended.';

  it('takes the library’s people, places and organisations as entities, one per distinct string', () => {
    // Act
    const file = baselineExtract('talks.txt', text);

    // Assess
    expect(file.entities.map((e) => [e.name, e.type]).sort()).toEqual([
      ['John Smith', 'PERSON'],
      ['London', 'CITY'],
      ['Mary Johnson', 'PERSON'],
      ['Microsoft', 'ORGANIZATION'],
      ['Paris', 'CITY'],
    ]);
    expect(file.entities.every((e) => e.aliases.length === 0 && e.description === null)).toBe(true);
  });

  it('relates every pair that shares a sentence, and no pair that does not, with the sentence verbatim', () => {
    // Act
    const file = baselineExtract('talks.txt', text);

    // Assess
    const pairs = file.relationships.map((r) => [r.source, r.target].join(' ')).sort();
    expect(pairs).toEqual([
      'entity:john-smith entity:london',
      'entity:mary-johnson entity:microsoft',
      'entity:mary-johnson entity:paris',
      'entity:microsoft entity:paris',
    ]);
    expect(file.relationships.every((r) => r.type === 'RELATED_TO')).toBe(true);
    for (const r of file.relationships) {
      const quote = r.evidence[0]!.quote;
      expect(file.article.body.includes(quote) || file.article.title.includes(quote)).toBe(true);
    }
    expect(pairs).not.toContain('entity:london entity:mary-johnson');
  });

  it('trims punctuation, quotes and a possessive ending from a match', () => {
    // Assess
    expect(trimMatch(' “Mary Johnson’s, ')).toBe('Mary Johnson');
    expect(trimMatch('(Paris)')).toBe('Paris');
    expect(trimMatch('...')).toBe('');
  });

  it('is beaten by the pipeline on entity F1 and pair F1 in every group of answer keys', async () => {
    // Prepare
    const sources = await defaultSources(join(__dirname, '../../..'));
    const pairF1 = (m: MeanFigures) => (2 * m.pairPrecision * m.pairRecall) / (m.pairPrecision + m.pairRecall || 1);

    // Act
    const ours = await runEval(sources);
    const theirs = await runEval(sources, (name, text) => baselineExtract(name, text));

    // Assess
    expect(theirs.groups.map((g) => g.name)).toEqual(ours.groups.map((g) => g.name));
    for (const group of ours.groups) {
      const baseline = theirs.groups.find((g) => g.name === group.name)!.mean;
      expect({ group: group.name, beatsEntities: group.mean.entityF1 > baseline.entityF1, beatsPairs: pairF1(group.mean) > pairF1(baseline) }).toEqual({ group: group.name, beatsEntities: true, beatsPairs: true });
    }
  });
});
