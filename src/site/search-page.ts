/** The search page's data: the filters (situation, who runs it, stage) and the situations to browse without script. */
import type { Library } from '../core/library/library.ts';
import { AUDIENCES, AUDIENCE_LABELS, STAGES, STAGE_LABELS } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import type { Card } from './cards.ts';

/** One filter select: its id, label, the "any" choice and the options. */
export interface FilterSelect {
  id: string;
  label: string;
  any: string;
  options: { value: string; label: string }[];
}

/** Composes the search page. */
export function searchPage(lib: Library): { index: string; filters: FilterSelect[]; browse: Card[] } {
  return {
    index: paths.asset('search-index.json'),
    filters: [
      {
        id: 'situation',
        label: 'Situation',
        any: 'Any situation',
        options: lib.situations.map((s) => ({ value: s.id, label: s.data.title })),
      },
      {
        id: 'audience',
        label: 'Who runs it',
        any: 'Anyone',
        options: AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] })),
      },
      {
        id: 'stage',
        label: 'Company stage',
        any: 'Any stage',
        options: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
      },
    ],
    browse: lib.situations.map((s) => ({
      href: paths.situation(s.id),
      title: s.data.title,
      summary: s.data.short,
      meta: '',
    })),
  };
}
