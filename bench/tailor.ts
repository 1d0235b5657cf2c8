/**
 * Tailoring throughput: generated profiles through the engine and all three text renderers in this process (time per
 * profile), then whole batches through the compiled `playbook tailor` in a child process per size (wall time and peak
 * resident memory of the real streaming command, each size in a fresh heap).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadLibraryOnce } from '../src/node/library/index.ts';
import { profileSchema, type Profile } from '../src/core/schema/index.ts';
import { tailor } from '../src/core/tailor/index.ts';
import { renderHtml, renderJson, renderMarkdown } from '../src/core/render/index.ts';
import { playbookStylesheet } from '../src/node/pdf/stylesheet.ts';
import { AUDIENCES, GO_TO_MARKET, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../src/core/taxonomy.ts';
import type { Cli } from './process.ts';
import { stats, timed, type Stats } from './stats.ts';

/** A small seeded PRNG (mulberry32), so every run tailors the same profiles. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` valid, varied profiles. */
export function profiles(count: number, seed = 7): Profile[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, i) =>
    profileSchema.parse({
      company: `Bench Company ${i}`,
      stage: pick(STAGES),
      reader: pick(AUDIENCES),
      relationship: pick(RELATIONSHIPS),
      new_to_company: rnd() < 0.4,
      reporting: { same_leader: rnd() < 0.5, leaders_aligned: rnd() < 0.6 },
      go_to_market: pick(GO_TO_MARKET),
      ...(rnd() < 0.5 ? { upcoming_launch_weeks: Math.floor(rnd() * 30) } : {}),
      pain_points: SITUATION_IDS.filter(() => rnd() < 0.12),
    }),
  );
}

/** Per-profile time (ms) and profiles per second, in this process (a warm engine, nothing written). */
export async function benchTailor(
  count: number,
): Promise<{ count: number; perProfileMs: Stats; profilesPerSecond: number }> {
  const lib = loadLibraryOnce();
  const options = { date: '2026-01-01', contentVersion: 'bench' };
  const times: number[] = [];
  const batch = profiles(count);
  const total = await timed(() => {
    for (const p of batch) {
      const start = performance.now();
      const plan = tailor(p, lib, options);
      renderMarkdown(plan);
      renderHtml(plan, { css: playbookStylesheet() });
      renderJson(plan);
      times.push(performance.now() - start);
    }
  });
  return { count, perProfileMs: stats(times), profilesPerSecond: count / (total.ms / 1000) };
}

/** One batch through the command: its size, wall seconds, milliseconds per profile and the child's peak RSS. */
export interface BatchResult {
  profiles: number;
  seconds: number;
  msPerProfile: number;
  peakRssMb: number;
}

/** Preloaded into a child (`--import`): its peak resident memory (getrusage), printed as it exits. */
export const MAXRSS_PROBE = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n'))")}`;

/** A folder of `count` profile files, then `playbook tailor` over it (md, html, json) in a child process. */
export function benchBatch(cli: Cli, count: number): BatchResult {
  const dir = mkdtempSync(join(cli.work, `batch-${count}-`));
  try {
    mkdirSync(join(dir, 'profiles'));
    profiles(count, 13).forEach((p, i) =>
      writeFileSync(join(dir, 'profiles', `${String(i).padStart(5, '0')}.yaml`), stringify(p)),
    );
    const args = ['tailor', '--profile', join(dir, 'profiles'), '--out', join(dir, 'out'), '--format', 'md,html,json'];
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', MAXRSS_PROBE, cli.bin, ...args], {
      env: cli.env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    const rss = /@@maxrss (\d+)/.exec(run.stderr)?.[1];
    if (run.status !== 0 || !rss)
      throw new Error(`playbook tailor on ${count} profiles exited ${run.status}:\n${run.stderr}`);
    return { profiles: count, seconds, msPerProfile: (seconds * 1000) / count, peakRssMb: Number(rss) / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
