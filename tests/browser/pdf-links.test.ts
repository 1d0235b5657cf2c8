/** The handed-over PDF's links: with SITE_URL every tactic and playbook reference is a clickable link that prints its address. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'playbook-pdf-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Prints one example profile's PDF (A4 or Letter) with the given environment; returns its bytes. */
function printed(env: Record<string, string>, paper: string): Uint8Array {
  const out = join(work, `${paper}-${Object.keys(env).length}`);
  writeFileSync(join(work, 'p.yaml'), readFileSync('content/profiles/emberlark-ledger.yaml'));
  // The compiled bin, as `npm run playbook` runs it (no TypeScript to transpile first).
  const r = runCli(['tailor', '--profile', join(work, 'p.yaml'), '--format', 'pdf', '--paper', paper, '--out', out], {
    SOURCE_DATE_EPOCH: '1767225600',
    ...env,
  });
  expect(r.code, r.err).toBe(0);
  return new Uint8Array(readFileSync(join(out, 'emberlark-ledger', 'playbook.pdf')));
}

/** Every link annotation's URL and every page's text. */
async function links(bytes: Uint8Array): Promise<{ urls: string[]; text: string }> {
  const doc = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  const urls: string[] = [];
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    for (const a of await page.getAnnotations()) if (a.subtype === 'Link' && a.url) urls.push(a.url as string);
    text += (await page.getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' ');
  }
  await doc.destroy();
  return { urls, text };
}

describe('PDF links', () => {
  it(
    'with SITE_URL: 8+ distinct clickable links to the site, each printing its address (A4)',
    { timeout: 120_000 },
    async () => {
      const { urls, text } = await links(printed({ SITE_URL: 'https://kb.example.com' }, 'a4'));
      const site = [...new Set(urls.filter((u) => u.startsWith('https://kb.example.com/')))];
      expect(site.length).toBeGreaterThanOrEqual(8);
      expect(site.some((u) => /\/tactics\/[a-z0-9-]+\/$/.test(u))).toBe(true);
      expect(site.some((u) => /\/playbooks\/[a-z0-9-]+\/$/.test(u))).toBe(true);
      expect(text).toContain('(https://kb.example.com/tactics/');
    },
  );

  it('without SITE_URL: names the site path and says where to find it (Letter)', { timeout: 120_000 }, async () => {
    const { text } = await links(printed({ SITE_URL: '' }, 'letter'));
    expect(text).toMatch(/\(\/tactics\/[a-z0-9-]+\/\)/);
    expect(text).toMatch(/your company’s Playbook site/);
  });
});
