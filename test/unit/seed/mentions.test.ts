import { computeMentions, wholeWordOccurrences } from '../../../seed/mentions';
import type { EntityRecord } from '../../../src/data/model';
import { aSeedArticle as anArticle } from '../../support/factories';


const anEntity = (id: string, name: string, aliases: string[] = [], type: EntityRecord['type'] = 'COUNTRY'): EntityRecord => ({
  id,
  name,
  type,
  aliases,
  description: null,
  wikidataId: null,
  proposal: null,
});

describe('mention spans', () => {
  it('finds whole words only', () => {
    expect(wholeWordOccurrences('Russia and Russian-Chinese ties, Russia’s war', 'Russia')).toEqual([0, 33]);
  });

  it('gives overlapping matches to the longest candidate', () => {
    // Prepare
    const article = anArticle({ body: 'the South China Morning Post reported that China and Mr Putin met Putin' });
    const entities = [
      anEntity('entity:china', 'China'),
      anEntity('entity:scmp', 'South China Morning Post', [], 'PUBLICATION'),
      anEntity('entity:vladimir-putin', 'Vladimir Putin', ['Mr Putin', 'Putin'], 'PERSON'),
    ];
    // Act
    const mentions = computeMentions(article, entities);
    // Assess
    const byId = Object.fromEntries(mentions.map((m) => [m.entityId, m]));
    expect(byId['entity:china']!.spans.map((s) => s.text)).toEqual(['China']);
    expect(byId['entity:scmp']!.count).toBe(1);
    expect(byId['entity:vladimir-putin']!.spans.map((s) => s.text)).toEqual(['Mr Putin', 'Putin']);
  });

  it('points every span at its text in the named field', () => {
    // Prepare
    const article = anArticle({ title: 'China and Russia', imageCaption: 'In China', body: 'Russia, China.' });
    const entities = [anEntity('entity:china', 'China'), anEntity('entity:russia', 'Russia')];
    // Act
    const mentions = computeMentions(article, entities);
    // Assess
    const texts = { TITLE: article.title, IMAGE_CAPTION: article.imageCaption!, BODY: article.body, IMAGE_CREDIT: '' };
    for (const mention of mentions) {
      for (const span of mention.spans) expect(texts[span.field].slice(span.start, span.end)).toBe(span.text);
    }
    expect(mentions.find((m) => m.entityId === 'entity:china')!.spans.map((s) => s.field)).toEqual(['TITLE', 'IMAGE_CAPTION', 'BODY']);
    expect(mentions.map((m) => m.count)).toEqual([3, 2]);
  });
});
