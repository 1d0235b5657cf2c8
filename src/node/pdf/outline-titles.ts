/**
 * Chromium builds the PDF outline from the laid-out headings and drops the space where a heading wraps onto a
 * second line ("Emberlark" + "Ledger" → "EmberlarkLedger"). This puts the headings' own text back, and reads the pages
 * the bookmarks point at.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of every h1–h6 in an HTML page, tags removed and entities decoded. */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
        e[0] === '#'
          ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
          : (ENTITIES[e.toLowerCase()] ?? all),
      )
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** A key for a title: the same text with or without the spaces that wrapping dropped. */
export const titleKey = squash;

/** Calls `fn` with every outline item, depth first in reading order, and its title. */
function eachOutlineItem(doc: PDFDocument, fn: (item: PDFDict, title: string | undefined) => void): void {
  const visit = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      fn(node, node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText());
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** Rewrites each outline title that matches a heading but for its spaces with that heading's text. */
export function restoreOutlineTitles(doc: PDFDocument, headings: string[]): void {
  const byKey = new Map(headings.map((h) => [squash(h), h]));
  eachOutlineItem(doc, (node, title) => {
    const fixed = title === undefined ? undefined : byKey.get(squash(title));
    if (fixed && fixed !== title) node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
  });
}

/** The printed outline as title key (see titleKey) → 1-based page of the first bookmark with that title. */
export function outlinePages(doc: PDFDocument): Record<string, number> {
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const pages: Record<string, number> = {};
  eachOutlineItem(doc, (node, title) => {
    const target = node.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (title !== undefined && page !== undefined) pages[squash(title)] ??= page;
  });
  return pages;
}
