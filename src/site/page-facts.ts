/** The facts at the foot of a content page: a link to edit its file (when the config sets `edit_url`) and when it last changed. */
import { lastCommitDate } from '../node/git-dates.ts';
import { settings } from '../node/config.ts';
import { formatDay } from '../core/tailor/days.ts';

/** What the layout prints under a content page. */
export interface PageFacts {
  edit?: string;
  updated?: { iso: string; text: string };
}

/** Facts for the page built from `file` (a content file's path relative to the project root). */
export function pageFacts(file: string | undefined): PageFacts | undefined {
  if (!file) return undefined;
  const { brand, root } = settings();
  const iso = lastCommitDate(root, file);
  const facts: PageFacts = {
    ...(brand.editUrl && {
      edit: new URL(file.split('\\').join('/'), brand.editUrl.endsWith('/') ? brand.editUrl : `${brand.editUrl}/`).href,
    }),
    ...(iso && { updated: { iso, text: formatDay(iso, { year: true }) } }),
  };
  return facts.edit || facts.updated ? facts : undefined;
}
