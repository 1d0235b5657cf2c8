/** Reads one content folder into validated entries, collecting every problem instead of stopping at the first. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { idSchema } from '../../core/schema/common.ts';
import { parseMarkdown, parseYaml, type ParsedMarkdown } from '../../core/library/parse-file.ts';
import { fromZod, type Problem } from '../../core/library/problems.ts';
import type { Entry } from '../../core/library/types.ts';

export type { Entry };

/** How a collection is stored on disk. */
export interface CollectionSpec<S extends z.ZodTypeAny> {
  dir: string;
  format: 'markdown' | 'yaml';
  schema: S;
}

/** A file that removes an earlier folder's entry: `hidden: true` and nothing else. */
const isHiding = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { hidden?: unknown }).hidden === true;

const EXTENSIONS = { markdown: ['.md', '.mdx'], yaml: ['.yaml', '.yml'] } as const;

/**
 * Loads a collection folder: every file parsed and validated against its schema. Problems are appended to
 * `problems`; the ids of all files, valid or not, go into `ids` so one bad file does not cascade into
 * "unknown id" errors elsewhere.
 */
export function readCollection<S extends z.ZodTypeAny>(
  root: string,
  spec: CollectionSpec<S>,
  problems: Problem[],
  ids = new Set<string>(),
  hidden: Entry<unknown>[] = [],
): Entry<z.infer<S>>[] {
  const folder = resolve(root, spec.dir);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    problems.push({ file: spec.dir, field: '(folder)', problem: 'folder not found' });
    return [];
  }
  const entries: Entry<z.infer<S>>[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = relative(root, join(folder, name)) || name;
    const id = entryId(name, file, spec.format, seen, problems);
    if (id === undefined) continue;
    seen.set(id, file);
    ids.add(id);
    const entry = readEntry(join(folder, name), file, id, spec, problems, hidden);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** Reads a YAML file each folder may hold (e.g. `vocabulary.yaml`), in folder order; a folder without one is skipped. */
export function readOptionalFiles<S extends z.ZodTypeAny>(
  root: string,
  dirs: readonly string[],
  name: string,
  schema: S,
  problems: Problem[],
): Entry<z.infer<S>>[] {
  const spec: CollectionSpec<S> = { dir: '', format: 'yaml', schema };
  return dirs.flatMap((dir) => {
    const path = resolve(root, dir, name);
    if (!existsSync(path)) return [];
    const entry = readEntry(path, relative(root, path) || name, name.replace(/\.ya?ml$/, ''), spec, problems);
    return entry ? [entry] : [];
  });
}

/** The id a file name gives, or undefined (with a problem) for a wrong type, a bad or a duplicate id. */
function entryId(
  name: string,
  file: string,
  format: CollectionSpec<z.ZodTypeAny>['format'],
  seen: Map<string, string>,
  problems: Problem[],
): string | undefined {
  const ext = extname(name);
  if (!(EXTENSIONS[format] as readonly string[]).includes(ext)) {
    problems.push({
      file,
      field: '(file)',
      problem: `unexpected file type '${ext || name}'`,
      allowed: EXTENSIONS[format],
    });
    return undefined;
  }
  const id = name.slice(0, -ext.length);
  if (!idSchema.safeParse(id).success) {
    problems.push({
      file,
      field: '(file name)',
      problem: `'${id}' is not a valid id: use lowercase letters, digits and single hyphens`,
    });
    return undefined;
  }
  if (seen.has(id)) {
    problems.push({ file, field: '(id)', problem: `duplicate id '${id}': ${seen.get(id)} has it too` });
    return undefined;
  }
  return id;
}

/** Parses and validates one file; undefined (with its problems recorded) when it does not validate. */
function readEntry<S extends z.ZodTypeAny>(
  path: string,
  file: string,
  id: string,
  spec: CollectionSpec<S>,
  problems: Problem[],
  hidden?: Entry<unknown>[],
): Entry<z.infer<S>> | undefined {
  const text = readFileSync(path, 'utf8');
  const parsed = spec.format === 'markdown' ? parseMarkdown(text, file) : parseYaml(text, file);
  if ('problem' in parsed) {
    problems.push(parsed);
    return undefined;
  }
  if (hidden && isHiding(parsed.data)) {
    const extra = Object.keys(parsed.data as object).filter((k) => k !== 'hidden');
    if (extra.length)
      problems.push({
        file,
        line: parsed.locate([extra[0]!]),
        field: extra[0]!,
        problem: 'a file that hides an entry holds only `hidden: true`',
        allowed: ['hidden'],
      });
    else hidden.push({ id, file, data: parsed.data, body: '', bodyLine: 0, locate: parsed.locate });
    return undefined;
  }
  const result = spec.schema.safeParse(parsed.data ?? {});
  if (!result.success) {
    problems.push(...fromZod(result.error, spec.schema, file, parsed.locate));
    return undefined;
  }
  const { body, bodyLine } = 'body' in parsed ? (parsed as ParsedMarkdown) : { body: '', bodyLine: 0 };
  return { id, file, data: result.data, body, bodyLine, locate: parsed.locate };
}
