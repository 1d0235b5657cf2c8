/** The new-hire PDF read back: pages, cover, numbered contents against where headings really are, footers, outline, metadata. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfFacts } from '../../src/node/pdf/read.ts';
import { contentsEntries } from '../../src/core/render/document.ts';
import { CHROME_CANDIDATES, findChrome } from '../../src/node/pdf/chromium.ts';
import { contentBox } from '../../src/node/pdf/layout.ts';
import { sharedBrowser } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'playbook-pdf-'));
const PROFILE =
  'company: Thistledown Maps\nstage: enterprise\nreader: pmm-leader\nrelationship: broken\nnew_to_company: true\nreporting: { same_leader: false, leaders_aligned: false }\n';
/** Runs `playbook tailor` (the compiled bin); returns its exit status and stderr. */
function run(env: Record<string, string>, ...args: string[]) {
  const r = runCli(['tailor', ...args], { SOURCE_DATE_EPOCH: '1767225600', ...env });
  return { status: r.code, stderr: r.err };
}

let bytes: Buffer;
let pdf: PdfFacts;
beforeAll(async () => {
  writeFileSync(join(work, 'thistledown.yaml'), PROFILE);
  const r = run(
    {},
    '--profile',
    join(work, 'thistledown.yaml'),
    '--format',
    'pdf,json,html',
    '--out',
    join(work, 'out'),
  );
  expect(r.status, r.stderr).toBe(0);
  bytes = readFileSync(join(work, 'out', 'thistledown-maps', 'playbook.pdf'));
  pdf = await readPdf(bytes);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('playbook PDF', () => {
  it('has a cover with the company, reader and date, and the content version only in the colophon', () => {
    expect(pdf.pages.length).toBeGreaterThan(5);
    expect(pdf.pages[0]).toContain('Thistledown Maps');
    expect(pdf.pages[0]).toMatch(/product marketing leader new to the company/);
    expect(pdf.pages[0]).toMatch(/Starts: Thu 1 Jan 2026/);
    expect(pdf.pages[0]).not.toMatch(/[Vv]ersion|\b[0-9a-f]{10}\b/);
    expect(pdf.pages.at(-1)).toMatch(/About this playbook[\s\S]*content version [0-9a-f]{10}/);
  });

  it('keeps the spaces of wrapped headings in its bookmarks', () => {
    const titles = (items: PdfFacts['outline']): string[] => items.flatMap((i) => [i.title, ...titles(i.items)]);
    const all = titles(pdf.outline);
    expect(all[0]).toBe('PM–PMM playbook for Thistledown Maps');
    for (const t of all) expect(t, t).not.toMatch(/[a-z][A-Z]/);
    expect(all.every((t) => !/\S{32,}/.test(t))).toBe(true);
  });

  it('numbers the contents with the pages the headings are really on', () => {
    const plan = JSON.parse(readFileSync(join(work, 'out', 'thistledown-maps', 'playbook.json'), 'utf8'));
    const contentsPage = pdf.pages.findIndex((t) => t.includes('Contents'));
    const lines = pdf.pages[contentsPage]!;
    const flat = (items: PdfFacts['outline']): PdfFacts['outline'] => items.flatMap((i) => [i, ...flat(i.items)]);
    const outline = flat(pdf.outline);
    for (const entry of contentsEntries(plan)) {
      const bookmark = outline.find((o) => o.title.trim() === entry.title);
      expect(bookmark, entry.title).toBeDefined();
      expect(pdf.pages[bookmark!.page - 1], `${entry.title} on page ${bookmark!.page}`).toContain(entry.title);
      expect(lines.replace(/\s+/g, ' '), entry.title).toContain(entry.title);
    }
    // Each contents line ends with the page number the outline (and the text) put that heading on.
    const printed = Object.fromEntries(
      [...lines.matchAll(/^(.+?) (\d+)$/gm)]
        .filter((m) => !/Page \d+ of$/.test(m[1]!))
        .map((m) => [m[1]!.trim(), Number(m[2])]),
    );
    const expected = Object.fromEntries(
      contentsEntries(plan).map((e) => [e.title, outline.find((o) => o.title.trim() === e.title)!.page]),
    );
    expect(printed).toEqual(expected);
  });

  it('keeps each "Steps:" with its first step, and every table border inside the printed area', async () => {
    // In the PDF: no page's text ends on the label (the running header and footer aside).
    const frame = /^(PM–PMM playbook for|Prepared for|Page \d+ of) /;
    for (const [i, text] of pdf.pages.entries()) {
      const lines = text.split('\n').filter((l) => l.trim() && !frame.test(l.trim()));
      expect(lines.at(-1)?.trim(), `page ${i + 1}`).not.toBe('Steps:');
    }
    // In the page as printed (print media, a page's content width): the rules that make it so.
    const browser = await sharedBrowser();
    try {
      const { width } = contentBox('a4');
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(readFileSync(join(work, 'out', 'thistledown-maps', 'playbook.html'), 'utf8'));
      const facts = await page.evaluate(`(() => ({
        width: document.body.clientWidth,
        tables: [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right),
        leadIns: [...document.querySelectorAll('.lead-in')].map((p) => [p.textContent, getComputedStyle(p).breakAfter, p.nextElementSibling.tagName]),
      }))()`);
      const { width: body, tables, leadIns } = facts as { width: number; tables: number[]; leadIns: string[][] };
      expect(body).toBe(width);
      expect(tables.length).toBeGreaterThan(3);
      for (const right of tables) expect(right).toBeLessThanOrEqual(body - 1);
      expect(leadIns.length).toBeGreaterThan(5);
      expect(new Set(leadIns.map((l) => l.join(' ')))).toEqual(new Set(['Steps: avoid OL']));
    } finally {
      await browser.close();
    }
  });

  it('prints "Page N of M" in every footer and has bookmarks for each section', () => {
    pdf.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    const titles = (items: PdfFacts['outline']): string[] => items.flatMap((i) => [i.title, ...titles(i.items)]);
    expect(titles(pdf.outline)).toEqual(
      expect.arrayContaining(['Your situation', 'Your timeline', 'Who does what', 'Credits']),
    );
  });

  it('carries title, author and subject metadata, is tagged, small and reproducible', async () => {
    expect(pdf.info).toMatchObject({ Title: 'PM–PMM playbook for Thistledown Maps', Author: 'Playbook' });
    expect(String(pdf.info.Subject)).toBe(
      'A tailored plan for a product marketing leader at an enterprise, broken relationship',
    );
    expect(bytes.includes(Buffer.from('/StructTreeRoot'))).toBe(true);
    expect(bytes.length).toBeLessThan(1_000_000);
    const again = run({}, '--profile', join(work, 'thistledown.yaml'), '--format', 'pdf', '--out', join(work, 'again'));
    expect(again.status).toBe(0);
    expect(readFileSync(join(work, 'again', 'thistledown-maps', 'playbook.pdf')).equals(bytes)).toBe(true);
  });

  it('prefers the headless shell to the full browser, and takes the first path that exists', () => {
    const shell = CHROME_CANDIDATES.indexOf('/usr/lib/chromium/chromium-headless-shell');
    expect(shell).toBe(0);
    expect(CHROME_CANDIDATES.indexOf('/usr/lib/chromium/chromium')).toBeGreaterThan(shell);
    const fake = (name: string) => {
      writeFileSync(join(work, name), '');
      return join(work, name);
    };
    const [a, b] = [fake('shell'), fake('full')];
    expect(findChrome('', [join(work, 'missing'), a, b])).toBe(a);
    expect(findChrome('', [join(work, 'missing'), b, a])).toBe(b);
    expect(findChrome(b, [a])).toBe(b); // CHROME_PATH wins over every usual path
  });

  it('fails clearly, writing nothing, when no browser can be found', () => {
    expect(() => findChrome('/no/such/chrome')).toThrow(/apt-get install -y chromium/);
    expect(() => findChrome('', ['/no/such/a', '/no/such/b'])).toThrow(
      /No Chromium found \(tried: \/no\/such\/a, \/no\/such\/b\)/,
    );
    const r = run(
      { CHROME_PATH: '/no/such/chrome' },
      '--profile',
      join(work, 'thistledown.yaml'),
      '--format',
      'md,pdf',
      '--out',
      join(work, 'nobrowser'),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot print PDFs: No Chromium found.*\n.*apt-get install -y chromium/);
    expect(existsSync(join(work, 'nobrowser', 'thistledown-maps'))).toBe(false);
  });
});
