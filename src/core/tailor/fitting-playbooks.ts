/** The library playbooks a plan suggests: those sharing its situations, and the countdown when a launch is near. */
import type { Library } from '../library/library.ts';
import { paths } from '../url.ts';
import { weeks } from './diagnose.ts';
import type { Plan } from './plan.ts';

/** Share of a playbook's steps whose tactics are timed against a launch that is `within` weeks away. */
const launchShare = (lib: Library, steps: { tactic: string }[], within: number) =>
  steps.filter((s) => (lib.tactic(s.tactic).data.launch_weeks ?? Infinity) <= within).length / steps.length;

/**
 * Up to three playbooks, best overlap first. With a launch near, the playbook most of whose steps count down to
 * a launch comes first, so the reader finds the week-by-week run-up.
 */
export function fittingPlaybooks(
  lib: Library,
  situations: string[],
  chosen: Set<string>,
  link: (path: string) => string,
  launchIn?: number,
): Plan['playbooks'] {
  const countdown =
    launchIn === undefined
      ? undefined
      : lib.playbooks
          .map((p) => ({ p, share: launchShare(lib, p.data.steps, 12) }))
          .filter((x) => x.share > 0.5)
          .sort((a, b) => b.share - a.share || a.p.id.localeCompare(b.p.id))[0]?.p;
  const rest = lib.playbooks
    .filter((p) => p !== countdown)
    .map((p) => ({
      p,
      overlap: p.data.situations.filter((s) => situations.includes(s)),
      shared: p.data.steps.filter((s) => chosen.has(s.tactic)).length,
    }))
    .filter((x) => x.overlap.length > 0)
    .sort((a, b) => b.overlap.length + b.shared - (a.overlap.length + a.shared) || a.p.id.localeCompare(b.p.id));
  const entry = (p: (typeof lib.playbooks)[number], why: string) => ({
    id: p.id,
    title: p.data.title,
    summary: p.data.summary,
    url: link(paths.playbook(p.id)),
    why,
  });
  return [
    ...(countdown
      ? [entry(countdown, `Your launch is ${weeks(launchIn!)} away: it runs the countdown week by week.`)]
      : []),
    ...rest.map(({ p, overlap }) =>
      entry(p, `It covers ${overlap.map((s) => `“${lib.situation(s).data.title}”`).join(' and ')}.`),
    ),
  ].slice(0, 3);
}
