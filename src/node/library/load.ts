/**
 * Loads and validates the whole content library: the one loader the site, the scripts and the tests share. The
 * library may span several content folders (the config's `content` list): a later folder adds entries, replaces an
 * earlier entry with the same id, or removes one with a file holding only `hidden: true`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkTemplates, parseTemplates } from '../../core/library/check-templates.ts';
import {
  playbookSchema,
  profileSchema,
  situationSchema,
  sourceSchema,
  tacticSchema,
  vocabularySchema,
} from '../../core/schema/index.ts';
import { readCollection, readOptionalFiles, type CollectionSpec } from './collections.ts';
import { checkVocabulary } from '../../core/library/check-vocabulary.ts';
import { crossCheck } from '../../core/library/crosscheck.ts';
import { ARTICLE_TITLES } from '../../core/library/article-titles.ts';
import {
  addPhrases,
  dropHiddenReferences,
  mergeFolders,
  situationOverlay,
  type Layer,
} from '../../core/library/overlay.ts';
import { ValidationError, type Problem } from '../../core/library/problems.ts';
import { Library } from '../../core/library/library.ts';
import type { Entry, LibraryEntries } from '../../core/library/types.ts';
import { settings } from '../config.ts';
import { tacticSteps } from '../../core/markdown/steps.ts';
import { tacticBlocks } from '../../core/markdown/blocks.ts';
import { isMdxFile } from '../../core/markdown/parse.ts';

/** Where the content lives. */
export interface LoadOptions {
  /** Project root; content paths in messages are relative to it. */
  root?: string;
  /** One content folder relative to root (default: the settings' folders). */
  contentDir?: string;
  /** Several content folders in order, relative to root (default: the settings' folders). */
  contentDirs?: readonly string[];
}

const folders = (options: LoadOptions): readonly string[] =>
  options.contentDirs ?? (options.contentDir ? [options.contentDir] : settings().contentDirs);

/** Reads one collection from every folder; a company folder need not have every collection. */
function readLayers<S extends z.ZodTypeAny>(
  root: string,
  dirs: readonly string[],
  sub: string,
  spec: Omit<CollectionSpec<S>, 'dir'>,
  problems: Problem[],
  overlaySchema: z.ZodTypeAny = spec.schema,
): Layer<z.infer<S>>[] {
  return dirs.flatMap((dir, i) => {
    const path = `${dir}/${sub}`;
    if (i > 0 && !existsSync(resolve(root, path))) return [];
    const ids = new Set<string>();
    const hidden: Entry<unknown>[] = [];
    const schema = i === 0 ? spec.schema : overlaySchema;
    const entries = readCollection(root, { ...spec, schema, dir: path }, problems, ids, hidden);
    return [{ entries, hidden, ids }];
  });
}

/** Every collection's entries, validated and cross-checked (what a build's snapshot keeps); throws a ValidationError. */
export function loadEntries(options: LoadOptions = {}): LibraryEntries {
  const root = resolve(options.root ?? settings().root);
  const dirs = folders(options);
  const problems: Problem[] = [];
  const read = <S extends z.ZodTypeAny>(sub: string, format: 'markdown' | 'yaml', schema: S, kind: string) =>
    mergeFolders(readLayers(root, dirs, sub, { format, schema }, problems), kind, problems);
  const tactics = read('tactics', 'markdown', tacticSchema, 'tactic');
  const entries: LibraryEntries = {
    tactics: tactics.entries,
    playbooks: read('playbooks', 'markdown', playbookSchema, 'playbook').entries,
    sources: read('sources', 'yaml', sourceSchema, 'source').entries,
    situations: mergeFolders(
      readLayers(root, dirs, 'situations', { format: 'yaml', schema: situationSchema }, problems, situationOverlay),
      'situation',
      problems,
      addPhrases,
    ).entries,
    // The example companies; `examples: false` in the company config leaves them out of the site and the downloads.
    profiles: settings().examples ? read('profiles', 'yaml', profileSchema, 'profile').entries : [],
    vocabulary: readOptionalFiles(root, dirs, 'vocabulary.yaml', vocabularySchema, problems),
  };
  // The tailoring templates (grid, scorecard, cadence): a company folder replaces a whole template by its file name.
  const templates = read('templates', 'yaml', z.unknown(), 'template').entries;
  dropHiddenReferences(entries, tactics.removed);
  // The library's article titles are quoted as published, so they live outside content/ (see article-titles.ts).
  for (const source of entries.sources) {
    const title = ARTICLE_TITLES[source.id];
    if (title && source.data.kind === 'article' && !source.data.title) source.data = { ...source.data, title };
  }
  problems.push(...crossCheck(entries, tactics.ids, dirs[0]));
  problems.push(...checkVocabulary(entries.vocabulary ?? []));
  const pointIds = entries.sources.flatMap((s) => s.data.points.map((p) => p.id));
  problems.push(...checkTemplates(templates, new Set(pointIds), pointIds, dirs[0]));
  if (problems.length) throw new ValidationError(problems);
  entries.templates = parseTemplates(templates);
  return entries;
}

/** Loads every collection, validates it, cross-checks ids; throws a ValidationError listing every problem. */
export function loadLibrary(options: LoadOptions = {}): Library {
  return libraryOf(loadEntries(options));
}

/** The library of entries that were validated when they were loaded: nothing is checked again. */
export function libraryOf(entries: LibraryEntries): Library {
  return new Library(
    entries,
    (t) => tacticSteps(t.body, { mdx: isMdxFile(t.file) }),
    (t) => tacticBlocks(t.body, { mdx: isMdxFile(t.file) }),
  );
}

/**
 * One cache per process, not per module instance: `astro build` loads this module twice (once for the content
 * config, once inside its server bundle), and both should share one load of the library.
 */
const CACHE = Symbol.for('playbook.library-cache');
const cache: Map<string, Library> = ((globalThis as { [CACHE]?: Map<string, Library> })[CACHE] ??= new Map());

function cacheKey(options: LoadOptions): string {
  return JSON.stringify([options.root ?? settings().root, folders(options)]);
}

/** Like loadLibrary, but loads once per process (the site asks for it from several collections). */
export function loadLibraryOnce(options: LoadOptions = {}): Library {
  const key = cacheKey(options);
  let lib = cache.get(key);
  if (!lib) cache.set(key, (lib = loadLibrary(options)));
  return lib;
}

/** Makes loadLibraryOnce() for the settings' folders return `lib` (checked when its snapshot was built) without loading. */
export function preloadLibrary(lib: Library): void {
  cache.set(cacheKey({}), lib);
}
