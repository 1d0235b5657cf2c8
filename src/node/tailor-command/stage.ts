/**
 * Writes every plan's folder into the staging folder, complete with its manifest, before anything is moved into place.
 * Plans are made one at a time and dropped once their files are written, so memory stays flat however long the batch.
 */
import { constants, copyFileSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../../core/render/markdown.ts';
import { renderHtml } from '../../core/render/html.ts';
import { renderJson } from '../../core/render/json.ts';
import { playbookStylesheet } from '../pdf/stylesheet.ts';
import type { Plan } from '../../core/tailor/index.ts';
import type { Profile } from '../../core/schema/index.ts';
import { aStage, anAudience } from '../../core/taxonomy.ts';
import type { PdfJob } from '../pdf/print.ts';
import type { Paper } from '../../core/render/print-layout.ts';
import { readManifest, writeManifest } from '../manifest.ts';
import type { Format } from './flags.ts';
import type { Progress } from './progress.ts';

/** What a run writes: each checked profile with its folder's name, and how to tailor one (when its turn comes). */
export interface Batch {
  items: { profile: Profile; slug: string }[];
  plan: (profile: Profile) => Plan;
}

type TextFormat = Exclude<Format, 'pdf'>;
type Render = (plan: Plan) => string;

const TEXT: Record<Exclude<TextFormat, 'ics'>, Render> = {
  md: renderMarkdown,
  html: (plan) => renderHtml(plan, { css: playbookStylesheet() }),
  json: renderJson,
};

/** The renderers of the formats asked for, in writing order; the calendar's code is loaded only when it is asked for. */
async function renderers(formats: Format[]): Promise<[TextFormat, Render][]> {
  const ics = formats.includes('ics') ? (await import('../../core/render/ics.ts')).renderIcs : undefined;
  return formats.filter((f): f is TextFormat => f !== 'pdf').map((f) => [f, f === 'ics' ? ics! : TEXT[f]]);
}

/** Stages `staging/<slug>/` for each profile; the formats not asked for are carried over from the earlier folder in `out`. */
export async function stagePlans(
  batch: Batch,
  options: { staging: string; out: string; formats: Format[]; paper: Paper },
  log: Progress,
): Promise<void> {
  const { staging, formats } = options;
  const render = await renderers(formats);
  const pdfs: PdfJob[] = [];
  for (const [i, { profile, slug }] of batch.items.entries()) {
    const plan = batch.plan(profile);
    const dir = join(staging, slug);
    mkdirSync(dir);
    for (const [format, print] of render) writeFileSync(join(dir, `playbook.${format}`), print(plan));
    carryOver(join(options.out, slug), dir, formats);
    if (formats.includes('pdf')) pdfs.push(pdfJob(plan, () => batch.plan(profile), join(dir, 'playbook.pdf')));
    log.step(i + 1, batch.items.length, plan.company);
    // Rendering is synchronous: yielding between plans lets a Ctrl-C stop the run here rather than at the end.
    await new Promise((done) => setImmediate(done));
  }
  if (pdfs.length) await (await import('../pdf/print.ts')).printPdfs(pdfs, { paper: options.paper });
}

/** `--format md` over an earlier folder updates the Markdown and keeps its other files: copies them, lists the union. */
function carryOver(earlier: string, dir: string, formats: Format[]): void {
  const written = formats.map((f) => `playbook.${f}`);
  const kept = (readManifest(earlier)?.files ?? []).filter((f) => !written.includes(f) && isFile(join(earlier, f)));
  for (const f of kept) copyFileSync(join(earlier, f), join(dir, f), constants.COPYFILE_FICLONE);
  writeManifest(dir, 'playbook', [...written, ...kept]);
}

const isFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

/** What to print for a plan: its metadata now, its HTML when the printer asks (the plan is made again then, not kept). */
function pdfJob(plan: Plan, again: () => Plan, file: string): PdfJob {
  return {
    html: (pages) => renderHtml(again(), { pages, css: playbookStylesheet() }),
    title: `PM–PMM playbook for ${plan.company}`,
    subject: `A tailored plan for ${anAudience(plan.profile.reader)} at ${aStage(plan.profile.stage)}, ${plan.profile.relationship} relationship`,
    stamp: `Prepared for ${plan.company} · ${plan.generated.date}`,
    date: plan.generated.date,
    file,
  };
}
