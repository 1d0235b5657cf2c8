/**
 * After `astro build`: writes the downloads into the built site (example playbooks in md, html, json, pdf, and one PDF
 * per library playbook), the snapshot the CLI answers from while the content is unchanged, and what the site was built
 * from (site-inputs.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../node/tailor-command/run.ts';
import { printPdfs } from '../node/pdf/print.ts';
import { playbookStylesheet } from '../node/pdf/stylesheet.ts';
import { ValidationError } from '../node/library/index.ts';
import { libraryOf, loadEntries, preloadLibrary } from '../node/library/load.ts';
import type { LibraryEntries } from '../core/library/types.ts';
import { writeSnapshot } from '../node/snapshot-write.ts';
import { htmlPage, libraryPlaybookDocument } from '../core/render/index.ts';
import { contentVersion, publisher, siteLink, stampDate } from '../node/stamp.ts';
import { settings } from '../node/config.ts';
import { BUILD_STAMP, siteInputs } from '../node/build/site-inputs.ts';
import { EXAMPLES_DOWNLOAD_DIR, PLAYBOOK_DOWNLOAD_DIR } from '../core/url.ts';

const { outDir, contentDir, examples } = settings();
// `astro build` has just validated this content with the same loader; loaded once here, it serves every step below.
let entries: LibraryEntries;
try {
  entries = loadEntries();
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const lib = libraryOf(entries);
preloadLibrary(lib);
// `examples: false` in the company config: no fictional example companies are built.
if (examples) {
  const code = await run({ profile: join(contentDir, 'profiles'), out: join(outDir, EXAMPLES_DOWNLOAD_DIR) });
  if (code !== 0) process.exit(code);
}

const version = contentVersion();
const date = stampDate();
const dir = join(outDir, PLAYBOOK_DOWNLOAD_DIR);
mkdirSync(dir, { recursive: true });
await printPdfs(
  lib.playbooks.map((p) => ({
    numberContents: false,
    html: () =>
      htmlPage(
        libraryPlaybookDocument(lib, p, { link: siteLink(), date, contentVersion: version, publisher: publisher() }),
        {
          title: p.data.title,
          description: p.data.summary,
          version,
          css: playbookStylesheet(),
        },
      ),
    title: `Playbook: ${p.data.title}`,
    subject: p.data.summary,
    stamp: `Playbook: ${p.data.title} · ${date}`,
    date,
    file: join(dir, `${p.id}.pdf`),
  })),
  { paper: settings().paper },
);
console.log(`wrote ${lib.playbooks.length} playbook PDFs to ${dir}/`);

writeSnapshot(outDir, entries);
console.log(`wrote the CLI's snapshot of the library and search index to ${outDir}/`);
writeFileSync(join(outDir, BUILD_STAMP), `${JSON.stringify({ inputs: siteInputs(settings()) })}\n`);
