/** After `astro build`: writes the downloads into the built site: example playbooks (md, html, json, pdf) and one PDF per library playbook. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../node/tailor-command/run.ts';
import { printPdfs } from '../node/pdf/print.ts';
import { playbookStylesheet } from '../node/pdf/stylesheet.ts';
import { loadLibraryOnce } from '../node/library/index.ts';
import { htmlPage, libraryPlaybookDocument } from '../core/render/index.ts';
import { contentVersion, siteLink, stampDate } from '../node/stamp.ts';
import { settings } from '../node/config.ts';
import { EXAMPLES_DOWNLOAD_DIR, PLAYBOOK_DOWNLOAD_DIR } from '../core/url.ts';

const { outDir, contentDir } = settings();
const code = await run({ profile: join(contentDir, 'profiles'), out: join(outDir, EXAMPLES_DOWNLOAD_DIR) });
if (code !== 0) process.exit(code);

const lib = loadLibraryOnce();
const version = contentVersion();
const date = stampDate();
const dir = join(outDir, PLAYBOOK_DOWNLOAD_DIR);
mkdirSync(dir, { recursive: true });
await printPdfs(
  lib.playbooks.map((p) => ({
    numberContents: false,
    html: () =>
      htmlPage(libraryPlaybookDocument(lib, p, siteLink()), {
        title: p.data.title,
        description: p.data.summary,
        version,
        css: playbookStylesheet(),
      }),
    title: `Playbook: ${p.data.title}`,
    subject: p.data.summary,
    stamp: `Playbook: ${p.data.title} · ${date}`,
    date,
    file: join(dir, `${p.id}.pdf`),
  })),
  { paper: 'a4' },
);
console.log(`wrote ${lib.playbooks.length} playbook PDFs to ${dir}/`);
