/**
 * Prints playbook HTML to PDF with one headless Chromium for the whole batch and one reused tab per core. The
 * contents' page numbers come from a layout of the draft inside the tab (layout.ts), which is then numbered in place
 * and printed once; the printed outline confirms the numbers, and only if it disagreed would the document be printed
 * again with the outline's.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { launchChromium } from './chromium.ts';
import { contentBox, NUMBERED, PAGE_NUMBERS } from './layout.ts';
import { finished } from './finish.ts';
import { headingTexts, outlinePages, titleKey } from './outline-titles.ts';
import { footerTemplate, headerTemplate, MARGINS, PAPER_FORMAT, type Paper } from '../../core/render/print-layout.ts';

/** One PDF to print: HTML for given page numbers of the contents, metadata, and where to write it. */
export interface PdfJob {
  /** The document's HTML; called again with the pages its headings land on, to number the contents. */
  html: (pages?: Record<string, number>) => string;
  /** False for documents without a numbered contents: no layout pass is needed. */
  numberContents?: boolean;
  title: string;
  subject: string;
  /** Footer stamp, e.g. the content version and date. */
  stamp: string;
  /** The fixed creation date (reproducible output). */
  date: string;
  file: string;
}

/**
 * Tabs printing at once: one per core keeps both Chromium and Node busy (Node renders the next document and rewrites
 * the last PDF while Chromium lays out and prints).
 */
const TABS = Math.max(2, availableParallelism());

/** Prints beyond the first, should the printed outline disagree with the layout pass (never seen; a safeguard). */
const MAX_REPRINTS = 2;

/** Prints every job; the browser is closed whatever happens, and no partial PDF is left behind. */
export async function printPdfs(jobs: PdfJob[], options: { paper: Paper }): Promise<void> {
  if (!jobs.length) return;
  // Each tab renders its first document while the browser is starting.
  const launching = launchChromium();
  try {
    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: Math.min(TABS, jobs.length) }, () => printQueue(launching, queue, options.paper)),
    );
  } finally {
    await (await launching.catch(() => undefined))?.close();
  }
}

/** One tab working through the shared queue (closed with the browser). */
async function printQueue(launching: Promise<Browser>, queue: PdfJob[], paper: Paper): Promise<void> {
  const first = queue.shift();
  if (!first) return;
  const firstDraft = draft(first);
  const page = await (await launching).newPage();
  // The layout pass measures the print styles; printing uses them anyway.
  await page.emulateMedia({ media: 'print' });
  await printOne(page, first, firstDraft, paper);
  for (let job = queue.shift(); job; job = queue.shift()) await printOne(page, job, draft(job), paper);
}

/** The document to lay out first: with placeholder page numbers when the contents are numbered. */
const draft = (job: PdfJob) => (job.numberContents === false ? job.html() : job.html(PLACEHOLDERS));

/** Numbers the contents from the layout pass over the draft, prints, and checks the numbers against the outline. */
async function printOne(page: Page, job: PdfJob, draftHtml: string, paper: Paper): Promise<void> {
  const partial = `${job.file}.partial`;
  try {
    let pages = job.numberContents === false ? undefined : await layoutPages(page, draftHtml, paper);
    let html = pages ? job.html(numbering(pages.found, pages.asked)) : draftHtml;
    const loaded = pages !== undefined && (await page.evaluate<boolean>(NUMBERED(html)));
    let doc = await printed(page, html, job, paper, loaded);
    for (let reprint = 0; pages && reprint < MAX_REPRINTS; reprint++) {
      const real = outlinePages(doc);
      if ([...pages.asked].every((key) => real[key] === pages!.found[key])) break;
      pages = { found: real, asked: new Set() };
      html = job.html(numbering(pages.found, pages.asked));
      doc = await printed(page, html, job, paper, false);
    }
    writeFileSync(partial, await finished(doc, job, headingTexts(html)));
    renameSync(partial, job.file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Two-digit placeholders keep the contents the same length as the numbered one, so nothing else moves. */
const PLACEHOLDERS = new Proxy({}, { get: () => 88 }) as Record<string, number>;

/** Page numbers by heading key, and the keys the document asked for (the ones the printed outline must confirm). */
interface Pages {
  found: Record<string, number>;
  asked: Set<string>;
}

/** Looks a contents entry up by its title, with or without the spaces wrapping dropped, noting what was asked. */
function numbering(found: Record<string, number>, asked: Set<string>): Record<string, number> {
  return new Proxy(found, {
    get: (p, title: string) => {
      const key = titleKey(title);
      asked.add(key);
      return p[key];
    },
  });
}

/** Where each heading will fall when printed, from one layout of the draft in the tab. */
async function layoutPages(page: Page, draft: string, paper: Paper): Promise<Pages> {
  await page.setContent(draft, { waitUntil: 'load' });
  const byText = await page.evaluate<Record<string, number>>(PAGE_NUMBERS(contentBox(paper)));
  const found: Record<string, number> = {};
  for (const [text, n] of Object.entries(byText)) found[titleKey(text)] ??= n;
  return { found, asked: new Set() };
}

/** Prints the HTML (loading it first unless the tab already holds it) and parses the result for the checks and the rewrite. */
async function printed(page: Page, html: string, job: PdfJob, paper: Paper, loaded: boolean): Promise<PDFDocument> {
  if (!loaded) await page.setContent(html, { waitUntil: 'load' });
  const bytes = await page.pdf({
    format: PAPER_FORMAT[paper],
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(job.title),
    footerTemplate: footerTemplate(job.stamp),
    margin: MARGINS,
    outline: true,
    tagged: true,
  });
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}
