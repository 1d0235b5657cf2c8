/** The last step of a PDF: what Chromium cannot set, and the bytes made independent of when and where it printed. */
import { PDFArray, PDFDict, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { restoreOutlineTitles } from './outline-titles.ts';
import type { PdfJob } from './print.ts';

/**
 * Sets title, author, subject and fixed dates, renumbers the tags' ids (the same input gives the same bytes, whichever
 * tab printed it), and mends the outline's titles.
 */
export async function finished(
  doc: PDFDocument,
  job: Pick<PdfJob, 'title' | 'subject' | 'date'>,
  headings: string[],
): Promise<Uint8Array> {
  restoreOutlineTitles(doc, headings);
  renumberStructIds(doc);
  const date = new Date(`${job.date}T00:00:00Z`);
  doc.setTitle(job.title, { showInWindowTitleBar: true });
  doc.setAuthor('Playbook');
  doc.setSubject(job.subject);
  doc.setKeywords(['product management', 'product marketing', 'playbook']);
  doc.setProducer('Playbook (Chromium, pdf-lib)');
  doc.setCreator('Playbook');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  // objectsPerTick: pdf-lib otherwise waits a timer tick every 50 objects, most of its time for a tagged PDF.
  return doc.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

const NODE_ID = /^node(\d{8})$/;

/**
 * Chromium names each element of a tagged PDF after its DOM node ("node00002349", also used by table cells'
 * /Headers and the structure tree's /IDTree). The numbers come from a counter that runs on across every document a
 * tab has printed, so the same document printed by a reused tab would differ in those bytes alone. Renumbering them
 * 1, 2, 3… in their own order (which keeps the /IDTree sorted) makes the bytes depend on the document only.
 * This renumbers every such string in the document's objects (not in content streams).
 */
function renumberStructIds(doc: PDFDocument): void {
  const sites: { set: (value: PDFString) => void; n: number }[] = [];
  const visit = (value: PDFObject, set: (value: PDFString) => void): void => {
    if (value instanceof PDFString) {
      const m = NODE_ID.exec(value.asString());
      if (m) sites.push({ set, n: Number(m[1]) });
    } else if (value instanceof PDFArray) {
      value.asArray().forEach((item, i) => visit(item, (v) => value.set(i, v)));
    } else if (value instanceof PDFDict) {
      for (const [key, item] of value.entries()) visit(item, (v) => value.set(key, v));
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object, () => undefined);
  const rank = new Map([...new Set(sites.map((s) => s.n))].sort((a, b) => a - b).map((n, i) => [n, i + 1]));
  for (const { set, n } of sites) set(PDFString.of(`node${String(rank.get(n)).padStart(8, '0')}`));
}
