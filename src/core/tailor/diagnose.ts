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
const LAUNCH_NEAR_WEEKS = 12;

/** True when the profile's next major launch is close enough to plan around. */
export function launchIsNear(p: Profile): boolean {
  return p.upcoming_launch_weeks !== undefined && p.upcoming_launch_weeks <= LAUNCH_NEAR_WEEKS;
}

/** One inference: when it applies, the situation it implies, how much it weighs, and the reason in plain words. */
interface Inference {
  when: (p: Profile) => boolean;
  situation: SituationId;
  weight: number;
  why: (p: Profile) => string;
}

const isPmm = (p: Profile) => p.reader === 'pmm' || p.reader === 'pmm-leader';
const said = (text: string) => () => text;

/** The facts of a profile that imply situations, in the order their reasons are told. */
const INFERENCES: Inference[] = [
  {
    when: (p) => p.relationship === 'broken',
    situation: 'tense-relationship',
    weight: 3,
    why: said('You describe the relationship as broken, so repairing trust comes before any new process.'),
  },
  {
    when: (p) => p.relationship === 'broken',
    situation: 'personal-friction',
    weight: 1.5,
    why: said('A broken relationship usually carries personal grudges as well as process problems.'),
  },
  {
    when: (p) => p.relationship === 'strained',
    situation: 'tense-relationship',
    weight: 2,
    why: said('You describe the relationship as strained, so part of the plan eases the friction.'),
  },
  {
    when: (p) => !p.reporting.leaders_aligned,
    situation: 'leaders-in-conflict',
    weight: 2.5,
    why: (p) =>
      p.reporting.same_leader
        ? 'The leaders above you do not see eye to eye, and that conflict flows down to the teams.'
        : 'You report to different leaders who are not aligned, so their conflict flows down to the teams.',
  },
  {
    when: (p) => !p.reporting.leaders_aligned,
    situation: 'misaligned-metrics',
    weight: 1.5,
    why: said('Leaders at odds tend to judge their teams on different numbers, so shared metrics are at risk.'),
  },
  {
    when: (p) => p.reporting.leaders_aligned && !p.reporting.same_leader,
    situation: 'misaligned-metrics',
    weight: 1,
    why: said(
      'You report to different leaders, so day-to-day priorities can drift apart unless you agree on shared goals.',
    ),
  },
  {
    when: (p) => p.new_to_company,
    situation: 'new-in-role',
    weight: 2.5,
    why: said(
      'You are new to the company, so you inherit norms you did not set and need to listen before you change them.',
    ),
  },
  {
    when: (p) => p.stage === 'startup',
    situation: 'small-company',
    weight: 2,
    why: said(
      'At a startup everyone wears several hats, so roles stay informal and personalities matter more than titles.',
    ),
  },
  {
    when: launchIsNear,
    situation: 'late-involvement',
    weight: 1.5,
    why: (p) =>
      `Your next major launch is ${weeks(p.upcoming_launch_weeks!)} away, so marketing has to be in the loop now, not at handoff.`,
  },
  {
    when: (p) => p.go_to_market === 'sales-led' && p.relationship !== 'healthy',
    situation: 'sales-overpromising',
    weight: 1,
    why: said('Sales leads your go-to-market, so what reps promise is where a strained relationship shows first.'),
  },
  {
    when: (p) => isPmm(p) && p.relationship !== 'healthy',
    situation: 'proving-value',
    weight: 1,
    why: said(
      'As product marketing in a relationship that is not yet healthy, you will need to show your value early.',
    ),
  },
];

/** Diagnoses a profile: named pain points weigh most; inferred situations add the reasons behind them. */
export function diagnose(p: Profile): Diagnosis[] {
  const found = new Map<SituationId, Diagnosis>();
  for (const id of p.pain_points)
    found.set(id, { id, origin: 'named', weight: 3, why: ['You named this as a pain point.'] });
  for (const rule of INFERENCES.filter((r) => r.when(p))) {
    const [id, weight, why] = [rule.situation, rule.weight, rule.why(p)];
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
