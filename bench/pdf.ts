/** PDF printing cost: one playbook including browser start, and a batch with one browser. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../src/node/library/index.ts';
import { renderHtml } from '../src/core/render/index.ts';
import { tailor } from '../src/core/tailor/index.ts';
import { printPdfs, type PdfJob } from '../src/node/pdf/print.ts';
import { playbookStylesheet } from '../src/node/pdf/stylesheet.ts';
import { profiles } from './tailor.ts';
import { stats, timed, type Stats } from './stats.ts';

/** Seconds for one PDF (browser start included), seconds per PDF in a batch, and file sizes in KB. */
export async function benchPdf(
  batchSize: number,
): Promise<{ singleSeconds: number; batchSize: number; perPdfSeconds: number; sizesKb: Stats }> {
  const lib = loadLibrary();
  const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const jobs: PdfJob[] = profiles(batchSize, 11).map((p, i) => {
      const plan = tailor(p, lib, { date: '2026-01-01', contentVersion: 'bench' });
      return {
        html: (pages) => renderHtml(plan, { pages, css: playbookStylesheet() }),
        title: plan.company,
        subject: 'bench',
        stamp: 'bench',
        date: '2026-01-01',
        file: join(dir, `${i}.pdf`),
      };
    });
    const single = await timed(() => printPdfs(jobs.slice(0, 1), { paper: 'a4' }));
    const batch = await timed(() => printPdfs(jobs, { paper: 'a4' }));
    return {
      singleSeconds: single.ms / 1000,
      batchSize,
      perPdfSeconds: batch.ms / 1000 / batchSize,
      sizesKb: stats(jobs.map((j) => statSync(j.file).size / 1024)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
