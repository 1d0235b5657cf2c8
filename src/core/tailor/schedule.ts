/** Chosen tactics → phases on a timeline: 30/60/90 days, or a countdown when a launch is near. */
import type { Profile } from '../schema/index.ts';
import { isRepairPhase, PHASES } from '../taxonomy.ts';
import { launchIsNear, weeks } from './diagnose.ts';
import type { Choice } from './select.ts';

/** One window of the timeline and the tactics in it, in order. */
export interface ScheduledPhase {
  id: string;
  title: string;
  window: string;
  choices: (Choice & { when: string })[];
}

const byPhaseThenScore = (a: Choice, b: Choice) =>
  PHASES.indexOf(a.tactic.data.phase) - PHASES.indexOf(b.tactic.data.phase) ||
  b.score - a.score ||
  a.tactic.id.localeCompare(b.tactic.id);

/** The 90-day plan: listening and repair first, alignment next, building and habits last. */
function ninetyDays(choices: Choice[]): ScheduledPhase[] {
  const window = (c: Choice) => {
    const phase = c.tactic.data.phase;
    if (isRepairPhase(phase)) return 0;
    if (phase === 'align') return 1;
    if (phase === 'build') return c.tactic.data.impact === 'days' ? 1 : 2;
    return 2;
  };
  const phases: ScheduledPhase[] = [
    { id: 'days-1-30', title: 'First 30 days: listen and reset', window: 'Days 1–30', choices: [] },
    { id: 'days-31-60', title: 'Days 31–60: align', window: 'Days 31–60', choices: [] },
    { id: 'days-61-90', title: 'Days 61–90: build the habit', window: 'Days 61–90', choices: [] },
  ];
  for (const c of [...choices].sort(byPhaseThenScore))
    phases[window(c)]!.choices.push({ ...c, when: phases[window(c)]!.window });
  return phases.filter((p) => p.choices.length);
}

/** The launch countdown: groundwork now, launch work by weeks-before, the rest after launch. */
function countdown(choices: Choice[], launchIn: number): ScheduledPhase[] {
  const now: ScheduledPhase = { id: 'now', title: 'Now: groundwork', window: 'This week and next', choices: [] };
  const before: ScheduledPhase = {
    id: 'before-launch',
    title: `Before the launch (${weeks(launchIn)} away)`,
    window: `Weeks ${launchIn}–0 before launch`,
    choices: [],
  };
  const after: ScheduledPhase = {
    id: 'after-launch',
    title: 'After the launch',
    window: 'Weeks 1–8 after launch',
    choices: [],
  };
  for (const c of [...choices].sort(byPhaseThenScore)) {
    const { phase, launch_weeks } = c.tactic.data;
    if (launch_weeks !== undefined) {
      const at = Math.min(launch_weeks, launchIn);
      before.choices.push({ ...c, when: at === 0 ? 'Launch week' : `${weeks(at)} before launch` });
    } else if (isRepairPhase(phase) || phase === 'align') now.choices.push({ ...c, when: now.window });
    else if (phase === 'sustain') after.choices.push({ ...c, when: after.window });
    else before.choices.push({ ...c, when: 'Before launch' });
  }
  before.choices.sort((a, b) => weeksOf(b) - weeksOf(a) || byPhaseThenScore(a, b));
  return [now, before, after].filter((p) => p.choices.length);
}

const weeksOf = (c: Choice) => c.tactic.data.launch_weeks ?? -1;

/** Lays the choices on the timeline that suits the profile. */
export function schedule(choices: Choice[], p: Profile): ScheduledPhase[] {
  return launchIsNear(p) ? countdown(choices, p.upcoming_launch_weeks!) : ninetyDays(choices);
}
