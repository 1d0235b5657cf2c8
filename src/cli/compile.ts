/**
 * `npm run build:cli`: bundles the `playbook` bin into dist-cli/ with esbuild (the entry, plus a chunk per command loaded
 * on demand), and beside it the build script and its downloads step, which `npm run build` runs from there.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, type BuildOptions, type OutputFile } from 'esbuild';
import { project } from '../node/project.ts';
import { codeVersion } from '../node/snapshot-code.ts';
import { runAsScript } from './common.ts';

/** Where the bin is compiled to (package.json `bin` points at its entry). */
const OUT = 'dist-cli';

/**
 * Only PDFs need these, and Node loads them from node_modules rather than the bundle: Playwright reads its own files
 * beside its code, and pdf.js starts a worker from its own folder. (pdf-lib is bundled: imported from node_modules,
 * Node scans its hundreds of CommonJS files for exports at every start, about 0.3 s; bundled, it costs a fraction.)
 */
const EXTERNAL = ['playwright-core', 'pdfjs-dist'];

/** Bundled CommonJS packages call require(); an ES module has none, so each output file makes its own. */
const REQUIRE =
  "import { createRequire as __playbookRequire } from 'node:module';\nconst require = __playbookRequire(import.meta.url);";

/** What every compiled file shares: Node ESM, the packages above left out, the stylesheet and code version built in. */
function options(root: string, outdir: string): BuildOptions & { write: false } {
  const css = readFileSync(join(root, 'src/core/render/playbook.css'), 'utf8');
  return {
    absWorkingDir: root,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE },
    // The stylesheet is read at run time from beside its module; the bundle lives elsewhere, so it carries the text.
    define: { PLAYBOOK_CSS: JSON.stringify(css), PLAYBOOK_CODE_VERSION: JSON.stringify(codeVersion()) },
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  };
}

/**
 * The compiled files for the folder `outdir`, in memory: the bin with a chunk per command, and `npm run build`'s two
 * scripts (the build and its downloads step, each one file, so that the bin's chunks stay its own).
 */
async function bundle(root: string, outdir: string): Promise<OutputFile[]> {
  const [bin, site] = await Promise.all([
    build({
      ...options(root, outdir),
      entryPoints: { playbook: 'src/cli/main.ts' },
      chunkNames: 'chunks/[name]-[hash]',
      splitting: true,
    }),
    build({
      ...options(root, outdir),
      entryPoints: { build: 'src/cli/build.ts', 'build-downloads': 'src/cli/build-downloads.ts' },
    }),
  ]);
  return [...bin.outputFiles, ...site.outputFiles];
}

/** The .mjs files a compile left in `dir` (the entry and its chunks), relative to it. */
function existing(dir: string): string[] {
  const list = (sub: string) => {
    try {
      return readdirSync(join(dir, sub))
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => join(sub, f));
    } catch {
      return [];
    }
  };
  return [...list('.'), ...list('chunks')];
}

/**
 * Writes what changed, each file aside and renamed into place, the chunks before the entry that imports them, then
 * removes chunks no longer used; output identical to what is there is left alone, so a running bin never misses one.
 */
function update(dir: string, files: OutputFile[]): number {
  const entry = join(dir, 'playbook.mjs');
  const changed = files.filter((f) => !sameFile(f)).sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const f of changed) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(`${f.path}.partial`, f.contents, { mode: f.path === entry ? 0o755 : 0o644 });
    renameSync(`${f.path}.partial`, f.path);
  }
  const kept = new Set(files.map((f) => relative(dir, f.path)));
  for (const old of existing(dir)) if (!kept.has(old)) rmSync(join(dir, old), { force: true });
  return changed.length;
}

function sameFile(file: OutputFile): boolean {
  try {
    return readFileSync(file.path).equals(file.contents);
  } catch {
    return false;
  }
}

/**
 * Compiles the bin into dist-cli/ (or `outdir`, which must be inside the project so that Node finds the packages left
 * out of the bundle) when its source changed; returns how many files were written (0: it was up to date).
 */
export async function compileCli(outdir = join(project().root, OUT)): Promise<number> {
  return update(outdir, await bundle(project().root, outdir));
}

/** `npm run build:cli`: compiles the bin; returns 0 (esbuild prints what failed, and then this throws). */
export async function main(): Promise<number> {
  const changed = await compileCli();
  console.log(changed ? `build:cli: wrote ${changed} file(s) in ${OUT}/` : `build:cli: ${OUT}/ is up to date`);
  return 0;
}

runAsScript(import.meta.url, main);
