/** What a query was understood as, in one line of plain text (the page and the CLI show the same words). */
import type { Understanding } from './types.ts';

/** One reading: `AE → sales, rep`; a phrasing of a situation is quoted, since it is a phrase and not a word. */
function reading(u: Understanding): string {
  const from = u.kind === 'situation' ? `“${u.from}”` : u.from;
  return `${from} → ${u.to.join(', ')}`;
}

/** The readings joined for display, or '' when the query was taken as typed. */
export function understoodText(understood: readonly Understanding[]): string {
  return understood.map(reading).join(' · ');
}
