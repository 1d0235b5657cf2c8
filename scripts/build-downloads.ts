/** After `astro build`: writes the downloads into the built site: example playbooks (md, html, json, pdf) and one PDF per library playbook. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './lib/generate.ts';
import { printPdfs } from './lib/pdf.ts';
import { loadLibraryOnce } from '../src/lib/library/index.ts';
import { htmlPage, libraryPlaybookDocument } from '../src/lib/render/index.ts';
import { contentVersion, siteLink, stampDate } from '../src/lib/stamp.ts';
import { EXAMPLES_DOWNLOAD_DIR, PLAYBOOK_DOWNLOAD_DIR } from '../src/lib/url.ts';

const outDir = process.env.OUT_DIR || 'dist';
const code = await generate({ profile: join(process.env.CONTENT_DIR ?? 'content', 'profiles'), out: join(outDir, EXAMPLES_DOWNLOAD_DIR) });
if (code !== 0) process.exit(code);

const lib = loadLibraryOnce();
const version = contentVersion();
const date = stampDate();
const dir = join(outDir, PLAYBOOK_DOWNLOAD_DIR);
mkdirSync(dir, { recursive: true });
await printPdfs(
  lib.playbooks.map((p) => ({
    numberContents: false,
    html: () => htmlPage(libraryPlaybookDocument(lib, p, siteLink()), { title: p.data.title, description: p.data.summary, version }),
    title: `Playbook: ${p.data.title}`,
    subject: p.data.summary,
    stamp: `Content ${version} · ${date}`,
    date,
    file: join(dir, `${p.id}.pdf`),
  })),
  { paper: 'a4' },
);
console.log(`wrote ${lib.playbooks.length} playbook PDFs to ${dir}/`);
