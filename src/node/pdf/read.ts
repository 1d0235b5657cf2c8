/** Reads a PDF back (pdfjs-dist): its outline with page numbers, page texts and metadata, for tests. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One bookmark: its title, 1-based page and nested bookmarks. */
export interface OutlineEntry {
  title: string;
  page: number;
  items: OutlineEntry[];
}

/** What a PDF says about itself. */
export interface PdfFacts {
  pages: string[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

/** Loads a PDF and extracts page texts, the outline (resolved to page numbers) and the info dictionary. */
export async function readPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
    }
    type RawItem = { title: string; dest: string | unknown[] | null; items: RawItem[] };
    const resolve = async (items: RawItem[]): Promise<OutlineEntry[]> =>
      Promise.all(
        items.map(async (it) => {
          const dest = typeof it.dest === 'string' ? await doc.getDestination(it.dest) : it.dest;
          const page = dest ? (await doc.getPageIndex(dest[0] as never)) + 1 : 0;
          return { title: it.title, page, items: await resolve(it.items ?? []) };
        }),
      );
    const outline = await resolve(((await doc.getOutline()) ?? []) as RawItem[]);
    const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
    return { pages, outline, info };
  } finally {
    await doc.destroy();
  }
}
