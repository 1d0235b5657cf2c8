/** A source page's data: each point it contributed, in our words, with the tactics that use it. */
import type { Library } from '../core/library/library.ts';
import { sourceName } from '../core/credits.ts';
import { paths } from '../core/url.ts';
import type { Link } from './cards.ts';
import type { PageFrame } from './frame.ts';

/** Everything the source route renders. */
export interface SourcePage extends PageFrame {
  credit: string;
  summary: string;
  points: { id: string; label: string; summary: string; usedIn: Link[] }[];
}

/** Composes one source's page. */
export function sourcePage(lib: Library, id: string): SourcePage {
  const s = lib.source(id).data;
  const kind = {
    article: ' (article)',
    answer: ' (answer to a practitioners’ question)',
    internal: ' (internal record of this company)',
  }[s.kind];
  return {
    title: s.author ?? s.title!,
    description: s.summary,
    section: 'sources',
    crumbs: [{ label: 'Sources', href: paths.sources() }],
    credit: sourceName(s) + kind,
    summary: s.summary,
    points: s.points.map((p) => ({
      id: p.id,
      label: p.label,
      summary: p.summary,
      usedIn: lib.tactics
        .filter((t) => t.data.sources.includes(p.id))
        .map((t) => ({ href: paths.tactic(t.id), label: t.data.title })),
    })),
  };
}
