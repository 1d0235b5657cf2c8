/** Org profile → tailored plan: pure and deterministic, explaining every choice. */
import type { Library } from '../library/library.ts';
import type { Profile } from '../schema/index.ts';
import { paths } from '../url.ts';
import { AUDIENCE_LABELS } from '../taxonomy.ts';
import { cadence } from './cadence.ts';
import { needsFor } from './coverage.ts';
import { addDays, formatRange, workday } from './days.ts';
import { diagnose, launchIsNear } from './diagnose.ts';
import { firstWeeks } from './first-weeks.ts';
import { fittingPlaybooks } from './fitting-playbooks.ts';
import type { Plan, PlannedTactic, Publisher } from './plan.ts';
import { reasonsFor, whyWriter } from './reasons.ts';
import { responsibilities } from './responsibilities.ts';
import { scorecard } from './scorecard.ts';
import { schedule, type Placed } from './schedule.ts';
import { READER_FALLBACK, select } from './select.ts';
import { slugify } from './slug.ts';
import { credits, leftOutEntry } from './plan-credits.ts';
import { tacticParts } from './tactic-parts.ts';

export type { Plan, Publisher } from './plan.ts';
export { slugify } from './slug.ts';

/** Stamps that make a printout datable without making output depend on the clock. */
export interface TailorOptions {
  /** The day the plan is generated (YYYY-MM-DD): day 1 unless the profile sets `start_date`. */
  date: string;
  contentVersion: string;
  /** Turns a site path into the link a playbook shows (e.g. absolute with SITE_URL). */
  link?: (path: string) => string;
  /** The company that hands the playbook out (the config's organisation and contact), for the cover. */
  publisher?: Publisher;
}

/** Builds the plan for a normalised profile. */
export function tailor(profile: Profile, lib: Library, options: TailorOptions): Plan {
  const link = options.link ?? ((path: string) => path);
  const start = profile.start_date ?? options.date;
  const diagnosis = diagnose(profile);
  const title = (id: string) => lib.situation(id).data.title;
  const { choices, leftOut } = select(lib.tactics, profile, diagnosis, needsFor({ profile, diagnosis, title }));
  const why = whyWriter(profile, title);
  const phases = schedule(choices, profile, start).map(({ choices: placed, ...phase }) => ({
    ...phase,
    tactics: placed.map((c) => plannedTactic(c, profile, lib, link, why(c))),
  }));
  const launchDay = launchIsNear(profile) ? addDays(start, profile.upcoming_launch_weeks! * 7) : undefined;
  const all = phases.flatMap((p) => p.tactics);
  const templates = lib.templates();
  const grid = responsibilities(profile.stage, templates.responsibilities);
  const score = scorecard(profile, templates.scorecard);
  const meetings = cadence(profile, templates.cadence);
  const cited = [all, grid.rows, score.groups, meetings].flatMap((list) => list.flatMap((x) => x.sources));
  const phaseOf = (id: string) => lib.tactic(id).data.phase;
  return {
    company: profile.company,
    slug: slugify(profile.company),
    profile,
    generated: { date: options.date, contentVersion: options.contentVersion },
    ...(options.publisher && { publisher: options.publisher }),
    situations: diagnosis.map((d) => ({ id: d.id, title: title(d.id), origin: d.origin, why: d.why })),
    start,
    ...(launchDay && { launch: { day: launchDay, week: formatRange(launchDay, addDays(launchDay, 6)) } }),
    firstWeeks: firstWeeks(
      [...all].sort((a, b) => a.day.localeCompare(b.day)).map((t) => ({ ...t, phase: phaseOf(t.id) })),
      profile,
      start,
      launchDay,
    ),
    phases,
    leftOut: leftOut.map((l) => leftOutEntry(l, link)),
    playbooks: fittingPlaybooks(
      lib,
      diagnosis.map((d) => d.id),
      new Set(all.map((t) => t.id)),
      link,
      launchDay ? profile.upcoming_launch_weeks : undefined,
    ),
    responsibilities: grid,
    scorecard: score,
    cadence: meetings,
    credits: credits(lib, new Set([...cited, ...grid.noteSources])),
  };
}

/** One chosen tactic as the plan shows it: why it was chosen, the reader's side of it, the steps and what it takes. */
function plannedTactic(
  c: Placed,
  profile: Profile,
  lib: Library,
  link: (path: string) => string,
  why: string,
): PlannedTactic {
  const t = c.tactic.data;
  const side = READER_FALLBACK[profile.reader].find((a) => t.perspectives[a]);
  const title = (id: string) => lib.situation(id).data.title;
  return {
    id: c.tactic.id,
    title: t.title,
    summary: t.summary,
    when: c.when,
    reasons: reasonsFor(c, profile, title),
    sources: t.sources,
    url: link(paths.tactic(c.tactic.id)),
    ...(side
      ? {
          yourSide:
            side === profile.reader
              ? t.perspectives[side]
              : `(${AUDIENCE_LABELS[side]}'s view) ${t.perspectives[side]}`,
        }
      : {}),
    ...(t.stage_notes[profile.stage] ? { stageNote: t.stage_notes[profile.stage] } : {}),
    ...tacticParts(lib, c.tactic),
    why,
    day: c.day,
    checkIn: workday(addDays(c.day, t.revisit_weeks * 7)),
    effort: t.card.effort,
    prepare: t.card.prepare,
    run: t.card.run,
    room: t.card.room,
    checkAfterWeeks: t.revisit_weeks,
  };
}
