/** PDF printing cost through `printPdfs` (what `playbook tailor` and the build call): one PDF, and a batch of them. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibraryOnce } from '../src/node/library/index.ts';
import { renderHtml } from '../src/core/render/index.ts';
import { tailor } from '../src/core/tailor/index.ts';
import { printPdfs, type PdfJob } from '../src/node/pdf/print.ts';
import { playbookStylesheet } from '../src/node/pdf/stylesheet.ts';
import { profiles } from './tailor.ts';
import { stats, timed, type Stats } from './stats.ts';

/** Results: wall seconds for one PDF with its browser start (each run), per PDF in the batch, and file sizes. */
export interface PdfResult {
  singleSeconds: Stats;
  batchSize: number;
  perPdfSeconds: number;
  sizesKb: Stats;
}

/** Prints one PDF `singles` times (a browser started each time; median reported), then `batchSize` with one browser. */
export async function benchPdf(batchSize: number, singles = 3): Promise<PdfResult> {
  const lib = loadLibraryOnce();
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
    const single: number[] = [];
    for (let i = 0; i < singles; i++) single.push((await timed(() => printPdfs(jobs.slice(0, 1), { paper: 'a4' }))).ms);
    const batch = await timed(() => printPdfs(jobs, { paper: 'a4' }));
    return {
      singleSeconds: stats(single.map((ms) => ms / 1000)),
      batchSize,
      perPdfSeconds: batch.ms / 1000 / batchSize,
      sizesKb: stats(jobs.map((j) => statSync(j.file).size / 1024)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
