/**
 * Chromium builds the PDF outline from the laid-out headings and drops the space where a heading wraps onto a
 * second line ("Northwind" + "Ledger" → "NorthwindLedger"). This puts the headings' own text back.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

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

/** Rewrites each outline title that matches a heading but for its spaces with that heading's text. */
export function restoreOutlineTitles(doc: PDFDocument, headings: string[]): void {
  const byKey = new Map(headings.map((h) => [squash(h), h]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
      const fixed = title === undefined ? undefined : byKey.get(squash(title));
      if (fixed && fixed !== title) node.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}
