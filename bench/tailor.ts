/** Tailoring throughput: a batch of generated profiles through the engine and all three text renderers. */
import { resourceUsage } from 'node:process';
import { loadLibrary } from '../src/node/library/index.ts';
import { profileSchema, type Profile } from '../src/core/schema/index.ts';
import { tailor } from '../src/core/tailor/index.ts';
import { renderHtml, renderJson, renderMarkdown } from '../src/core/render/index.ts';
import { playbookStylesheet } from '../src/node/pdf/stylesheet.ts';
import { AUDIENCES, GO_TO_MARKET, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../src/core/taxonomy.ts';
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

/** Per-profile time (ms), profiles per second and peak memory for a batch. */
export async function benchTailor(
  count: number,
): Promise<{ count: number; perProfileMs: Stats; profilesPerSecond: number; peakRssMb: number }> {
  const lib = loadLibrary();
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
  return {
    count,
    perProfileMs: stats(times),
    profilesPerSecond: count / (total.ms / 1000),
    peakRssMb: resourceUsage().maxRSS / 1024,
  };
}
