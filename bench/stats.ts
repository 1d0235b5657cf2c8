/** Timing statistics for benchmarks: medians and ranges, never a single noisy number. */
import { performance } from 'node:perf_hooks';

/** Summary of repeated measurements (milliseconds unless said otherwise). */
export interface Stats {
  n: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** Percentile by nearest rank on a sorted copy. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Median, min, max and p95 of the values. */
export function stats(values: number[]): Stats {
  return {
    n: values.length,
    median: percentile(values, 50),
    min: Math.min(...values),
    max: Math.max(...values),
    p95: percentile(values, 95),
  };
}

/** Runs `fn` and returns its result and duration in ms. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/** "12.3" style rounding for tables. */
export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** "median (min–max)". */
export const range = (s: Stats, digits = 1) => `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
