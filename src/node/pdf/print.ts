/** Prints playbook HTML to PDF with one headless Chromium for the whole batch, a few pages at a time. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from './chromium.ts';
import { pagesByTitle, readPdf } from './read.ts';
import { headingTexts, restoreOutlineTitles, titleKey } from './outline-titles.ts';
import { footerTemplate, headerTemplate, MARGINS, PAPER_FORMAT, type Paper } from '../../core/render/print-layout.ts';

/** One PDF to print: HTML for given page numbers of the contents, metadata, and where to write it. */
export interface PdfJob {
  /** The document's HTML; called again with the pages its headings landed on, to number the contents. */
  html: (pages?: Record<string, number>) => string;
  /** False for documents without a numbered contents: one pass is enough. */
  numberContents?: boolean;
  title: string;
  subject: string;
  /** Footer stamp, e.g. the content version and date. */
  stamp: string;
  /** The fixed creation date (reproducible output). */
  date: string;
  file: string;
}

const CONCURRENCY = 3;

/** Prints every job; the browser is closed whatever happens, and no partial PDF is left behind. */
export async function printPdfs(jobs: PdfJob[], options: { paper: Paper }): Promise<void> {
  if (!jobs.length) return;
  const browser = await launchChromium();
  try {
    const queue = [...jobs];
    await Promise.all(
      Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) await printOne(browser, job, options.paper);
      }),
    );
  } finally {
    await browser.close();
  }
}

/** Two passes: print with placeholder page numbers, read where the headings landed, print again with the real ones. */
async function printOne(browser: Browser, job: PdfJob, paper: Paper): Promise<void> {
  const page = await browser.newPage();
  const partial = `${job.file}.partial`;
  try {
    const print = async (html: string) => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({
        format: PAPER_FORMAT[paper],
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(job.title),
        footerTemplate: footerTemplate(job.stamp),
        margin: MARGINS,
        outline: true,
        tagged: true,
      });
    };
    let html: string;
    if (job.numberContents === false) html = job.html();
    else {
      const draft = await print(job.html(PLACEHOLDERS));
      const pages = pagesByTitle((await readPdf(draft)).outline);
      html = job.html(new Proxy(pages, { get: (p, title: string) => p[titleKey(title)] }));
    }
    writeFileSync(partial, await withMetadata(await print(html), job, headingTexts(html)));
    renameSync(partial, job.file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await page.close();
  }
}

/** Two-digit placeholders keep the contents the same length in both passes, so nothing moves. */
const PLACEHOLDERS = new Proxy({}, { get: () => 88 }) as Record<string, number>;

/** Sets title, author, subject and fixed dates (the same input gives the same bytes), and mends the outline's titles. */
async function withMetadata(bytes: Uint8Array, job: PdfJob, headings: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  restoreOutlineTitles(doc, headings);
  const date = new Date(`${job.date}T00:00:00Z`);
  doc.setTitle(job.title, { showInWindowTitleBar: true });
  doc.setAuthor('Playbook');
  doc.setSubject(job.subject);
  doc.setKeywords(['product management', 'product marketing', 'playbook']);
  doc.setProducer('Playbook (Chromium, pdf-lib)');
  doc.setCreator('Playbook');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  return doc.save({ useObjectStreams: false });
}
