/**
 * Reads and validates seed files completely before anything is written. Every problem is
 * collected with the file, the item and the field it concerns, so one run reports them all.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
import { relationshipId } from '../src/data/ids';
import type { EntityRecord } from '../src/data/model';
import { computeMentions, fieldText } from './mentions';
import { seedFileSchema, type SeedFile } from './schema';

export interface SeedProblem {
  readonly file: string;
  /** The item, e.g. `entity "entity:vladimir-putin"` or `relationships[3]`. */
  readonly item: string;
  /** The field path inside the item, e.g. `evidence[0].quote`. */
  readonly field: string;
  readonly message: string;
}

export class SeedValidationError extends Error {
  override readonly name = 'SeedValidationError';
  constructor(readonly problems: readonly SeedProblem[]) {
    super(`${problems.length} problem(s) in the seed files:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function formatProblem(p: SeedProblem): string {
  return `  ${p.file}: ${p.item}${p.field ? ` → ${p.field}` : ''}: ${p.message}`;
}

export interface LoadedSeedFile {
  readonly path: string;
  readonly data: SeedFile;
}

/** The .json files named, or inside the directories named, sorted by path. */
export async function resolveSeedPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new SeedValidationError([{ file: path, item: 'file', field: '', message: 'no such file or directory' }]);
    });
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return [...new Set(files)];
}

const display = (path: string) => relative(process.cwd(), path) || basename(path);

function itemLabel(data: unknown, path: readonly PropertyKey[]): { item: string; field: string } {
  const [section, index, ...rest] = path;
  const restPath = (parts: readonly PropertyKey[]) =>
    parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  if ((section === 'entities' || section === 'relationships') && typeof index === 'number') {
    const raw = (data as Record<string, unknown[]>)?.[section]?.[index] as Record<string, unknown> | undefined;
    const label =
      section === 'entities' && typeof raw?.id === 'string'
        ? `entity "${raw.id}"`
        : section === 'relationships' && raw && typeof raw.source === 'string'
          ? `relationship ${String(raw.source)} ${String(raw.type)} ${String(raw.target)}`
          : `${section}[${index}]`;
    return { item: label, field: restPath(rest) };
  }
  if (section === 'article') return { item: 'article', field: restPath(path.slice(1)) };
  return { item: section === undefined ? 'file' : String(section), field: restPath(path.slice(1)) };
}

function zodProblems(file: string, data: unknown, error: z.ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({ file, ...itemLabel(data, issue.path), message: issue.message }));
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Checks one parsed file beyond its shape: references, quotes, ambiguity, duplicates, mentions. */
function semanticProblems(file: string, data: SeedFile): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const add = (item: string, field: string, message: string) => problems.push({ file, item, field, message });

  const entities = new Map<string, SeedFile['entities'][number]>();
  for (const entity of data.entities) {
    const previous = entities.get(entity.id);
    if (previous && !sameJson(previous, entity)) add(`entity "${entity.id}"`, 'id', 'defined twice with different content');
    entities.set(entity.id, entity);
    entity.aliases.forEach((alias, i) => {
      if (alias === entity.name) add(`entity "${entity.id}"`, `aliases[${i}]`, 'repeats the name');
    });
  }

  const owner = new Map<string, string>();
  for (const entity of entities.values()) {
    for (const text of new Set([entity.name, ...entity.aliases])) {
      const other = owner.get(text);
      if (other && other !== entity.id) {
        add(`entity "${entity.id}"`, 'aliases', `"${text}" is also a name or alias of ${other}; mentions would be ambiguous`);
      }
      owner.set(text, entity.id);
    }
  }

  const triples = new Map<string, SeedFile['relationships'][number]>();
  data.relationships.forEach((rel, i) => {
    const item = `relationship ${rel.source} ${rel.type} ${rel.target}`;
    if (!entities.has(rel.source)) add(item, 'source', `${rel.source} is not defined in this file's entities`);
    if (!entities.has(rel.target)) add(item, 'target', `${rel.target} is not defined in this file's entities`);
    if (rel.source === rel.target) add(item, 'target', 'a relationship needs two different entities');
    const key = `${rel.source} ${rel.type} ${rel.target}`;
    const previous = triples.get(key);
    if (previous && !sameJson(previous, rel)) add(item, `relationships[${i}]`, 'the same source, type and target appear twice with different content; put all quotes in one evidence list');
    triples.set(key, rel);
    rel.evidence.forEach((evidence, j) => {
      const text = fieldText(data.article, evidence.field);
      if (!text.includes(evidence.quote)) {
        add(item, `evidence[${j}].quote`, `not found verbatim in the article's ${evidence.field}: "${evidence.quote.slice(0, 80)}"`);
      }
    });
  });

  const records = [...entities.values()].map(toEntityRecord);
  const mentioned = new Set(computeMentions(data.article, records).map((m) => m.entityId));
  for (const entity of records) {
    if (!mentioned.has(entity.id)) {
      add(`entity "${entity.id}"`, 'name', 'neither the name nor any alias occurs as a whole word in the article (title, caption, credit or body)');
    }
  }
  return problems;
}

export function toEntityRecord(entity: SeedFile['entities'][number]): EntityRecord {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    description: entity.description,
    wikidataId: entity.wikidataId,
    proposal: entity.proposed ?? null,
  };
}

/**
 * Problems between files: one article in two files, one entity defined differently. Each copy of
 * an entity is compared with its first curated copy (curated wins, so a proposed copy is the one
 * named as wrong), or with its first copy when all are proposed.
 */
function crossFileProblems(files: readonly LoadedSeedFile[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const articles = new Map<string, string>();
  const copies = new Map<string, Array<{ file: string; entity: SeedFile['entities'][number] }>>();
  for (const { path, data } of files) {
    const file = display(path);
    const other = articles.get(data.article.id);
    if (other) problems.push({ file, item: 'article', field: 'id', message: `${data.article.id} is also the article of ${other}` });
    articles.set(data.article.id, file);
    for (const entity of data.entities) {
      const list = copies.get(entity.id) ?? [];
      if (!list.some((copy) => copy.file === file)) list.push({ file, entity });
      copies.set(entity.id, list);
    }
  }
  for (const list of copies.values()) {
    const reference = list.find((copy) => copy.entity.proposed === undefined) ?? list[0]!;
    for (const { file, entity } of list) {
      if (file === reference.file) continue;
      for (const field of ['name', 'type', 'wikidataId'] as const) {
        if (reference.entity[field] !== entity[field]) {
          problems.push({
            file,
            item: `entity "${entity.id}"`,
            field,
            message: `"${String(entity[field])}" differs from "${String(reference.entity[field])}" in ${reference.file}; one entity has one ${field}`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * Loads and validates seed files.
 * @throws SeedValidationError listing every problem found; nothing has been written then.
 */
export async function loadSeedFiles(paths: readonly string[]): Promise<LoadedSeedFile[]> {
  const files = await resolveSeedPaths(paths);
  if (files.length === 0) throw new SeedValidationError([{ file: paths.join(', '), item: 'file', field: '', message: 'no .json seed files found' }]);
  const problems: SeedProblem[] = [];
  const loaded: LoadedSeedFile[] = [];
  for (const path of files) {
    const file = display(path);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ file, item: 'file', field: '', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = seedFileSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...zodProblems(file, raw, parsed.error));
      continue;
    }
    problems.push(...semanticProblems(file, parsed.data));
    loaded.push({ path, data: parsed.data });
  }
  problems.push(...crossFileProblems(loaded));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return loaded;
}

/** The relationship id a seed relationship gets. */
export const seedRelationshipId = (rel: SeedFile['relationships'][number]) => relationshipId(rel.source, rel.type, rel.target);
