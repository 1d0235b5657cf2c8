/** Writes every plan's folder into the staging folder, complete with its manifest, before anything is moved into place. */
import { constants, copyFileSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml, renderIcs, renderJson, renderMarkdown } from '../../core/render/index.ts';
import { playbookStylesheet } from '../pdf/stylesheet.ts';
import type { Plan } from '../../core/tailor/index.ts';
import { aStage, anAudience } from '../../core/taxonomy.ts';
import type { PdfJob } from '../pdf/print.ts';
import type { Paper } from '../../core/render/print-layout.ts';
import { readManifest, writeManifest } from '../manifest.ts';
import type { Format } from './flags.ts';
import type { Progress } from './progress.ts';

const TEXT: Record<Exclude<Format, 'pdf'>, (plan: Plan) => string> = {
  md: renderMarkdown,
  html: (plan) => renderHtml(plan, { css: playbookStylesheet() }),
  json: renderJson,
  ics: renderIcs,
};

/** Stages `staging/<slug>/` for each plan; the formats not asked for are carried over from the earlier folder in `out`. */
export async function stagePlans(
  plans: Plan[],
  options: { staging: string; out: string; formats: Format[]; paper: Paper },
  log: Progress,
): Promise<void> {
  const { staging, formats } = options;
  for (const [i, plan] of plans.entries()) {
    const dir = join(staging, plan.slug);
    mkdirSync(dir);
    for (const f of formats) if (f !== 'pdf') writeFileSync(join(dir, `playbook.${f}`), TEXT[f](plan));
    log.step(i + 1, plans.length, plan.company);
    // Rendering is synchronous: yielding between plans lets a Ctrl-C stop the run here rather than at the end.
    await new Promise((done) => setImmediate(done));
  }
  if (formats.includes('pdf'))
    await (
      await import('../pdf/print.ts')
    ).printPdfs(
      plans.map((plan) => pdfJob(plan, join(staging, plan.slug, 'playbook.pdf'))),
      { paper: options.paper },
    );
  for (const plan of plans) carryOver(join(options.out, plan.slug), join(staging, plan.slug), formats);
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

/** What to print for a plan: its HTML (numbered contents on the second pass) and its metadata. */
function pdfJob(plan: Plan, file: string): PdfJob {
  return {
    html: (pages) => renderHtml(plan, { pages, css: playbookStylesheet() }),
    title: `PM–PMM playbook for ${plan.company}`,
    subject: `A tailored plan for ${anAudience(plan.profile.reader)} at ${aStage(plan.profile.stage)}, ${plan.profile.relationship} relationship`,
    stamp: `Prepared for ${plan.company} · ${plan.generated.date}`,
    date: plan.generated.date,
    file,
  };
}
