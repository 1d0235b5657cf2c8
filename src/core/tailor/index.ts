/** Org profile → tailored plan: pure and deterministic, explaining every choice. */
import type { Library } from '../library/library.ts';
import type { Profile } from '../schema/index.ts';
import { sourceName } from '../credits.ts';
import { paths } from '../url.ts';
import { AUDIENCE_LABELS } from '../taxonomy.ts';
import { cadence } from './cadence.ts';
import { diagnose } from './diagnose.ts';
import type { Plan, PlannedTactic } from './plan.ts';
import { reasonsFor } from './reasons.ts';
import { responsibilities } from './responsibilities.ts';
import { scorecard } from './scorecard.ts';
import { schedule, type ScheduledPhase } from './schedule.ts';
import { READER_FALLBACK, select } from './select.ts';
import { slugify } from './slug.ts';

export type { Plan } from './plan.ts';
export { slugify } from './slug.ts';

/** Stamps that make a printout datable without making output depend on the clock. */
export interface TailorOptions {
  date: string;
  contentVersion: string;
  /** Turns a site path into the link a playbook shows (e.g. absolute with SITE_URL). */
  link?: (path: string) => string;
}

/** Builds the plan for a normalised profile. */
export function tailor(profile: Profile, lib: Library, options: TailorOptions): Plan {
  const link = options.link ?? ((path: string) => path);
  const diagnosis = diagnose(profile);
  const title = (id: string) => lib.situation(id).data.title;
  const phases = schedule(select(lib.tactics, profile, diagnosis), profile);
  const planned = phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    window: phase.window,
    tactics: phase.choices.map((c) => plannedTactic(c, profile, lib, link)),
  }));
  const chosen = new Set(planned.flatMap((p) => p.tactics.map((t) => t.id)));
  const grid = responsibilities(profile.stage);
  const score = scorecard(profile);
  const meetings = cadence(profile);
  const cited = new Set([
    ...planned.flatMap((p) => p.tactics.flatMap((t) => t.sources)),
    ...grid.noteSources,
    ...grid.rows.flatMap((r) => r.sources),
    ...score.groups.flatMap((g) => g.sources),
    ...meetings.flatMap((m) => m.sources),
  ]);
  return {
    company: profile.company,
    slug: slugify(profile.company),
    profile,
    generated: { date: options.date, contentVersion: options.contentVersion },
    situations: diagnosis.map((d) => ({ id: d.id, title: title(d.id), origin: d.origin, why: d.why })),
    phases: planned,
    playbooks: fittingPlaybooks(
      lib,
      diagnosis.map((d) => d.id),
      chosen,
      link,
    ),
    responsibilities: grid,
    scorecard: score,
    cadence: meetings,
    credits: credits(lib, cited),
  };
}

/** One chosen tactic as the plan shows it: why it was chosen, the reader's side of it, the steps and what it takes. */
function plannedTactic(
  c: ScheduledPhase['choices'][number],
  profile: Profile,
  lib: Library,
  link: (path: string) => string,
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
    steps: lib.steps(c.tactic),
    effort: t.card.effort,
    prepare: t.card.prepare,
    run: t.card.run,
    room: t.card.room,
    checkAfterWeeks: t.revisit_weeks,
  };
}

/** The sources the plan cites, each with only the points it uses, in library order. */
function credits(lib: Library, cited: Set<string>): Plan['credits'] {
  return lib.sources
    .map((s) => ({
      source: s.id,
      name: sourceName(s.data),
      points: s.data.points.filter((p) => cited.has(p.id)).map(({ id, label, summary }) => ({ id, label, summary })),
    }))
    .filter((c) => c.points.length);
}

/** Library playbooks that share situations with the diagnosis, best overlap first (at most three). */
function fittingPlaybooks(
  lib: Library,
  situations: string[],
  chosen: Set<string>,
  link: (path: string) => string,
): Plan['playbooks'] {
  return lib.playbooks
    .map((p) => ({
      p,
      overlap: p.data.situations.filter((s) => situations.includes(s)),
      shared: p.data.steps.filter((s) => chosen.has(s.tactic)).length,
    }))
    .filter((x) => x.overlap.length > 0)
    .sort((a, b) => b.overlap.length + b.shared - (a.overlap.length + a.shared) || a.p.id.localeCompare(b.p.id))
    .slice(0, 3)
    .map(({ p, overlap }) => ({
      id: p.id,
      title: p.data.title,
      summary: p.data.summary,
      url: link(paths.playbook(p.id)),
      why: `It covers ${overlap.map((s) => `“${lib.situation(s).data.title}”`).join(' and ')}.`,
    }));
}
