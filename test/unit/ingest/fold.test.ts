import { foldForTokenizer } from '../../../seed/ingest/fold';
import { segmentText } from '../../../seed/ingest/segment';

describe('the tokenizer fold', () => {
  it('keeps the length and folds letters beyond Latin-1 to a base letter of the same case', () => {
    // Prepare
    const texts = ['Łukasz Wąsowicz', 'Ağrı and İzmir', 'Dvořák of Plzeň', 'Nguyễn Thị Mỹ', 'Кирилл in Ōsaka', 'plain ASCII, café and Zürich', 's\u0327 (a separate accent)', 'the 𝒜 sign'];
    // Act
    const folded = texts.map(foldForTokenizer);
    // Assess
    folded.forEach((f, i) => expect(f.length).toBe(texts[i]!.length));
    // Latin-1 letters (á) stay as they are: wink keeps them whole.
    expect(folded.slice(0, 4)).toEqual(['Lukasz Wasowicz', 'Agri and Izmir', 'Dvorák of Plzen', 'Nguyen Thi My']);
    expect(folded[4]).toBe('Xxxxxx in Osaka');
    expect(folded[5]).toBe(texts[5]); // Latin-1 is left alone (wink keeps it whole)
    expect(folded[6]).toBe('sx (a separate accent)');
  });

  it('lets segment keep such names as one token each, with the original text and offsets', () => {
    // Prepare
    const text = 'Zofia Wąsowska met Emre Yıldırım in Gdańsk. Mr Yıldırım left.';
    // Act
    const sentences = segmentText('BODY', text);
    // Assess
    const tokens = sentences.flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.text)).toEqual(['Zofia', 'Wąsowska', 'met', 'Emre', 'Yıldırım', 'in', 'Gdańsk', '.', 'Mr', 'Yıldırım', 'left', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'Yıldırım')!.pos).toBe('PROPN');
    expect(sentences.map((s) => s.text)).toEqual(['Zofia Wąsowska met Emre Yıldırım in Gdańsk.', 'Mr Yıldırım left.']);
  });
});
