import { ArticleParseError, articleIdFor, parseArticleText } from '../../../seed/ingest/parse-article';

describe('stage parse: the article format', () => {
  it('reads headline, image block (caption and credit split at the last " - ") and body', () => {
    // Prepare
    const raw = 'Ferry strike halts crossings\n\nA ferry at the quay\nThe ferry Aurora - at dawn - Jo Lind/Harbour Photos\n\nFirst paragraph.\n\nA subheading\n\nLast paragraph.\n';
    // Act
    const article = parseArticleText('007_00112233445566ff.txt', raw);
    // Assess
    expect(article).toEqual({
      id: 'article:00112233445566ff',
      title: 'Ferry strike halts crossings',
      body: 'First paragraph.\n\nA subheading\n\nLast paragraph.',
      publishedAt: null,
      dateDescription: null,
      publisher: null,
      url: null,
      imageAlt: 'A ferry at the quay',
      imageCaption: 'The ferry Aurora - at dawn',
      imageCredit: 'Jo Lind/Harbour Photos',
    });
  });

  it('accepts no image block, CRLF line ends, trailing spaces and a BOM, and reads front matter', () => {
    // Prepare
    const raw = '\uFEFF---\r\npublishedAt: 2021-03-04\r\nurl: https://example.org/a\r\npublisher: The Harbour Gazette\r\n---\r\nHeadline  \r\n\r\nOnly paragraph.   \r\n';
    // Act
    const article = parseArticleText('draft.txt', raw);
    // Assess
    expect([article.title, article.body, article.imageAlt, article.publishedAt, article.url, article.publisher]).toEqual([
      'Headline', 'Only paragraph.', null, '2021-03-04', 'https://example.org/a', 'The Harbour Gazette',
    ]);
  });

  it('derives a stable id from the normalised content for other file names', () => {
    // Prepare
    const lf = 'Title\n\nBody text.\n';
    const crlf = '\uFEFFTitle\r\n\r\nBody text.\r\n';
    // Act
    const [a, b, c] = [parseArticleText('a.txt', lf).id, parseArticleText('b.txt', crlf).id, parseArticleText('a.txt', 'Other\n\nBody.').id];
    // Assess
    expect(a).toMatch(/^article:[0-9a-f]{16}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(articleIdFor('012_aaaaaaaaaaaaaaaa.txt', [])).toBe('article:aaaaaaaaaaaaaaaa');
  });

  it.each([
    ['', 1, 'expected the headline'],
    ['Title\nNo blank line\n\nBody', 2, 'expected a blank line after the headline'],
    ['Title\n\nAlt text\nCaption without credit\n\nBody', 4, 'caption - credit'],
    ['---\npublishedAt: yesterday\n---\nTitle\n\nBody', 2, 'publishedAt'],
    ['---\nauthor: Jo\n---\nTitle\n\nBody', 2, 'unknown front matter key'],
    ['---\nurl: https://example.org\nTitle\n\nBody', 1, 'never closed'],
    ['Title\n\n', 2, 'expected a blank line and then the article'],
  ])('rejects a malformed article with one line naming file and line (%j)', (raw, line, reason) => {
    // Act
    const error = (() => {
      try {
        parseArticleText('/tmp/x/broken.txt', raw);
      } catch (e) {
        return e as ArticleParseError;
      }
      throw new Error('no error');
    })();
    // Assess
    expect(error).toBeInstanceOf(ArticleParseError);
    expect(error.message).toMatch(new RegExp(`^broken\\.txt:${line}: .*${reason}`));
    expect(error.message).not.toContain('\n');
  });
});
