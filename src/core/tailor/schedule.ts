/** Chosen tactics → dated windows on a timeline: 30/60/90 days, or a launch countdown when a launch is near. */
import type { Profile } from '../schema/index.ts';
import { isRepairPhase, PHASES } from '../taxonomy.ts';
import { addDays, daysBetween, formatRange, workday } from './days.ts';
import { launchIsNear, weeks } from './diagnose.ts';
import type { Choice } from './select.ts';

/** A choice placed on the timeline: when, in words, and the day it starts. */
export type Placed = Choice & { when: string; day: string };

/** One window of the timeline, its calendar days (inclusive) and the tactics in it, in order. */
export interface ScheduledPhase {
  id: string;
  title: string;
  window: string;
  start: string;
  end: string;
  dates: string;
  choices: Placed[];
}

const byPhaseThenScore = (a: Choice, b: Choice) =>
  PHASES.indexOf(a.tactic.data.phase) - PHASES.indexOf(b.tactic.data.phase) ||
  b.score - a.score ||
  a.tactic.id.localeCompare(b.tactic.id);

/** A window from day `from` to day `to` after the start (0-based, inclusive). */
function window(id: string, title: string, label: string, start: string, from: number, to: number): ScheduledPhase {
  const [a, b] = [addDays(start, from), addDays(start, to)];
  return { id, title, window: label, start: a, end: b, dates: formatRange(a, b), choices: [] };
}

/** The 90-day plan: listening and repair first, alignment next, building and habits last. */
function ninetyDays(choices: Choice[], start: string): ScheduledPhase[] {
  const phases = [
    window('days-1-30', 'First 30 days: listen and reset', 'Days 1–30', start, 0, 29),
    window('days-31-60', 'Days 31–60: align', 'Days 31–60', start, 30, 59),
    window('days-61-90', 'Days 61–90: build the habit', 'Days 61–90', start, 60, 89),
  ];
  const at = (c: Choice) => {
    const { phase, impact } = c.tactic.data;
    if (isRepairPhase(phase)) return 0;
    return phase === 'align' || (phase === 'build' && impact === 'days') ? 1 : 2;
  };
  for (const c of [...choices].sort(byPhaseThenScore)) {
    const w = phases[at(c)]!;
    w.choices.push({ ...c, when: w.window, day: w.start });
  }
  return phases.filter((p) => p.choices.length);
}

const weekSpan = (from: number, to: number) => (from === to ? `Week ${from}` : `Weeks ${from}–${to}`);

/** The countdown's windows, which never overlap: groundwork, the run-up, the launch week, the weeks after. */
function countdownWindows(start: string, launchIn: number) {
  const launch = launchIn * 7;
  const nowEnd = launchIn >= 3 ? 13 : -1;
  return {
    now: nowEnd >= 0 ? window('now', 'This week and next: groundwork', 'Weeks 1–2', start, 0, nowEnd) : undefined,
    before:
      launch > nowEnd + 1
        ? window(
            'before-launch',
            `Before the launch (${weeks(launchIn)} away)`,
            weekSpan((nowEnd + 1) / 7 + 1, launchIn),
            start,
            nowEnd + 1,
            launch - 1,
          )
        : undefined,
    launch: window('launch-week', 'Launch week', `Week ${launchIn + 1}`, start, launch, launch + 6),
    after: window(
      'after-launch',
      'After the launch',
      `Weeks ${launchIn + 2}–${launchIn + 9}`,
      start,
      launch + 7,
      launch + 62,
    ),
  };
}

/** The launch countdown: launch work by weeks before the launch, groundwork first, habits after. */
function countdown(choices: Choice[], start: string, launchIn: number): ScheduledPhase[] {
  const w = countdownWindows(start, launchIn);
  const run = w.before ?? w.launch;
  for (const c of [...choices].sort(byPhaseThenScore)) {
    const { phase, launch_weeks: ahead } = c.tactic.data;
    if (ahead !== undefined && ahead > 0 && w.before) {
      const ideal = addDays(start, (launchIn - ahead) * 7);
      const late = ideal < w.before.start;
      const when = late
        ? `Now (it needs ${weeks(ahead)}; the launch is ${weeks(launchIn)} away)`
        : `${weeks(ahead)} before launch`;
      w.before.choices.push({ ...c, when, day: late ? w.before.start : ideal });
    } else if (ahead !== undefined) w.launch.choices.push({ ...c, when: 'Launch week', day: w.launch.start });
    else if (phase === 'sustain') w.after.choices.push({ ...c, when: w.after.window, day: w.after.start });
    else {
      const to = isRepairPhase(phase) || phase === 'align' ? (w.now ?? run) : run;
      to.choices.push({ ...c, when: to.window, day: to.start });
    }
  }
  w.before?.choices.sort((a, b) => a.day.localeCompare(b.day) || byPhaseThenScore(a, b));
  // The launch week is always named, even when no new tactic starts in it.
  return [w.now, w.before, w.launch, w.after].filter((p): p is ScheduledPhase =>
    Boolean(p && (p.choices.length || p === w.launch)),
  );
}

/** Staggers a window's untimed tactics two days apart on weekdays, so the first fortnight is not ten things on day 1. */
function stagger(phase: ScheduledPhase): ScheduledPhase {
  const last = daysBetween(phase.start, phase.end);
  let i = 0;
  for (const c of phase.choices)
    if (c.when === phase.window) c.day = workday(addDays(phase.start, Math.min(2 * i++, last)));
  return phase;
}

/** Lays the choices on the timeline that suits the profile, dated from `start` (day 1). */
export function schedule(choices: Choice[], p: Profile, start: string): ScheduledPhase[] {
  const phases = launchIsNear(p) ? countdown(choices, start, p.upcoming_launch_weeks!) : ninetyDays(choices, start);
  return phases.map(stagger);
}
