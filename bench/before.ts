/**
 * `npm run bench -- --before <git ref>`: the whole-process figures of an earlier commit, measured in the same run as
 * today's, so a change is shown side by side rather than against a number from another day. The earlier tree is
 * unpacked with `git archive` into a temporary folder (the repository is not touched) and uses this project's
 * packages, linked one by one so that Astro's caches stay apart. Its commands are read from its own package.json
 * scripts (`tsx …` runs through tsx, as `npm run` did), as a fresh checkout would run them: without a build, so
 * without a snapshot. Commits from before the project carried its advice points read them from
 * `../shared/advice-points.yaml`, so the folder beside this project is linked beside the unpacked tree when there
 * is one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { astroBuild } from './build.ts';
import type { Cli } from './process.ts';
import { stats, type Stats } from './stats.ts';
import { MAXRSS_PROBE, profiles } from './tailor.ts';

/** One side's figures (wall ms for the cold starts, seconds elsewhere). */
export interface SideResult {
  searchMs: Stats;
  tailorMs: Stats;
  /** 1,000 profiles through the tailor command (md, html, json). */
  batch: { seconds: number; msPerProfile: number; peakRssMb: number };
  /** One profile to PDF as a whole process, browser start included. */
  pdfSingleSeconds: Stats;
  /** A folder of profiles to PDF through the tailor command, seconds per PDF. */
  pdfPerPdfSeconds: number;
  /** `astro build` of the commit's own content (user + sys of the process tree). */
  astroCpuSeconds: Stats;
  pages: number;
}

export interface BeforeAfter {
  ref: string;
  commit: string;
  rounds: number;
  nodeMs: Stats;
  before: SideResult;
  after: SideResult;
}

// Preloaded into every node process of a run (NODE_OPTIONS reaches tsx's child too): peak resident memory at exit.
const PROBE = `--import=${MAXRSS_PROBE}`;

/** A tree to run commands in: its root, its environment, and the argv (after `node`) of its two commands. */
interface Tree {
  root: string;
  env: NodeJS.ProcessEnv;
  search: string[];
  tailor: string[];
}

/** The argv of a package.json script: `tsx …` through this project's tsx (as `npm run` would), `node …` as is. */
function scriptArgv(root: string, name: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const words = (scripts[name] ?? '').split(/\s+/).filter((w) => w && !/^[A-Z_]+=/.test(w));
  if (words[0] === 'tsx') return [resolve('node_modules/tsx/dist/cli.mjs'), ...words.slice(1)];
  if (words[0] === 'node') return words.slice(1);
  throw new Error(`${root}/package.json: script '${name}' is neither 'tsx …' nor 'node …': ${scripts[name]}`);
}

function run(tree: Tree, args: string[], probe = false): { ms: number; peakRssMb: number } {
  const env = { ...tree.env, ...(probe && { NODE_OPTIONS: `${tree.env.NODE_OPTIONS ?? ''} ${PROBE}`.trim() }) };
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: tree.root, env, encoding: 'utf8', maxBuffer: 2 ** 26 });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${tree.root}: ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  const rss = [...result.stderr.matchAll(/@@maxrss (\d+)/g)].map((m) => Number(m[1]));
  return { ms, peakRssMb: Math.max(0, ...rss) / 1024 };
}

function profileFolder(work: string, name: string, count: number, seed: number): string {
  const dir = join(work, name);
  mkdirSync(dir);
  profiles(count, seed).forEach((p, i) => writeFileSync(join(dir, `${String(i).padStart(5, '0')}.yaml`), stringify(p)));
  return dir;
}

/** `astro build` of a tree's own content: its CPU seconds and the pages it wrote. */
function buildOf(tree: Tree, out: string): { cpu: number; pages: number } {
  const cpu = astroBuild(tree.root, tree.env, out);
  const pages = execFileSync('find', [out, '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
  rmSync(out, { recursive: true, force: true });
  return { cpu, pages };
}

/** Profiles in the batch each side tailors. */
const BATCH = 1000;

/**
 * Times `ref` and the working tree (through `cli`, the compiled bin with a current snapshot) in interleaved rounds:
 * cold `search --json "quick wins"` and one-profile `tailor` (md, html, json) with `node -e 0`, one PDF as a whole
 * process, then a 1,000-profile batch, a folder of `pdfBatch` PDFs and `astro build` on each side.
 */
export function benchBeforeAfter(ref: string, cli: Cli, rounds: number, pdfBatch: number, builds = 3): BeforeAfter {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const work = mkdtempSync(join(tmpdir(), 'bench-before-'));
  try {
    const root = join(work, 'main');
    mkdirSync(root);
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${root}"`]);
    // This project's packages, one link each: a link to the whole folder would share Astro's and Vite's caches
    // (node_modules/.astro holds the content layer's store), and one tree's content would leak into the other's build.
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync(resolve('node_modules')).filter((n) => !['.astro', '.vite', '.cache'].includes(n)))
      symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
    if (existsSync(resolve('../shared'))) symlinkSync(resolve('../shared'), join(work, 'shared'));
    const clean = { ...process.env };
    for (const key of ['OUT_DIR', 'CONTENT_DIR', 'PLAYBOOK_CONFIG', 'NODE_OPTIONS']) delete clean[key];
    const old: Tree = { root, env: clean, search: scriptArgv(root, 'search'), tailor: scriptArgv(root, 'playbook') };
    if (old.tailor[0]?.startsWith('dist-cli'))
      execFileSync(process.execPath, scriptArgv(root, 'build:cli'), { cwd: root, env: clean, stdio: 'ignore' });
    // Today's side runs the compiled bin being measured (with its snapshot), not whatever dist-cli/ holds.
    const now: Tree = { root: process.cwd(), env: cli.env, search: [cli.bin, 'search'], tailor: [cli.bin, 'tailor'] };

    const profile = resolve('content/profiles/bramblegate-systems.yaml');
    const times = { node: [] as number[], search: [[], []] as number[][], tailor: [[], []] as number[][] };
    const pdf = [[], []] as number[][];
    const sides = [old, now];
    for (let i = 0; i < rounds; i++) {
      times.node.push(run(now, ['-e', '0']).ms);
      sides.forEach((tree, s) => {
        times.search[s]!.push(run(tree, [...tree.search, '--json', 'quick wins']).ms);
        const out = join(work, `out-${s}-${i}`);
        const args = ['--profile', profile, '--out', out, '--format', 'md,html,json'];
        times.tailor[s]!.push(run(tree, [...tree.tailor, ...args]).ms);
      });
    }
    for (let i = 0; i < Math.min(rounds, 3); i++)
      sides.forEach((tree, s) => {
        const args = ['--profile', profile, '--out', join(work, `pdf-${s}-${i}`), '--format', 'pdf'];
        pdf[s]!.push(run(tree, [...tree.tailor, ...args]).ms / 1000);
      });
    const batchDir = profileFolder(work, 'batch', BATCH, 13);
    const pdfDir = profileFolder(work, 'pdf-batch', pdfBatch, 11);
    const side = (tree: Tree, s: number): SideResult => {
      const batch = run(
        tree,
        [...tree.tailor, '--profile', batchDir, '--out', join(work, `b-${s}`), '--format', 'md,html,json'],
        true,
      );
      const pdfs = run(tree, [...tree.tailor, '--profile', pdfDir, '--out', join(work, `pb-${s}`), '--format', 'pdf']);
      const built = Array.from({ length: builds }, (_, k) => buildOf(tree, join(work, `site-${s}-${k}`)));
      return {
        searchMs: stats(times.search[s]!),
        tailorMs: stats(times.tailor[s]!),
        batch: {
          seconds: batch.ms / 1000,
          msPerProfile: batch.ms / BATCH,
          peakRssMb: batch.peakRssMb,
        },
        pdfSingleSeconds: stats(pdf[s]!),
        pdfPerPdfSeconds: pdfs.ms / 1000 / pdfBatch,
        astroCpuSeconds: stats(built.map((b) => b.cpu)),
        pages: built[0]!.pages,
      };
    };
    return { ref, commit, rounds, nodeMs: stats(times.node), before: side(old, 0), after: side(now, 1) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
