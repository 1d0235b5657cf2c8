/** Prints playbook HTML to PDF with one headless Chromium for the whole batch, a few pages at a time. */
import { renameSync, rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Plan } from '../../src/lib/tailor/index.ts';
import { launchChromium } from './chromium.ts';

/** Paper sizes offered by --paper. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** One PDF to print: the plan (for header text), its self-contained HTML and where to write it. */
export interface PdfJob {
  plan: Plan;
  html: string;
  file: string;
}

const CONCURRENCY = 3;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Prints every job; the browser is closed whatever happens, and no partial PDF is left behind. */
export async function printPdfs(jobs: PdfJob[], options: { paper: Paper }): Promise<void> {
  if (!jobs.length) return;
  const browser = await launchChromium();
  try {
    const queue = [...jobs];
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await printOne(browser, job, options.paper);
    }));
  } finally {
    await browser.close();
  }
}

async function printOne(browser: Browser, job: PdfJob, paper: Paper): Promise<void> {
  const page = await browser.newPage();
  const partial = `${job.file}.partial`;
  try {
    await page.setContent(job.html, { waitUntil: 'load' });
    const title = escape(`PM–PMM playbook for ${job.plan.company}`);
    await page.pdf({
      path: partial,
      format: paper === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font:8px system-ui,sans-serif;width:100%;padding:0 16mm;color:#555">${title}</div>`,
      footerTemplate: `<div style="font:8px system-ui,sans-serif;width:100%;padding:0 16mm;color:#555;display:flex;justify-content:space-between"><span>Content ${escape(job.plan.generated.contentVersion)} · ${escape(job.plan.generated.date)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      outline: true,
      tagged: true,
    });
    renameSync(partial, job.file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await page.close();
  }
}
