/** Previous and next within a playbook, for each tactic page the playbook includes. */
import type { Library } from '../core/library/library.ts';
import type { Entry } from '../core/library/types.ts';
import type { Playbook } from '../core/schema/index.ts';
import { paths } from '../core/url.ts';
import type { Link } from './cards.ts';

/** One pager: its label, the way back or forward (to the playbook at either end), and where this step sits. */
export interface Pager {
  label: string;
  prev: Link & { rel?: 'prev' };
  next: Link & { rel?: 'next' };
  position: string;
  playbook: Link;
}

/** The pager of `playbook` seen from the tactic `current`. */
export function pager(lib: Library, playbook: Entry<Playbook>, current: string): Pager {
  const steps = playbook.data.steps;
  const at = steps.findIndex((s) => s.tactic === current);
  const prev = steps[at - 1];
  const next = steps[at + 1];
  const home = paths.playbook(playbook.id);
  return {
    label: `Playbook: ${playbook.data.title}`,
    prev: prev
      ? { href: paths.tactic(prev.tactic), label: `← ${lib.tactic(prev.tactic).data.title}`, rel: 'prev' }
      : { href: home, label: `← ${playbook.data.title}` },
    next: next
      ? { href: paths.tactic(next.tactic), label: `${lib.tactic(next.tactic).data.title} →`, rel: 'next' }
      : { href: home, label: 'Back to the playbook →' },
    position: `Step ${at + 1} of ${steps.length} in `,
    playbook: { href: home, label: playbook.data.title },
  };
}
