/** Credits as a page lists them: each cited source, named and linked, with the points in our words. */
import type { Library } from '../core/library/library.ts';
import type { Entry } from '../core/library/types.ts';
import type { Tactic } from '../core/schema/index.ts';
import { sourceName } from '../core/credits.ts';
import { paths } from '../core/url.ts';
import type { Link } from './cards.ts';

/** One credited source and the points of it the page uses. */
export interface CreditGroup {
  source: Link;
  points: { label: string; summary: string }[];
}

/** The credits of a tactic, in citation order. */
export function credits(lib: Library, tactic: Entry<Tactic>): CreditGroup[] {
  return lib.credits(tactic).map(({ source, points }) => ({
    source: { href: paths.source(source.id), label: sourceName(source.data) },
    points: points.map((p) => ({ label: p.label, summary: p.summary })),
  }));
}
