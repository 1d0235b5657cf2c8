/** Site build cost at 1×, 10× and 50× the real library: time, CPU seconds, output bytes, JS on tactic pages. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../src/node/files.ts';
import { stats, timed, type Stats } from './stats.ts';
import { writeSyntheticLibrary } from './synthetic.ts';

/**
 * CPU seconds (user + sys) used so far by this process and by every child process it has waited for, with theirs
 * (Linux's /proc/self/stat: utime, stime, cutime, cstime, in clock ticks of 1/100 s); NaN where there is no /proc.
 */
export function cpuSeconds(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / 100;
}

/**
 * `astro build` of the project at `cwd` into `out` (base `/`), through Astro's own entry as the build runs it (npx
 * would add npm's start-up); returns the CPU seconds of its process tree.
 */
export function astroBuild(cwd: string, env: NodeJS.ProcessEnv, out: string): number {
  const before = cpuSeconds();
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--silent'], {
    cwd,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: out, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${cwd}: astro build into ${out} failed:\n${result.stderr}`);
  return cpuSeconds() - before;
}

/** One size's results. */
export interface BuildResult {
  factor: number;
  tactics: number;
  pages: number;
  seconds: Stats;
  /** CPU seconds of each `astro build` process tree (user + sys). */
  cpuSeconds: Stats;
  bytes: { html: number; css: number; js: number; total: number };
  tacticPageJsBytes: number;
  dir: string;
  content: string;
}

/** Builds the synthetic library of each factor `repeats` times (Astro only, without the PDF downloads). */
export async function benchBuild(factors: number[], repeats: (factor: number) => number): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  for (const factor of factors) {
    const work = resolve(`bench/work/lib-${factor}x`);
    const content = writeSyntheticLibrary(process.env.CONTENT_DIR ?? 'content', work, factor);
    const dir = join(work, 'dist');
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeats(factor); i++) {
      const { value, ms } = await timed(() => astroBuild(process.cwd(), { ...process.env, CONTENT_DIR: content }, dir));
      times.push(ms / 1000);
      cpu.push(value);
    }
    const files = listFiles(dir);
    const size = (re: RegExp) => files.filter((f) => re.test(f)).reduce((n, f) => n + statSync(f).size, 0);
    const tacticPages = files.filter((f) => /\/tactics\/[^/]+\/index\.html$/.test(f));
    const jsOnTactics = tacticPages
      .slice(0, 20)
      .reduce(
        (n, f) =>
          n +
          [...readFileSync(f, 'utf8').matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].reduce(
            (m, s) => m + s[0].length,
            0,
          ),
        0,
      );
    results.push({
      factor,
      tactics: listFiles(join(content, 'tactics')).length,
      pages: files.filter((f) => f.endsWith('.html')).length,
      seconds: stats(times),
      cpuSeconds: stats(cpu),
      bytes: { html: size(/\.html$/), css: size(/\.css$/), js: size(/\.m?js$/), total: size(/./) },
      tacticPageJsBytes: jsOnTactics,
      dir,
      content,
    });
  }
  return results;
}
