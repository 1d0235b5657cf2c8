/** Loads and validates the whole content library: the one loader the site, the scripts and the tests share. */
import { resolve } from 'node:path';
import {
  playbookSchema,
  profileSchema,
  situationSchema,
  sourceSchema,
  tacticSchema,
  vocabularySchema,
} from '../../core/schema/index.ts';
import { readCatalogue } from './catalogue.ts';
import { readCollection, readOptionalFiles } from './collections.ts';
import { checkVocabulary } from '../../core/library/check-vocabulary.ts';
import { crossCheck } from '../../core/library/crosscheck.ts';
import { ValidationError, type Problem } from '../../core/library/problems.ts';
import { Library } from '../../core/library/library.ts';
import type { LibraryEntries } from '../../core/library/types.ts';
import { settings } from '../config.ts';
import { tacticSteps } from '../../core/markdown/steps.ts';
import { tacticBlocks } from '../../core/markdown/blocks.ts';
import { isMdxFile } from '../../core/markdown/parse.ts';

/** Where the content and the shared catalogue live. */
export interface LoadOptions {
  /** Project root; content paths in messages are relative to it. */
  root?: string;
  /** Content folder relative to root (default: the settings' content folder). */
  contentDir?: string;
  /** The advice-point catalogue (default: the settings' catalogue). */
  adviceFile?: string;
}

/** Loads every collection, validates it, cross-checks ids; throws a ValidationError listing every problem. */
export function loadLibrary(options: LoadOptions = {}): Library {
  return libraryOf(loadEntries(options));
}

/** Every collection's entries, validated and cross-checked (what a build's snapshot keeps); throws a ValidationError. */
export function loadEntries(options: LoadOptions = {}): LibraryEntries {
  const config = settings();
  const root = resolve(options.root ?? config.root);
  const dir = options.contentDir ?? config.contentDir;
  const catalogueName = options.adviceFile ?? config.adviceFile;
  const adviceFile = resolve(root, catalogueName);
  const problems: Problem[] = [];
  const tacticIds = new Set<string>();
  const entries = {
    tactics: readCollection(
      root,
      { dir: `${dir}/tactics`, format: 'markdown', schema: tacticSchema },
      problems,
      tacticIds,
    ),
    playbooks: readCollection(root, { dir: `${dir}/playbooks`, format: 'markdown', schema: playbookSchema }, problems),
    sources: readCollection(root, { dir: `${dir}/sources`, format: 'yaml', schema: sourceSchema }, problems),
    situations: readCollection(root, { dir: `${dir}/situations`, format: 'yaml', schema: situationSchema }, problems),
    profiles: readCollection(root, { dir: `${dir}/profiles`, format: 'yaml', schema: profileSchema }, problems),
    vocabulary: readOptionalFiles(root, [dir], 'vocabulary.yaml', vocabularySchema, problems),
  };
  const catalogue = readCatalogue(adviceFile);
  problems.push(...crossCheck(entries, tacticIds, catalogue, catalogueName, dir));
  problems.push(...checkVocabulary(entries.vocabulary));
  if (problems.length) throw new ValidationError(problems);
  // Credits come from the catalogue unless the source file says otherwise (long article titles live there only).
  for (const source of entries.sources) {
    const credit = catalogue.find((c) => c.id === source.id)!.credit;
    source.data = { ...Object.fromEntries(Object.entries(credit).filter(([, v]) => v)), ...source.data };
  }
  return entries;
}

/** The library of entries that were validated when they were loaded: nothing is checked again. */
export function libraryOf(entries: LibraryEntries): Library {
  return new Library(
    entries,
    (t) => tacticSteps(t.body, { mdx: isMdxFile(t.file) }),
    (t) => tacticBlocks(t.body, { mdx: isMdxFile(t.file) }),
  );
}

const cache = new Map<string, Library>();

function cacheKey(options: LoadOptions): string {
  const config = settings();
  return JSON.stringify([
    options.root ?? config.root,
    options.contentDir ?? config.contentDir,
    options.adviceFile ?? config.adviceFile,
  ]);
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
