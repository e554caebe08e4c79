/**
 * Opaque pagination cursors. A cursor is the DynamoDB key of the item it points at (table key
 * plus the index key the list is read from), so "after" maps straight onto ExclusiveStartKey.
 * It is base64url JSON with a version tag; decoding checks its shape and that it belongs to the
 * list being read (same index partition), so a forged or foreign cursor is a client error.
 */
import { InvalidCursorError } from '../errors';

const VERSION = 1;

export type KeyValues = Readonly<Record<string, string>>;

export function encodeCursor(key: KeyValues): string {
  return Buffer.from(JSON.stringify({ v: VERSION, k: key }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor} for a list keyed by `attributes`.
 * @param expected attribute values the cursor must carry (the list's partition).
 * @throws InvalidCursorError when the cursor is malformed or belongs to another list.
 */
export function decodeCursor(cursor: string, attributes: readonly string[], expected: KeyValues): KeyValues {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { v?: unknown }).v !== VERSION) throw new InvalidCursorError();
  const key = (parsed as { k?: unknown }).k;
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw new InvalidCursorError();
  const entries = Object.entries(key as Record<string, unknown>);
  if (entries.length !== attributes.length) throw new InvalidCursorError();
  for (const [name, value] of entries) {
    if (!attributes.includes(name) || typeof value !== 'string' || value.length === 0 || value.length > 2048) {
      throw new InvalidCursorError();
    }
  }
  for (const [name, value] of Object.entries(expected)) {
    if ((key as Record<string, string>)[name] !== value) throw new InvalidCursorError();
  }
  return key as KeyValues;
}
