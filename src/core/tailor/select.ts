/** Diagnosis → the tactics that fit this company, scored and chosen so every diagnosed situation is covered. */
import type { Entry } from '../library/types.ts';
import type { Profile, Tactic } from '../schema/index.ts';
import { isRepairPhase, type Audience } from '../taxonomy.ts';
import type { Diagnosis } from './diagnose.ts';

/** A tactic chosen for the plan, with the diagnosed situations it answers. */
export interface Choice {
  tactic: Entry<Tactic>;
  score: number;
  answers: Diagnosis[];
}

/** The plan's size bounds: enough to cover the situations, few enough to do in 90 days. */
const MIN_TACTICS = 8;
const MAX_TACTICS = 14;

/** Readers whose own perspective a tactic may lack, and whose it borrows instead. */
export const READER_FALLBACK: Record<Audience, Audience[]> = {
  pm: ['pm', 'pm-leader'],
  pmm: ['pmm', 'pmm-leader'],
  'pm-leader': ['pm-leader', 'pm', 'executive'],
  'pmm-leader': ['pmm-leader', 'pmm', 'executive'],
  sales: ['sales', 'pmm'],
  executive: ['executive', 'pm-leader', 'pmm-leader'],
};

/** Whether a tactic may appear at all: right stage and right relationship health (no repair work for healthy teams). */
function fits(t: Tactic, p: Profile): boolean {
  return t.stages.includes(p.stage) && t.relationship.includes(p.relationship);
}

/** How well a tactic serves this profile: situations it answers (earlier-listed count more), reader fit, urgency. */
function score(t: Tactic, p: Profile, diagnosis: Diagnosis[]): { score: number; answers: Diagnosis[] } {
  const answers = diagnosis.filter((d) => t.situations.includes(d.id));
  let total = 0;
  for (const d of answers) total += d.weight * (1 - 0.15 * t.situations.indexOf(d.id));
  const readers = READER_FALLBACK[p.reader];
  if (t.audience.includes(p.reader)) total += 1;
  else if (t.audience.some((a) => readers.includes(a))) total += 0.5;
  if (p.relationship === 'broken' && isRepairPhase(t.phase)) total += 1;
  if (
    p.upcoming_launch_weeks !== undefined &&
    t.launch_weeks !== undefined &&
    t.launch_weeks <= p.upcoming_launch_weeks
  )
    total += 0.75;
  return { score: total, answers };
}

/** Picks tactics: first the best for each situation in order of weight, then the best of the rest, within the size bounds. */
export function select(tactics: Entry<Tactic>[], p: Profile, diagnosis: Diagnosis[]): Choice[] {
  const ranked = tactics
    .filter((t) => fits(t.data, p))
    .map((tactic) => ({ tactic, ...score(tactic.data, p, diagnosis) }))
    .sort((a, b) => b.score - a.score || a.tactic.id.localeCompare(b.tactic.id));
  const chosen = new Map<string, Choice>();
  const take = (c: Choice | undefined) => c && chosen.size < MAX_TACTICS && chosen.set(c.tactic.id, c);
  // A broken relationship starts by listening and by acknowledging the tension.
  if (p.relationship === 'broken')
    for (const phase of ['listen', 'reset'] as const) take(ranked.find((c) => c.tactic.data.phase === phase));
  // Two passes over the situations: each gets a tactic, then the heavier ones a second.
  const coverage = (d: Diagnosis) => [...chosen.values()].filter((c) => c.answers.includes(d)).length;
  for (const [pass, minWeight] of [
    [1, 0],
    [2, 2.5],
  ] as const) {
    for (const d of diagnosis) {
      if (d.weight < minWeight || coverage(d) >= pass) continue;
      take(ranked.find((c) => !chosen.has(c.tactic.id) && c.answers.includes(d)));
    }
  }
  for (const c of ranked) if (chosen.size < MIN_TACTICS + 2) take(c);
  return [...chosen.values()];
}
