/** Diagnosis and coverage rules → the tactics that fit this company, chosen so every need of the rules is met. */
import type { Entry } from '../library/types.ts';
import type { Profile, Tactic } from '../schema/index.ts';
import { isRepairPhase, type Audience } from '../taxonomy.ts';
import type { Need } from './coverage.ts';
import type { Diagnosis } from './diagnose.ts';

/** A tactic chosen for the plan: the diagnosed situations it answers and the needs it meets. */
export interface Choice {
  tactic: Entry<Tactic>;
  score: number;
  answers: Diagnosis[];
  meets: Need[];
  /** True when it was taken outside its usual stage or relationship because nothing else met a need. */
  stretched: boolean;
}

/** What the selector could not fit: a tactic a need asked for once the plan was full, or a need nothing met. */
export interface LeftOut {
  need: Need;
  tactic?: Entry<Tactic>;
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

/** How well a tactic fits: both stage and relationship; one of them (a stretch); or not at all. */
function fit(t: Tactic, p: Profile): 'fits' | 'stretch' | 'no' {
  const stage = t.stages.includes(p.stage);
  const health = t.relationship.includes(p.relationship);
  if (stage && health) return 'fits';
  // Repair work is never stretched onto a healthy team.
  if (p.relationship === 'healthy' && (isRepairPhase(t.phase) || !t.relationship.includes('healthy'))) return 'no';
  return stage || health ? 'stretch' : 'no';
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

type Ranked = Omit<Choice, 'meets' | 'stretched'> & { fit: 'fits' | 'stretch' };

/** The best tactic for a need: its primary tactics first (fitting, then stretched), then any that fits, then any. */
function best(ranked: Ranked[], need: Need): Ranked | undefined {
  const primary = need.primary ?? (() => false);
  return (
    ranked.find((c) => c.fit === 'fits' && primary(c.tactic)) ??
    ranked.find((c) => primary(c.tactic)) ??
    ranked.find((c) => c.fit === 'fits' && need.matches(c.tactic)) ??
    ranked.find((c) => need.matches(c.tactic))
  );
}

/** Meets each need in order (best-scoring fitting tactic, else a stretch), then fills the plan by score. */
export function select(
  tactics: Entry<Tactic>[],
  p: Profile,
  diagnosis: Diagnosis[],
  needs: Need[],
): { choices: Choice[]; leftOut: LeftOut[] } {
  const ranked = tactics
    .map((tactic) => ({ tactic, fit: fit(tactic.data, p), ...score(tactic.data, p, diagnosis) }))
    .filter((c): c is Ranked => c.fit !== 'no')
    .sort((a, b) => b.score - a.score || a.tactic.id.localeCompare(b.tactic.id));
  const chosen = new Map<string, Choice>();
  const leftOut: LeftOut[] = [];
  for (const need of needs) {
    const pick = best(ranked, need);
    const met = chosen.get(pick?.tactic.id ?? '') ?? [...chosen.values()].find((c) => need.matches(c.tactic));
    // A chosen tactic that merely touches the need does not stand in for the need's own tactic.
    if (met && (met.tactic === pick?.tactic || !need.primary?.(pick!.tactic))) met.meets.push(need);
    else if (pick && chosen.size < MAX_TACTICS)
      chosen.set(pick.tactic.id, { ...pick, meets: [need], stretched: pick.fit === 'stretch' });
    else leftOut.push({ need, ...(pick && { tactic: pick.tactic }) });
  }
  for (const c of ranked)
    if (chosen.size < MIN_TACTICS + 2 && c.fit === 'fits' && !chosen.has(c.tactic.id))
      chosen.set(c.tactic.id, { ...c, meets: [], stretched: false });
  return { choices: [...chosen.values()], leftOut };
}
