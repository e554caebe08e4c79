/**
 * Stage `parse`: the plain-text article format (documented in seed/README.md, "Ingesting articles").
 *
 *     ---                        optional front matter: `key: value` lines,
 *     publishedAt: 2024-05-16    keys publishedAt, url, publisher (each at most once)
 *     ---
 *     Headline                   line 1 (after any front matter)
 *                                a blank line
 *     Image alt text             optional image block: the alt text, then
 *     Caption - Credit           the caption and credit, split at the last " - "
 *                                a blank line
 *     Body paragraphs, separated by blank lines; subheadings are paragraphs of their own.
 *
 * A UTF-8 BOM, CRLF line ends and trailing spaces are accepted (and normalised away). Anything else
 * malformed is an ArticleParseError naming the file and the line.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import type { SeedArticle } from '../schema';
import type { IngestDocument } from './document';

export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const FRONT_MATTER_FENCE = '---';
const frontMatterSchema = {
  publishedAt: z.iso.datetime({ offset: true }).or(z.iso.date()),
  url: z.url(),
  publisher: z.string().trim().min(1),
} as const;
type FrontMatterKey = keyof typeof frontMatterSchema;

/** `NNN_<16 hex>.txt`, the seed convention: the hash is the article id. */
const SEED_NAME = /^\d{3}_([0-9a-f]{16})\.txt$/;

/** The text with BOM, CRLF and trailing spaces removed, as lines (trailing blank lines dropped). */
export function normalisedLines(raw: string): string[] {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.replace(/[ \t]+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The article id: `article:<hash>` for a `NNN_<hash>.txt` file, else `article:` and the first 16
 * hex digits of the SHA-256 of the normalised text (so the same text gives the same id whatever
 * its file name, line ends or BOM).
 */
export function articleIdFor(path: string, lines: readonly string[]): string {
  const match = SEED_NAME.exec(basename(path));
  if (match) return `article:${match[1]}`;
  return `article:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
}

/** Parses the article text of `path`. @throws ArticleParseError */
export function parseArticleText(path: string, raw: string): SeedArticle {
  const file = basename(path);
  const fail = (line: number, reason: string): never => {
    throw new ArticleParseError(file, line, reason);
  };
  if (raw.includes('\u0000')) fail(1, 'not a text file (contains NUL bytes)');
  const lines = normalisedLines(raw);
  const meta: Partial<Record<FrontMatterKey, string>> = {};
  let at = 0;
  if (lines[0] === FRONT_MATTER_FENCE) {
    const close = lines.indexOf(FRONT_MATTER_FENCE, 1);
    if (close === -1) fail(1, 'front matter opened with "---" is never closed');
    for (let i = 1; i < close; i++) {
      const line = lines[i]!;
      if (line === '') continue;
      const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
      if (!m) fail(i + 1, `front matter line must be "key: value", got "${line.slice(0, 60)}"`);
      const [, key, value] = m!;
      if (!(key! in frontMatterSchema)) fail(i + 1, `unknown front matter key "${key}" (allowed: ${Object.keys(frontMatterSchema).join(', ')})`);
      if (meta[key as FrontMatterKey] !== undefined) fail(i + 1, `front matter key "${key}" given twice`);
      const parsed = frontMatterSchema[key as FrontMatterKey].safeParse(value);
      if (!parsed.success) fail(i + 1, `front matter "${key}" is not valid: "${value!.slice(0, 60)}"`);
      meta[key as FrontMatterKey] = value!.trim();
    }
    at = close + 1;
  }
  const lineNo = (i: number) => i + 1;
  const title = lines[at];
  if (title === undefined || title.trim() === '') fail(lineNo(at), 'expected the headline here');
  if (lines.length <= at + 2) fail(lineNo(at + 1), 'expected a blank line and then the article after the headline');
  if (lines[at + 1] !== '') fail(lineNo(at + 1), 'expected a blank line after the headline');
  let bodyStart = at + 2;
  let image: Pick<SeedArticle, 'imageAlt' | 'imageCaption' | 'imageCredit'> = { imageAlt: null, imageCaption: null, imageCredit: null };
  if (lines[bodyStart] === '') fail(lineNo(bodyStart), 'expected one blank line after the headline, found two');
  const second = lines[bodyStart + 1];
  if (second !== undefined && second !== '') {
    // Two non-blank lines in a row: the image block (alt text, then "caption - credit").
    const split = second.lastIndexOf(' - ');
    if (split <= 0 || split + 3 >= second.length) fail(lineNo(bodyStart + 1), 'expected the image line "caption - credit" (split at the last " - ") after the alt text');
    if (lines[bodyStart + 2] !== undefined && lines[bodyStart + 2] !== '') fail(lineNo(bodyStart + 2), 'expected a blank line after the image block');
    image = { imageAlt: lines[bodyStart]!, imageCaption: second.slice(0, split).trim(), imageCredit: second.slice(split + 3).trim() };
    bodyStart += 3;
    if (lines[bodyStart] === undefined) fail(lineNo(bodyStart - 1), 'the article has an image block but no body');
    if (lines[bodyStart] === '') fail(lineNo(bodyStart), 'expected one blank line after the image block, found two');
  }
  const body = lines.slice(bodyStart).join('\n');
  return {
    id: articleIdFor(path, lines),
    title: title!.trim(),
    body,
    publishedAt: meta.publishedAt ?? null,
    dateDescription: null,
    publisher: meta.publisher ?? null,
    url: meta.url ?? null,
    ...image,
  };
}

/** The `parse` component. */
export function parse(doc: IngestDocument): IngestDocument {
  return { ...doc, article: parseArticleText(doc.path, doc.raw) };
}
