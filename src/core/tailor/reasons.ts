/** Why each tactic is in the plan, in plain words tied to the profile's facts. */
import type { Profile } from '../schema/index.ts';
import { aStage, anAudience, isRepairPhase } from '../taxonomy.ts';
import { weeks } from './diagnose.ts';
import type { Choice } from './select.ts';

/** Titles of situations, for sentences ("… addresses unclear roles"). */
export type SituationTitles = (id: string) => string;

/** The reasons a choice made the plan: the situations it answers (with their causes), then fit to reader, stage, health and launch. */
export function reasonsFor(c: Choice, p: Profile, title: SituationTitles): string[] {
  const reasons: string[] = [];
  for (const d of c.answers) {
    const cause = d.origin === 'named' ? 'you named it as a pain point' : lowerFirst(d.why.at(-1)!.replace(/\.$/, ''));
    reasons.push(`It addresses “${title(d.id)}”: ${cause}.`);
  }
  const t = c.tactic.data;
  if (p.relationship === 'broken' && isRepairPhase(t.phase))
    reasons.push(
      'Your relationship is broken, so the plan starts by listening and acknowledging the tension before changing how you work.',
    );
  if (t.audience.includes(p.reader)) reasons.push(`It is run by ${anAudience(p.reader)}, which is you.`);
  if (t.stage_notes[p.stage]) reasons.push(`It comes with advice specific to ${aStage(p.stage)} like yours (below).`);
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
