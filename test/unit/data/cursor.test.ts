import { decodeCursor, encodeCursor } from '../../../src/data/cursor';
import { InvalidCursorError } from '../../../src/errors';

describe('pagination cursors', () => {
  const names = ['pk', 'sk', 'listPk', 'listSk'];
  const key = { pk: 'article:a', sk: 'ARTICLE', listPk: 'ARTICLE', listSk: '0000#article:a' };

  it('round-trips the key of an item', () => {
    // Act
    const cursor = encodeCursor(key);
    // Assess
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, names, { listPk: 'ARTICLE' })).toEqual(key);
  });

  it.each([
    ['not base64url', '%%%'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['another version', Buffer.from(JSON.stringify({ v: 2, k: key })).toString('base64url')],
    ['missing attributes', encodeCursor({ pk: 'article:a', sk: 'ARTICLE' })],
    ['extra attributes', encodeCursor({ ...key, extra: 'x' })],
    ['a number value', Buffer.from(JSON.stringify({ v: 1, k: { ...key, pk: 3 } })).toString('base64url')],
    ['an empty string', ''],
  ])('rejects a cursor that is %s', (_label, cursor) => {
    expect(() => decodeCursor(cursor, names, { listPk: 'ARTICLE' })).toThrow(InvalidCursorError);
  });

  it('rejects a cursor of another list (another partition)', () => {
    // Prepare
    const cursor = encodeCursor({ ...key, listPk: 'OTHER' });
    // Act / Assess
    expect(() => decodeCursor(cursor, names, { listPk: 'ARTICLE' })).toThrow(/Argument "after" is not a valid cursor/);
  });
});
