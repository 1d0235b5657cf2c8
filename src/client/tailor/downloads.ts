/** The downloads, loaded on first use: the profile as YAML for the CLI and the playbook as Markdown. */
import { stringify } from 'yaml';
import { renderMarkdown } from '../../core/render/markdown.ts';
import { renderIcs } from '../../core/render/ics.ts';
import type { Profile } from '../../core/schema/index.ts';
import type { Plan } from '../../core/tailor/index.ts';

/** The normalised profile as a YAML file the command line accepts (the README says how), with a note on where it came from. */
export function profileYaml(profile: Profile): string {
  return `# PM–PMM org profile from the Playbook site’s tailor page.\n${stringify(profile)}`;
}

/** The playbook as Markdown (the same renderer as the CLI's playbook.md). */
export function playbookMarkdown(plan: Plan): string {
  return renderMarkdown(plan);
}

/** The plan's windows, cadence and check-ins as an iCalendar file (the same renderer as the CLI's playbook.ics). */
export function playbookCalendar(plan: Plan): string {
  return renderIcs(plan);
}

/** Saves a text file made in the page through a blob: URL; nothing is uploaded. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
