/** The back matter of a plan: the sources it cites, and what the coverage rules wanted but it could not carry. */
import type { Library } from '../library/library.ts';
import { sourceName } from '../credits.ts';
import { paths } from '../url.ts';
import type { Plan } from './plan.ts';
import type { LeftOut } from './select.ts';

/** A need the plan could not carry, with the tactic that would have met it. */
export function leftOutEntry(l: LeftOut, link: (path: string) => string): Plan['leftOut'][number] {
  const why = l.tactic
    ? `The plan already holds as many tactics as 90 days can carry, so this waits for your next plan.`
    : `Nothing in the library meets this for a company like yours yet.`;
  return {
    need: l.need.label,
    why,
    ...(l.tactic && { tactic: { id: l.tactic.id, title: l.tactic.data.title, url: link(paths.tactic(l.tactic.id)) } }),
  };
}

/** The sources the plan cites, each with only the points it uses, in library order. */
export function credits(lib: Library, cited: Set<string>): Plan['credits'] {
  return lib.sources
    .map((s) => ({
      source: s.id,
      name: sourceName(s.data),
      points: s.data.points.filter((p) => cited.has(p.id)).map(({ id, label, summary }) => ({ id, label, summary })),
    }))
    .filter((c) => c.points.length);
}
