import { segmentText, tokenEndingAt, tokenStartingAt } from '../../../seed/ingest/segment';
import { articleText, runUntil } from './support';

describe('stage segment: sentences and tokens', () => {
  it('splits sentences and gives each token its offsets in the field', () => {
    // Prepare
    const text = 'Dr. Ana Moreno landed in Lima on 3 May. She met the mayor.';
    // Act
    const sentences = segmentText('BODY', text);
    // Assess
    expect(sentences.map((s) => s.text)).toEqual(['Dr. Ana Moreno landed in Lima on 3 May.', 'She met the mayor.']);
    for (const t of sentences.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
    const may = sentences[0]!.tokens.find((t) => t.text === 'May')!;
    expect(may.numeric).toBe(true);
    expect(sentences[0]!.tokens.find((t) => t.text === 'Lima')!.pos).toBe('PROPN');
  });

  it('segments title, caption, credit and body, and each paragraph on its own', () => {
    // Prepare
    const raw = 'Rains return\n\nA flooded road\nA flooded road near Quito - Luis Vera/Andes Press\n\nThe rains came early\n\nRivers rose in the north. Schools closed.';
    // Act
    const doc = runUntil('segment', raw);
    // Assess
    expect(doc.sentences!.map((s) => [s.field, s.text])).toEqual([
      ['TITLE', 'Rains return'],
      ['IMAGE_CAPTION', 'A flooded road near Quito'],
      ['IMAGE_CREDIT', 'Luis Vera/Andes Press'],
      ['BODY', 'The rains came early'],
      ['BODY', 'Rivers rose in the north.'],
      ['BODY', 'Schools closed.'],
    ]);
    const body = doc.article!.body;
    for (const s of doc.sentences!.filter((x) => x.field === 'BODY')) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(articleText('T', 'a')).toBe('T\n\na\n');
  });

  it('finds the token that starts or ends at an offset, as a scan of the tokens would', () => {
    // Prepare
    const [sentence] = segmentText('BODY', 'Ines Calloway, the Ruritanian trade envoy, flew to Port Avel on Monday.');
    const tokens = sentence!.tokens;
    // Act
    const starts = tokens.map((t) => tokenStartingAt(sentence!, t.start));
    const ends = tokens.map((t) => tokenEndingAt(sentence!, t.end));
    // Assess
    expect(starts).toEqual(tokens.map((_, i) => i));
    expect(ends).toEqual(tokens.map((_, i) => i));
    // An offset inside a token, in a gap or outside the sentence is no token's.
    const flew = tokens.findIndex((t) => t.text === 'flew');
    expect(tokenStartingAt(sentence!, tokens[flew]!.start + 1)).toBe(-1);
    expect(tokenEndingAt(sentence!, tokens[flew]!.end + 1)).toBe(-1);
    expect(tokenStartingAt(sentence!, -1)).toBe(-1);
    expect(tokenEndingAt(sentence!, sentence!.end + 10)).toBe(-1);
  });
});
