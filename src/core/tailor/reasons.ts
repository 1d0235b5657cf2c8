/** Why each tactic is in the plan: every reason for the JSON, and one or two sentences of advice for the reader. */
import type { Profile } from '../schema/index.ts';
import { aStage, anAudience, isRepairPhase } from '../taxonomy.ts';
import type { Need } from './coverage.ts';
import { weeks } from './diagnose.ts';
import type { Choice } from './select.ts';

/** Titles of situations, for sentences ("… addresses unclear roles"). */
export type SituationTitles = (id: string) => string;

/** Every reason a choice made the plan: the situations it answers (with their causes), the rules it meets, its fit. */
export function reasonsFor(c: Choice, p: Profile, title: SituationTitles): string[] {
  const reasons: string[] = [];
  for (const d of c.answers) {
    const cause = d.origin === 'named' ? 'you named it as a pain point' : lowerFirst(d.why.at(-1)!.replace(/\.$/, ''));
    reasons.push(`It addresses “${title(d.id)}”: ${cause}.`);
  }
  for (const need of c.meets.filter((n) => !n.situation)) reasons.push(`It gives the plan ${need.label}.`);
  const t = c.tactic.data;
  if (p.relationship === 'broken' && isRepairPhase(t.phase))
    reasons.push(
      'Your relationship is broken, so the plan starts by listening and acknowledging the tension before changing how you work.',
    );
  if (c.stretched)
    reasons.push(
      `It is usually run in other settings, but nothing else in the library meets this need for ${aStage(p.stage)}.`,
    );
  if (t.audience.includes(p.reader)) reasons.push(`It is run by ${anAudience(p.reader)}, which is you.`);
  if (t.stage_notes[p.stage]) reasons.push(`It comes with advice specific to ${aStage(p.stage)} like yours.`);
  if (p.upcoming_launch_weeks !== undefined && t.launch_weeks !== undefined)
    reasons.push(
      `Your launch is ${weeks(p.upcoming_launch_weeks)} away and this works best about ${weeks(t.launch_weeks)} before a launch.`,
    );
  if (reasons.length === 0)
    reasons.push(
      `It fits ${aStage(p.stage)} with a ${p.relationship} relationship, and builds the habits that keep it that way.`,
    );
  return reasons;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

type Say = (v: { company: string; thing: string; stage: string; launch: string }) => string;
type Kind = 'named' | 'inferred' | 'rule' | 'launch' | 'also' | 'fill';

/**
 * Sentence patterns by why a tactic is there. Each plan uses a pattern once at most (the writer moves on to the
 * next unused one), so no phrase repeats from tactic to tactic.
 */
const PATTERNS: Record<Kind, Say[]> = {
  named: [
    (v) => `${v.company} named ${v.thing} as a pain point, and this goes straight at it.`,
    (v) => `You said ${v.thing} is hurting ${v.company}; start loosening it here.`,
    (v) => `${v.thing} was on your list, so this earns its place early.`,
    (v) => `This tackles ${v.thing}, one of the problems you flagged.`,
    (v) => `Because ${v.company} wants ${v.thing} fixed, this is worth the hours now.`,
    (v) => `Of everything you listed, ${v.thing} is what this settles first.`,
  ],
  inferred: [
    (v) => `Your answers point to ${v.thing} at ${v.company}, even if you did not name it; this gets ahead of it.`,
    (v) => `Nothing you listed says ${v.thing}, yet your profile suggests it, and this keeps it small.`,
    (v) => `Given how ${v.company} is set up, ${v.thing} is likely; deal with it before it bites.`,
    (v) => `A company shaped like yours tends to meet ${v.thing}; this is a practical first response.`,
    (v) => `Expect ${v.thing} to surface sooner or later, and be ready with this.`,
  ],
  rule: [
    (v) => `Whatever else happens, ${v.company} needs ${v.thing}, and this provides it.`,
    (v) => `It puts ${v.thing} in place, so the rest of the plan has something to stand on.`,
    (v) => `This is where ${v.thing} comes from in your plan.`,
    (v) => `Plans for a company like yours hold ${v.thing}; here it is.`,
    (v) => `Without ${v.thing} the other steps wobble, so it comes early.`,
  ],
  launch: [
    (v) => `With the launch ${v.launch} out, ${v.thing} cannot wait.`,
    (v) => `The launch is close: this secures ${v.thing} in time.`,
    (v) => `Part of getting the launch right: ${v.thing}.`,
  ],
  also: [
    (v) => `It also works on ${v.thing}, from another side.`,
    (v) => `A second way into ${v.thing}, cheap to try.`,
    (v) => `It backs up your other steps on ${v.thing}.`,
    (v) => `For ${v.thing}, this adds a habit that lasts beyond the first month.`,
    (v) => `It helps with ${v.thing} once the first steps are done.`,
    (v) => `Useful for ${v.thing} when the first fixes need reinforcing.`,
    (v) => `Keep it in reserve for ${v.thing}; it costs little to start.`,
    (v) => `It turns progress on ${v.thing} into something people can see.`,
  ],
  fill: [
    (v) => `It suits ${v.stage} like ${v.company} and keeps good habits going.`,
    () => `A steady habit that pays off over the 90 days.`,
    () => `It rounds out the plan with something cheap to keep up.`,
    () => `It keeps the two teams close after the first fixes land.`,
    (v) => `Good practice at ${v.company} whatever the season.`,
    () => `It gives both teams an early, low-stakes reason to work together.`,
    () => `Teams that do this rarely drift apart again.`,
    () => `An easy one to fit between the bigger pieces of the plan.`,
    () => `It makes the next 90 days smoother for everyone involved.`,
    () => `A useful piece of shared groundwork for what comes later.`,
  ],
};

/** The reason that leads: the first need the tactic meets, else the first situation it also answers. */
function lead(c: Choice, title: SituationTitles): { kind: Kind; thing: string } {
  const need: Need | undefined = c.meets[0];
  if (need?.situation) return { kind: need.rule === 'named-pain' ? 'named' : 'inferred', thing: need.label };
  if (need) return { kind: need.rule === 'launch' ? 'launch' : 'rule', thing: need.label };
  const d = c.answers[0];
  return d ? { kind: 'also', thing: `“${title(d.id)}”` } : { kind: 'fill', thing: '' };
}

/** Where a kind borrows patterns once its own are used up: only kinds whose wording still fits. */
const BORROW: Record<Kind, Kind[]> = {
  named: ['named', 'also'],
  inferred: ['inferred', 'also'],
  rule: ['rule', 'fill'],
  launch: ['launch', 'rule', 'fill'],
  also: ['also', 'fill'],
  fill: ['fill'],
};

/** Writes each choice's one-sentence why, in plan order, using each pattern at most once while any is left. */
export function whyWriter(p: Profile, title: SituationTitles): (c: Choice) => string {
  const used: Record<Kind, number> = { named: 0, inferred: 0, rule: 0, launch: 0, also: 0, fill: 0 };
  const launch = p.upcoming_launch_weeks === undefined ? '' : weeks(p.upcoming_launch_weeks);
  return (c) => {
    const { kind: first, thing } = lead(c, title);
    const kind = BORROW[first].find((k) => used[k] < PATTERNS[k].length) ?? first;
    const say = PATTERNS[kind][used[kind]++ % PATTERNS[kind].length]!;
    return say({ company: p.company, thing, stage: aStage(p.stage), launch });
  };
}
