/** Profile → diagnosed situations, each with the profile facts that led to it, in plain words. */
import type { Profile } from '../schema/index.ts';
import type { SituationId } from '../taxonomy.ts';

/** A situation the playbook addresses, why, and how much it weighs in choosing tactics. */
export interface Diagnosis {
  id: SituationId;
  /** `named`: the reader listed it; `inferred`: it follows from other facts. */
  origin: 'named' | 'inferred';
  weight: number;
  why: string[];
}

/** Upcoming launches this close (in weeks) turn the timeline into a launch countdown. */
export const LAUNCH_NEAR_WEEKS = 12;

/** True when the profile's next major launch is close enough to plan around. */
export function launchIsNear(p: Profile): boolean {
  return p.upcoming_launch_weeks !== undefined && p.upcoming_launch_weeks <= LAUNCH_NEAR_WEEKS;
}

/** The facts of a profile that imply situations, as [situation, weight, reason] rules. */
function inferences(p: Profile): [SituationId, number, string][] {
  const rules: [SituationId, number, string][] = [];
  const { same_leader, leaders_aligned } = p.reporting;
  if (p.relationship === 'broken') {
    rules.push([
      'tense-relationship',
      3,
      'You describe the relationship as broken, so repairing trust comes before any new process.',
    ]);
    rules.push([
      'personal-friction',
      1.5,
      'A broken relationship usually carries personal grudges as well as process problems.',
    ]);
  }
  if (p.relationship === 'strained')
    rules.push([
      'tense-relationship',
      2,
      'You describe the relationship as strained, so part of the plan eases the friction.',
    ]);
  if (!leaders_aligned) {
    rules.push([
      'leaders-in-conflict',
      2.5,
      same_leader
        ? 'The leaders above you do not see eye to eye, and that conflict flows down to the teams.'
        : 'You report to different leaders who are not aligned, so their conflict flows down to the teams.',
    ]);
    rules.push([
      'misaligned-metrics',
      1.5,
      'Leaders at odds tend to judge their teams on different numbers, so shared metrics are at risk.',
    ]);
  } else if (!same_leader) {
    rules.push([
      'misaligned-metrics',
      1,
      'You report to different leaders, so day-to-day priorities can drift apart unless you agree on shared goals.',
    ]);
  }
  if (p.new_to_company)
    rules.push([
      'new-in-role',
      2.5,
      'You are new to the company, so you inherit norms you did not set and need to listen before you change them.',
    ]);
  if (p.stage === 'startup')
    rules.push([
      'small-company',
      2,
      'At a startup everyone wears several hats, so roles stay informal and personalities matter more than titles.',
    ]);
  if (launchIsNear(p))
    rules.push([
      'late-involvement',
      1.5,
      `Your next major launch is ${weeks(p.upcoming_launch_weeks!)} away, so marketing has to be in the loop now, not at handoff.`,
    ]);
  if (p.go_to_market === 'sales-led' && p.relationship !== 'healthy')
    rules.push([
      'sales-overpromising',
      1,
      'Sales leads your go-to-market, so what reps promise is where a strained relationship shows first.',
    ]);
  if ((p.reader === 'pmm' || p.reader === 'pmm-leader') && p.relationship !== 'healthy')
    rules.push([
      'proving-value',
      1,
      'As product marketing in a relationship that is not yet healthy, you will need to show your value early.',
    ]);
  return rules;
}

/** Diagnoses a profile: named pain points weigh most; inferred situations add the reasons behind them. */
export function diagnose(p: Profile): Diagnosis[] {
  const found = new Map<SituationId, Diagnosis>();
  for (const id of p.pain_points)
    found.set(id, { id, origin: 'named', weight: 3, why: ['You named this as a pain point.'] });
  for (const [id, weight, why] of inferences(p)) {
    const d = found.get(id);
    if (d) {
      d.weight = Math.max(d.weight, weight) + 0.5;
      d.why.push(why);
    } else found.set(id, { id, origin: 'inferred', weight, why: [why] });
  }
  return [...found.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

/** "1 week" / "6 weeks" / "this week". */
export function weeks(n: number): string {
  return n === 0 ? 'less than a week' : n === 1 ? '1 week' : `${n} weeks`;
}
