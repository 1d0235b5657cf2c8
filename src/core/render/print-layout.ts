/**
 * The printed playbook's page, in one place: paper sizes, margins, and the header and footer Chromium draws. The
 * CLI's PDFs pass these to the printer; the same margins go into the stylesheet as an `@page` rule for anyone
 * printing the HTML from a browser, so both print alike.
 */

/** Paper sizes offered by --paper and the company config. */
export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

/** Chromium's names for the paper sizes. */
export const PAPER_FORMAT: Record<Paper, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** Page margins: room at the top and bottom for the header and footer lines. */
export const MARGINS = { top: '18mm', right: '16mm', bottom: '18mm', left: '16mm' } as const;

/** The margins as a CSS `@page` rule, for printing the HTML from a browser. */
export const PAGE_RULE = `@page{margin:${MARGINS.top} ${MARGINS.right} ${MARGINS.bottom} ${MARGINS.left}}`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const LINE = `font:8px system-ui,sans-serif;width:100%;padding:0 ${MARGINS.left};color:#555`;

/** The running header: the document's title on every page. */
export const headerTemplate = (title: string): string => `<div style="${LINE}">${escape(title)}</div>`;

/** The running footer: a stamp (who it is for, the date) and "Page N of M". */
export const footerTemplate = (stamp: string): string =>
  `<div style="${LINE};display:flex;justify-content:space-between"><span>${escape(stamp)}</span>` +
  '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>';
