/**
 * Whole-process cost of the compiled CLI: wall time of `playbook search` and of `playbook tailor` (one profile, md,
 * html and json) from a cold start, as ratios to a bare `node -e 0` timed in the same rounds, interleaved so that a
 * noisy moment weighs on all three alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileCli } from '../src/cli/compile.ts';
import { loadEntries } from '../src/node/library/load.ts';
import { writeSnapshot } from '../src/node/snapshot-write.ts';
import { stats, type Stats } from './stats.ts';

/** The bin compiled from the source being measured, and a build's snapshot of the content beside it. */
export interface Cli {
  bin: string;
  /** Environment for its runs: OUT_DIR holds the snapshot, so commands start the way they do after a build. */
  env: NodeJS.ProcessEnv;
  /** A temporary folder outside the project (the command refuses to write inside it) for profiles and output. */
  work: string;
  dispose: () => void;
}

/** Compiles the bin into bench/work/ (inside the project, where Node finds its external packages) with a snapshot. */
export async function compiledCli(): Promise<Cli> {
  mkdirSync(resolve('bench/work'), { recursive: true });
  const bin = mkdtempSync(resolve('bench/work', `cli-${process.pid}-`));
  const work = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  await compileCli(bin);
  const snapshot = join(work, 'snapshot');
  mkdirSync(snapshot);
  writeSnapshot(snapshot, loadEntries());
  return {
    bin: join(bin, 'playbook.mjs'),
    env: { ...process.env, OUT_DIR: snapshot },
    work,
    dispose: () => [bin, work].forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

/** Medians of each command's wall time (ms) and their ratios to `node -e 0`. */
export interface ProcessResult {
  rounds: number;
  nodeMs: Stats;
  searchMs: Stats;
  tailorMs: Stats;
  searchRatio: number;
  tailorRatio: number;
}

function wallMs(cli: Cli, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { env: cli.env, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  return ms;
}

/** Times the three commands `rounds` times each, in turn; the tailored files go to a fresh folder every round. */
export function benchProcesses(
  cli: Cli,
  rounds: number,
  profile = 'content/profiles/bramblegate-systems.yaml',
): ProcessResult {
  const times = { node: [] as number[], search: [] as number[], tailor: [] as number[] };
  const out = mkdtempSync(join(cli.work, 'out-'));
  for (let i = 0; i < rounds; i++) {
    times.node.push(wallMs(cli, ['-e', '0']));
    times.search.push(wallMs(cli, [cli.bin, 'search', '--json', 'quick wins']));
    const args = ['tailor', '--profile', profile, '--out', join(out, String(i)), '--format', 'md,html,json'];
    times.tailor.push(wallMs(cli, [cli.bin, ...args]));
  }
  const [nodeMs, searchMs, tailorMs] = [stats(times.node), stats(times.search), stats(times.tailor)];
  return {
    rounds,
    nodeMs,
    searchMs,
    tailorMs,
    searchRatio: searchMs.median / nodeMs.median,
    tailorRatio: tailorMs.median / nodeMs.median,
  };
}
